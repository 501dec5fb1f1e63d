// The Monte Carlo fast path: a plan of where each override key goes, worked out once for a key set that many draws share, then scoring per draw without re-reading keys.
import { parseEntityKey } from './entity-overrides';
import { calibrationOverrides, hasKeys, radiobiologyKey, type ResolvedOverrides } from './resolve-overrides';
import { scoreChain, scoreCompleted } from './score';
import type { CompletedFormulation, EngineScores, EntityLookup, ScoreOptions } from './types';

/**
 * Where each key of an overrides object goes (entity parameter or radiobiology parameter), worked out once for a key
 * set that many calls share (Monte Carlo draws: the same ids in the same order, only the values change).
 */
export interface OverridePlan {
  /** Keys in for-in order. */
  keys: readonly string[];
  entity: readonly { prefix: string; path: string[]; key: string }[];
  radio: readonly { param: string; key: string }[];
}

/** The plan of an overrides object's keys (for-in order, as resolveOverrides reads them). */
export function overridePlan(o: Record<string, number>): OverridePlan {
  const keys: string[] = [];
  const entity: { prefix: string; path: string[]; key: string }[] = [];
  const radio: { param: string; key: string }[] = [];
  for (const key in o) {
    keys.push(key);
    const parsed = parseEntityKey(key);
    if (parsed !== null) entity.push({ prefix: parsed[0], path: parsed[1], key });
    const r = radiobiologyKey(key);
    if (r !== null) radio.push({ param: r, key });
  }
  return { keys, entity, radio };
}

/**
 * Score with overrides whose keys follow `plan` (built by overridePlan from an object with the same keys in the same
 * order): the same result as scoreCompleted(f, lookup, { ...opts, overrides: o }) for a formulation without its own
 * overrides or release calibrations, without re-reading every key. Falls back to scoreCompleted otherwise.
 * `outputsOnly`: skip warnings, explanations, curves and t50 (Monte Carlo reads the outputs only).
 */
export function scoreWithPlan(f: CompletedFormulation, lookup: EntityLookup, opts: ScoreOptions, o: Record<string, number>, plan: OverridePlan, outputsOnly = false): EngineScores {
  const r = resolvedWithPlan(f, o, plan);
  return r === null ? scoreCompleted(f, lookup, { ...opts, overrides: o }) : scoreChain(f, lookup, opts, r, outputsOnly);
}

/**
 * The resolved overrides of `o` by its plan (what scoreWithPlan scores with), or null when the formulation has its own
 * overrides or calibrations (release, local effect) or the plan is empty (then resolveOverrides(f, { overrides: o }) applies).
 */
export function resolvedWithPlan(f: CompletedFormulation, o: Record<string, number>, plan: OverridePlan): ResolvedOverrides | null {
  if (plan.keys.length === 0 || hasKeys(f.overrides) || calibrationOverrides(f) !== null) return null;
  const entity = new Map<string, [string[], number][]>();
  for (const e of plan.entity) {
    const value = o[e.key];
    if (!Number.isFinite(value)) continue;
    let list = entity.get(e.prefix);
    if (!list) entity.set(e.prefix, (list = []));
    list.push([e.path, value]);
  }
  let radio: Record<string, number> | undefined;
  for (const r of plan.radio) (radio ??= {})[r.param] = o[r.key];
  return { all: o, entity, radio };
}
