// Small dense linear algebra for the fitter: symmetric eigen-decomposition (cyclic Jacobi) and a guarded inverse.

/** Eigen-decomposition of a symmetric matrix: A = V diag(values) Vᵀ (columns of `vectors` are eigenvectors). */
export function symmetricEigen(a: readonly (readonly number[])[]): { values: number[]; vectors: number[][] } {
  const n = a.length;
  const m = a.map((row) => row.slice());
  const v: number[][] = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j): number => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    let diag = 0;
    for (let i = 0; i < n; i++) {
      diag += m[i][i] * m[i][i];
      for (let j = i + 1; j < n; j++) off += m[i][j] * m[i][j];
    }
    if (off <= 1e-30 * diag || off === 0) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = m[p][q];
        if (apq === 0) continue;
        const theta = (m[q][q] - m[p][p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const mkp = m[k][p];
          const mkq = m[k][q];
          m[k][p] = c * mkp - s * mkq;
          m[k][q] = s * mkp + c * mkq;
        }
        for (let k = 0; k < n; k++) {
          const mpk = m[p][k];
          const mqk = m[q][k];
          m[p][k] = c * mpk - s * mqk;
          m[q][k] = s * mpk + c * mqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k][p];
          const vkq = v[k][q];
          v[k][p] = c * vkp - s * vkq;
          v[k][q] = s * vkp + c * vkq;
        }
      }
    }
  }
  return { values: m.map((row, i) => row[i]), vectors: v };
}

/**
 * Inverse of a symmetric positive semi-definite matrix via its eigen-decomposition, after scaling to unit diagonal
 * (so the condition number is that of the correlation form, independent of parameter units).
 * Returns null when a diagonal entry is 0 or the scaled condition number exceeds `maxCondition`.
 */
export function invertSymmetric(
  a: readonly (readonly number[])[],
  maxCondition = 1e14,
): { inverse: number[][] | null; conditionNumber: number } {
  const n = a.length;
  const d = a.map((row, i) => row[i]);
  if (d.some((x) => !(x > 0) || !Number.isFinite(x))) return { inverse: null, conditionNumber: Infinity };
  const s = d.map((x) => 1 / Math.sqrt(x));
  const c = a.map((row, i) => row.map((x, j) => x * s[i] * s[j]));
  const { values, vectors } = symmetricEigen(c);
  const max = Math.max(...values);
  const min = Math.min(...values);
  const conditionNumber = min > 0 ? max / min : Infinity;
  if (!(conditionNumber <= maxCondition)) return { inverse: null, conditionNumber };
  const inv = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let sum = 0;
      for (let k = 0; k < n; k++) sum += (vectors[i][k] * vectors[j][k]) / values[k];
      inv[i][j] = sum * s[i] * s[j];
    }
  }
  return { inverse: inv, conditionNumber };
}
