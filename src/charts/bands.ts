// Monte Carlo bands → chart rows: the 0–100 desirability scores on their own axis, every other key output relative to
// its deterministic value (so outputs in different units share one log axis).
import type { Scores } from '../model/scores';
import { METRIC_BY_KEY, metricValue } from './metrics';

export interface Band { p5: number; p50: number; p95: number }

export interface BandRow {
  key: string;
  label: string;
  unit: string;
  /** The deterministic (no-uncertainty) value, or null when the Scores lack it. */
  deterministic: number | null;
  p5: number;
  p50: number;
  p95: number;
}

/** Score rows (score.*, 0–100) and other rows, in METRICS order; only outputs with a band and a known metric. */
export function bandRows(bands: Record<string, Band>, scores: Scores | null): { scores: BandRow[]; others: BandRow[] } {
  const out = { scores: [] as BandRow[], others: [] as BandRow[] };
  for (const key of Object.keys(METRIC_BY_KEY)) {
    const b = bands[key];
    if (!b || ![b.p5, b.p50, b.p95].every(Number.isFinite)) continue;
    const m = METRIC_BY_KEY[key];
    const row: BandRow = { key, label: m.label, unit: m.unit, deterministic: metricValue(scores, key), p5: b.p5, p50: b.p50, p95: b.p95 };
    (key.startsWith('score.') ? out.scores : out.others).push(row);
  }
  return out;
}

export interface RelativeRow { key: string; label: string; p5: number; p50: number; p95: number }

/**
 * The band divided by the deterministic value (1 = the deterministic result). Rows whose deterministic value is not
 * a positive finite number, or whose band has a non-positive end, are left out (they cannot sit on a log axis).
 */
export function relativeRows(rows: readonly BandRow[]): RelativeRow[] {
  const out: RelativeRow[] = [];
  for (const r of rows) {
    const d = r.deterministic;
    if (d === null || !(d > 0) || !Number.isFinite(d) || !(r.p5 > 0)) continue;
    out.push({ key: r.key, label: r.unit ? `${r.label} (${r.unit})` : r.label, p5: r.p5 / d, p50: r.p50 / d, p95: r.p95 / d });
  }
  return out;
}
