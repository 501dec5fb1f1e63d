// #27 clearance by composition and dose: PEG regime, bilayer rigidity, liver saturation and EPR variability — hand-derived values and property tests.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bilayerHalfLifeH, mpsSaturationFactor, pegFloryRadiusNm, pegRegime, saturatingEffectiveRate } from './circulation';
import { computeTargeting, type TargetingInput } from './delivery';

const peg100: TargetingInput = { bareHalfLifeH: 1, hydrodynamicDiameterNm: 108, coverage: 0, membranes: [], peg: true, tumorType: 'cervical', route: 'iv' };
const rbc = { id: 'rbc', fraction: 1, prolongationVsRbc: 1, cellKind: 'blood' as const, tumorType: null };

describe('PEG regime (Flory radius, grafting distance, coverage)', () => {
  it('R_F of PEG 2000 = 0.35·(2000/44)^0.6 ≈ 3.456 nm; 5000 ≈ 5.99 nm', () => {
    // 2000/44 = 45.4545, ln = 3.81671, ×0.6 = 2.29003, e^ = 9.8752, ×0.35 = 3.4563
    expect(pegFloryRadiusNm(2000)).toBeCloseTo(3.4563, 3);
    // 5000/44 = 113.636, ln = 4.73299, ×0.6 = 2.83979, e^ = 17.1126, ×0.35 = 5.9894
    expect(pegFloryRadiusNm(5000)).toBeCloseTo(5.9894, 3);
  });
  it('the reference (2 kDa, 0.088 nm⁻²) is a mushroom at the transition: D = 2/√(π·0.088) ≈ 3.804 nm > R_F; shielding 1', () => {
    const r = pegRegime(undefined, undefined);
    expect(r.graftingDistanceNm).toBeCloseTo(3.8038, 3);
    expect(r.regime).toBe('mushroom');
    expect(r.relativeShielding).toBe(1);
    // Γ = 0.088·π·3.4563² = 3.3026
    expect(r.coverage).toBeCloseTo(3.3026, 3);
  });
  it('PEG 5000 at the same density is a brush (t½ = 15.8·15.8^(s_rel − 1)); Γ = 0.088·π·5.9894² ≈ 9.918, s/s_ref = (9.918/10.918)/(3.3026/4.3026) ≈ 1.1835', () => {
    const r = pegRegime(5000, 0.088);
    expect(r.regime).toBe('brush');
    expect(r.relativeShielding).toBeCloseTo((9.9176 / 10.9176) / (3.3026 / 4.3026), 3);
    const t = computeTargeting({ ...peg100, pegMolecularWeightDa: 5000 });
    expect(t.circulationHalfLifeH).toBeCloseTo(15.8 * Math.pow(15.8 / 1, r.relativeShielding - 1), 6);
  });
  it('default PEG fields reproduce V4 exactly (15.8 h, 0.7 % ID); explicit reference values too', () => {
    const a = computeTargeting(peg100);
    const b = computeTargeting({ ...peg100, pegMolecularWeightDa: 2000, pegDensityPerNm2: 0.088 });
    expect(a.circulationHalfLifeH).toBeCloseTo(15.8, 9);
    expect(b.circulationHalfLifeH).toBeCloseTo(15.8, 9);
    expect(a.tumorDeliveryPctID).toBeCloseTo(0.7, 9);
  });
  it('a sparse mushroom (σ = 0.005) clears between bare and the reference: ln k = ln k_bare + s_rel (ln k_ref − ln k_bare)', () => {
    const r = pegRegime(2000, 0.005);
    const t = computeTargeting({ ...peg100, pegDensityPerNm2: 0.005 });
    // at d_ref the size factor is 1 and k_el = k_surface: t½ = 1^(1−s)·15.8^s
    expect(t.circulationHalfLifeH).toBeCloseTo(Math.pow(15.8, r.relativeShielding), 6);
    expect(t.circulationHalfLifeH).toBeGreaterThan(1);
    expect(t.circulationHalfLifeH).toBeLessThan(15.8);
  });
});

describe('bilayer rigidity (T_m, cholesterol)', () => {
  it('DSPC/cholesterol 2:1 (T_m 55 °C, 33 %): r ≈ 0.9867, t = 0.5^(1−r)·8^r ≈ 7.71 h', () => {
    // s_T = 1/(1 + e^(−18/5)) = 0.973403; s_C = 1; r = 0.986701
    const b = bilayerHalfLifeH(55, 33);
    expect(b.rigidity).toBeCloseTo(0.986701, 5);
    expect(b.halfLifeH).toBeCloseTo(Math.exp(0.013299 * Math.log(0.5) + 0.986701 * Math.log(8)), 3);
    expect(b.halfLifeH).toBeCloseTo(7.711, 2);
  });
  it('egg PC without cholesterol is fluid (≈ 0.5 h); with 45 % cholesterol r = ½ and t = √(0.5·8) = 2 h', () => {
    expect(bilayerHalfLifeH(-10, 0).halfLifeH).toBeCloseTo(0.5, 3);
    expect(bilayerHalfLifeH(-10, 45).halfLifeH).toBeCloseTo(2, 2);
  });
  it('a rigid non-PEG liposome circulates hours, a fluid one under an hour (100 nm, low dose)', () => {
    const lipo = { ...peg100, peg: false, hydrodynamicDiameterNm: 100 };
    const rigid = computeTargeting({ ...lipo, lipidShell: { tmC: 55, cholesterolMolPct: 33 } });
    const fluid = computeTargeting({ ...lipo, lipidShell: { tmC: -10, cholesterolMolPct: 0 } });
    expect(rigid.circulationHalfLifeH).toBeGreaterThan(5);
    expect(fluid.circulationHalfLifeH).toBeLessThan(1);
    expect(rigid.composition.bareHalfLifeH).toBeCloseTo(7.711, 2);
  });
  it('PEG on a rigid liposome at the reference density still gives t½ PEG (the slower of bare and PEG)', () => {
    const t = computeTargeting({ ...peg100, lipidShell: { tmC: 52, cholesterolMolPct: 38 } });
    expect(t.circulationHalfLifeH).toBeCloseTo(15.8, 6);
  });
});

describe('liver saturation by particle number (Ouyang 2020)', () => {
  it('factor at the injected count = (1 − f) + f/(1 + (N/N_50)²): 1 at N = 0; 0.525 at N_50 = 2·10¹²; 0.81 at 10¹²', () => {
    expect(mpsSaturationFactor(0)).toBe(1);
    expect(mpsSaturationFactor(2e12)).toBeCloseTo(0.05 + 0.95 / 2, 12);
    expect(mpsSaturationFactor(1e12)).toBeCloseTo(0.05 + 0.95 / 1.25, 12);
  });
  it('in time: k_eff = N0/∫N dt, hand-derived for h = 2 (a = 0.1, b = 1, N0 = N_50: AUC/N0 = 1/a − (b/a)·atan(√(a/(a+b)))/√(a(a+b)))', () => {
    const a = 0.1;
    const b = 1;
    const expected = 1 / (1 / a - (b / a) * (Math.atan(Math.sqrt(a / (a + b))) / Math.sqrt(a * (a + b))));
    expect(saturatingEffectiveRate(a, b, 2e12)).toBeCloseTo(expected, 12);
    // the same integral by quadrature (h just off 2 takes the numerical path) agrees to 1e-6
    expect(saturatingEffectiveRate(a, b, 2e12, { 'targeting.mpsSaturationHill': 2 + 1e-9 })).toBeCloseTo(expected, 6);
    expect(saturatingEffectiveRate(a, b, 2e13, { 'targeting.mpsSaturationHill': 2 + 1e-9 })).toBeCloseTo(saturatingEffectiveRate(a, b, 2e13), 6);
  });
  it('in time: limits a + b (no particles) and → a (N0 → ∞); never outside [a, a + b]; falls with dose', () => {
    expect(saturatingEffectiveRate(0.1, 1, 0)).toBe(1.1);
    expect(saturatingEffectiveRate(0.1, 1, 1)).toBeCloseTo(1.1, 12);
    expect(saturatingEffectiveRate(0.1, 1, 1e20)).toBeCloseTo(0.1, 4);
    let prev = Infinity;
    for (const n of [1e10, 1e11, 1e12, 2e12, 1e13, 1e14, 1e15]) {
      for (const h of [1, 2, 3]) {
        const k = saturatingEffectiveRate(0.1, 1, n, { 'targeting.mpsSaturationHill': h });
        expect(k).toBeGreaterThanOrEqual(0.1);
        expect(k).toBeLessThanOrEqual(1.1);
      }
      const k2 = saturatingEffectiveRate(0.1, 1, n);
      expect(k2).toBeLessThanOrEqual(prev);
      prev = k2;
    }
  });
  it('in time the saturation is weaker than at the injected count (the count falls as particles clear)', () => {
    const a = 0.05;
    const b = 0.95;
    const atInjected = a + b / (1 + (1e13 / 2e12) ** 2); // the rate a bolus-constant saturation would use: a + b·φ(N0)
    expect(saturatingEffectiveRate(a, b, 1e13)).toBeGreaterThan(atInjected);
  });
  it('50 nm PEG gold: 1.6·10¹³ particles deliver ≈ 7× the low-dose share and circulate longer', () => {
    const g = { ...peg100, hydrodynamicDiameterNm: 58 };
    const low = computeTargeting(g);
    const high = computeTargeting({ ...g, particlesInjected: 1.6e13 });
    expect(high.tumorDeliveryPctID / low.tumorDeliveryPctID).toBeGreaterThan(5);
    expect(high.circulationHalfLifeH).toBeGreaterThan(low.circulationHalfLifeH * 5);
    // time-averaged: between the factor at the injected count and 1
    expect(high.composition.mpsSaturationFactor).toBeGreaterThan(0.05 + 0.95 / (1 + 8 ** 2));
    expect(high.composition.mpsSaturationFactor).toBeLessThan(1);
  });
  it('intratumoral injections do not saturate anything', () => {
    const t = computeTargeting({ ...peg100, route: 'intratumoral', particlesInjected: 1e15 });
    expect(t.composition.mpsSaturationFactor).toBe(1);
  });
});

describe('EPR variability', () => {
  it('scales the passive tumour share linearly and leaves circulation alone', () => {
    const a = computeTargeting(peg100);
    const b = computeTargeting({ ...peg100, overrides: { 'targeting.eprVariability': 3 } });
    expect(b.tumorDeliveryPctID / a.tumorDeliveryPctID).toBeCloseTo(3, 9);
    expect(b.circulationHalfLifeH).toBeCloseTo(a.circulationHalfLifeH, 9);
  });
});

describe('properties over the schema domain', () => {
  const input = fc.record({
    bare: fc.double({ min: 0.05, max: 20, noNaN: true }),
    d: fc.double({ min: 1, max: 1000, noNaN: true }),
    coverage: fc.double({ min: 0, max: 1, noNaN: true }),
    membrane: fc.boolean(),
    peg: fc.boolean(),
    mw: fc.double({ min: 200, max: 40000, noNaN: true }),
    sigma: fc.double({ min: 0, max: 2, noNaN: true }),
    shell: fc.boolean(),
    tm: fc.double({ min: -30, max: 90, noNaN: true }),
    chol: fc.double({ min: 0, max: 60, noNaN: true }),
    n: fc.double({ min: 0, max: 1e18, noNaN: true }),
  });
  const build = (x: { bare: number; d: number; coverage: number; membrane: boolean; peg: boolean; mw: number; sigma: number; shell: boolean; tm: number; chol: number; n: number }): TargetingInput => ({
    ...peg100,
    bareHalfLifeH: x.bare,
    hydrodynamicDiameterNm: x.d,
    coverage: x.membrane ? x.coverage : 0,
    membranes: x.membrane ? [rbc] : [],
    peg: x.peg,
    pegMolecularWeightDa: x.mw,
    pegDensityPerNm2: x.sigma,
    lipidShell: x.shell ? { tmC: x.tm, cholesterolMolPct: x.chol } : null,
    particlesInjected: x.n,
  });
  it('no NaN; t½ > 0; TD in (0, 100]', () => {
    fc.assert(
      fc.property(input, (x) => {
        const t = computeTargeting(build(x));
        return Number.isFinite(t.circulationHalfLifeH) && t.circulationHalfLifeH > 0 && t.tumorDeliveryPctID > 0 && t.tumorDeliveryPctID <= 100;
      }),
      { numRuns: 400 },
    );
  });
  it('more PEG (density or chain length) → no shorter circulation', () => {
    fc.assert(
      fc.property(input, fc.double({ min: 1, max: 10, noNaN: true }), fc.double({ min: 1, max: 10, noNaN: true }), (x, fs, fm) => {
        const a = computeTargeting(build({ ...x, peg: true }));
        const b = computeTargeting(build({ ...x, peg: true, sigma: Math.min(2, x.sigma * fs) }));
        const c = computeTargeting(build({ ...x, peg: true, mw: Math.min(40000, x.mw * fm) }));
        return b.circulationHalfLifeH >= a.circulationHalfLifeH * (1 - 1e-12) && c.circulationHalfLifeH >= a.circulationHalfLifeH * (1 - 1e-12);
      }),
      { numRuns: 300 },
    );
  });
  it('higher T_m or more cholesterol → no shorter circulation', () => {
    fc.assert(
      fc.property(input, fc.double({ min: 0, max: 60, noNaN: true }), fc.double({ min: 0, max: 30, noNaN: true }), (x, dT, dC) => {
        const a = computeTargeting(build({ ...x, shell: true }));
        const b = computeTargeting(build({ ...x, shell: true, tm: Math.min(90, x.tm + dT) }));
        const c = computeTargeting(build({ ...x, shell: true, chol: Math.min(60, x.chol + dC) }));
        return b.circulationHalfLifeH >= a.circulationHalfLifeH * (1 - 1e-12) && c.circulationHalfLifeH >= a.circulationHalfLifeH * (1 - 1e-12);
      }),
      { numRuns: 300 },
    );
  });
  it('higher particle dose → no lower tumour fraction and no shorter circulation', () => {
    fc.assert(
      fc.property(input, fc.double({ min: 1, max: 1000, noNaN: true }), (x, k) => {
        const a = computeTargeting(build(x));
        const b = computeTargeting(build({ ...x, n: Math.max(x.n, 1e9) * k }));
        return b.tumorDeliveryPctID >= a.tumorDeliveryPctID * (1 - 1e-12) && b.circulationHalfLifeH >= a.circulationHalfLifeH * (1 - 1e-12);
      }),
      { numRuns: 300 },
    );
  });
});
