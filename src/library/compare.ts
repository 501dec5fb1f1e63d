// Published facts beside the model's predictions: for each numeric published target of a preset, agree or differ, and by how much.
import { PRESETS, isPresetId, type PublishedTarget } from '../catalog';
import type { Scores } from '../model/scores';

/** A literature point value without a range agrees when the model is within this relative distance of it (± 10 %). */
export const POINT_TOLERANCE = 0.1;

export type Verdict = 'agree' | 'differ' | 'not-computed';

export interface LiteratureComparison {
  metric: string;
  label: string;
  unit: string;
  /** The model's value at `metric` (null when the scores have no number there). */
  model: number | null;
  literature: { value?: number; range?: [number, number] };
  verdict: Verdict;
  /** Signed distance from the literature, % of it: from the nearest range bound, or from the point value; 0 inside a range. */
  deviationPct: number | null;
  /** How agreement was decided, e.g. 'within 80–100 nm' or 'within ± 10 % of 130 nm'. */
  rule: string;
  source: string;
  status: 'read' | 'recalled';
  /** Why the numbers are not directly comparable (e.g. a human half-life beside a mouse model); such rows inform, they do not judge. */
  caveat?: string;
}

/** The number at a dotted path of the Scores JSON ('loading.payloads.0.encapsulationEfficiencyPct'); null if absent or not a finite number. */
export function metricValue(scores: Scores, path: string): number | null {
  let cur: unknown = scores;
  for (const k of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return null;
    cur = (cur as Record<string, unknown>)[k];
  }
  return typeof cur === 'number' && Number.isFinite(cur) ? cur : null;
}

const num = (v: number) => String(Number(v.toPrecision(4)));

/** Compare one published target with a model value. */
export function compareTarget(t: PublishedTarget, model: number | null): LiteratureComparison {
  const base = { metric: t.metric, label: t.label, unit: t.unit, model, source: t.source, status: t.status, ...(t.caveat ? { caveat: t.caveat } : {}) };
  const literature = { ...(t.value !== undefined ? { value: t.value } : {}), ...(t.range ? { range: [t.range[0], t.range[1]] as [number, number] } : {}) };
  const unit = t.unit === '1' ? '' : ` ${t.unit}`;
  if (t.range) {
    const [lo, hi] = t.range;
    const rule = `within ${num(lo)}–${num(hi)}${unit}`;
    if (model === null) return { ...base, literature, verdict: 'not-computed', deviationPct: null, rule };
    const dev = model < lo ? (100 * (model - lo)) / Math.abs(lo) : model > hi ? (100 * (model - hi)) / Math.abs(hi) : 0;
    return { ...base, literature, verdict: model >= lo && model <= hi ? 'agree' : 'differ', deviationPct: dev, rule };
  }
  if (t.value === undefined) return { ...base, literature, verdict: 'not-computed', deviationPct: null, rule: 'no published number' };
  const rule = `within ± ${POINT_TOLERANCE * 100} % of ${num(t.value)}${unit}`;
  if (model === null) return { ...base, literature, verdict: 'not-computed', deviationPct: null, rule };
  const dev = (100 * (model - t.value)) / Math.abs(t.value);
  return { ...base, literature, verdict: Math.abs(dev) <= POINT_TOLERANCE * 100 + 1e-9 ? 'agree' : 'differ', deviationPct: dev, rule };
}

/** Every numeric published target of a preset beside the model's value (an unknown preset has none). */
export function compareWithLiterature(presetId: string, scores: Scores): LiteratureComparison[] {
  if (!isPresetId(presetId)) return [];
  return PRESETS[presetId].published.map((t) => compareTarget(t, metricValue(scores, t.metric)));
}

/** Counts for a card's badge: comparable rows that agree / differ, and rows shown with a caveat. */
export function agreementSummary(rows: readonly LiteratureComparison[]): { agree: number; differ: number; caveat: number } {
  let agree = 0;
  let differ = 0;
  let caveat = 0;
  for (const r of rows) {
    if (r.caveat) caveat++;
    else if (r.verdict === 'agree') agree++;
    else if (r.verdict === 'differ') differ++;
  }
  return { agree, differ, caveat };
}
