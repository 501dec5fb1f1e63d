// What the builder needs from the catalog: choices with name, description and provenance, and the loading modes of a core.
import { CORES, CORE_IDS } from '../catalog/cores';
import { BEAMS } from '../model/physics';
import { LOADING_MODES, type LoadingMode } from '../model/entities';
import type { Provenance } from '../model/param';
import { MEMBRANE_NAMES, MEMBRANE_SOURCES } from '../viewer3d/spec';

export interface Choice {
  id: string;
  name: string;
  description: string;
  provenance?: Provenance;
  source?: string;
  verify?: boolean;
}

export function coreChoices(): Choice[] {
  return CORE_IDS.map((id) => {
    const c = CORES[id];
    return { id, name: c.name, description: c.description, provenance: c.densityGPerCm3.provenance, source: `density: ${c.densityGPerCm3.source}` };
  });
}

export function coreChoice(id: string): Choice | undefined {
  return coreChoices().find((c) => c.id === id);
}

const AGENT_IDS = ['in10018', 'bismuth', 'cisplatin', 'oxaliplatin', 'doxorubicin', 'daunorubicin', 'paclitaxel', 'docetaxel', 'irinotecan', 'sn-38', 'camptothecin', '5-fluorouracil', 'mitoxantrone', 'mrna', 'sirna'];

export function agentChoices(): Choice[] {
  return AGENT_IDS.map((id) => ({ id, name: id, description: '' }));
}

export function membraneChoices(): Choice[] {
  return MEMBRANE_SOURCES.map((id) => ({ id, name: MEMBRANE_NAMES[id], description: '' }));
}

export function beamChoices(): Choice[] {
  return BEAMS.map((b) => ({ id: b.id, name: b.name, description: b.description, provenance: b.provenance, source: b.source }));
}

/** Loading modes the core can do (others are shown but rejected by validation with a reason). */
export function coreLoadingModes(coreId: string): LoadingMode[] {
  const c = (CORES as Record<string, (typeof CORES)[keyof typeof CORES]>)[coreId];
  if (!c) return [...LOADING_MODES];
  return LOADING_MODES.filter((m) => c.loading[m]);
}

export { LOADING_MODES };
