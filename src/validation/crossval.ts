// k-fold cross-validation per kind over the calibration side of the frozen split: in each fold the kind's fitted
// parameters are refitted on the other folds' calibration papers and judged on the held fold (docs/validation.md 'Split').
import { METRIC_RANGE, type CorpusKind, type Metric } from './schema';
import { CORPUS } from './corpus';
import { TOLERANCE, anchorMatches, judgePrediction, loadingKeyOf, loadingWithoutAnchors, releaseWithVRefScale, type CorpusResult } from './evaluate';
import { foldOfPapers } from './split';
import { getCore, LOADING_ANCHORS, PRESETS } from '../catalog';
import { scoreFormulation } from '../engine';

/** Parameters a fitter estimates from training records (name → value). */
export type FitParams = Record<string, number>;

/**
 * What is refitted from calibration records for a kind. `fit` sees only training records; `apply` gives the refitted
 * prediction of a record (null when the fitter has nothing to say about it).
 */
export interface Fitter {
  id: string;
  /** What is refitted in each fold, in words (shown by `validate`). */
  describe: string;
  fit(train: readonly CorpusResult[]): FitParams;
  apply(params: FitParams, r: CorpusResult): number | null;
}

type Scale = 'log' | 'abs';
const scaleOf = (m: Metric): Scale | null => {
  const t = TOLERANCE[m].type;
  return t === 'abs' ? 'abs' : t === 'rel' || t === 'factor' ? 'log' : null;
};

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The parameter name of a metric's bias (θ[metric]). */
export const thetaKey = (m: Metric) => `θ[${m}]`;

/**
 * The kind's calibration bias: one correction per metric, the median residual of the training records of that metric —
 * θ = median ln(measured/predicted) for ratio-judged metrics (prediction × e^θ), θ = median (measured − predicted) for
 * band-judged metrics (prediction + θ, kept inside the metric's range). Residuals are taken from the nearest bound of a
 * range (0 inside). A metric with no training record keeps θ = 0 (the model as it is).
 */
export const biasFitter: Fitter = {
  id: 'calibration-bias',
  describe: 'one bias per metric, the median residual of the training calibration records of that metric: ln(measured/model) for ratio-judged metrics (model × e^θ), measured − model for band-judged ones (model + θ)',
  fit(train) {
    const res = new Map<Metric, number[]>();
    for (const r of train) {
      if (r.predicted === null || r.deviation === null) continue;
      const sc = scaleOf(r.metric);
      const v = sc === 'log' ? (r.logRatio === null ? null : -r.logRatio) : sc === 'abs' ? -r.deviation : null;
      if (v === null) continue;
      res.set(r.metric, [...(res.get(r.metric) ?? []), v]);
    }
    const out: FitParams = {};
    for (const [m, xs] of res) out[thetaKey(m)] = median(xs);
    return out;
  },
  apply(p, r) {
    if (r.predicted === null) return null;
    const theta = p[thetaKey(r.metric)] ?? 0;
    const sc = scaleOf(r.metric);
    if (sc === 'log') return r.predicted * Math.exp(theta);
    if (sc === 'abs') {
      const [lo, hi] = METRIC_RANGE[r.metric];
      return Math.min(hi, Math.max(lo, r.predicted + theta));
    }
    return null;
  },
};

const RECORD = new Map(CORPUS.map((r) => [r.id, r]));
/** Search interval of ln m (m from 6e-6 to 20): a fit at the lower end means the data want no dissolution at all. */
export const LN_M_MIN = -12;
export const LN_M_MAX = 3;

/** The reference system's check V6 as the catalog fit keeps it (scripts/fit-mof-release.ts): IZB@CCM's t50 at pH 5.0 ≤ 11 h (V6 < 12 h, 1 h margin). */
const V6_T50_MAX_H = 11;
let v6Min: number | null = null;
/**
 * The smallest ln m (multiplier on ZIF-8's v_ref) that keeps V6, found by bisection on IZB@CCM's t50(5.0). The refit
 * of each fold is bounded by it as the catalog fit of v_ref is: without the bound a fold's refit ran to ln m = −12 (no
 * dissolution at all), a procedure the catalog never used, and its out-of-fold residuals said nothing about the model.
 */
export function lnMMinV6(): number {
  if (v6Min !== null) return v6Min;
  const izb = PRESETS['izb-ccm'].formulation;
  const v0 = getCore('zif-8').release.vRefNmPerH.value;
  const t50 = (lnM: number) => scoreFormulation({ ...izb, overrides: { ...(izb.overrides ?? {}), 'core.release.vRefNmPerH': v0 * Math.exp(lnM) } }).release.t50h['5.0'] ?? Infinity;
  let lo = LN_M_MIN;
  let hi = LN_M_MAX;
  if (t50(lo) <= V6_T50_MAX_H) return (v6Min = lo);
  for (let i = 0; i < 50; i++) {
    const mid = (lo + hi) / 2;
    if (t50(mid) > V6_T50_MAX_H) lo = mid;
    else hi = mid;
  }
  return (v6Min = hi);
}

/** Golden-section minimum of a unimodal-enough function on [lo, hi] (deterministic, 60 steps → 1e-12 of the span). */
export function goldenMin(f: (x: number) => number, lo: number, hi: number, steps = 60): number {
  const g = (Math.sqrt(5) - 1) / 2;
  let a = lo;
  let b = hi;
  let c = b - g * (b - a);
  let d = a + g * (b - a);
  let fc = f(c);
  let fd = f(d);
  for (let i = 0; i < steps; i++) {
    if (fc <= fd) {
      b = d; d = c; fd = fc; c = b - g * (b - a); fc = f(c);
    } else {
      a = c; c = d; fc = fd; d = a + g * (b - a); fd = f(d);
    }
  }
  return (a + b) / 2;
}

/**
 * Release: the parameter the calibration release records shaped — the MOF dissolution rate v_ref (ZIF-8's v_ref and n_H
 * were chosen from Tran & Lee 2021 and Zhang et al. 2024). One multiplier m on every core's v_ref, refitted by least
 * squares (points of release from the nearest bound) on the training folds' release records, a 0.1 grid over
 * ln m ∈ [ln m_V6, 3] refined by golden-section search — bounded below by the reference system's check V6 as the catalog
 * fit of v_ref is (lnMMinV6) — the prediction of a held record reruns the M2 kinetics with v_ref × m.
 */
export const releaseRateFitter: Fitter = {
  id: 'release-v_ref-scale',
  describe: 'release: one multiplier m on the MOF dissolution rate v_ref (the parameter the calibration release records shaped), least squares on the training release points, M2 rerun with v_ref × m',
  fit(train) {
    const recs = train.map((r) => RECORD.get(r.id)).filter((r): r is NonNullable<typeof r> => !!r && r.quantity.metric === 'release-pct');
    if (!recs.length) return { 'ln m[v_ref]': 0 };
    const sse = (lnM: number) =>
      recs.reduce((acc, r) => {
        const v = releaseWithVRefScale(r, Math.exp(lnM))!;
        const lo = r.range ? r.range[0] : r.value;
        const hi = r.range ? r.range[1] : r.value;
        const d = v < lo ? v - lo : v > hi ? v - hi : 0;
        return acc + d * d;
      }, 0);
    // a grid first (the SSE of a saturating release curve need not be unimodal), then golden-section around the best node
    const [LO, HI, STEP] = [lnMMinV6(), LN_M_MAX, 0.1];
    let best = LO;
    for (let x = LO; x <= HI + 1e-9; x += STEP) if (sse(x) < sse(best)) best = x;
    return { 'ln m[v_ref]': goldenMin(sse, Math.max(LO, best - STEP), Math.min(HI, best + STEP)) };
  },
  apply(p, r) {
    const rec = RECORD.get(r.id);
    return rec ? releaseWithVRefScale(rec, Math.exp(p['ln m[v_ref]'] ?? 0)) : null;
  },
};

const anchorKey = (i: number) => `anchor[${LOADING_ANCHORS[i].core}/${LOADING_ANCHORS[i].agent}/${LOADING_ANCHORS[i].mode}]`;

/** Indices of the catalog anchors a calibration-side record of the corpus sets (a parameter-setting loading record on its carrier–agent–mode). */
function corpusSetAnchors(): Set<number> {
  const out = new Set<number>();
  for (const rec of CORPUS) {
    if (!rec.setsCatalogParameter) continue;
    const k = loadingKeyOf(rec);
    if (k) LOADING_ANCHORS.forEach((a, i) => anchorMatches(a, k) && out.add(i));
  }
  return out;
}
let setAnchors: Set<number> | null = null;

/**
 * Loading (#27 load4): what the calibration loading records set are the catalog's loading anchors (a published loading
 * back-solved into q_max, K for one carrier–agent–mode). A record that sets an anchor sits on it (residual 0) and says
 * nothing about a system no anchor covers; its honest out-of-fold prediction is the model **without** that anchor — the
 * carrier's rule (affinity class, size exclusion, partition) — which is what a new system gets. In each fold an anchor
 * set by a corpus record is kept only when a training record matches its carrier–agent–mode; anchors from outside the
 * corpus are always kept. On all calibration records every corpus anchor is backed, so held-out predictions are the
 * model's own.
 */
export const loadingAnchorFitter: Fitter = {
  id: 'loading-anchors',
  describe: 'loading: the catalog loading anchors the calibration records set — in each fold an anchor is kept only when a training record is on its carrier–agent–mode; the held records are rerun through M1 without the others (the carrier\'s rule decides)',
  fit(train) {
    setAnchors ??= corpusSetAnchors();
    const keys = train.map((r) => loadingKeyOf(RECORD.get(r.id)!)).filter((k): k is NonNullable<typeof k> => !!k);
    const out: FitParams = {};
    for (const i of setAnchors) out[anchorKey(i)] = keys.some((k) => anchorMatches(LOADING_ANCHORS[i], k)) ? 1 : 0;
    return out;
  },
  apply(p, r) {
    const rec = RECORD.get(r.id);
    if (!rec) return null;
    return loadingWithoutAnchors(rec, (i) => p[anchorKey(i)] === 0);
  },
};

/**
 * The fitter of each kind. Release refits the model parameter its calibration records shaped (v_ref, as a multiplier);
 * the other kinds have no parameter fitted from the corpus yet and refit their calibration bias. When #27 fits a
 * mechanism on calibration records, its fitter replaces the kind's entry here and the same folds refit it.
 */
export const KIND_FITTERS: Record<CorpusKind, Fitter> = {
  release: releaseRateFitter,
  loading: loadingAnchorFitter,
  size: biasFitter,
  pk: biasFitter,
  radiosensitization: biasFitter,
  clonogenic: biasFitter,
  clinical: biasFitter,
};

export interface FoldResult {
  fold: number;
  /** Papers held out in this fold (their calibration records are the test set). */
  papers: string[];
  nTrain: number;
  nTest: number;
  params: FitParams;
  agreeModel: number;
  agreeRefit: number;
}

export interface KindCrossValidation {
  kind: CorpusKind;
  fitter: string;
  describe: string;
  /** Number of folds (min(5, calibration papers)); 0 when fewer than 2 calibration papers are judged. */
  k: number;
  /** Judged calibration records (each is tested once). */
  n: number;
  /** Of them, how many the model agrees with as it is. */
  agreeModel: number;
  /** Of them, how many agree after the refit on the other folds (null when no CV was possible). */
  agreeRefit: number | null;
  folds: FoldResult[];
  /** The refit on all calibration records, applied to the judged held-out records. */
  heldOut: { n: number; agreeModel: number; agreeRefit: number; params: FitParams };
  note: string | null;
}

const judged = (r: CorpusResult) => (r.verdict === 'agree' || r.verdict === 'differ') && r.predicted !== null;
const agreesAfter = (f: Fitter, p: FitParams, r: CorpusResult) => {
  const v = f.apply(p, r);
  return v !== null && Number.isFinite(v) && judgePrediction(r, v).agrees;
};

/** Cross-validate one kind: folds by calibration paper, the kind's fitter refitted per fold. */
export function crossValidateKind(kind: CorpusKind, results: readonly CorpusResult[], fitter: Fitter = KIND_FITTERS[kind], maxK = 5): KindCrossValidation {
  const ofKind = results.filter((r) => r.kind === kind && judged(r));
  const cal = ofKind.filter((r) => r.use === 'calibration');
  const held = ofKind.filter((r) => r.use === 'held-out');
  const papers = [...new Set(cal.map((r) => r.paper))];
  const all = fitter.fit(cal);
  const heldOut = { n: held.length, agreeModel: held.filter((r) => r.verdict === 'agree').length, agreeRefit: held.filter((r) => agreesAfter(fitter, all, r)).length, params: all };
  const base = { kind, fitter: fitter.id, describe: fitter.describe, n: cal.length, agreeModel: cal.filter((r) => r.verdict === 'agree').length, heldOut };
  if (papers.length < 2) {
    return { ...base, k: 0, agreeRefit: null, folds: [], note: `${papers.length} judged calibration paper${papers.length === 1 ? '' : 's'}: no fold can be held out` };
  }
  const k = Math.min(maxK, papers.length);
  const foldOf = foldOfPapers(kind, papers, k);
  const folds: FoldResult[] = [];
  for (let f = 0; f < k; f++) {
    const test = cal.filter((r) => foldOf.get(r.paper) === f);
    const train = cal.filter((r) => foldOf.get(r.paper) !== f);
    const params = fitter.fit(train);
    folds.push({
      fold: f,
      papers: papers.filter((p) => foldOf.get(p) === f).sort(),
      nTrain: train.length,
      nTest: test.length,
      params,
      agreeModel: test.filter((r) => r.verdict === 'agree').length,
      agreeRefit: test.filter((r) => agreesAfter(fitter, params, r)).length,
    });
  }
  return { ...base, k, agreeRefit: folds.reduce((a, f) => a + f.agreeRefit, 0), folds, note: null };
}

/**
 * Out-of-fold predictions of a kind's judged calibration records (#27, branch gen3: the spreads of the prediction
 * intervals): each record predicted by the kind's fitter refitted on the other folds' papers — the same folds as
 * `crossValidateKind`. null when the kind has fewer than two judged calibration papers (no fold can be held out).
 */
export function outOfFoldPredictions(kind: CorpusKind, results: readonly CorpusResult[], fitter: Fitter = KIND_FITTERS[kind], maxK = 5): Map<string, number | null> | null {
  const cal = results.filter((r) => r.kind === kind && judged(r) && r.use === 'calibration');
  const papers = [...new Set(cal.map((r) => r.paper))];
  if (papers.length < 2) return null;
  const k = Math.min(maxK, papers.length);
  const foldOf = foldOfPapers(kind, papers, k);
  const out = new Map<string, number | null>();
  for (let f = 0; f < k; f++) {
    const params = fitter.fit(cal.filter((r) => foldOf.get(r.paper) !== f));
    for (const r of cal) {
      if (foldOf.get(r.paper) !== f) continue;
      const v = fitter.apply(params, r);
      out.set(r.id, v !== null && Number.isFinite(v) ? v : null);
    }
  }
  return out;
}

/** Cross-validation of every kind present in the results. */
export function crossValidate(results: readonly CorpusResult[], kinds: readonly CorpusKind[]): KindCrossValidation[] {
  return kinds.map((k) => crossValidateKind(k, results));
}
