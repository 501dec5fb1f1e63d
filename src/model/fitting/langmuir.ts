// Calibrates single-payload Langmuir loading (M1: qmax, K) to measured (feed, EE or LC) points by bounded nonlinear least squares in q (mg loaded per mg carrier).
import { fitLeastSquares } from './least-squares';
import { LANGMUIR_SINGLE_EVALUATED, LANGMUIR_SINGLE_FORMULA } from '../loading/langmuir';

export interface LoadingPoint {
  /** Payload fed per carrier mass, mg/mg. */
  feed: number;
  /** Encapsulation efficiency, 0..1 (loaded / fed). */
  ee?: number;
  /** Loading content, 0..1: loaded mass / (carrier + loaded). */
  lc?: number;
  /** SD of the ee or lc value (same 0..1 scale), when measured: weights 1/SD(q)² when the fit is weighted. */
  sd?: number;
}

export interface LangmuirCalibration {
  /** Capacity, mg payload per mg carrier. */
  qmax: number;
  /** Affinity, dimensionless (at the standard carrier concentration). */
  K: number;
  se: { qmax: number | null; K: number | null };
  ci95: { qmax: [number, number] | null; K: [number, number] | null };
  /** Σ (q_obs − q_model)², (mg/mg)². */
  sse: number;
  r2: number | null;
  n: number;
  identifiable: boolean;
  identifiabilityNotes: string[];
  /** Loaded amounts q (mg/mg) derived from the points, and the model's. */
  qObserved: number[];
  qModel: number[];
  /** M1's one-payload closed form, the same text the explain panel shows, with its equality to MODEL.md's form. */
  equation: string;
  /** True when each point was weighted by 1/SD(q)² (SSE and R² are then the weighted ones). */
  weighted: boolean;
  /** SD of each q (mg/mg) used for the weights: SD(EE)·f, or SD(LC)/(1 − LC)² (delta method); a point without SD gets the largest. */
  sdQ?: number[];
  provenance: 'data';
}

/**
 * Single-payload Langmuir mass balance, q = qmax·K(f − q)/(1 + K(f − q)), solved in closed form.
 * Written as 2·K·qmax·f / (B + √(B² − 4K²·qmax·f)), B = 1 + K f + K qmax — algebraically equal to
 * [B − √(B² − 4K²qmax f)]/(2K) but free of cancellation when K is small. The discriminant equals (1 + Kf − Kqmax)² + 4Kqmax ≥ 0.
 */
export function langmuirLoaded(feed: number, qmax: number, K: number): number {
  if (feed <= 0 || qmax <= 0 || K <= 0) return 0;
  const B = 1 + K * feed + K * qmax;
  const a = 1 + K * feed - K * qmax;
  return (2 * K * qmax * feed) / (B + Math.sqrt(a * a + 4 * K * qmax));
}

/** q (mg/mg) from a measured point: q = EE·f, or q = LC/(1 − LC). */
export function loadedFromPoint(p: LoadingPoint, index = 0): number {
  if (!(p.feed > 0) || !Number.isFinite(p.feed)) throw new RangeError(`point ${index + 1}: feed must be > 0 mg/mg`);
  if (p.ee !== undefined && p.lc !== undefined) throw new RangeError(`point ${index + 1}: give ee or lc, not both`);
  if (p.ee !== undefined) {
    if (!(p.ee >= 0 && p.ee <= 1)) throw new RangeError(`point ${index + 1}: ee must be within 0..1`);
    return p.ee * p.feed;
  }
  if (p.lc !== undefined) {
    if (!(p.lc >= 0 && p.lc < 1)) throw new RangeError(`point ${index + 1}: lc must be within 0..1 (exclusive of 1)`);
    const q = p.lc / (1 - p.lc);
    if (q > p.feed * (1 + 1e-9)) throw new RangeError(`point ${index + 1}: lc ${p.lc} means q = ${q.toPrecision(3)} mg/mg, more than the feed ${p.feed}`);
    return q;
  }
  throw new RangeError(`point ${index + 1}: needs ee or lc`);
}

/**
 * Least-squares (qmax, K) from ≥ 2 points at distinct feeds. Starting points: the linearised Langmuir
 * c/q = 1/(qmax K) + c/qmax (c = f − q, free payload per carrier mass) and a log grid over K with qmax profiled.
 */
export function fitLangmuir(points: readonly LoadingPoint[], opts: { weighted?: boolean } = {}): LangmuirCalibration {
  if (points.length < 2) throw new RangeError('fitLangmuir: needs at least 2 points (2 parameters)');
  const f = points.map((p) => p.feed);
  const q = points.map((p, i) => loadedFromPoint(p, i));
  const sdQ = langmuirSdQ(points);
  const weights = opts.weighted && sdQ ? sdQ.map((s) => 1 / s ** 2) : undefined;
  const model = ([qmax, K]: readonly number[], x: number) => langmuirLoaded(x, qmax, K);
  const sse = (qm: number, K: number) => q.reduce((a, qi, i) => a + (weights ? weights[i] : 1) * (qi - langmuirLoaded(f[i], qm, K)) ** 2, 0);
  const qHi = Math.max(...q, 1e-9);
  const cand: number[][] = [];
  // linearised Langmuir on points with 0 < q < f
  const lin = f.map((fi, i) => [fi - q[i], q[i]]).filter(([c, qi]) => c > 0 && qi > 0);
  if (lin.length >= 2) {
    const xs = lin.map(([c]) => c);
    const ys = lin.map(([c, qi]) => c / qi);
    const n = xs.length;
    const mx = xs.reduce((a, b) => a + b, 0) / n;
    const my = ys.reduce((a, b) => a + b, 0) / n;
    const sxx = xs.reduce((a, x) => a + (x - mx) ** 2, 0);
    const slope = sxx > 0 ? xs.reduce((a, x, i) => a + (x - mx) * (ys[i] - my), 0) / sxx : 0;
    const icpt = my - slope * mx;
    if (slope > 0 && icpt > 0) cand.push([1 / slope, slope / icpt]);
  }
  let best: { p: number[]; s: number } | null = null;
  for (let i = 0; i <= 40; i++) {
    const K = Math.pow(10, -3 + (7 * i) / 40);
    for (const mult of [1, 1.5, 3, 10]) {
      const p = [qHi * mult, K];
      const s = sse(p[0], p[1]);
      if (best === null || s < best.s) best = { p, s };
    }
  }
  if (best) cand.push(best.p);
  const res = fitLeastSquares<number>({
    model,
    data: weights ? { x: f, y: q, weights } : { x: f, y: q },
    initial: cand[0],
    starts: cand.slice(1),
    lower: [1e-12, 1e-12],
    upper: [Infinity, Infinity],
    names: ['qmax', 'K'],
  });
  return {
    qmax: res.params[0],
    K: res.params[1],
    se: { qmax: res.se[0], K: res.se[1] },
    ci95: { qmax: res.ci95[0], K: res.ci95[1] },
    sse: res.sse,
    r2: res.r2,
    n: res.n,
    identifiable: res.identifiable,
    identifiabilityNotes: res.identifiabilityNotes,
    qObserved: q,
    qModel: f.map((fi) => model(res.params, fi)),
    equation: `M1: ${LANGMUIR_SINGLE_FORMULA} — ${LANGMUIR_SINGLE_EVALUATED}`,
    weighted: weights !== undefined,
    ...(sdQ ? { sdQ } : {}),
    provenance: 'data',
  };
}

/**
 * SD of each loaded amount q (mg/mg) from the SD of its EE or LC (delta method): q = EE·f → SD(q) = SD(EE)·f;
 * q = LC/(1 − LC) → SD(q) = SD(LC)/(1 − LC)². A zero SD counts as the smallest positive one (as for release error
 * bars), a point without SD as the largest (its precision is unknown, so it counts no more than the least precise
 * measured point). Null when no point has a positive SD.
 */
export function langmuirSdQ(points: readonly LoadingPoint[]): number[] | null {
  const raw = points.map((p) => {
    if (p.sd === undefined || !Number.isFinite(p.sd)) return NaN;
    return p.ee !== undefined ? p.sd * p.feed : p.lc !== undefined ? p.sd / (1 - p.lc) ** 2 : NaN;
  });
  const positive = raw.filter((s) => s > 0);
  if (positive.length === 0) return null;
  const lo = Math.min(...positive), hi = Math.max(...positive);
  return raw.map((s) => (Number.isNaN(s) ? hi : Math.max(s, lo)));
}
