// Fits the contract §4 release models to one cumulative-release curve and reports DDSolver-style statistics (SSE, R², adjusted R², AIC, MSC), SEs, 95 % intervals, residuals and identifiability.
import { fitLeastSquares, summarizeAt, type LeastSquaresProblem, type LeastSquaresResult } from './least-squares';
import { RELEASE_MODELS, RELEASE_MODEL_IDS, closedFormSlope, startingPoints, type ReleaseModelId } from './release-models';

/** A release curve: strictly increasing times (any unit, ≥ 0) and cumulative release F in % (0–100). */
export interface ReleaseData {
  t: readonly number[];
  F: readonly number[];
  /**
   * Optional weights, one per point (finite, > 0): the fit minimises Σ wᵢ (Fᵢ − model)², and SSE, R², AIC and MSC are
   * the weighted ones (SST about the weighted mean). Typically 1/SDᵢ² from measured error bars (`weightsFromSpread`).
   */
  w?: readonly number[];
}

/**
 * Weights 1/SDᵢ² from error bars (SD or SEM, % points). A zero or missing SD (often the t = 0 point) would give an
 * infinite weight, so each SD is floored at the smallest positive SD of the curve. Null when no SD is positive.
 */
export function weightsFromSpread(values: readonly number[]): number[] | null {
  const positive = values.filter((v) => Number.isFinite(v) && v > 0);
  if (positive.length === 0) return null;
  const floor = Math.min(...positive);
  return values.map((v) => 1 / Math.max(Number.isFinite(v) ? v : floor, floor) ** 2);
}

export interface ExponentInterpretation {
  /** The Korsmeyer–Peppas release exponent n. */
  n: number;
  geometry: 'sphere';
  mechanism: 'fickian' | 'anomalous' | 'case-ii';
  /** Sphere thresholds (Ritger & Peppas 1987): n ≤ 0.43 Fickian, 0.43 < n < 0.85 anomalous, n ≥ 0.85 case II. */
  thresholds: { fickianMax: 0.43; caseIIMin: 0.85 };
  /** True when the 95 % interval of n crosses a threshold, so the class is not settled by the data. */
  uncertain: boolean;
  text: string;
}

export interface ReleaseFit {
  model: ReleaseModelId;
  equation: string;
  params: Record<string, number>;
  /** Unit of each parameter, with t in the data's time unit and F in %. */
  units: Record<string, string>;
  /** True when the fit used per-point weights (ReleaseData.w): SSE and the statistics are then weighted. */
  weighted?: true;
  /** 'F<=60': only the points with F ≤ 60 % were fitted (and n, SSE, statistics refer to them). */
  fittedOn: 'all' | 'F<=60';
  /** Number of points fitted. */
  n: number;
  sse: number;
  /** 1 − SSE/SST; null when SST ≤ sseFloor (all fitted F equal). */
  r2: number | null;
  /** 1 − (1 − r2)(n − 1)/(n − p); null when n ≤ p or r2 is null. */
  r2adj: number | null;
  /** n·ln(SSE) + 2p, with SSE floored at `sseFloor` (see perfectFit). */
  aic: number;
  /** ln(SST/SSE) − 2p/n, SSE floored likewise; null when SST ≤ sseFloor. */
  msc: number | null;
  se: Record<string, number | null>;
  ci95: Record<string, [number, number] | null>;
  identifiable: boolean;
  identifiabilityNotes: string[];
  /** Observed − predicted F (%) at the fitted points, in time order. */
  residuals: number[];
  /** The times of the fitted points (same order as residuals). */
  times: number[];
  /** True when SSE ≤ sseFloor: AIC and MSC then use sseFloor instead of SSE (ln 0 = −∞ is not representable in JSON). */
  perfectFit: boolean;
  sseFloor: number;
  conditionNumber: number;
  interpretation?: ExponentInterpretation;
}

export interface SkippedFit {
  model: ReleaseModelId;
  reason: string;
}

export class FitInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FitInputError';
  }
}

/** The points a model is fitted to (all, or F ≤ 60 % for Korsmeyer–Peppas and Peppas–Sahlin). */
export function pointsFor(id: ReleaseModelId, data: ReleaseData): { t: number[]; F: number[]; w?: number[] } {
  const keep = RELEASE_MODELS[id].subset === 'F<=60' ? (F: number) => F <= 60 : () => true;
  const t: number[] = [];
  const F: number[] = [];
  const w: number[] = [];
  data.t.forEach((ti, i) => {
    if (keep(data.F[i])) {
      t.push(ti);
      F.push(data.F[i]);
      if (data.w) w.push(data.w[i]);
    }
  });
  return data.w ? { t, F, w } : { t, F };
}

/** Release exponent interpretation for a sphere. */
export function interpretExponent(n: number, ci?: [number, number] | null): ExponentInterpretation {
  const mechanism = n <= 0.43 ? 'fickian' : n < 0.85 ? 'anomalous' : 'case-ii';
  const uncertain = ci ? [0.43, 0.85].some((b) => ci[0] < b && ci[1] > b) : true;
  const label = { fickian: 'Fickian diffusion', anomalous: 'anomalous (non-Fickian) transport: diffusion and relaxation/erosion', 'case-ii': 'case II transport (relaxation/erosion controlled; super case II well above 0.85)' }[mechanism];
  return {
    n,
    geometry: 'sphere',
    mechanism,
    thresholds: { fickianMax: 0.43, caseIIMin: 0.85 },
    uncertain,
    text: `n = ${Number(n.toPrecision(3))} for a sphere: ${label}${uncertain ? '; the 95 % interval of n crosses a threshold, so the class is uncertain' : ''}`,
  };
}

/** Goodness-of-fit statistics of contract §4 for a fit with `p` parameters on `n` points. */
export function fitStatistics(sse: number, F: readonly number[], p: number, w?: readonly number[]) {
  const n = F.length;
  let mean: number, sst: number, sumSq: number;
  if (w) {
    // weighted: SST about the weighted mean, as the weighted SSE is measured
    const sw = w.reduce((a, b) => a + b, 0);
    mean = F.reduce((a, b, i) => a + w[i] * b, 0) / sw;
    sst = F.reduce((a, b, i) => a + w[i] * (b - mean) ** 2, 0);
    sumSq = F.reduce((a, b, i) => a + w[i] * b * b, 0);
  } else {
    mean = F.reduce((a, b) => a + b, 0) / n;
    sst = F.reduce((a, b) => a + (b - mean) ** 2, 0);
    sumSq = F.reduce((a, b) => a + b * b, 0);
  }
  const sseFloor = 1e-12 * Math.max(sumSq, 1);
  const perfectFit = sse <= sseFloor;
  const sseLog = Math.max(sse, sseFloor);
  // SST at or below the floor means all fitted F are equal (within round-off): R² and MSC are undefined
  const flat = !(sst > sseFloor);
  const r2 = flat ? null : 1 - sse / sst;
  const r2adj = r2 !== null && n > p ? 1 - ((1 - r2) * (n - 1)) / (n - p) : null;
  const aic = n * Math.log(sseLog) + 2 * p;
  const msc = flat ? null : Math.log(sst / sseLog) - (2 * p) / n;
  return { n, sst, r2, r2adj, aic, msc, perfectFit, sseFloor };
}

function problemFor(id: ReleaseModelId, t: number[], F: number[], w?: number[]): LeastSquaresProblem<number> {
  const m = RELEASE_MODELS[id];
  return {
    model: (p, x) => m.f(p, x),
    modelJacobian: (p, x) => m.grad(p, x),
    data: w ? { x: t, y: F, weights: w } : { x: t, y: F },
    initial: [],
    lower: m.lower,
    upper: m.upper,
    names: m.keys,
  };
}

/** The statistics and per-parameter records of a finished fit (shared by the built-in models and typed ones). */
export function fitRecord(equation: string, keys: readonly string[], units: readonly string[], fittedOn: 'all' | 'F<=60', res: LeastSquaresResult, F: readonly number[], t: number[], w?: readonly number[]): Omit<ReleaseFit, 'model' | 'interpretation'> {
  const stats = fitStatistics(res.sse, F, keys.length, w);
  const rec = <T>(vals: readonly T[]) => Object.fromEntries(keys.map((k, i) => [k, vals[i]])) as Record<string, T>;
  return {
    equation,
    params: rec(res.params),
    units: rec(units),
    ...(w ? { weighted: true as const } : {}),
    fittedOn,
    n: stats.n,
    sse: res.sse,
    r2: stats.r2,
    r2adj: stats.r2adj,
    aic: stats.aic,
    msc: stats.msc,
    se: rec(res.se),
    ci95: rec(res.ci95),
    identifiable: res.identifiable,
    identifiabilityNotes: res.identifiabilityNotes,
    residuals: res.residuals,
    times: t,
    perfectFit: stats.perfectFit,
    sseFloor: stats.sseFloor,
    conditionNumber: res.conditionNumber,
  };
}

/** Nonlinear least-squares fit (multi-start LM) of one model; zero-order and Higuchi use the exact closed form. */
export function fitReleaseModel(id: ReleaseModelId, data: ReleaseData): ReleaseFit {
  const m = RELEASE_MODELS[id];
  if (!m) throw new FitInputError(`unknown model "${id}"; valid: ${RELEASE_MODEL_IDS.join(', ')}`);
  const { t, F, w } = pointsFor(id, data);
  if (w && (w.length !== t.length || w.some((x) => !(Number.isFinite(x) && x > 0)))) throw new FitInputError(`${id}: weights must be finite and > 0, one per point`);
  const p = m.keys.length;
  if (t.length < p)
    throw new FitInputError(
      `${id}: ${t.length} point${t.length === 1 ? '' : 's'}${m.subset === 'F<=60' ? ' with F ≤ 60 %' : ''} for ${p} parameter${p === 1 ? '' : 's'}`,
    );
  const base = problemFor(id, t, F, w);
  let res: LeastSquaresResult;
  if (m.linearBasis) {
    res = summarizeAt({ ...base, initial: [0] }, [closedFormSlope(m.linearBasis, t, F, w)]);
  } else {
    const starts = startingPoints(id, t, F);
    res = fitLeastSquares({ ...base, initial: starts[0], starts: starts.slice(1) });
  }
  const fit: ReleaseFit = { model: id, ...fitRecord(m.equation, m.keys, m.units, m.subset, res, F, t, w) };
  if (id === 'korsmeyer-peppas') fit.interpretation = interpretExponent(res.params[1], res.ci95[1]);
  return fit;
}

/**
 * Fits several models (default: all seven). Models without enough points are listed in `skipped`.
 * `best` = the lowest-AIC model among those fitted on all points (null when none was).
 */
export function fitReleaseModels(
  data: ReleaseData,
  ids: readonly ReleaseModelId[] = RELEASE_MODEL_IDS,
): { fits: ReleaseFit[]; best: ReleaseModelId | null; skipped: SkippedFit[] } {
  const fits: ReleaseFit[] = [];
  const skipped: SkippedFit[] = [];
  for (const id of ids) {
    try {
      fits.push(fitReleaseModel(id, data));
    } catch (e) {
      if (e instanceof FitInputError) skipped.push({ model: id, reason: e.message });
      else throw e;
    }
  }
  let best: ReleaseFit | null = null;
  for (const f of fits) if (f.fittedOn === 'all' && (best === null || f.aic < best.aic)) best = f;
  return { fits, best: best ? best.model : null, skipped };
}
