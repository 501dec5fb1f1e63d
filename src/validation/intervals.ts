// Prediction intervals per kind (#27): spreads derived from the calibration records' residuals (Student-t prediction intervals), the interval of any prediction, and the coverage (nominal vs observed) of held-out and calibration records.
import { studentTQuantile } from '../model/fitting/student-t';
import { judgePrediction, type CorpusResult } from './evaluate';
import { outOfFoldPredictions } from './crossval';
import { TOLERANCE } from './tolerance';
import { CORPUS_KINDS, METRIC_UNIT, type CorpusKind, type Metric } from './schema';

/** Residual scale of a metric: absolute (measured − model, in its unit) for band-judged metrics, ln(measured/model) for the others. */
export type IntervalScale = 'abs' | 'log';

export function metricScale(metric: Metric): IntervalScale {
  return TOLERANCE[metric].type === 'abs' ? 'abs' : 'log';
}

/** The key a spread is kept under: residuals pool only on one scale and (absolute) in one unit. */
export function scaleKey(metric: Metric): string {
  const s = metricScale(metric);
  return s === 'log' ? 'log' : `abs:${METRIC_UNIT[metric]}`;
}

/** One spread: RMS residual s of n calibration residuals (about 0), and where they came from. */
export interface Spread {
  /** Number of residuals behind s. */
  n: number;
  /** Root-mean-square residual (the unit of the scale: ln for 'log'). */
  s: number;
  /** 'kind': the kind's own calibration records; 'pooled': too few informative ones, so every kind's on this scale. */
  from: 'kind' | 'pooled';
  /** The records behind s. */
  records: string[];
  /** How many of the n residuals are out-of-fold (#27 gen3: the kind's fitter refitted without the record's paper); the rest are in-sample. */
  outOfFold?: number;
}

export interface IntervalTable {
  _: string;
  /** Minimum informative residuals a kind needs to use its own (else it borrows the pooled spread of its scale). */
  minOwn: number;
  /** kind → scale key → spread. */
  kinds: Partial<Record<CorpusKind, Record<string, Spread>>>;
  /** scale key → pooled spread over every kind's informative calibration residuals. */
  pooled: Record<string, Spread>;
}

/** A calibration residual is informative unless its record set the parameter that makes it zero by construction. */
const INFORMATIVE_EPS = 1e-6;

/** Residual of a judged result on its scale (nearest range bound; 0 inside the range); null when not defined. */
export function residualOf(r: Pick<CorpusResult, 'metric' | 'deviation' | 'logRatio'>): number | null {
  if (metricScale(r.metric) === 'abs') return r.deviation === null ? null : -r.deviation;
  return r.logRatio === null ? null : -r.logRatio;
}

const judged = (r: CorpusResult) => (r.verdict === 'agree' || r.verdict === 'differ') && r.predicted !== null;

function spreadOf(rs: { id: string; res: number; oof: boolean }[], from: Spread['from']): Spread {
  const ss = rs.reduce((a, r) => a + r.res * r.res, 0);
  return { n: rs.length, s: rs.length ? Math.sqrt(ss / rs.length) : 0, from, records: rs.map((r) => r.id).sort(), outOfFold: rs.filter((r) => r.oof).length };
}

/** Out-of-fold predictions by record id (kinds without folds absent), or null for in-sample residuals throughout. */
export type OutOfFold = ReadonlyMap<string, number | null> | null;

/** The out-of-fold predictions of every kind that has a refit with k ≥ 2 folds (docs/validation.md, interval rule). */
export function outOfFoldAll(results: readonly CorpusResult[]): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const kind of CORPUS_KINDS) {
    const m = outOfFoldPredictions(kind, results);
    if (m) for (const [id, v] of m) out.set(id, v);
  }
  return out;
}

/** A calibration record's residual: out-of-fold when its kind has folds (and the refit predicts it), else in-sample. */
function calibrationResidual(r: CorpusResult, oof: OutOfFold): { res: number | null; oof: boolean } {
  const v = oof?.get(r.id);
  if (v !== undefined && v !== null) {
    const j = judgePrediction(r, v);
    return { res: residualOf({ metric: r.metric, deviation: j.deviation, logRatio: j.logRatio }), oof: true };
  }
  return { res: residualOf(r), oof: false };
}

/**
 * Derive the spread table from evaluated results: per kind and scale, the RMS of the calibration records' residuals —
 * out-of-fold (the kind's fitter refitted on the other folds' papers) where the kind has k ≥ 2 folds, in-sample
 * otherwise (#27 gen3, docs/validation.md 'Interval rule'); residuals of records that set a catalog parameter and sit
 * on it (|r| < 1e-6) say nothing about a new system and are left out; a kind with fewer than `minOwn` informative
 * residuals on a scale takes the pooled spread of that scale. `outOfFold` null: in-sample throughout (the former rule).
 */
export function deriveIntervalTable(results: readonly CorpusResult[], minOwn = 3, outOfFold: OutOfFold = outOfFoldAll(results)): IntervalTable {
  const informative = results
    .filter((r) => r.use === 'calibration' && judged(r))
    .map((r) => ({ r, ...calibrationResidual(r, outOfFold) }))
    .filter((x): x is { r: CorpusResult; res: number; oof: boolean } => x.res !== null && !(x.r.setsCatalogParameter && Math.abs(x.res) < INFORMATIVE_EPS));
  const pooled: Record<string, Spread> = {};
  for (const key of [...new Set(informative.map((x) => scaleKey(x.r.metric)))].sort()) pooled[key] = spreadOf(informative.filter((x) => scaleKey(x.r.metric) === key).map((x) => ({ id: x.r.id, res: x.res, oof: x.oof })), 'pooled');
  const kinds: IntervalTable['kinds'] = {};
  for (const kind of CORPUS_KINDS) {
    const keys = [...new Set(results.filter((r) => r.kind === kind && judged(r)).map((r) => scaleKey(r.metric)))].sort();
    if (!keys.length) continue;
    const out: Record<string, Spread> = {};
    for (const key of keys) {
      const own = informative.filter((x) => x.r.kind === kind && scaleKey(x.r.metric) === key).map((x) => ({ id: x.r.id, res: x.res, oof: x.oof }));
      if (own.length >= minOwn) out[key] = spreadOf(own, 'kind');
      else if (pooled[key]) out[key] = pooled[key];
    }
    kinds[kind] = out;
  }
  return { _: 'Prediction-interval spreads per kind from calibration residuals, out-of-fold where the kind has a refit (#27). Generated by `npx tsx scripts/derive-intervals.ts`; never edit by hand (intervals.test.ts fails when stale).', minOwn, kinds, pooled };
}

/** Half-width of the two-sided `level` prediction interval for a spread: t_{(1+level)/2, n−1} · s · √(1 + 1/n). */
export function halfWidth(sp: Spread, level = 0.9): number {
  if (sp.n < 2) return Infinity;
  return studentTQuantile((1 + level) / 2, sp.n - 1) * sp.s * Math.sqrt(1 + 1 / sp.n);
}

/** The spread for a kind's metric from a table (null when the kind has none on that scale). */
export function spreadFor(table: IntervalTable, kind: CorpusKind, metric: Metric): Spread | null {
  return table.kinds[kind]?.[scaleKey(metric)] ?? null;
}

/** The `level` interval around a prediction: pred ± h (abs) or pred·e^(±h) (log); null without a spread. */
export function intervalAround(pred: number, metric: Metric, sp: Spread | null, level = 0.9): [number, number] | null {
  if (!sp) return null;
  const h = halfWidth(sp, level);
  if (!Number.isFinite(h)) return null;
  return metricScale(metric) === 'abs' ? [pred - h, pred + h] : [pred * Math.exp(-h), pred * Math.exp(h)];
}

/** Does an interval contain the measurement (or touch its range)? */
export function covers(iv: [number, number], measured: number, range: [number, number] | null): boolean {
  const [lo, hi] = range ?? [measured, measured];
  return iv[0] <= hi + 1e-12 && iv[1] >= lo - 1e-12;
}

export interface KindCoverage {
  kind: CorpusKind;
  nominal: number;
  heldOut: { covered: number; n: number };
  calibration: { covered: number; n: number };
}

/** Nominal vs observed coverage per kind at one level, over judged records with an interval. */
export function coverage(results: readonly CorpusResult[], table: IntervalTable, level = 0.9): KindCoverage[] {
  const out: KindCoverage[] = [];
  for (const kind of CORPUS_KINDS) {
    const rs = results.filter((r) => r.kind === kind && judged(r));
    const count = (side: 'held-out' | 'calibration') => {
      let covered = 0;
      let n = 0;
      for (const r of rs.filter((x) => x.use === side)) {
        const iv = intervalAround(r.predicted!, r.metric, spreadFor(table, kind, r.metric), level);
        if (!iv) continue;
        n++;
        if (covers(iv, r.measured, r.range)) covered++;
      }
      return { covered, n };
    };
    const heldOut = count('held-out');
    const calibration = count('calibration');
    if (heldOut.n + calibration.n > 0) out.push({ kind, nominal: level, heldOut, calibration });
  }
  return out;
}

/** Nominal levels of the coverage calibration plot. */
export const COVERAGE_LEVELS = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95] as const;
