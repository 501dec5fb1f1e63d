// Every model parameter the engine can override, by dotted id: model ParamSets plus the resolved catalog entities of one formulation.
import { GEOMETRY_PARAMS } from '../model/geometry';
import { LOADING_PARAMS } from '../model/loading';
import type { Param } from '../model/param';
import { LOCAL_EFFECT_PARAMS } from '../model/physics/local-effect';
import { RADIOBIOLOGY_PARAMS } from '../model/radiobiology/params';
import { RELEASE_PARAMS } from '../model/release';
import { SCORE_PARAMS } from '../model/score';
import { TARGETING_PARAMS } from '../model/targeting';
import { listEntityParams } from './entity-overrides';
import type { CompletedFormulation, EntityLookup } from './types';

function prefixed(set: Record<string, Param>, prefix: string): Record<string, Param> {
  const out: Record<string, Param> = {};
  for (const [k, p] of Object.entries(set)) out[`${prefix}${k}`] = p;
  return out;
}

/** Model-level parameters (not tied to a catalog entity), by override id. */
export const MODEL_PARAMS: Readonly<Record<string, Param>> = {
  ...GEOMETRY_PARAMS,
  ...LOADING_PARAMS,
  ...RELEASE_PARAMS,
  ...TARGETING_PARAMS,
  ...prefixed(RADIOBIOLOGY_PARAMS, 'radiobiology.'),
  ...prefixed(LOCAL_EFFECT_PARAMS, 'localEffect.'),
  ...SCORE_PARAMS,
};

/** Override ids of the catalog parameters a formulation uses: 'core.<path>', 'agent.<id>.<path>', 'membrane.<id>.<path>'. */
export function entityParams(f: CompletedFormulation, lookup: EntityLookup): { id: string; param: Param }[] {
  const out = listEntityParams(lookup.core(f.core.material), 'core');
  const seen = new Set<string>();
  for (const p of f.payloads) {
    if (seen.has(`a:${p.agent}`)) continue;
    seen.add(`a:${p.agent}`);
    out.push(...listEntityParams(lookup.agent(p.agent), `agent.${p.agent}`));
  }
  for (const m of f.coating?.membranes ?? []) {
    if (seen.has(`m:${m.source}`)) continue;
    seen.add(`m:${m.source}`);
    out.push(...listEntityParams(lookup.membrane(m.source), `membrane.${m.source}`));
  }
  return out;
}

/** All parameters relevant to one formulation (model + its entities), by override id. */
export function formulationParams(f: CompletedFormulation, lookup: EntityLookup): Record<string, Param> {
  const out: Record<string, Param> = { ...MODEL_PARAMS };
  for (const { id, param } of entityParams(f, lookup)) out[id] = param;
  return out;
}
