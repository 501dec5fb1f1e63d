// Linear constant-coefficient compartment systems dx/dt = A x: matrix exponential (Padé 6 with scaling and squaring), exact AUCs and curves on a grid.

/** A small dense n×n matrix, row-major. */
export interface Mat {
  n: number;
  a: Float64Array;
}

export function zeros(n: number): Mat {
  return { n, a: new Float64Array(n * n) };
}

function identity(n: number): Mat {
  const m = zeros(n);
  for (let i = 0; i < n; i++) m.a[i * n + i] = 1;
  return m;
}

function mul(x: Mat, y: Mat): Mat {
  const n = x.n;
  const out = zeros(n);
  for (let i = 0; i < n; i++)
    for (let k = 0; k < n; k++) {
      const xik = x.a[i * n + k];
      if (xik === 0) continue;
      for (let j = 0; j < n; j++) out.a[i * n + j] += xik * y.a[k * n + j];
    }
  return out;
}

/** x ← αx + βy (new matrix). */
function lin(alpha: number, x: Mat, beta: number, y: Mat): Mat {
  const out = zeros(x.n);
  for (let i = 0; i < out.a.length; i++) out.a[i] = alpha * x.a[i] + beta * y.a[i];
  return out;
}

/** Solve D X = N for X (Gaussian elimination with partial pivoting; D is well conditioned for Padé at ‖A‖ ≤ 1/2). */
function solve(D: Mat, N: Mat): Mat {
  const n = D.n;
  const d = Float64Array.from(D.a);
  const x = Float64Array.from(N.a);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(d[r * n + c]) > Math.abs(d[p * n + c])) p = r;
    if (p !== c)
      for (let j = 0; j < n; j++) {
        let t = d[c * n + j];
        d[c * n + j] = d[p * n + j];
        d[p * n + j] = t;
        t = x[c * n + j];
        x[c * n + j] = x[p * n + j];
        x[p * n + j] = t;
      }
    const piv = d[c * n + c];
    for (let r = c + 1; r < n; r++) {
      const f = d[r * n + c] / piv;
      if (f === 0) continue;
      for (let j = c; j < n; j++) d[r * n + j] -= f * d[c * n + j];
      for (let j = 0; j < n; j++) x[r * n + j] -= f * x[c * n + j];
    }
  }
  for (let c = n - 1; c >= 0; c--) {
    const piv = d[c * n + c];
    for (let j = 0; j < n; j++) {
      let s = x[c * n + j];
      for (let k = c + 1; k < n; k++) s -= d[c * n + k] * x[k * n + j];
      x[c * n + j] = s / piv;
    }
  }
  return { n, a: x };
}

const PADE6 = [1, 1 / 2, 5 / 44, 1 / 66, 1 / 792, 1 / 15840, 1 / 665280];

/**
 * e^(A t) by the [6/6] Padé approximant with scaling and squaring (Higham, SIAM J Matrix Anal Appl 26, 1179 (2005)):
 * scale so ‖A t/2^s‖₁ ≤ 1/2, where the [6/6] error is below 1e-16, then square s times.
 */
export function expm(A: Mat, t: number): Mat {
  const n = A.n;
  let norm = 0;
  for (let j = 0; j < n; j++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += Math.abs(A.a[i * n + j]);
    norm = Math.max(norm, s);
  }
  norm *= Math.abs(t);
  const s = norm > 0.5 ? Math.ceil(Math.log2(norm / 0.5)) : 0;
  const scale = t / 2 ** s;
  const X = zeros(n);
  for (let i = 0; i < X.a.length; i++) X.a[i] = A.a[i] * scale;
  const I = identity(n);
  let P = I;
  let Nm = identity(n);
  let Dm = identity(n);
  for (let k = 1; k <= 6; k++) {
    P = mul(P, X);
    const c = PADE6[k];
    Nm = lin(1, Nm, c, P);
    Dm = lin(1, Dm, (k % 2 === 0 ? 1 : -1) * c, P);
  }
  let E = solve(Dm, Nm);
  for (let k = 0; k < s; k++) E = mul(E, E);
  return E;
}

/** y = M x. */
export function apply(M: Mat, x: ArrayLike<number>): Float64Array {
  const n = M.n;
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += M.a[i * n + j] * x[j];
    y[i] = s;
  }
  return y;
}

/**
 * Solve A y = b for a lower-triangular A (forward substitution). The compartment matrices here are lower triangular
 * (drug only flows down the chain plasma → tumour → out), so this is exact.
 */
export function solveLower(A: Mat, b: ArrayLike<number>): Float64Array {
  const n = A.n;
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = b[i];
    for (let j = 0; j < i; j++) s -= A.a[i * n + j] * y[j];
    y[i] = s / A.a[i * n + i];
  }
  return y;
}

/** ∫₀^∞ x(t) dt = −A⁻¹ x₀ for a stable lower-triangular A (every diagonal entry < 0). */
export function aucInfinity(A: Mat, x0: ArrayLike<number>): Float64Array {
  const y = solveLower(A, x0);
  for (let i = 0; i < y.length; i++) y[i] = -y[i];
  return y;
}

/** ∫₀^T x(t) dt = A⁻¹ (x(T) − x₀), with x(T) = e^(AT) x₀. */
export function aucTo(A: Mat, x0: ArrayLike<number>, T: number): Float64Array {
  if (!(T > 0)) return new Float64Array(A.n);
  const xT = apply(expm(A, T), x0);
  const d = new Float64Array(A.n);
  for (let i = 0; i < A.n; i++) d[i] = xT[i] - x0[i];
  return solveLower(A, d);
}

/** x(t) at t = 0, h, 2h, … (count points): one e^(Ah), then repeated products (exact for a linear system). */
export function gridStates(A: Mat, x0: ArrayLike<number>, h: number, count: number): Float64Array[] {
  const E = expm(A, h);
  const out: Float64Array[] = new Array(count);
  let x: Float64Array = Float64Array.from(x0);
  for (let k = 0; k < count; k++) {
    out[k] = x;
    x = apply(E, x);
  }
  return out;
}

/**
 * Modal form of x(t) = e^(At) x₀ for a lower-triangular A: the eigenvalues are the diagonal, the eigenvectors follow by
 * forward substitution, so x(t) = Σ_j c_j v_j e^(λ_j t) costs n exponentials and n² products per time. When two
 * diagonal entries (nearly) coincide the modes are ill-conditioned and `fallback` (e^(At) by Padé) is used instead.
 */
export interface Modal {
  n: number;
  lambdas: Float64Array;
  /** coef[j·n + i] = c_j · v_j[i]. */
  coef: Float64Array;
  A: Mat;
  x0: Float64Array;
  degenerate: boolean;
}

/**
 * modal()'s eigenvector matrix, reused between calls (zeroed first, so every call sees what a new array would hold): a
 * 4×4 Float64Array is too big for V8's on-heap typed arrays, and one off-heap buffer per call costs more than the modes.
 */
let V_SCRATCH = new Float64Array(16);

export function modal(A: Mat, x0: ArrayLike<number>): Modal {
  const n = A.n;
  const lambdas = new Float64Array(n);
  for (let i = 0; i < n; i++) lambdas[i] = A.a[i * n + i];
  let degenerate = false;
  let scale = 0;
  for (let i = 0; i < n; i++) scale = Math.max(scale, Math.abs(lambdas[i]));
  for (let i = 0; i < n && !degenerate; i++) for (let j = 0; j < i; j++) if (Math.abs(lambdas[i] - lambdas[j]) <= 1e-6 * scale) degenerate = true;
  const coef = new Float64Array(n * n);
  const x = new Float64Array(x0);
  if (!degenerate) {
    // V (column j = v_j, unit lower triangular)
    if (V_SCRATCH.length < n * n) V_SCRATCH = new Float64Array(n * n);
    const V = V_SCRATCH;
    V.fill(0, 0, n * n);
    for (let j = 0; j < n; j++) {
      V[j * n + j] = 1;
      for (let i = j + 1; i < n; i++) {
        let s = 0;
        for (let k = j; k < i; k++) s += A.a[i * n + k] * V[k * n + j];
        V[i * n + j] = -s / (A.a[i * n + i] - lambdas[j]);
      }
    }
    // V c = x₀
    const c = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let s = x[i];
      for (let k = 0; k < i; k++) s -= V[i * n + k] * c[k];
      c[i] = s;
    }
    for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) coef[j * n + i] = c[j] * V[i * n + j];
  }
  return { n, lambdas, coef, A, x0: x, degenerate };
}

/**
 * acc + scale · x_k(t) of ONE compartment k from the modal form: the same terms, added to `acc` in the same order, as
 * out[k] += … in addModalAt (equal to the bit when acc is out[k]), without the other compartments' sums.
 */
export function addModalComponentAt(m: Modal, t: number, scale: number, k: number, acc: number): number {
  if (m.degenerate) {
    const out = new Float64Array(m.n);
    out[k] = acc;
    addModalAt(m, t, scale, out);
    return out[k];
  }
  const n = m.n;
  let x = acc;
  for (let j = 0; j <= k; j++) {
    const e = Math.exp(m.lambdas[j] * t) * scale;
    if (e === 0) continue;
    x += m.coef[j * n + k] * e;
  }
  return x;
}

/** out[i] += scale · x_i(t) (t ≥ 0), from the modal form (or Padé when degenerate). */
export function addModalAt(m: Modal, t: number, scale: number, out: Float64Array): void {
  const n = m.n;
  if (m.degenerate) {
    const x = apply(expm(m.A, t), m.x0);
    for (let i = 0; i < n; i++) out[i] += scale * x[i];
    return;
  }
  for (let j = 0; j < n; j++) {
    const e = Math.exp(m.lambdas[j] * t) * scale;
    if (e === 0) continue;
    for (let i = j; i < n; i++) out[i] += m.coef[j * n + i] * e;
  }
}
