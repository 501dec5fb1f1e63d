// Scores a partial formulation (a preset or tour draft) through the engine, never throwing: invalid drafts and engine errors are messages.
import { FormulationError, scoreFormulation, type EngineScores as Scores, type ScoreOptions } from '../engine';
import { PRESETS, isPresetId } from '../catalog';

/** A scored draft, or why not: 'invalid' = the schema rejected it (issues), 'error' = the engine threw. */
export type DraftScore = { ok: true; scores: Scores } | { ok: false; stage: 'invalid' | 'error'; message: string };

/** Parse (with defaults) and score a formulation draft. */
export function scoreDraft(draft: unknown, opts: ScoreOptions = {}): DraftScore {
  try {
    return { ok: true, scores: scoreFormulation(draft, opts) };
  } catch (e) {
    if (e instanceof FormulationError) return { ok: false, stage: 'invalid', message: e.message };
    return { ok: false, stage: 'error', message: e instanceof Error ? e.message : String(e) };
  }
}

const presetCache = new Map<string, DraftScore>();

/** Scores of a preset (memoized: presets are immutable). */
export function scorePreset(id: string): DraftScore {
  if (!isPresetId(id)) return { ok: false, stage: 'invalid', message: `unknown preset "${id}"` };
  let s = presetCache.get(id);
  if (!s) {
    s = scoreDraft(PRESETS[id].formulation);
    presetCache.set(id, s);
  }
  return s;
}

/** Scores of a preset, throwing with the reason when it does not score (for checks that require it). */
export function presetScores(id: string): Scores {
  const r = scorePreset(id);
  if (!r.ok) throw new Error(`preset ${id}: ${r.message}`);
  return r.scores;
}
