// percentShares: hand cases and the sum property.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { percentShares } from './percent-shares';

describe('percentShares', () => {
  it('hand cases', () => {
    expect(percentShares([0.375, 0.625])).toEqual([38, 62]);
    expect(percentShares([1 / 3, 1 / 3, 1 / 3])).toEqual([34, 33, 33]);
    expect(percentShares([0.5, 0.5])).toEqual([50, 50]);
    expect(percentShares([1])).toEqual([100]);
  });
  it('property: shares summing to 1 give whole percents summing to 100, each within 1 of its exact value', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: 0.001, max: 1, noNaN: true }), { minLength: 1, maxLength: 6 }), (w) => {
      const s = w.reduce((a, b) => a + b, 0);
      const f = w.map((x) => x / s);
      const p = percentShares(f);
      expect(p.reduce((a, b) => a + b, 0)).toBe(100);
      p.forEach((v, i) => expect(Math.abs(v - f[i] * 100)).toBeLessThan(1));
    }));
  });
});
