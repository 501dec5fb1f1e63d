// A candidate's measured data (release curves, loading points) live in its formulation as `measurements`, so links,
// exports, autosave, undo/redo and the two-tab merge carry them. Validated read (memoized per object) and immutable write.
import { parseMeasurements, type Issue } from '../schema';
import type { BenchMeasured, Candidate, FormulationDraft, MeasuredLoading, MeasuredRelease, OwnReleaseModel } from './types';

export interface CandidateMeasurements {
  release: MeasuredRelease[];
  loading: MeasuredLoading[];
  /** The user's own release model, when stored (measurements.releaseModel). */
  releaseModel?: OwnReleaseModel;
  /** The Bench sheet's checklist as measured (measurements.bench), when stored. */
  bench?: BenchMeasured;
  /** Why the draft's measurements cannot be used (a hand-edited or damaged draft); empty when they are valid or absent. */
  issues: Issue[];
}

const NONE: CandidateMeasurements = Object.freeze<CandidateMeasurements>({ release: [], loading: [], issues: [] });
const cache = new WeakMap<object, CandidateMeasurements>();

/**
 * The validated measured data of a candidate (or draft). Same `draft.measurements` object → the same result object, so
 * charts and fits memoized on it do not recompute on unrelated edits.
 */
export function measurementsOf(c: Candidate | FormulationDraft | undefined): CandidateMeasurements {
  const draft = (c && 'draft' in c && typeof c.draft === 'object' ? c.draft : c) as FormulationDraft | undefined;
  const raw = draft?.measurements;
  if (raw === undefined || raw === null || typeof raw !== 'object') return NONE;
  const hit = cache.get(raw);
  if (hit) return hit;
  const r = parseMeasurements(raw);
  const out: CandidateMeasurements = r.ok
    ? { release: (r.value?.release ?? []) as MeasuredRelease[], loading: (r.value?.loading ?? []) as MeasuredLoading[], ...(r.value?.releaseModel ? { releaseModel: r.value.releaseModel } : {}), ...(r.value?.bench ? { bench: r.value.bench } : {}), issues: [] }
    : { release: [], loading: [], issues: r.issues };
  cache.set(raw, out);
  return out;
}

/** A copy of `draft` whose measurements[kind] is `data` (removed when empty or undefined; `measurements` removed when nothing is left). */
export function withMeasurements(draft: FormulationDraft, kind: 'release' | 'loading' | 'releaseModel' | 'bench', data: readonly unknown[] | OwnReleaseModel | BenchMeasured | undefined): FormulationDraft {
  const cur = draft.measurements;
  const next: Record<string, unknown> = cur && typeof cur === 'object' && !Array.isArray(cur) ? { ...(cur as Record<string, unknown>) } : {};
  if (data && !Array.isArray(data)) {
    if (Object.keys(data).length) next[kind] = structuredClone(data);
    else delete next[kind];
  }
  else if (data && data.length) next[kind] = data.map((d) => structuredClone(d));
  else delete next[kind];
  const { measurements: _old, ...rest } = draft;
  return Object.keys(next).length ? { ...rest, measurements: next } : rest;
}
