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

/** The `level` interval of a model value for a corpus kind and metric, clamped to [0, 100] for percentages; null when the kind has no spread. */
export function predictionInterval(kind: CorpusKind, metric: Metric, value: number, level = 0.9): PredictionInterval | null {
  if (!Number.isFinite(value)) return null;
  const sp = spreadFor(table as IntervalTable, kind, metric);
  const iv = intervalAround(value, metric, sp, level);
  if (!iv || !sp) return null;
  const pct = METRIC_UNIT[metric] === '%' || METRIC_UNIT[metric] === '% ID';
  const lo = Math.max(0, iv[0]);
  const hi = pct && METRIC_UNIT[metric] === '%' ? Math.min(100, iv[1]) : iv[1];
  return { lo, hi, level, basis: `${sp.from === 'kind' ? `residuals of ${sp.n} calibration records of this kind` : `residuals of ${sp.n} calibration records pooled across kinds`} (${sp.records.join(', ')})` };
}
