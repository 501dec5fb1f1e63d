// Starting workspace and preset look-up for the store (presets come from the catalog).
import { newId } from './ids';
import type { Candidate, FormulationDraft } from './types';

/** IZB@CCM as written in contract.md §1 — used until the catalog's preset module is available. */
const CONTRACT_IZB_CCM: FormulationDraft = {
  schema: 'nanoplatform.formulation/1',
  name: 'IZB@CCM',
  core: { material: 'zif-8', diameterNm: 120 },
  payloads: [
    { agent: 'in10018', loading: 'one-pot', feedMassRatio: 0.2 },
    { agent: 'bismuth', loading: 'one-pot', feedMassRatio: 0.3 },
  ],
  coating: { membranes: [{ source: 'hela', fraction: 0.5 }, { source: 'caf-cervical', fraction: 0.5 }], membraneToCoreMassRatio: 1.0, peg: false },
  scenario: {
    species: 'mouse', tumor: 'cervical', tumorMassG: 0.3, route: 'iv', doseMgPerKg: 10, medium: 'buffer', temperatureC: 37,
    beam: '225kVp', irradiationDelayH: 24, fractionDoseGy: 2, fractions: 1, cells: { alphaPerGy: 0.25, betaPerGy2: 0.025 },
  },
};

export function presetDraft(id: string): FormulationDraft | null {
  if (id === 'izb-ccm') return structuredClone(CONTRACT_IZB_CCM);
  return null;
}

export function initialCandidates(): Candidate[] {
  const d = presetDraft('izb-ccm') ?? CONTRACT_IZB_CCM;
  return [{ id: newId(), draft: d, overrides: {} }];
}

export interface PresetMenuGroup { label: string; items: { id: string; name: string; summary: string }[] }

/** Presets for the menu: IZB@CCM and its ablations first, then the reference products. */
export function presetMenu(): PresetMenuGroup[] {
  return [{ label: 'IZB@CCM and ablations', items: [{ id: 'izb-ccm', name: 'IZB@CCM', summary: 'ZIF-8 + Bi + IN10018, HeLa/CAF hybrid membrane' }] }];
}
