// f2 similarity factor: identity, a hand-computed case, and the common-time-point matching.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { f2FromValues, f2Similarity } from './f2';

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
