// Every model parameter the engine can override, by dotted id: model ParamSets plus the resolved catalog entities of one formulation.
import type { Param } from '../model/param';
import { MODEL_PARAMS } from '../model/param-sets';
import { listEntityParams } from './entity-overrides';
import type { CompletedFormulation, EntityLookup } from './types';

export { MODEL_PARAMS };

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
