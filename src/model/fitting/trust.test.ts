// Fit trust: the three findings of issue #25 item 3 (non-identifiable M2 fit, SE far above the value, negative Peppas–Sahlin k1).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitTrust } from './trust';

describe('fitTrust', () => {
  it('the M2 fit of the issue (v_ref 9.989e-11 nm/h, n_H SE 223 498, not identifiable) is not trusted, with each reason', () => {
    const t = fitTrust({ params: { vRefNmPerH: 9.989e-11, nH: 0.8, kdPerH: 0.01 }, se: { vRefNmPerH: 3e-9, nH: 223498, kdPerH: 0.001 }, identifiable: false }, { nH: 'n_H' });
    expect(t.trusted).toBe(false);
    expect(t.problems[0]).toMatch(/not all parameters are identifiable/);
    expect(t.problems.some((p) => /n_H: its standard error \(220000\) is larger than the value/.test(p))).toBe(true);
    expect(t.problems.some((p) => /vRefNmPerH/.test(p))).toBe(true);
    expect(t.problems.some((p) => /kdPerH/.test(p))).toBe(false);
  });
  it('Peppas–Sahlin with k1 = −85.6 (R² 1.0000 on 6 points) is implausible; a negative k2 alone is allowed', () => {
    expect(fitTrust({ params: { k1: -85.6, k2: 40, m: 0.3 }, se: { k1: 2, k2: 1, m: 0.01 }, identifiable: true }).problems).toEqual(['k1 = -85.6 is negative, which has no physical meaning for this model']);
    expect(fitTrust({ params: { k1: 20, k2: -1.5, m: 0.45 }, se: { k1: 1, k2: 0.2, m: 0.02 }, identifiable: true }).trusted).toBe(true);
  });
  it('property: a fit with small relative SEs, identifiable and positive values is trusted; doubling any SE past its value is not', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.double({ min: 1e-6, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 0.99, noNaN: true })), { minLength: 1, maxLength: 4 }), fc.nat(), (ps, pick) => {
      const keys = ['k1', 'alpha', 'beta', 'm'].slice(0, ps.length);
      const params = Object.fromEntries(keys.map((k, i) => [k, ps[i][0]]));
      const se = Object.fromEntries(keys.map((k, i) => [k, ps[i][0] * ps[i][1]]));
      expect(fitTrust({ params, se, identifiable: true }).trusted).toBe(true);
      const k = keys[pick % keys.length];
      expect(fitTrust({ params, se: { ...se, [k]: params[k] * 1.5 }, identifiable: true }).trusted).toBe(false);
    }));
  });
});
