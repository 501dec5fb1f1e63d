// Range-respecting 95 % intervals (walk11 #13): hand-derived log- and logit-scale delta-method intervals, and properties.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { logitScaleInterval, logScaleInterval } from './intervals';

describe('logScaleInterval', () => {
  it("the tester's v_ref: 0.042 nm/h with the Wald interval −0.0478 … 0.1318 becomes 0.00494 … 0.357 nm/h (by hand)", () => {
    // h = (0.1318 − (−0.0478))/2 = 0.0898; h/v = 2.138095…; e^−2.138095 = 0.117876; e^2.138095 = 8.48348
    const { ci, clamped } = logScaleInterval(0.042, [-0.0478, 0.1318]);
    expect(clamped).toBe(false);
    expect(ci[0]).toBeCloseTo(0.042 * 0.117876, 6);
    expect(ci[1]).toBeCloseTo(0.042 * 8.48348, 4);
    expect(ci[0]).toBeGreaterThan(0);
  });
  it('a narrow interval is almost the Wald one (first order): 10 ± 0.1 → 9.9005 … 10.1005', () => {
    const { ci } = logScaleInterval(10, [9.9, 10.1]);
    expect(ci[0]).toBeCloseTo(10 * Math.exp(-0.01), 12);
    expect(ci[1]).toBeCloseTo(10 * Math.exp(0.01), 12);
    expect(ci[0]).toBeCloseTo(9.90050, 5);
  });
  it('at the bound (θ = 0) the interval is clamped at 0 and says so', () => {
    expect(logScaleInterval(0, [-0.2, 0.2])).toEqual({ ci: [0, 0.2], clamped: true });
  });
  it('property: positive lower end, contains θ, geometric mean of the ends is θ', () => {
    fc.assert(fc.property(fc.double({ min: 1e-6, max: 1e3, noNaN: true }), fc.double({ min: 0, max: 1e3, noNaN: true }), (v, h) => {
      const { ci } = logScaleInterval(v, [v - h, v + h]);
      expect(ci[0]).toBeGreaterThanOrEqual(0);
      expect(ci[0]).toBeLessThanOrEqual(v);
      expect(ci[1]).toBeGreaterThanOrEqual(v);
      if (ci[0] > 0 && Number.isFinite(ci[1])) expect(Math.sqrt(ci[0]) * Math.sqrt(ci[1]) / v).toBeCloseTo(1, 9);
    }));
  });
});

describe('logitScaleInterval', () => {
  it('F_b = 0.1 with SE·t = 0.09: logit 0.1 = −2.197225, h_logit = 0.09/0.09 = 1 → expit(−3.197225) … expit(−1.197225) = 0.03927 … 0.23197', () => {
    const { ci } = logitScaleInterval(0.1, [0.01, 0.19]);
    expect(ci[0]).toBeCloseTo(1 / (1 + Math.exp(3.197225)), 6);
    expect(ci[1]).toBeCloseTo(1 / (1 + Math.exp(1.197225)), 6);
    expect(ci[0]).toBeCloseTo(0.03927, 5);
    expect(ci[1]).toBeCloseTo(0.23197, 5);
  });
  it('property: stays inside [0, 1] and contains θ', () => {
    fc.assert(fc.property(fc.double({ min: 1e-4, max: 1 - 1e-4, noNaN: true }), fc.double({ min: 0, max: 5, noNaN: true }), (v, h) => {
      const { ci } = logitScaleInterval(v, [v - h, v + h]);
      expect(ci[0]).toBeGreaterThanOrEqual(0);
      expect(ci[1]).toBeLessThanOrEqual(1);
      expect(ci[0]).toBeLessThanOrEqual(v * (1 + 1e-12));
      expect(ci[1]).toBeGreaterThanOrEqual(v * (1 - 1e-12));
    }));
  });
});
