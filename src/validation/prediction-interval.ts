// The app's 90 % prediction interval of a model number (#27): the committed per-kind spreads (intervals.json) applied to one value — light (no engine, no corpus), for the result tabs.
import table from './intervals.json';
import { intervalAround, metricDomain, spreadFor, type IntervalTable } from './interval-math';

export { metricDomain };
import type { CorpusKind, Metric } from './schema';

export interface PredictionInterval {
  lo: number;
  hi: number;
  level: number;
  /** Which records the spread came from, for the tooltip. */
  basis: string;
}

/** The `level` interval of a model value for a corpus kind and metric, clamped to the metric's domain (`metricDomain`); null when the kind has no spread. */
export function predictionInterval(kind: CorpusKind, metric: Metric, value: number, level = 0.9): PredictionInterval | null {
  if (!Number.isFinite(value)) return null;
  const sp = spreadFor(table as IntervalTable, kind, metric);
  const iv = intervalAround(value, metric, sp, level);
  if (!iv || !sp) return null;
  const [lo, hi] = iv;
  return { lo, hi, level, basis: `${sp.from === 'kind' ? `residuals of ${sp.n} calibration records of this kind` : `residuals of ${sp.n} calibration records pooled across kinds`} (${sp.records.join(', ')})` };
}
