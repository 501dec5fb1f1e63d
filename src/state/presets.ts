// Starting workspace and preset look-up for the store (presets come from the catalog).
import { PRESETS, PRESET_IDS, isPresetId } from '../catalog';
import { newId } from './ids';
import type { Candidate, FormulationDraft } from './types';

export function presetDraft(id: string): FormulationDraft | null {
  if (!isPresetId(id)) return null;
  const f: FormulationDraft = { ...structuredClone(PRESETS[id].formulation) };
  return { ...f, name: f.name ?? PRESETS[id].name };
}

export function initialCandidates(): Candidate[] {
  const d = presetDraft('izb-ccm');
  return d ? [{ id: newId(), draft: d }] : [];
}

export interface PresetMenuGroup { label: string; items: { id: string; name: string; summary: string }[] }

const ABLATIONS = ['izb-ccm', 'izb-bare', 'iz-ccm', 'zb-ccm'];

/** Presets for the menu: IZB@CCM and its ablations first, then the reference products and free drugs. */
export function presetMenu(): PresetMenuGroup[] {
  const item = (id: (typeof PRESET_IDS)[number]) => ({ id, name: PRESETS[id].name, summary: PRESETS[id].summary });
  const rest = PRESET_IDS.filter((id) => !ABLATIONS.includes(id));
  return [
    { label: 'IZB@CCM and its ablations', items: PRESET_IDS.filter((id) => ABLATIONS.includes(id)).map(item) },
    { label: 'Reference nanomedicines', items: rest.filter((id) => PRESETS[id].presetClass !== 'free-drug').map(item) },
    { label: 'Free drugs', items: rest.filter((id) => PRESETS[id].presetClass === 'free-drug').map(item) },
  ];
}

export function presetInfo(id: string) {
  return isPresetId(id) ? PRESETS[id] : undefined;
}
