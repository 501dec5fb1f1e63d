// f2 similarity factor: identity, a hand-computed case, and the common-time-point matching.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assessF2, f2FromValues, f2Similarity } from './f2';

describe('f2', () => {
  it('is 100 for identical profiles', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 20 }), (R) => {
        expect(f2FromValues(R, R)).toBeCloseTo(100, 12);
      }),
    );
  });
  it('hand case: a uniform 10 % difference at every point gives f2 = 50·log10(100/√101) ≈ 49.89', () => {
    const R = [20, 40, 60, 80];
    const T = [30, 50, 70, 90];
    // Σ(R−T)²/n = 100; √(1 + 100) = 10.0499; 100/10.0499 = 9.9504; log10 = 0.99783; ×50 = 49.891
    expect(f2FromValues(R, T)).toBeCloseTo(49.8915, 3);
    expect(f2FromValues(R, T)).toBeCloseTo(50 * Math.log10(100 / Math.sqrt(101)), 12);
  });
  it('hand case: differences 5, 0, 5 → Σ/n = 50/3, f2 = 50·log10(100/√(53/3)) ≈ 68.82', () => {
    // √(53/3) = 4.20317; 100/4.20317 = 23.7915; log10 = 1.376422; ×50 = 68.821
    expect(f2FromValues([10, 50, 90], [15, 50, 85])).toBeCloseTo(68.821, 3);
  });
  it('uses only shared time points', () => {
    const r = f2Similarity(
      [
        { t: 1, F: 20 },
        { t: 2, F: 40 },
        { t: 4, F: 60 },
      ],
      [
        { t: 2, F: 40 },
        { t: 3, F: 99 },
        { t: 4, F: 60 },
      ],
    );
    expect(r.n).toBe(2);
    expect(r.times).toEqual([2, 4]);
    expect(r.f2).toBeCloseTo(100, 12);
    expect(() => f2Similarity([{ t: 1, F: 1 }], [{ t: 2, F: 1 }])).toThrow(/no time point/);
  });
  it('decreases as the profiles move apart', () => {
    const R = [10, 30, 50, 70];
    let prev = 100;
    for (const d of [1, 2, 5, 10, 20]) {
      const f = f2FromValues(R, R.map((v) => v + d));
      expect(f).toBeLessThan(prev);
      prev = f;
    }
  });
});

describe('assessF2: f2 with its conditions of use (FDA 1997, EMA 2010)', () => {
  const t = [0, 0.5, 1, 2, 4, 8];
  it('identical profiles: f2 = 100, f1 = 0, applicable and similar; t = 0 is left out', () => {
    const F = [0, 10, 25, 45, 70, 84];
    const a = assessF2({ t, F, kind: 'model' }, { t, F, kind: 'model' });
    expect(a).toMatchObject({ f2: 100, f1: 0, n: 5, times: [0.5, 1, 2, 4, 8], applicable: true, similar: true, reasons: [] });
    expect(a.notes).toContain('t = 0 left out (zero is excluded)');
  });
  it('a uniform 10-point difference: f2 = 100 − 25·log10(101) ≈ 49.89 (not similar), f1 = 100·40/160 = 25', () => {
    const R = [20, 30, 50, 60];
    const a = assessF2({ t: [1, 2, 3, 4], F: R, kind: 'model' }, { t: [1, 2, 3, 4], F: R.map((x) => x + 10), kind: 'model' });
    expect(a.f2).toBeCloseTo(100 - 25 * Math.log10(101), 12);
    expect(a.f1).toBeCloseTo(25, 12);
    expect(a.applicable).toBe(true);
    expect(a.similar).toBe(false);
  });
  it('at most one point above 85 %: later points are left out, and fewer than 3 points makes f2 not applicable', () => {
    const a = assessF2({ t: [1, 2, 3, 4, 5], F: [40, 70, 88, 95, 99], kind: 'model' }, { t: [1, 2, 3, 4, 5], F: [42, 72, 86, 97, 100], kind: 'model' });
    expect(a.times).toEqual([1, 2, 3]);
    // differences 2, 2, 2 → f2 = 50·log10(100/√5)
    expect(a.f2).toBeCloseTo(50 * Math.log10(100 / Math.sqrt(5)), 12);
    expect(a.notes[0]).toMatch(/2 points after the first above 85 % \(t = 3 h\) left out/);
    const b = assessF2({ t: [1, 2, 3], F: [60, 90, 99], kind: 'model' }, { t: [1, 2, 3], F: [62, 91, 99], kind: 'model' });
    expect(b.applicable).toBe(false);
    expect(b.reasons[0]).toMatch(/only 2 time points usable .* at least 3/);
    expect(b.f2).toBeCloseTo(50 * Math.log10(100 / Math.sqrt(1 + 5 / 2)), 12);
  });
  it('CV limits: ≤ 20 % at the first point, ≤ 10 % after; unknown SD is said, model curves are exempt', () => {
    const R = { t: [1, 2, 4], F: [20, 50, 80], sd: [3.9, 4.9, 7.9] };
    expect(assessF2(R, { t: [1, 2, 4], F: [22, 52, 78], kind: 'model' })).toMatchObject({ applicable: true, reasons: [] });
    const bad = assessF2({ ...R, sd: [4.1, 5.1, 2] }, { t: [1, 2, 4], F: [22, 52, 78], kind: 'model' });
    expect(bad.applicable).toBe(false);
    expect(bad.reasons).toEqual(['reference: CV 20.5 % at t = 1 h is above the 20 % limit (first point)', 'reference: CV 10.2 % at t = 2 h is above the 10 % limit']);
    const unknown = assessF2({ t: [1, 2, 4], F: [20, 50, 80] }, { t: [1, 2, 4], F: [20, 50, 80], cvUnknownReason: 'SEM given, n unknown' });
    expect(unknown.applicable).toBe(true);
    expect(unknown.notes).toEqual([expect.stringMatching(/^reference: CV limits not checked \(no SD given\)/), expect.stringMatching(/^test: CV limits not checked \(SEM given, n unknown\)/)]);
  });
  it('no shared time point: f2 null, not applicable', () => {
    const a = assessF2({ t: [1, 2, 3], F: [1, 2, 3] }, { t: [4, 5, 6], F: [1, 2, 3] });
    expect(a).toMatchObject({ f2: null, f1: null, n: 0, applicable: false });
  });
});

// A published reference value from a reference implementation's documentation: Xu Z., bootf2 — Simulation and
// Comparison of Dissolution Profiles, R package 0.4.1 (CRAN, 2021; github.com/zhengguoxu/bootf2), README.
// (1) sim.dp.byf2 example: reference 51, 66, 75, 81, 88, 92, 95 % at 5, 10, 15, 20, 30, 45, 60 min; the simulated test
//     printed as 62.86075, 71.62829, 76.46007, 79.66658, 83.78233, 87.33950, 89.48884; stated "f2 60, f2.tp 5,
//     regulation EMA" (2 decimals).
// (2) calcf2 example: means T 41.09, 59.69, 71.29, 79.00 and R 42.59, 65.24, 77.95, 85.00 at 5, 10, 15, 20 min (the four
//     points above its dashed line), stated "Estimated f2 = 63.3".
const BOOTF2_BYF2_EXAMPLE = {
  tMin: [5, 10, 15, 20, 30, 45, 60],
  reference: [51, 66, 75, 81, 88, 92, 95],
  test: [62.86075, 71.62829, 76.46007, 79.66658, 83.78233, 87.3395, 89.48884],
  statedF2: 60,
  statedPoints: 5,
};

describe('f2 against a published reference value (bootf2 0.4.1 README, Xu 2021)', () => {
  it('sim.dp.byf2 example: the same 5 points (EMA: nothing after the first mean above 85 %) and f2 = 60.00', () => {
    const ex = BOOTF2_BYF2_EXAMPLE;
    const t = ex.tMin.map((m) => m / 60);
    const a = assessF2({ t, F: ex.reference }, { t, F: ex.test });
    expect(a.n).toBe(ex.statedPoints);
    expect(a.times.map((h) => Math.round(h * 60))).toEqual([5, 10, 15, 20, 30]);
    expect(Number(a.f2!.toFixed(2))).toBe(ex.statedF2);
    expect(a.similar).toBe(true);
  });
  it('calcf2 example: the printed means at its four points give 63.3 to the stated precision', () => {
    expect(Number(f2FromValues([42.59, 65.24, 77.95, 85.0], [41.09, 59.69, 71.29, 79.0]).toFixed(1))).toBe(63.3);
  });
});
