// The app's 90 % prediction interval of a model number (#27): the committed per-kind spreads (intervals.json) applied to one value — light (no engine, no corpus), for the result tabs.
import table from './intervals.json';
import { intervalAround, spreadFor, type IntervalTable } from './interval-math';
import { METRIC_UNIT, type CorpusKind, type Metric } from './schema';

export interface PredictionInterval {
  lo: number;
  hi: number;
  level: number;
  /** Which records the spread came from, for the tooltip. */
  basis: string;
}

/**
 * Where a metric's value can lie, for an interval shown in the app (walk10 #9: "80 % ID (PI 59–108)", "SER (PI 0–2.7)"):
 * a percentage of the sample or of the injected dose in [0, 100]; a surviving fraction in [0, 1]; an enhancement ratio
 * (SER, DEF) ≥ 1, because the model's local effect is non-negative (enhancement ≥ 1 is its invariant); anything else ≥ 0.
 */
export function metricDomain(metric: Metric): [number, number] {
  const unit = METRIC_UNIT[metric];
  if (unit === '%' || unit === '% ID') return [0, 100];
  if (metric === 'surviving-fraction') return [0, 1];
  if (metric === 'ser' || metric === 'def' || metric === 'formulation-def') return [1, Infinity];
  return [0, Infinity];
}

/** The `level` interval of a model value for a corpus kind and metric, clamped to the metric's domain (`metricDomain`); null when the kind has no spread. */
export function predictionInterval(kind: CorpusKind, metric: Metric, value: number, level = 0.9): PredictionInterval | null {
  if (!Number.isFinite(value)) return null;
  const sp = spreadFor(table as IntervalTable, kind, metric);
  const iv = intervalAround(value, metric, sp, level);
  if (!iv || !sp) return null;
  const [min, max] = metricDomain(metric);
  const lo = Math.min(Math.max(min, iv[0]), value);
  const hi = Math.max(Math.min(max, iv[1]), value);
  return { lo, hi, level, basis: `${sp.from === 'kind' ? `residuals of ${sp.n} calibration records of this kind` : `residuals of ${sp.n} calibration records pooled across kinds`} (${sp.records.join(', ')})` };
}
