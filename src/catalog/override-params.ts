// The one override resolver: an override id ('targeting.uMax', 'radiobiology.alphaPerGy', 'core.release.kdPerH', 'agent.<id>.<path>', 'membrane.<id>.<path>') → the Param it overrides.
import { isParam } from '../model/guards';
import type { Param } from '../model/param';
import { MODEL_PARAMS } from '../model/param-sets';
import { getPath } from '../model/path';
import { AGENTS, isAgentId } from './agents';
import { CORES, isCoreId } from './cores';
import { isMembraneId, MEMBRANES } from './membranes';

/**
 * The Param an override id names, for a formulation whose core is `coreId` ('core.<path>' reads that core), or null
 * when the id names no parameter (the engine then ignores it).
 */
export function overrideParam(id: string, coreId: string): Param | null {
  if (Object.hasOwn(MODEL_PARAMS, id)) return MODEL_PARAMS[id];
  const parts = id.split('.');
  let node: unknown;
  if (parts[0] === 'core' && parts.length > 1) node = isCoreId(coreId) ? getPath(CORES[coreId], parts.slice(1)) : undefined;
  else if (parts[0] === 'agent' && parts.length > 2) node = isAgentId(parts[1]) ? getPath(AGENTS[parts[1]], parts.slice(2)) : undefined;
  else if (parts[0] === 'membrane' && parts.length > 2) node = isMembraneId(parts[1]) ? getPath(MEMBRANES[parts[1]], parts.slice(2)) : undefined;
  return isParam(node) ? node : null;
}
