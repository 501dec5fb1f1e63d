// The catalog's public face: lookups by id, menu lists, the provenance audit, and the beams (owned by model/physics).
import { isParam } from '../model/guards';
import type { Param } from '../model/param';
import { AGENTS, AGENT_IDS, isAgentId, type AgentId, type CatalogAgent } from './agents';
import { LOADING_ANCHORS, findLoadingAnchor, type CatalogLoadingAnchor } from './anchors';
import { CORES, CORE_IDS, isCoreId, type CatalogCore, type CoreId } from './cores';
import { MEMBRANES, MEMBRANE_IDS, isMembraneId, type CatalogMembrane, type MembraneId } from './membranes';
import { PRESETS, PRESET_IDS, isPresetId, type Preset, type PresetId } from './presets';
import { COPOLYMERS, COPOLYMER_IDS } from './copolymers';
export { COPOLYMERS, COPOLYMER_IDS, getCopolymer, isCopolymerId, type CopolymerId } from './copolymers';
import { VEHICLES, VEHICLE_IDS } from './vehicles';
export { VEHICLES, VEHICLE_IDS, getVehicle, isVehicleId, type VehicleId } from './vehicles';
// the in-vitro data (cell lines, plates) load with the bench: import them from './cell-lines'; only the ids are here
export { CELL_LINE_IDS, PLATE_IDS, isCellLineId, isPlateId, type CellLineId, type PlateId } from './cell-line-ids';

export { AGENTS, AGENT_IDS, isAgentId, CORES, CORE_IDS, isCoreId, MEMBRANES, MEMBRANE_IDS, isMembraneId, PRESETS, PRESET_IDS, isPresetId };
export { LOADING_ANCHORS, findLoadingAnchor };
export { overrideParam } from './override-params';
export type { AgentId, CatalogAgent, CatalogLoadingAnchor, CatalogCore, CoreId, CatalogMembrane, MembraneId, Preset, PresetId };
export type { AnchorTarget } from './anchors';
export type { FormulationDraft, PresetClass, PresetFact, PublishedTarget } from './presets';
export { GLOSSARY, type GlossaryEntry } from './glossary';
export {
  AGENT_VISUALS, CORE_VISUALS, MEMBRANE_VISUALS, SHAPE_NAMES, OKABE_ITO, HIGH_Z_COLOR, FALLBACK_COLORS,
  agentColor, agentVisual, coreColor, coreVisual, membraneColor, membraneVisual,
} from './visuals';
export type { AgentVisual, CoreShape, CoreShapeKind, CoreVisual, MembraneVisual } from './visuals';
export { BEAMS, BEAM_FORMS, parseBeam, type BeamCatalogEntry } from '../model/physics/beams';

/** One row of a menu. */
export interface MenuItem {
  id: string;
  name: string;
  description: string;
}

function unknownId(kind: string, id: string, valid: readonly string[]): Error {
  return new Error(`unknown ${kind} "${id}"; valid ids: ${valid.join(', ')}`);
}

/** The core with this id. Throws naming the valid ids (validate with the schema first; this is for programming errors). */
export function getCore(id: string): CatalogCore {
  if (!isCoreId(id)) throw unknownId('core', id, CORE_IDS);
  return CORES[id];
}
export function getAgent(id: string): CatalogAgent {
  if (!isAgentId(id)) throw unknownId('agent', id, AGENT_IDS);
  return AGENTS[id];
}
export function getMembrane(id: string): CatalogMembrane {
  if (!isMembraneId(id)) throw unknownId('membrane source', id, MEMBRANE_IDS);
  return MEMBRANES[id];
}
export function getPreset(id: string): Preset {
  if (!isPresetId(id)) throw unknownId('preset', id, PRESET_IDS);
  return PRESETS[id];
}

export const CORE_LIST: MenuItem[] = CORE_IDS.map((id) => ({ id, name: CORES[id].name, description: CORES[id].description }));
export const AGENT_LIST: MenuItem[] = AGENT_IDS.map((id) => ({ id, name: AGENTS[id].name, description: AGENTS[id].description }));
export const MEMBRANE_LIST: MenuItem[] = MEMBRANE_IDS.map((id) => ({ id, name: MEMBRANES[id].name, description: MEMBRANES[id].description }));
/** Presets for menus and `cli presets`: { id, name, summary } plus the description field menus share. */
export const PRESET_LIST: (MenuItem & { summary: string })[] = PRESET_IDS.map((id) => ({
  id,
  name: PRESETS[id].name,
  summary: PRESETS[id].summary,
  description: PRESETS[id].summary,
}));

function collect(x: unknown, path: string, out: { path: string; param: Param }[]): void {
  if (isParam(x)) {
    out.push({ path, param: x });
    return;
  }
  if (Array.isArray(x)) x.forEach((v, i) => collect(v, `${path}.${i}`, out));
  else if (typeof x === 'object' && x !== null) for (const [k, v] of Object.entries(x)) collect(v, `${path}.${k}`, out);
}

/**
 * Every Param in the catalog with its dotted path ('cores.zif-8.release.vRefNmPerH', 'agents.in10018.fakIc50CellM',
 * 'anchors.liposome-dox-remote.affinityK'), for the "every value sourced" test and the app's sources table.
 */
export function catalogProvenanceAudit(): { path: string; param: Param }[] {
  const out: { path: string; param: Param }[] = [];
  for (const id of CORE_IDS) collect(CORES[id], `cores.${id}`, out);
  for (const id of AGENT_IDS) collect(AGENTS[id], `agents.${id}`, out);
  for (const id of MEMBRANE_IDS) collect(MEMBRANES[id], `membranes.${id}`, out);
  for (const id of COPOLYMER_IDS) collect(COPOLYMERS[id], `copolymers.${id}`, out);
  for (const id of VEHICLE_IDS) collect(VEHICLES[id], `vehicles.${id}`, out);
  for (const a of LOADING_ANCHORS) collect({ qmaxMgPerMg: a.qmaxMgPerMg, affinityK: a.affinityK }, `anchors.${a.id}`, out);
  return out;
}
// recipes (src/catalog/recipes.ts) are imported from their own module by engine/protocol.ts: not re-exported here, so the
// recipe book stays out of the start-up chunk
