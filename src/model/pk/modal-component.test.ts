// Tests of addModalComponentAt: one compartment of the modal form, accumulated as addModalAt accumulates it (equal to the bit), for random lower-triangular systems and several injections.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addModalAt, addModalComponentAt, modal, zeros } from './linear';

describe('addModalComponentAt', () => {
  it('equals out[k] of addModalAt over several injections, every k, to the bit', () => {
    const rate = fc.double({ min: 0.001, max: 3, noNaN: true });
    fc.assert(
      fc.property(fc.array(rate, { minLength: 4, maxLength: 4 }), fc.array(rate, { minLength: 3, maxLength: 3 }), fc.array(fc.double({ min: 0, max: 500, noNaN: true }), { minLength: 1, maxLength: 4 }), fc.double({ min: 0, max: 2000, noNaN: true }), (out, flow, taus, t) => {
        // a 4-compartment chain: x0 → x1 → x2 → x3, each compartment also cleared
        const A = zeros(4);
        for (let i = 0; i < 4; i++) A.a[i * 4 + i] = -(out[i] + (i < 3 ? flow[i] : 0));
        for (let i = 1; i < 4; i++) A.a[i * 4 + i - 1] = flow[i - 1];
        const m = modal(A, [1, 0, 0, 0]);
        for (let k = 0; k < 4; k++) {
          const buf = new Float64Array(4);
          let acc = 0;
          for (const tau of taus)
            if (t >= tau) {
              addModalAt(m, t - tau, 1, buf);
              acc = addModalComponentAt(m, t - tau, 1, k, acc);
            }
          expect(acc).toBe(buf[k]);
        }
      }),
      { numRuns: 200 },
    );
  });
});
