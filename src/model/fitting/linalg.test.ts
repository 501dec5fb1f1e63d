// Symmetric eigen-decomposition and guarded inverse.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { invertSymmetric, symmetricEigen } from './linalg';

describe('linalg', () => {
  it('eigenvalues of [[2,1],[1,2]] are 1 and 3', () => {
    const { values } = symmetricEigen([
      [2, 1],
      [1, 2],
    ]);
    expect(values.slice().sort()).toEqual([expect.closeTo(1, 12), expect.closeTo(3, 12)]);
  });
  it('A·A⁻¹ = I for random symmetric positive-definite A (BᵀB + I)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }).chain((n) => fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: n * n, maxLength: n * n }).map((b) => ({ n, b }))), ({ n, b }) => {
        const A = Array.from({ length: n }, (_, i) =>
          Array.from({ length: n }, (_, j) => (i === j ? 1 : 0) + Array.from({ length: n }, (_, k) => b[k * n + i] * b[k * n + j]).reduce((x, y) => x + y, 0)),
        );
        const { inverse } = invertSymmetric(A);
        expect(inverse).not.toBeNull();
        for (let i = 0; i < n; i++)
          for (let j = 0; j < n; j++) {
            const v = A[i].reduce((s, a, k) => s + a * inverse![k][j], 0);
            expect(v).toBeCloseTo(i === j ? 1 : 0, 6);
          }
      }),
    );
  });
  it('a singular matrix gives no inverse and an infinite or huge condition number', () => {
    const r = invertSymmetric([
      [1, 2],
      [2, 4],
    ]);
    expect(r.inverse).toBeNull();
    expect(r.conditionNumber).toBeGreaterThan(1e14);
  });
});
