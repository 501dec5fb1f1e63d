// The arithmetic of a prediction interval (#27), light enough for the app's first screen: residual scales, the spread
// table's types, the Student-t half-width and the interval around a value. No corpus, no engine (intervals.ts derives
// the table from the corpus and re-exports these).
import { studentTQuantile } from '../model/fitting/student-t';
import { TOLERANCE } from './tolerance';
import { METRIC_UNIT, type CorpusKind, type Metric } from './schema';

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

/** Covered of n, and how surprising that count is for intervals that really have their nominal coverage. */
export interface CoverageCount {
  covered: number;
  n: number;
  /**
   * Binomial tail in the direction the observed share departs from the nominal level p: P(X ≥ covered) when
   * covered/n > p, else P(X ≤ covered), X ~ Binomial(n, p). Small (< 0.05) means the intervals are really too wide
   * or too narrow; large means n is too small to tell. null when n = 0.
   */
  tailP: number | null;
}

/** How well a kind's intervals at `level` covered the corpus's measurements (walk11 #3): held-out (the fair test) and calibration. */
export interface TableCoverage {
  level: number;
  heldOut: CoverageCount;
  calibration: CoverageCount;
}

export interface IntervalTable {
  _: string;
  /** Minimum informative residuals a kind needs to use its own (else it borrows the pooled spread of its scale). */
  minOwn: number;
  /** kind → scale key → spread. */
  kinds: Partial<Record<CorpusKind, Record<string, Spread>>>;
  /** scale key → pooled spread over every kind's informative calibration residuals. */
  pooled: Record<string, Spread>;
  /**
   * kind → coverage of its 90 % intervals (these spreads) over the corpus's judged records, derived with the spreads
   * (scripts/derive-intervals.ts) so the app can say it beside a number without evaluating the corpus (walk11 #3).
   */
  coverage?: Partial<Record<CorpusKind, TableCoverage>>;
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

/**
 * Where a metric's value can lie (walk10 #9: "80 % ID (PI 59–108)", "SER (PI 0–2.7)"): a percentage of the sample or of
 * the injected dose in [0, 100]; a surviving fraction in [0, 1]; an enhancement ratio (SER, DEF) ≥ 1, because the
 * model's local effect is non-negative (enhancement ≥ 1 is its invariant); anything else ≥ 0.
 */
export function metricDomain(metric: Metric): [number, number] {
  const unit = METRIC_UNIT[metric];
  if (unit === '%' || unit === '% ID') return [0, 100];
  if (metric === 'surviving-fraction') return [0, 1];
  if (metric === 'ser' || metric === 'def' || metric === 'formulation-def') return [1, Infinity];
  return [0, Infinity];
}

/**
 * The `level` interval around a prediction: pred ± h (abs) or pred·e^(±h) (log), clamped to the metric's domain
 * (`metricDomain`) but never so far that it excludes the prediction itself; null without a spread. The app's result
 * tabs and `validate` (its intervals and their coverage) both use this one function, so they cannot disagree.
 */
export function intervalAround(pred: number, metric: Metric, sp: Spread | null, level = 0.9): [number, number] | null {
  if (!sp) return null;
  const h = halfWidth(sp, level);
  if (!Number.isFinite(h)) return null;
  const [lo, hi] = metricScale(metric) === 'abs' ? [pred - h, pred + h] : [pred * Math.exp(-h), pred * Math.exp(h)];
  const [min, max] = metricDomain(metric);
  return [Math.min(Math.max(min, lo), pred), Math.max(Math.min(max, hi), pred)];
}
