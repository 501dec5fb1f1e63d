// General bounded nonlinear least squares (multi-start Levenberg–Marquardt from ml-levenberg-marquardt) with Jacobian-based standard errors, 95 % intervals and an identifiability check.
import { levenbergMarquardt } from 'ml-levenberg-marquardt';
import { invertSymmetric } from './linalg';
import { studentTQuantile } from './student-t';

/**
 * A least-squares problem. Give either
 *  - `model(params, x)` with `data: { x, y, weights? }` — minimises Σ wᵢ (yᵢ − model(params, xᵢ))², or
 *  - `residualModel(params)` returning the residual vector r (length fixed) — minimises Σ rᵢ².
 * `x` can be anything (a number, or e.g. `{ pH, tH }` for curves at several pH values fitted at once).
 * The model must return finite values for every parameter vector within [lower, upper].
 */
export interface LeastSquaresProblem<X = number> {
  model?: (params: readonly number[], x: X) => number;
  /** Optional analytic partial derivatives of `model` with respect to each parameter at x. */
  modelJacobian?: (params: readonly number[], x: X) => ArrayLike<number>;
  residualModel?: (params: readonly number[]) => ArrayLike<number>;
  data?: { x: readonly X[]; y: readonly number[]; weights?: readonly number[] };
  /** First starting point (also fixes the number of parameters). */
  initial: readonly number[];
  lower?: readonly number[];
  upper?: readonly number[];
  /** Further starting points; the lowest-SSE result over all starts is kept. */
  starts?: readonly (readonly number[])[];
  /** Parameter names used in identifiability notes (default p0, p1, …). */
  names?: readonly string[];
  /** SE/|param| above which a parameter is reported as not identifiable (default RELATIVE_SE_LIMIT = 1; Infinity disables). */
  relativeSeLimit?: number;
  /** LM iterations per start (default 300, run in chunks that stop once SSE stops improving). */
  maxIterations?: number;
}

export interface LeastSquaresResult {
  params: number[];
  names: string[];
  /** Standard errors √diag(σ² (JᵀJ)⁻¹), σ² = SSE/(n − p); null when not estimable (n ≤ p or JᵀJ singular). */
  se: (number | null)[];
  /** 95 % intervals params ± t(0.975, n − p)·SE; null when SE is null. */
  ci95: ([number, number] | null)[];
  /** Weighted residual sum of squares at the optimum. */
  sse: number;
  n: number;
  p: number;
  /** Residuals yᵢ − model (unweighted) for `model` problems; rᵢ for `residualModel` problems. */
  residuals: number[];
  /** Parameter covariance σ² (JᵀJ)⁻¹ (null when not estimable). */
  covariance: number[][] | null;
  /** Condition number of JᵀJ scaled to unit diagonal (∞ when singular). */
  conditionNumber: number;
  identifiable: boolean;
  /** Why a parameter is not identifiable (empty when identifiable). */
  identifiabilityNotes: string[];
  /** Which parameters ended on a bound (their SE is then only indicative). */
  atBound: boolean[];
  /** Σ w (y − ȳ_w)² for `model` problems (null for residualModel problems). */
  sst: number | null;
  /** 1 − SSE/SST (null for residualModel problems or when SST = 0). */
  r2: number | null;
  /** Number of starting points tried and total LM iterations. */
  startsTried: number;
  iterations: number;
}

/** SE/|param| above which a parameter is called not identifiable (its SE exceeds its own magnitude). */
export const RELATIVE_SE_LIMIT = 1;
/** Scaled condition number of JᵀJ above which the fit is called near-singular. */
export const CONDITION_LIMIT = 1e10;

interface Internal {
  n: number;
  p: number;
  /** Weighted residual vector at params (obs − pred). */
  residuals(params: readonly number[]): Float64Array;
  /** Jacobian of the weighted residuals, n × p, at params. */
  jacobian(params: readonly number[]): Float64Array[];
  lower: number[];
  upper: number[];
}

function clampVec(v: readonly number[], lo: readonly number[], hi: readonly number[]): number[] {
  return v.map((x, i) => Math.min(Math.max(x, lo[i]), hi[i]));
}

function sumSq(r: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < r.length; i++) s += r[i] * r[i];
  return s;
}

function buildInternal<X>(problem: LeastSquaresProblem<X>): Internal {
  const p = problem.initial.length;
  if (p === 0) throw new Error('fitLeastSquares: initial must have at least one parameter');
  const lower = problem.lower ? [...problem.lower] : new Array<number>(p).fill(-Infinity);
  const upper = problem.upper ? [...problem.upper] : new Array<number>(p).fill(Infinity);
  if (lower.length !== p || upper.length !== p) throw new Error('fitLeastSquares: lower/upper must have one entry per parameter');
  for (let i = 0; i < p; i++) if (!(lower[i] <= upper[i])) throw new Error(`fitLeastSquares: lower[${i}] > upper[${i}]`);

  let residuals: (params: readonly number[]) => Float64Array;
  let analytic: ((params: readonly number[]) => Float64Array[]) | null = null;
  let n: number;
  if (problem.model) {
    const { model, modelJacobian } = problem;
    const data = problem.data;
    if (!data) throw new Error('fitLeastSquares: model needs data { x, y }');
    n = data.x.length;
    if (data.y.length !== n) throw new Error('fitLeastSquares: data.x and data.y differ in length');
    const sw = data.weights ? data.weights.map((w) => Math.sqrt(w)) : new Array<number>(n).fill(1);
    if (sw.length !== n || sw.some((w) => !Number.isFinite(w))) throw new Error('fitLeastSquares: weights must be finite, ≥ 0, one per point');
    residuals = (params) => {
      const r = new Float64Array(n);
      for (let i = 0; i < n; i++) r[i] = sw[i] * (data.y[i] - model(params, data.x[i]));
      return r;
    };
    if (modelJacobian) {
      analytic = (params) => {
        const J: Float64Array[] = [];
        for (let i = 0; i < n; i++) {
          const g = modelJacobian(params, data.x[i]);
          const row = new Float64Array(p);
          for (let k = 0; k < p; k++) row[k] = -sw[i] * g[k];
          J.push(row);
        }
        return J;
      };
    }
  } else if (problem.residualModel) {
    const rm = problem.residualModel;
    n = rm(clampVec(problem.initial, lower, upper)).length;
    residuals = (params) => {
      const r = rm(params);
      if (r.length !== n) throw new Error('fitLeastSquares: residualModel changed the residual length');
      return Float64Array.from(r);
    };
  } else {
    throw new Error('fitLeastSquares: give model (with data) or residualModel');
  }

  const finiteDifference = (params: readonly number[]): Float64Array[] => {
    const J = Array.from({ length: n }, () => new Float64Array(p));
    for (let k = 0; k < p; k++) {
      const h = 1e-6 * Math.max(Math.abs(params[k]), 1e-6);
      const up = params.slice();
      const dn = params.slice();
      let span = 0;
      if (params[k] + h <= upper[k]) {
        up[k] = params[k] + h;
        span += h;
      }
      if (params[k] - h >= lower[k]) {
        dn[k] = params[k] - h;
        span += h;
      }
      if (span === 0) continue;
      const ru = residuals(up);
      const rd = residuals(dn);
      for (let i = 0; i < n; i++) J[i][k] = (ru[i] - rd[i]) / span;
    }
    return J;
  };
  return { n, p, residuals, jacobian: analytic ?? finiteDifference, lower, upper };
}

/** One LM descent from `start` (in scaled variables u = params / scale), run in chunks until SSE stops improving. */
function descend(core: Internal, start: number[], maxIterations: number): { params: number[]; sse: number; iterations: number } {
  const { n, p, lower, upper } = core;
  const scale = start.map((v) => (Math.abs(v) > 0 ? Math.abs(v) : 1));
  const toParams = (u: ArrayLike<number>) => Array.from({ length: p }, (_, k) => u[k] * scale[k]);
  const xs = Array.from({ length: n }, (_, i) => i);
  const ys = new Array<number>(n).fill(0);
  // The library minimises Σ (yᵢ − f(xᵢ))²; with y = 0 and f = −r this is Σ rᵢ². x is the point index.
  const fn = (u: number[]) => {
    const r = core.residuals(toParams(u));
    return (i: number) => -r[i];
  };
  const jac = (u: number[]) => {
    const J = core.jacobian(toParams(u));
    // library expects ∂f/∂u with f = −r and u = params/scale; a non-finite partial (overflow far from the optimum) is taken as 0
    return (i: number) =>
      Array.from({ length: p }, (_, k) => {
        const v = -J[i][k] * scale[k];
        return Number.isFinite(v) ? v : 0;
      });
  };
  const minValues = lower.map((v, k) => v / scale[k]);
  const maxValues = upper.map((v, k) => v / scale[k]);
  let u = start.map((v, k) => v / scale[k]);
  let sse = sumSq(core.residuals(start));
  let iterations = 0;
  const chunk = 8;
  while (iterations < maxIterations) {
    let res: { parameterValues: number[]; parameterError: number; iterations: number };
    try {
      res = levenbergMarquardt({ x: xs, y: ys }, fn, {
        initialValues: u,
        minValues,
        maxValues,
        jacobianFunction: jac,
        maxIterations: chunk,
        errorTolerance: 0,
        damping: 1e-3,
      });
    } catch {
      // the library rejects a non-finite normal matrix (overflowing model far from the data): keep the best point so far
      break;
    }
    iterations += res.iterations;
    const improved = res.parameterError < sse;
    const rel = improved ? (sse - res.parameterError) / Math.max(sse, 1e-300) : 0;
    if (improved && Number.isFinite(res.parameterError)) {
      u = res.parameterValues;
      sse = res.parameterError;
    }
    if (rel < 1e-10 || sse === 0) break;
  }
  return { params: clampVec(toParams(u), lower, upper), sse, iterations };
}

/** Statistics at a given optimum: SE, 95 % CI, covariance, identifiability. */
export function summarizeAt<X>(problem: LeastSquaresProblem<X>, params: readonly number[]): LeastSquaresResult {
  return summarize(problem, buildInternal(problem), [...params], 0, 0);
}

function summarize<X>(problem: LeastSquaresProblem<X>, core: Internal, params: number[], startsTried: number, iterations: number): LeastSquaresResult {
  const { n, p, lower, upper } = core;
  const names = problem.names ? [...problem.names] : Array.from({ length: p }, (_, k) => `p${k}`);
  const r = core.residuals(params);
  const sse = sumSq(r);
  const J = core.jacobian(params);
  const jtj = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let i = 0; i < n; i++) for (let a = 0; a < p; a++) for (let b = 0; b < p; b++) jtj[a][b] += J[i][a] * J[i][b];
  const notes: string[] = [];
  const dof = n - p;
  if (dof <= 0) notes.push(`n = ${n} points for p = ${p} parameters: no degrees of freedom left`);
  for (let k = 0; k < p; k++) if (!(jtj[k][k] > 0)) notes.push(`the fitted curve does not depend on ${names[k]} at the optimum`);
  const { inverse, conditionNumber } = invertSymmetric(jtj, 1e14);
  if (conditionNumber > CONDITION_LIMIT) notes.push(`JᵀJ is near-singular (scaled condition number ${conditionNumber.toExponential(2)})`);
  const sigma2 = dof > 0 ? sse / dof : null;
  const covariance = inverse && sigma2 !== null ? inverse.map((row) => row.map((v) => v * sigma2)) : null;
  const tq = dof > 0 ? studentTQuantile(0.975, dof) : NaN;
  const se: (number | null)[] = [];
  const ci95: ([number, number] | null)[] = [];
  for (let k = 0; k < p; k++) {
    const v = covariance ? covariance[k][k] : NaN;
    const s = v >= 0 && Number.isFinite(v) ? Math.sqrt(v) : null;
    se.push(s);
    ci95.push(s === null ? null : [params[k] - tq * s, params[k] + tq * s]);
    if (s !== null && s > (problem.relativeSeLimit ?? RELATIVE_SE_LIMIT) * Math.abs(params[k]))
      notes.push(`${names[k]}: SE ${fmt(s)} exceeds |${names[k]}| = ${fmt(Math.abs(params[k]))}`);
  }
  const atBound = params.map((v, k) => (Number.isFinite(lower[k]) && v <= lower[k]) || (Number.isFinite(upper[k]) && v >= upper[k]));
  let sst: number | null = null;
  let r2: number | null = null;
  let residuals = Array.from(r);
  if (problem.model && problem.data) {
    const { y, x, weights } = problem.data;
    const w = weights ?? new Array<number>(n).fill(1);
    const sw = w.reduce((a, b) => a + b, 0);
    const mean = y.reduce((a, yi, i) => a + w[i] * yi, 0) / sw;
    sst = y.reduce((a, yi, i) => a + w[i] * (yi - mean) ** 2, 0);
    r2 = sst > 0 ? 1 - sse / sst : null;
    const model = problem.model;
    residuals = y.map((yi, i) => yi - model(params, x[i]));
  }
  return {
    params,
    names,
    se,
    ci95,
    sse,
    n,
    p,
    residuals,
    covariance,
    conditionNumber,
    identifiable: notes.length === 0,
    identifiabilityNotes: notes,
    atBound,
    sst,
    r2,
    startsTried,
    iterations,
  };
}

function fmt(v: number): string {
  return Number.isFinite(v) ? Number(v.toPrecision(3)).toString() : String(v);
}

/**
 * Bounded nonlinear least squares: Levenberg–Marquardt (ml-levenberg-marquardt, bounds by projection) from `initial`
 * and every entry of `starts` (each clamped into the bounds); the lowest-SSE optimum is kept and summarised.
 */
export function fitLeastSquares<X = number>(problem: LeastSquaresProblem<X>): LeastSquaresResult {
  const core = buildInternal(problem);
  const maxIterations = problem.maxIterations ?? 300;
  const starts = [problem.initial, ...(problem.starts ?? [])].map((s) => {
    if (s.length !== core.p) throw new Error('fitLeastSquares: every start needs one value per parameter');
    return clampVec(s, core.lower, core.upper);
  });
  let best: { params: number[]; sse: number } | null = null;
  let iterations = 0;
  for (const start of starts) {
    const startSse = sumSq(core.residuals(start));
    if (!Number.isFinite(startSse)) continue;
    const res = descend(core, start, maxIterations);
    iterations += res.iterations;
    if (Number.isFinite(res.sse) && (best === null || res.sse < best.sse)) best = res;
  }
  if (!best) throw new Error('fitLeastSquares: the model is not finite at any starting point');
  return summarize(problem, core, best.params, starts.length, iterations);
}
