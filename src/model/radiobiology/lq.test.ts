// Tests of LQ survival, D10, BED/EQD2 (V3), OMF and FAK formulas: hand-derived values and property tests.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bedGy, d10Gy, doseForSurvival, eqd2Gy, lqSchedule, lqSurvival, sf2 } from './lq';
import { oxygenModificationFactor } from './oxygen';
import { fakOccupancy, hypoxicFractionAfterFak } from './fak';
import { brentRoot, solveDecreasing } from './root';

const rel = (a: number, b: number) => Math.abs(a / b - 1);

describe('LQ (V3)', () => {
  it('α 0.3, β 0.03 → SF2 0.4868, D10 5.087 Gy; 25 × 2 Gy → BED 60, EQD2 50 (1e-3 relative)', () => {
    expect(rel(sf2(0.3, 0.03), 0.4868)).toBeLessThan(1e-3);
    expect(rel(d10Gy(0.3, 0.03), 5.087)).toBeLessThan(1e-3);
    const r = lqSchedule({ alphaPerGy: 0.3, betaPerGy2: 0.03 });
    expect(rel(r.bedGy, 60)).toBeLessThan(1e-3);
    expect(rel(r.eqd2Gy, 50)).toBeLessThan(1e-3);
    expect(r.survival).toBeCloseTo(Math.exp(-25 * (0.6 + 0.12)), 15);
  });
  it('D10 closed form is a root: S(D10) = 0.1; β = 0 gives ln10/α', () => {
    const d = d10Gy(0.17, 0.052);
    expect(lqSurvival(0.17, 0.052, d)).toBeCloseTo(0.1, 13);
    expect(d10Gy(0.5, 0)).toBeCloseTo(Math.log(10) / 0.5, 14);
    expect(doseForSurvival(0.3, 0.03, 1)).toBe(0);
  });
  it('hand values: BED of 5 × 6 Gy at α/β 3 = 30·(1 + 2) = 90; EQD2 = 30·9/5 = 54', () => {
    expect(bedGy(5, 6, 3)).toBeCloseTo(90, 12);
    expect(eqd2Gy(5, 6, 3)).toBeCloseTo(54, 12);
  });
  it('--def multiplies every dose: schedule with def k equals the schedule at k·d', () => {
    const a = lqSchedule({ alphaPerGy: 0.25, betaPerGy2: 0.025, def: 1.2, doseGy: 3, fractions: 10 });
    const b = lqSchedule({ alphaPerGy: 0.25, betaPerGy2: 0.025, doseGy: 3.6, fractions: 10 });
    expect(a.survival).toBeCloseTo(b.survival, 15);
    expect(a.eqd2Gy).toBeCloseTo(b.eqd2Gy, 12);
    expect(a.sf2).toBeCloseTo(lqSurvival(0.25, 0.025, 2.4), 15);
    expect(a.d10Gy * 1.2).toBeCloseTo(d10Gy(0.25, 0.025), 12);
  });
  it('invalid inputs throw', () => {
    expect(() => lqSurvival(0, 0.03, 2)).toThrow(/alpha/);
    expect(() => lqSurvival(0.3, -0.01, 2)).toThrow(/beta/);
    expect(() => lqSurvival(0.3, 0.03, -1)).toThrow(/dose/);
    expect(() => lqSchedule({ alphaPerGy: 0.3, betaPerGy2: 0 })).toThrow(/beta/);
    expect(() => lqSchedule({ alphaPerGy: 0.3, betaPerGy2: 0.03, fractions: 2.5 })).toThrow(/fractions/);
  });
  it('property: survival in (0, 1], non-increasing in dose, never NaN', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-3, max: 2, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.double({ min: 0, max: 30, noNaN: true }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        fc.integer({ min: 1, max: 40 }),
        (a, b, d, dd, n) => {
          const s1 = lqSurvival(a, b, d, n);
          const s2 = lqSurvival(a, b, d + dd, n);
          return !Number.isNaN(s1) && s1 >= 0 && s1 <= 1 && s2 <= s1 && Number.isFinite(d10Gy(a, b));
        },
      ),
    );
  });
});

describe('oxygen and FAK', () => {
  it('OMF hand values: p = 20 → 63/69; p = 2 → 0.6; p = 0 → 1/m; p → ∞ → 1', () => {
    expect(oxygenModificationFactor(20)).toBeCloseTo(63 / 69, 15);
    expect(oxygenModificationFactor(2)).toBeCloseTo(0.6, 15);
    expect(oxygenModificationFactor(0)).toBeCloseTo(1 / 3, 15);
    expect(oxygenModificationFactor(1e9)).toBeCloseTo(1, 6);
    expect(() => oxygenModificationFactor(-1)).toThrow(/pO2/);
  });
  it('property: OMF increasing in pO2 within [1/m, 1]', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 200, noNaN: true }), fc.double({ min: 0.01, max: 50, noNaN: true }), fc.double({ min: 1, max: 5, noNaN: true }), (p, dp, m) => {
        const a = oxygenModificationFactor(p, m, 3);
        const b = oxygenModificationFactor(p + dp, m, 3);
        return a >= 1 / m - 1e-15 && b <= 1 + 1e-15 && b >= a - 1e-15;
      }),
    );
  });
  it('occupancy C/(C + IC50): 0.5 at IC50; hypoxia relief relative and clamped', () => {
    expect(fakOccupancy(1e-7, 1e-7)).toBe(0.5);
    expect(fakOccupancy(0, 1e-7)).toBe(0);
    expect(hypoxicFractionAfterFak(0.3, 0.5, 0.5, 1)).toBeCloseTo(0.225, 15);
    expect(hypoxicFractionAfterFak(0.3, 0.9, 1, 5)).toBe(0);
    expect(() => fakOccupancy(-1, 1e-7)).toThrow(/freeDrugM/);
    expect(() => fakOccupancy(1, 0)).toThrow(/ic50M/);
  });
});

describe('root finding', () => {
  it('Brent finds √2 and solveDecreasing inverts a decreasing function', () => {
    expect(brentRoot((x) => x * x - 2, 0, 2)).toBeCloseTo(Math.SQRT2, 11);
    expect(solveDecreasing((x) => Math.exp(-x), 0.1)).toBeCloseTo(Math.log(10), 9);
    expect(() => brentRoot((x) => x * x + 1, -1, 1)).toThrow(/bracket/);
  });
});
