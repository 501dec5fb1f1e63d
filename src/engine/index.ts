// The engine's public face: score a formulation or workspace against the catalog, run its Monte Carlo, plan and run sweeps.
import { completeFormulation, parseFormulation, type Formulation, type ParseOptions } from '../schema';
import type { Warning } from '../model/scores';
import { CATALOG_LOOKUP } from './catalog-lookup';
import { scoreCompleted } from './score';
import type { EngineScores, ScoreOptions } from './types';
import { uncertaintyCompleted, type UncertaintyOptions, type UncertaintyResult } from './uncertainty';

export type { CompletedFormulation, EngineScores, EntityLookup, ScoreOptions } from './types';
export { scoreCompleted } from './score';
export { CATALOG_LOOKUP } from './catalog-lookup';
export { MODEL_PARAMS, formulationParams, entityParams } from './params';
export { MODEL_PARAM_SETS, overrideId, type ModelParamSet } from '../model/param-sets';
export { uncertaintyCompleted, uncertainParams, outputsOf, UNCERTAINTY_OUTPUTS } from './uncertainty';
export type { UncertaintyOptions, UncertaintyResult } from './uncertainty';
export { applyEntityOverrides, listEntityParams } from './entity-overrides';
export { isParam, isRecord } from '../model/guards';
// What the UI, state and charts read of the model, through the engine (the fitter has its own entry: ./fitting)
export { COMPONENT_IDS, PH_KEYS } from '../model/scores';
export { LOADING_MODES } from '../model/entities';
export { absorptionEdges, BEAMS, defVersusEnergy, getBeam } from '../model/physics';
export { fakAlphaFactor, lqSurvival, oxygenModificationFactor, RADIOBIOLOGY_PARAMS } from '../model/radiobiology';
export { rangeProblem } from '../model/param';
export { membraneWeight } from '../model/release';
export { deletePath, getPath, setPath, splitPath, type Json } from '../model/path';

/** Thrown for an invalid formulation; `issues` carry dotted paths ('payloads.0.agent') and reasons. */
export class FormulationError extends Error {
  readonly issues: { path: string; message: string }[];
  constructor(issues: { path: string; message: string }[]) {
    super(issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; '));
    this.name = 'FormulationError';
    this.issues = issues;
  }
}

/**
 * How the engine's own API reads a formulation: overrides are not range-checked here (the engine scores what it is
 * given, as Monte Carlo draws that leave a range); the boundaries where users' input enters — the app's store, links,
 * files (share) and the CLI — parse with the schema's default, which refuses `overrides.<key>` out of range.
 */
const ENGINE_PARSE = { overrideRanges: false } as const;

/** Parse + complete (idempotent for a completed formulation); throws FormulationError with path: reason issues. */
export function resolveFormulation(input: Formulation | unknown): Formulation {
  const r = parseFormulation(input, ENGINE_PARSE);
  if (!r.ok) throw new FormulationError(r.issues);
  return r.value;
}

/**
 * Score one formulation (contract §2). `input` may be partial (defaults are filled) or completed; the completed form
 * is echoed in `scores.formulation`. opts.weights: desirability weights; opts.overrides: parameter overrides by dotted id
 * (on top of formulation.overrides); opts.lean: skip explanations and curves. Throws FormulationError when invalid.
 * `parse`: how to read the input (default ENGINE_PARSE; a boundary of users' input, like the CLI, passes {} to refuse
 * overrides out of range).
 */
export function scoreFormulation(input: Formulation | unknown, opts: ScoreOptions = {}, parse: ParseOptions = ENGINE_PARSE): EngineScores {
  const r = parseFormulation(input, parse);
  if (!r.ok) throw new FormulationError(r.issues);
  const s = scoreCompleted(r.value, CATALOG_LOOKUP, opts);
  if (r.warnings) s.warnings.unshift(...inputWarnings(r.warnings));
  return s;
}

/** Parse warnings (unknown fields, dropped) as Scores warnings: code 'input.unknown-field', message 'path: reason'. */
export function inputWarnings(warnings: readonly { path: string; message: string }[]): Warning[] {
  return warnings.map((w) => ({ code: 'input.unknown-field', message: w.path ? `${w.path}: ${w.message}` : w.message, path: w.path }));
}

/** Score every formulation of a workspace `{ schema, formulations: [...] }` (or a bare array), in order. */
export function scoreWorkspace(input: { formulations: readonly unknown[] } | readonly unknown[], opts: ScoreOptions = {}): EngineScores[] {
  const list = Array.isArray(input) ? input : (input as { formulations: readonly unknown[] }).formulations;
  return list.map((f, i) => {
    try {
      return scoreFormulation(f, opts);
    } catch (e) {
      if (e instanceof FormulationError) throw new FormulationError(e.issues.map((x) => ({ path: `formulations.${i}${x.path ? '.' + x.path : ''}`, message: x.message })));
      throw e;
    }
  });
}

/** Monte Carlo of one formulation: draws (default 256) with a seed (default 1) → 5/50/95 % bands and Spearman ρ per parameter. */
export function uncertainty(input: Formulation | unknown, opts: UncertaintyOptions = {}): UncertaintyResult {
  return uncertaintyCompleted(resolveFormulation(input), CATALOG_LOOKUP, opts);
}

/** A catalog preset's completed formulation. */
export { completeFormulation };
export { renormaliseMembranes, runSweep, scoreCandidate, sweepPointFormulation, sweepResults } from './sweep';
export type { CandidateOutcome, RunSweepOptions } from './sweep';
export { columnName, csvNumber, csvText, readCsv } from '../model/csv';

/**
 * Loads the NIST photon tables of the elements the catalog does not use (model/physics/photon.ts): anything that may
 * reach any element (the validation dashboard's V8 sweeps Z 20–92) awaits this first; the page also loads them itself
 * after its first 3D frame.
 */
export function loadAllElementTables(): Promise<void> {
  return import('../model/physics/elements-all').then(() => undefined);
}
