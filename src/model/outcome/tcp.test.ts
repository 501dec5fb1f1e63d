// Tests of the TCP core: hand-derived Poisson values, repopulation and cisplatin arithmetic, population integral, invariants and property tests.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lnRepopulation, lnSurvivalCourse, poissonTcp, populationTcp, type FractionRadiobiology, type TcpParams } from './tcp';

const one = (alpha: number, beta: number) => [{ fraction: 1, alphaPerGy: alpha, betaPerGy2: beta }];
/** n fractions of d Gy on weekdays (Mon–Fri) from day 0. */
function course(n: number, d: number, comps = one(0.3, 0.03)): FractionRadiobiology[] {
  const out: FractionRadiobiology[] = [];
  for (let day = 0; out.length < n; day++) if (day % 7 < 5) out.push({ doseGy: d, dayOfCourse: day, compartments: comps });
  return out;
}
const NO_TIME: TcpParams = { clonogens: 1e9, alphaRefPerGy: 0.3, sigmaAlphaPerGy: 0, kickoffDays: 1e6, doublingDays: 5, cisplatinBedGy: 0 };

describe('Poisson TCP (hand values)', () => {
  it('N = 1e7 clonogens, S = 1e-7 → exp(−1) = 0.36788; S = 0 → 1; N = 0 → 1', () => {
    expect(poissonTcp(1e7, 1e-7)).toBeCloseTo(0.36788, 5);
    expect(poissonTcp(1e7, 0)).toBe(1);
    expect(poissonTcp(0, 0.5)).toBe(1);
  });
  it('30 × 2 Gy, α 0.3, β 0.03: ln S = −30·(0.6 + 0.12) = −21.6; N₀ 1e9 → e^−21.6 = 4.1618e-10, TCP = exp(−0.41618) = 0.65959', () => {
    const fr = course(30, 2);
    expect(lnSurvivalCourse(fr)).toBeCloseTo(-21.6, 12);
    expect(populationTcp(fr, NO_TIME).tcp).toBeCloseTo(0.65959, 4);
  });
  it('two compartments 50/50, α 0.3 / 0.1, β 0, one 2 Gy fraction: S = 0.5 e^−0.6 + 0.5 e^−0.2 = 0.68377', () => {
    const fr: FractionRadiobiology[] = [{ doseGy: 2, dayOfCourse: 0, compartments: [{ fraction: 0.5, alphaPerGy: 0.3, betaPerGy2: 0 }, { fraction: 0.5, alphaPerGy: 0.1, betaPerGy2: 0 }] }];
    expect(Math.exp(lnSurvivalCourse(fr))).toBeCloseTo(0.68377, 5);
  });
  it('repopulation: 30 weekday fractions end on day 39; T_k 21, T_d 6 → R = 2^(18/6) = 8 → TCP = exp(−8 · 0.41618) = 0.035825', () => {
    const fr = course(30, 2);
    expect(fr[fr.length - 1].dayOfCourse).toBe(39);
    expect(lnRepopulation(39, 21, 6)).toBeCloseTo(3 * Math.LN2, 14);
    expect(populationTcp(fr, { ...NO_TIME, kickoffDays: 21, doublingDays: 6 }).tcp).toBeCloseTo(0.035825, 5);
    expect(lnRepopulation(10, 21, 6)).toBe(0);
  });
  it('cisplatin BED_c of 12 Gy with β = 0 is the same kill as 6 more 2 Gy fractions (α·BED_c = α·12)', () => {
    const comps = one(0.3, 0);
    const withChemo = populationTcp(course(30, 2, comps), { ...NO_TIME, cisplatinBedGy: 12 }).tcp;
    const moreDose = populationTcp(course(36, 2, comps), NO_TIME).tcp;
    expect(withChemo).toBeCloseTo(moreDose, 12);
  });
});

describe('population TCP (Webb–Nahum)', () => {
  it('equals a fine independent integral of TCP(α) over the truncated Gaussian (1e-4)', () => {
    const fr = course(30, 2);
    const p: TcpParams = { ...NO_TIME, sigmaAlphaPerGy: 0.06 };
    const got = populationTcp(fr, p).tcp;
    let num = 0;
    let den = 0;
    const n = 20000;
    for (let i = 0; i <= n; i++) {
      const a = 0.3 - 0.36 + (0.72 * i) / n;
      if (a <= 0) continue;
      const w = Math.exp(-0.5 * ((a - 0.3) / 0.06) ** 2);
      const lnS = -30 * (a * 2 + 0.03 * 4);
      num += w * Math.exp(-1e9 * Math.exp(lnS));
      den += w;
    }
    expect(Math.abs(got - num / den)).toBeLessThan(1e-4);
  });
  it('σ_α → 0 gives the individual TCP; heterogeneity flattens: below 50 % it raises TCP, above it lowers it', () => {
    const fr = course(30, 2);
    const ind = populationTcp(fr, NO_TIME).tcp;
    expect(populationTcp(fr, { ...NO_TIME, sigmaAlphaPerGy: 1e-6 }).tcp).toBeCloseTo(ind, 6);
    const high = course(36, 2);
    const low = course(24, 2);
    expect(populationTcp(high, { ...NO_TIME, sigmaAlphaPerGy: 0.08 }).tcp).toBeLessThan(populationTcp(high, NO_TIME).tcp);
    expect(populationTcp(low, { ...NO_TIME, sigmaAlphaPerGy: 0.08 }).tcp).toBeGreaterThan(populationTcp(low, NO_TIME).tcp);
  });
  it('bad input names the field', () => {
    expect(() => populationTcp(course(2, 2), { ...NO_TIME, clonogens: -1 })).toThrow(/clonogens/);
    expect(() => populationTcp(course(2, 2), { ...NO_TIME, doublingDays: 0 })).toThrow(/doublingDays/);
    expect(() => populationTcp([{ doseGy: 2, dayOfCourse: 0, compartments: [{ fraction: 0.5, alphaPerGy: 0.3, betaPerGy2: 0 }] }], NO_TIME)).toThrow(/sum to 1/);
  });
});

describe('TCP invariants (property tests)', () => {
  const arb = fc.record({
    n: fc.integer({ min: 1, max: 40 }),
    d: fc.double({ min: 0.5, max: 10, noNaN: true }),
    alpha: fc.double({ min: 0.02, max: 1, noNaN: true }),
    beta: fc.double({ min: 0, max: 0.2, noNaN: true }),
    hyp: fc.double({ min: 0, max: 1, noNaN: true }),
    omf: fc.double({ min: 0.33, max: 1, noNaN: true }),
    lgN: fc.double({ min: 0, max: 12, noNaN: true }),
    sigma: fc.double({ min: 0, max: 0.2, noNaN: true }),
    tk: fc.double({ min: 0, max: 60, noNaN: true }),
    td: fc.double({ min: 1, max: 20, noNaN: true }),
    bed: fc.double({ min: 0, max: 20, noNaN: true }),
    k: fc.double({ min: 1, max: 2, noNaN: true }),
  });
  const comps = (x: { alpha: number; beta: number; hyp: number; omf: number }, m = 1) => [
    { fraction: 1 - x.hyp, alphaPerGy: x.alpha * m, betaPerGy2: x.beta },
    { fraction: x.hyp, alphaPerGy: x.alpha * m * x.omf, betaPerGy2: x.beta * x.omf * x.omf },
  ];
  const params = (x: { alpha: number; lgN: number; sigma: number; tk: number; td: number; bed: number }): TcpParams => ({
    clonogens: 10 ** x.lgN,
    alphaRefPerGy: x.alpha,
    sigmaAlphaPerGy: x.sigma,
    kickoffDays: x.tk,
    doublingDays: x.td,
    cisplatinBedGy: x.bed,
  });
  it('TCP is in [0, 1], never NaN; monotone in dose per fraction, in the α multiplier (SER) and decreasing in N₀', () => {
    fc.assert(
      fc.property(arb, (x) => {
        const p = params(x);
        const base = populationTcp(course(x.n, x.d, comps(x)), p).tcp;
        const moreDose = populationTcp(course(x.n, x.d * x.k, comps(x)), p).tcp;
        const moreSer = populationTcp(course(x.n, x.d, comps(x, x.k)), p).tcp;
        const moreCells = populationTcp(course(x.n, x.d, comps(x)), { ...p, clonogens: p.clonogens * 10 * x.k }).tcp;
        for (const v of [base, moreDose, moreSer, moreCells]) {
          expect(Number.isNaN(v)).toBe(false);
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(1);
        }
        expect(moreDose).toBeGreaterThanOrEqual(base - 1e-9);
        expect(moreSer).toBeGreaterThanOrEqual(base - 1e-9);
        expect(moreCells).toBeLessThanOrEqual(base + 1e-9);
      }),
      { numRuns: 150 },
    );
  });
});
