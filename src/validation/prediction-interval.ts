// The app's 90 % prediction interval of a model number (#27): the committed per-kind spreads (intervals.json) applied to one value — light (no engine, no corpus), for the result tabs — with how well that kind's intervals covered the corpus's held-out measurements (walk11 #3).
import table from './intervals.json';
import { halfWidth, intervalAround, metricDomain, metricScale, spreadFor, type CoverageCount, type IntervalScale, type IntervalTable, type Spread } from './interval-math';

export { metricDomain };
import type { CorpusKind, Metric } from './schema';

/**
 * What a kind's held-out coverage says about its intervals (the Library tab's rule, walk9 #17 / #27): 'none' without
 * held-out records; 'in-target' inside 80–95 %; outside it, 'too-narrow' / 'too-wide' only when intervals of the nominal
 * level would give such a count less than 5 % of the time (binomial tail), else 'too-few' (the count cannot tell).
 */
export type CoverageVerdict = 'none' | 'in-target' | 'too-few' | 'too-narrow' | 'too-wide';

export function coverageVerdict(c: CoverageCount | null | undefined): CoverageVerdict {
  if (!c || c.n <= 0) return 'none';
  const p = c.covered / c.n;
  if (p >= 0.8 && p <= 0.95) return 'in-target';
  if (c.tailP === null || c.tailP >= 0.05) return 'too-few';
  return p < 0.8 ? 'too-narrow' : 'too-wide';
}

export interface PredictionInterval {
  lo: number;
  hi: number;
  level: number;
  /** Which records the spread came from, for the tooltip. */
  basis: string;
  /** The spread behind it (n residuals, RMS s, the kind's own or pooled, which records). */
  spread: Spread;
  /** Absolute (value ± h) or log (value × e^(±h)). */
  scale: IntervalScale;
  /** Half-width h = t_{(1+level)/2, n−1} · s · √(1 + 1/n), on the scale. */
  halfWidth: number;
  /** How the kind's 90 % intervals covered the corpus: published held-out measurements (the fair test) and calibration records; null when not derived. */
  heldOut: CoverageCount | null;
  calibration: CoverageCount | null;
  verdict: CoverageVerdict;
}

/** The `level` interval of a model value for a corpus kind and metric, clamped to the metric's domain (`metricDomain`); null when the kind has no spread. */
export function predictionInterval(kind: CorpusKind, metric: Metric, value: number, level = 0.9): PredictionInterval | null {
  if (!Number.isFinite(value)) return null;
  const t = table as IntervalTable;
  const sp = spreadFor(t, kind, metric);
  const iv = intervalAround(value, metric, sp, level);
  if (!iv || !sp) return null;
  const [lo, hi] = iv;
  // the committed coverage is of the 90 % intervals; at another level it does not apply
  const cov = level === 0.9 ? t.coverage?.[kind] ?? null : null;
  return {
    lo, hi, level,
    basis: `${sp.from === 'kind' ? `residuals of ${sp.n} calibration records of this kind` : `residuals of ${sp.n} calibration records pooled across kinds`} (${sp.records.join(', ')})`,
    spread: sp,
    scale: metricScale(metric),
    halfWidth: halfWidth(sp, level),
    heldOut: cov?.heldOut ?? null,
    calibration: cov?.calibration ?? null,
    verdict: coverageVerdict(cov?.heldOut),
  };
}
