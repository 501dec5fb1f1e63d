// Student t quantiles and CDF against printed tables and symmetry.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lnGamma, studentTCdf, studentTQuantile } from './student-t';

describe('Student t', () => {
  it('two-sided 95 % quantiles match statistical tables', () => {
    // t(0.975, dof) from standard tables (e.g. NIST/SEMATECH e-Handbook §1.3.6.7.2)
    const table: [number, number][] = [
      [1, 12.706],
      [2, 4.303],
      [3, 3.182],
      [5, 2.571],
      [10, 2.228],
      [30, 2.042],
      [100, 1.984],
    ];
    for (const [dof, q] of table) expect(studentTQuantile(0.975, dof)).toBeCloseTo(q, 3);
    expect(studentTQuantile(0.975, 1e7)).toBeCloseTo(1.959964, 5); // normal limit
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(Math.tan(Math.PI * 0.475), 9); // Cauchy: exact
  });
  it('lnGamma matches factorials and Γ(1/2) = √π', () => {
    expect(lnGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(lnGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 12);
  });
  it('CDF is symmetric and the quantile inverts it', () => {
    fc.assert(
      fc.property(fc.double({ min: -20, max: 20, noNaN: true }), fc.double({ min: 0.5, max: 200, noNaN: true }), (t, dof) => {
        expect(studentTCdf(t, dof) + studentTCdf(-t, dof)).toBeCloseTo(1, 12);
      }),
    );
    fc.assert(
      fc.property(fc.double({ min: 0.51, max: 0.999, noNaN: true }), fc.integer({ min: 1, max: 200 }), (p, dof) => {
        expect(studentTCdf(studentTQuantile(p, dof), dof)).toBeCloseTo(p, 9);
      }),
    );
  });
});
