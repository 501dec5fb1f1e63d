// Root finders of the radiobiology chain: the two-compartment LQ dose (Newton in a closed-form bracket) against Brent on the
// same equation, the one-compartment closed form, and hand values.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { d10Gy } from './lq';
import { brentRoot, lqMixtureDose } from './root';

const lnS = (f0: number, a0: number, b0: number, f1: number, a1: number, b1: number, D: number) =>
  Math.log(f0 * Math.exp(-(a0 * D + b0 * D * D)) + f1 * Math.exp(-(a1 * D + b1 * D * D)));

describe('lqMixtureDose', () => {
  it('one compartment is the closed-form D10 (V3: α 0.3, β 0.03 → 5.087 Gy)', () => {
    expect(lqMixtureDose(1, 0.3, 0.03, 0, 1, 1, Math.log(0.1))).toBeCloseTo(d10Gy(0.3, 0.03), 12);
    expect(lqMixtureDose(0, 1, 1, 1, 0.3, 0.03, Math.log(0.1))).toBeCloseTo(5.087, 3);
    expect(lqMixtureDose(1, 0.3, 0, 0, 1, 1, Math.log(0.1))).toBeCloseTo(Math.log(10) / 0.3, 12);
  });
  it('two identical compartments behave as one', () => {
    expect(lqMixtureDose(0.7, 0.25, 0.025, 0.3, 0.25, 0.025, Math.log(0.1))).toBeCloseTo(d10Gy(0.25, 0.025), 12);
  });
  it('a target at or above the surviving total is reached at dose 0', () => {
    expect(lqMixtureDose(0.7, 0.25, 0.025, 0.3, 0.1, 0.01, 0)).toBe(0);
  });
  it('property: solves the mixture equation and agrees with Brent on the same function to 1e-9', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        fc.double({ min: 0.01, max: 2, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.double({ min: 0.01, max: 2, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.double({ min: -30, max: -0.01, noNaN: true }),
        (h, a0, b0, a1, b1, target) => {
          const f0 = 1 - h;
          const D = lqMixtureDose(f0, a0, b0, h, a1, b1, target);
          const g = (x: number) => lnS(f0, a0, b0, h, a1, b1, x) - target;
          let hi = 1;
          while (g(hi) > 0) hi *= 2;
          const ref = brentRoot(g, 0, hi, 1e-13);
          expect(Math.abs(D - ref)).toBeLessThanOrEqual(1e-9 * Math.max(1, ref));
          expect(Math.abs(g(D))).toBeLessThan(1e-9);
        },
      ),
      { numRuns: 500 },
    );
  });
});
