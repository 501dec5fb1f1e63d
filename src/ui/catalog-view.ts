// What the builder needs from the catalog: choices with name, description and provenance, and the loading modes of a core.
import { CORES, CORE_IDS, AGENTS, AGENT_IDS, MEMBRANES, MEMBRANE_IDS, COPOLYMERS, COPOLYMER_IDS, VEHICLES, VEHICLE_IDS } from '../catalog';
import { BEAMS, LOADING_MODES } from '../engine';
import type { LoadingMode } from '../model/entities';
import type { Provenance } from '../model/param';

export interface Choice {
  id: string;
  name: string;
  description: string;
  provenance?: Provenance;
  source?: string;
  verify?: boolean;
}

export function coreChoices(): Choice[] {
  return (coreCache ??= CORE_IDS.map((id) => {
    const c = CORES[id];
    return { id, name: c.name, description: c.description, provenance: c.densityGPerCm3.provenance, source: `density: ${c.densityGPerCm3.source}` };
  }));
}
let coreCache: Choice[] | undefined;
let agentCache: Choice[] | undefined;
let membraneCache: Choice[] | undefined;
let beamCache: Choice[] | undefined;

/** The catalog lipid surface of a core (#27: T_m, cholesterol), or null when the core has none. */
export function coreLipidShell(id: string): { tmC: number; cholesterolMolPct: number } | null {
  const c = (CORES as Record<string, { lipidShell?: { tmC: { value: number }; cholesterolMolPct: { value: number } } | null }>)[id];
  return c?.lipidShell ? { tmC: c.lipidShell.tmC.value, cholesterolMolPct: c.lipidShell.cholesterolMolPct.value } : null;
}

/** Micelle cores take a copolymer (#27): the catalog copolymers for the Builder's menu, or null for other cores. */
export function coreCopolymerChoices(id: string): { id: string; name: string; note?: string }[] | null {
  const c = (CORES as Record<string, { coreClass?: string }>)[id];
  if (c?.coreClass !== 'micelle') return null;
  return COPOLYMER_IDS.map((k) => ({ id: k, name: COPOLYMERS[k].name, note: COPOLYMERS[k].serumExtractionPerH ? 'serum extraction sourced' : undefined }));
}

/** Free-drug vehicles (#27) for a payload's agent: every vehicle, noting where the agent's disposition in it was measured. */
export function vehicleChoices(agent: string): { id: string; name: string; note?: string }[] {
  return VEHICLE_IDS.map((k) => ({ id: k, name: VEHICLES[k].name, note: VEHICLES[k].freeDrugPk[agent] ? `measured for ${agent}` : k === 'none' ? undefined : `no data for ${agent}: as unformulated` }));
}

export function coreChoice(id: string): Choice | undefined {
  return coreChoices().find((c) => c.id === id);
}

export function agentChoices(): Choice[] {
  return (agentCache ??= AGENT_IDS.map((id) => {
    const a = AGENTS[id];
    const p = a.molecularWeightGPerMol;
    return { id, name: `${a.name} — ${a.drugClass}`, description: a.description, provenance: p.provenance, source: `MW: ${p.source}`, verify: p.verify };
  }));
}

export function agentName(id: string): string {
  return (AGENTS as Record<string, { name: string }>)[id]?.name ?? id;
}

export function membraneChoices(): Choice[] {
  return (membraneCache ??= MEMBRANE_IDS.map((id) => {
    const m = MEMBRANES[id];
    const p = m.prolongationVsRbc;
    return { id, name: m.name, description: `${m.description} Role: ${m.role}.`, provenance: p.provenance, source: `half-life prolongation: ${p.source}`, verify: p.verify };
  }));
}

export function beamChoices(): Choice[] {
  return (beamCache ??= BEAMS.map((b) => ({ id: b.id, name: b.name, description: b.description, provenance: b.provenance, source: b.source })));
}

/** Loading modes the core can do (others are shown but rejected by validation with a reason). */
export function coreLoadingModes(coreId: string): LoadingMode[] {
  const c = (CORES as Record<string, (typeof CORES)[keyof typeof CORES]>)[coreId];
  if (!c) return [...LOADING_MODES];
  return LOADING_MODES.filter((m) => c.loading[m]);
}

/**
 * The carrier's usual preparation method when a payload of `agentId` loaded by `mode` into `coreId` is encapsulated by
 * M1.partition (the rule has a partition block and the agent a logP and a water solubility), else null: the
 * preparation method matters only there.
 */
export function corePartitionMethod(coreId: string, agentId: string, mode: string): string | null {
  const c = (CORES as Record<string, (typeof CORES)[keyof typeof CORES]>)[coreId];
  const a = (AGENTS as Record<string, (typeof AGENTS)[keyof typeof AGENTS]>)[agentId];
  const part = c?.loading[mode as LoadingMode]?.partition;
  return part && a?.logP !== undefined && a.aqueousSolubilityMgPerMl !== undefined ? part.defaultMethod : null;
}

export { LOADING_MODES };
