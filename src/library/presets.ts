// Reference-library cards: each preset's composition, route, size and facts beside the model's predictions, plus the class filters.
import { AGENTS, CORES, MEMBRANES, PRESETS, PRESET_IDS, isPresetId, type AgentId, type CoreId, type MembraneId, type PresetClass, type PresetFact, type PresetId } from '../catalog';
import type { Scores } from '../model/scores';
import { agreementSummary, compareWithLiterature, type LiteratureComparison } from './compare';
import { scorePreset } from './score';
import { percentShares } from '../catalog/percent-shares';
import { PRESET_FACTS } from '../catalog/preset-facts';

/** Class filters of the library (the issue's list; inorganic gathers oxide, iron oxide and nanoshell, albumin stands alone). */
export const PRESET_FILTERS = [
  { id: 'all', label: 'All', classes: [] as PresetClass[] },
  { id: 'mof', label: 'MOF', classes: ['mof'] as PresetClass[] },
  { id: 'liposome', label: 'Liposome', classes: ['liposome'] as PresetClass[] },
  { id: 'micelle', label: 'Micelle', classes: ['micelle'] as PresetClass[] },
  { id: 'inorganic', label: 'Inorganic', classes: ['inorganic', 'iron-oxide', 'nanoshell'] as PresetClass[] },
  { id: 'conjugate', label: 'Conjugate', classes: ['conjugate'] as PresetClass[] },
  { id: 'albumin', label: 'Albumin', classes: ['albumin'] as PresetClass[] },
  { id: 'lnp', label: 'LNP', classes: ['lnp'] as PresetClass[] },
  { id: 'free-drug', label: 'Free drug', classes: ['free-drug'] as PresetClass[] },
] as const;
export type PresetFilterId = (typeof PRESET_FILTERS)[number]['id'];

/** Preset ids shown under a filter, in catalog order. */
export function presetsInFilter(filter: PresetFilterId): PresetId[] {
  const f = PRESET_FILTERS.find((x) => x.id === filter);
  if (!f || f.classes.length === 0) return [...PRESET_IDS];
  return PRESET_IDS.filter((id) => (f.classes as readonly PresetClass[]).includes(PRESETS[id].presetClass));
}

/**
 * Warning codes that mean a preset is broken (its data contradict the model's domain), as opposed to warnings that
 * describe the science (def-tiny, assumption-driven, premature-leakage, release.leaky, metal-dose are findings):
 * - size-window: a clinical product outside 10–200 nm means a wrong size or coat in the preset;
 * - incomplete-coverage / release.partial-coat: a coated preset with too little membrane for one bilayer;
 * - loading.low-ee: the preset feeds more than the carrier can hold (contradicts its published loading);
 * - loading.size-exclusion: the preset's loading mode cannot put the drug inside the carrier;
 * - injection-concentration: an intratumoral dose that cannot be injected.
 */
export const BROKEN_PRESET_WARNING_CODES: readonly string[] = ['size-window', 'incomplete-coverage', 'release.partial-coat', 'loading.low-ee', 'loading.size-exclusion', 'injection-concentration'];

/** Why a preset does not load and score cleanly (empty = it does). */
export function presetProblems(id: string): string[] {
  const r = scorePreset(id);
  if (!r.ok) return [`${r.stage}: ${r.message}`];
  const out: string[] = [];
  for (const w of r.scores.warnings) if (BROKEN_PRESET_WARNING_CODES.includes(w.code)) out.push(`${w.code}: ${w.message}`);
  return out;
}

export interface PresetCard {
  id: PresetId;
  name: string;
  summary: string;
  presetClass: PresetClass;
  filter: PresetFilterId;
  composition: { core: string; payloads: string[]; coat: string };
  /** Core diameter as the preset states it (nm), null when the carrier default applies or there is no carrier. */
  coreDiameterNm: number | null;
  route: string;
  facts: PresetFact[];
  /** null when the preset did not score; then `error` says why. */
  scores: Scores | null;
  error?: string;
  comparisons: LiteratureComparison[];
  agreement: { agree: number; differ: number; caveat: number };
  warnings: { code: string; message: string }[];
}

const coreName = (id: string) => CORES[id as CoreId]?.name ?? id;
const agentName = (id: string) => AGENTS[id as AgentId]?.name ?? id;
const membraneName = (id: string) => MEMBRANES[id as MembraneId]?.name ?? id;

/** Everything a library card shows for a preset (scored once, memoized). */
export function presetCard(id: string): PresetCard {
  if (!isPresetId(id)) throw new Error(`unknown preset "${id}"`);
  const p = PRESETS[id];
  const f = p.formulation;
  const r = scorePreset(id);
  const scores = r.ok ? r.scores : null;
  const comparisons = scores ? compareWithLiterature(id, scores) : [];
  const coat = f.coating
    ? [
        ...(f.coating.membranes ?? []).map((m, i, all) => `${membraneName(m.source)}${m.fraction !== undefined && all.length > 1 ? ` (${percentShares(all.map((x) => x.fraction ?? 0))[i]} %)` : ''}`),
        f.coating.peg ? 'PEG' : '',
      ].filter(Boolean).join(' + ') || 'none'
    : 'none';
  return {
    id,
    name: p.name,
    summary: p.summary,
    presetClass: p.presetClass,
    filter: (PRESET_FILTERS.find((x) => (x.classes as readonly PresetClass[]).includes(p.presetClass))?.id ?? 'all') as PresetFilterId,
    composition: {
      core: coreName(f.core.material),
      payloads: (f.payloads ?? []).map((x) => `${agentName(x.agent)}${x.loading ? ` (${x.loading})` : ''}`),
      coat,
    },
    coreDiameterNm: f.core.diameterNm ?? null,
    route: f.scenario?.route ?? 'iv',
    facts: PRESET_FACTS[id],
    scores,
    ...(r.ok ? {} : { error: r.message }),
    comparisons,
    agreement: agreementSummary(comparisons),
    warnings: scores?.warnings ?? [],
  };
}
