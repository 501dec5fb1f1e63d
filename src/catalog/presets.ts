// Reference formulations (contract §5; shared/science/REFERENCE-SYSTEMS.md): the platform, its ablations and the clinical
// systems it is measured against, each with the published facts (source, read or recalled) and numeric published targets.
//
// Formulations are partial contract-§1 JSON: the schema completes them with defaults. (S) facts are 'read', (R) 'recalled'.
// doc 000 = patent transfer notice on IZB@CCM, doc 001 = review of clinically translated nanomedicines,
// doc 002 = IL-22BP mRNA-LNP trial record (shared/seeds/).
import type { FormulationInputV1 } from '../schema/v1/schema';
import type { ScenarioV1 } from '../schema/v1/types';

/**
 * A partial formulation as presets write it: the schema's input type (contract §1; anything missing is completed by the
 * schema). A type-only import — the catalog never loads the schema's code (the schema imports the catalog).
 */
export type FormulationDraft = Omit<FormulationInputV1, 'core' | 'payloads' | 'coating' | 'scenario'> & {
  core: Named<Input['core'], 'material'>;
  payloads?: Named<NonNullable<Input['payloads']>[number], 'agent'>[];
  coating?: (Omit<NonNullable<Input['coating']>, 'membranes'> & { membranes?: Named<Membranes[number], 'source'>[] }) | null;
  /** The scenario's input schema is built from the field registry (untyped keys): typed here from its completed form. */
  scenario?: DeepPartial<ScenarioV1>;
};
type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? (T[K] extends unknown[] ? T[K] : DeepPartial<T[K]>) : T[K] };
type Input = FormulationInputV1;
type Membranes = NonNullable<NonNullable<Input['coating']>['membranes']>;
/** Presets name their catalog ids (the schema's defaults would hide a missing one). */
type Named<T, K extends keyof NonNullable<T>> = NonNullable<T> & { [P in K]-?: NonNullable<NonNullable<T>[P]> };

export type PresetClass = 'liposome' | 'micelle' | 'inorganic' | 'mof' | 'conjugate' | 'albumin' | 'lnp' | 'free-drug' | 'iron-oxide' | 'nanoshell';

export interface PresetFact {
  text: string;
  source: string;
  status: 'read' | 'recalled';
}

/** A published number to show beside the model's. `metric` is a dotted path into the Scores JSON (contract §2). */
export interface PublishedTarget {
  metric: string;
  label: string;
  value?: number;
  range?: [number, number];
  unit: string;
  source: string;
  status: 'read' | 'recalled';
  /** Why the number is not directly comparable, if it is not (e.g. a human half-life beside a mouse model). */
  caveat?: string;
}

export interface Preset {
  id: string;
  name: string;
  summary: string;
  presetClass: PresetClass;
  formulation: FormulationDraft;
  published: PublishedTarget[];
}

export const PRESET_IDS = [
  'izb-ccm',
  'izb-bare',
  'iz-ccm',
  'zb-ccm',
  'nbtxr3',
  'doxil',
  'myocet',
  'onivyde',
  'daunoxome',
  'thermodox',
  'genexol-pm',
  'nk105',
  'nc-6004',
  'abraxane',
  'xyotax',
  'feraheme',
  'aurolase',
  'il22bp-lnp',
  'free-in10018',
  'cisplatin-free',
] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export const DOC001 = 'doc 001 (review: clinical translation of anti-tumour nanomedicines)';


/** The contract §1 example, exactly. */
const IZB_CCM: FormulationDraft = {
  schema: 'nanoplatform.formulation/1',
  name: 'IZB@CCM',
  core: { material: 'zif-8', diameterNm: 120 },
  payloads: [
    { agent: 'in10018', loading: 'one-pot', feedMassRatio: 0.2 },
    { agent: 'bismuth', loading: 'one-pot', feedMassRatio: 0.3 },
  ],
  coating: {
    membranes: [
      { source: 'hela', fraction: 0.5 },
      { source: 'caf-cervical', fraction: 0.5 },
    ],
    membraneToCoreMassRatio: 1.0,
    peg: false,
  },
  scenario: {
    species: 'mouse',
    tumor: 'cervical',
    tumorMassG: 0.3,
    route: 'iv',
    doseMgPerKg: 10,
    medium: 'buffer',
    temperatureC: 37,
    beam: '225kVp',
    irradiationDelayH: 24,
    fractionDoseGy: 2,
    fractions: 1,
    cells: { alphaPerGy: 0.25, betaPerGy2: 0.025 },
  },
};


function withoutPayload(agent: string): FormulationDraft['payloads'] {
  return IZB_CCM.payloads!.filter((p) => p.agent !== agent).map((p) => ({ ...p }));
}

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

export const PRESETS: Record<PresetId, Preset> = {
  'izb-ccm': {
    id: 'izb-ccm',
    name: 'IZB@CCM',
    summary: 'The patent\'s biomimetic ZIF-8 MOF carrying IN10018 and bismuth in a HeLa + cervical-CAF hybrid membrane, to radiosensitize cervical cancer.',
    presetClass: 'mof',
    formulation: IZB_CCM,
    published: [],
  },
  'izb-bare': {
    id: 'izb-bare',
    name: 'IZB (no membrane)',
    summary: 'Ablation: the same IN10018 + Bi ZIF-8 core without the hybrid membrane, to show what the coat contributes.',
    presetClass: 'mof',
    formulation: { ...clone(IZB_CCM), name: 'IZB (bare)', coating: null },
    published: [],
  },
  'iz-ccm': {
    id: 'iz-ccm',
    name: 'IZ@CCM (no bismuth)',
    summary: 'Ablation: IN10018 in membrane-coated ZIF-8 without bismuth, to show the physical sensitization Bi adds.',
    presetClass: 'mof',
    formulation: { ...clone(IZB_CCM), name: 'IZ@CCM', payloads: withoutPayload('bismuth') },
    published: [],
  },
  'zb-ccm': {
    id: 'zb-ccm',
    name: 'ZB@CCM (no IN10018)',
    summary: 'Ablation: bismuth in membrane-coated ZIF-8 without the FAK inhibitor, to show what CAF inhibition adds.',
    presetClass: 'mof',
    formulation: { ...clone(IZB_CCM), name: 'ZB@CCM', payloads: withoutPayload('in10018') },
    published: [],
  },
  nbtxr3: {
    id: 'nbtxr3',
    name: 'NBTXR3 (Hensify)',
    summary: 'Nanobiotix\'s 50 nm functionalized hafnium oxide radioenhancer, injected into the tumour: physical sensitization only.',
    presetClass: 'inorganic',
    formulation: {
      name: 'NBTXR3',
      core: { material: 'hfo2', diameterNm: 50 },
      payloads: [],
      coating: null,
      scenario: {
        tumor: 'soft-tissue-sarcoma',
        route: 'intratumoral',
        intratumoralVolumeFraction: 0.1,
        // The injected amount is the suspension's concentration × the injected volume (vf × tumour volume), so changing
        // vf changes the dose: 53.3 g/L × 0.1 × 0.3 mL = 1.6 mg HfO2 in a 0.02 kg mouse ≈ 80 mg/kg (doseMgPerKg, shown
        // for reference, is not used when the concentration is given).
        injectedConcentrationGPerL: 53.3,
        doseMgPerKg: 80,
        beam: '6MV',
        fractionDoseGy: 2,
        fractions: 25,
      },
    },
    published: [
      { metric: 'radiosensitization.highZ.0.mgPerGTumor', label: 'Hf in tumour', value: 3.6, unit: 'mg/g', source: 'MODEL.md V7: 53.3 g/L × 10 % × Hf 84.8 % × 80 % retention', status: 'recalled' },
      { metric: 'radiosensitization.doseEnhancementFactor', label: 'macroscopic DEF at 6 MV', range: [1, 1.01], unit: '1', source: 'MODEL.md V7 (mixture rule with NIST data)', status: 'read' },
    ],
  },
  doxil: {
    id: 'doxil',
    name: 'Doxil / Caelyx',
    summary: 'PEGylated liposomal doxorubicin, remote-loaded by an ammonium sulfate gradient: the first FDA-approved nanomedicine (1995).',
    presetClass: 'liposome',
    formulation: {
      name: 'Doxil',
      core: { material: 'liposome', diameterNm: 87 },
      payloads: [{ agent: 'doxorubicin', loading: 'remote', feedMassRatio: 0.125 }],
      coating: { membranes: [], peg: true },
    },
    published: [
      { metric: 'loading.payloads.0.encapsulationEfficiencyPct', label: 'EE', range: [90, 100], unit: '%', source: 'Doxil label', status: 'read' },
      { metric: 'targeting.hydrodynamicDiameterNm', label: 'size', value: 87, range: [80, 100], unit: 'nm', source: 'Doxil label; MODEL.md V5', status: 'read' },
      { metric: 'targeting.circulationHalfLifeH', label: 'terminal half-life (human)', value: 45, unit: 'h', source: 'Gabizon et al. 1994', status: 'read', caveat: 'human value; the model is a mouse' },
    ],
  },
  myocet: {
    id: 'myocet',
    name: 'Myocet',
    summary: 'Non-PEGylated liposomal doxorubicin (citrate complex), 150 nm, for metastatic breast cancer in Europe and Canada.',
    presetClass: 'liposome',
    formulation: {
      name: 'Myocet',
      core: { material: 'liposome', diameterNm: 150, lipidTmC: -10, cholesterolMolPct: 45 },
      payloads: [{ agent: 'doxorubicin', loading: 'remote', feedMassRatio: 0.25 }],
      coating: null,
    },
    published: [
      { metric: 'loading.payloads.0.encapsulationEfficiencyPct', label: 'EE', range: [95, 100], unit: '%', source: 'Myocet label', status: 'read' },
      { metric: 'targeting.hydrodynamicDiameterNm', label: 'size', value: 150, unit: 'nm', source: DOC001, status: 'read' },
    ],
  },
  onivyde: {
    id: 'onivyde',
    name: 'Onivyde (MM-398)',
    summary: 'PEGylated liposomal irinotecan, loaded with a sucrose octasulfate gradient; with 5-FU and leucovorin for pancreatic cancer.',
    presetClass: 'liposome',
    formulation: {
      name: 'Onivyde',
      core: { material: 'liposome', diameterNm: 110 },
      payloads: [{ agent: 'irinotecan', loading: 'remote', feedMassRatio: 0.47 }],
      coating: { membranes: [], peg: true },
    },
    published: [{ metric: 'targeting.hydrodynamicDiameterNm', label: 'size', value: 100, range: [100, 110], unit: 'nm', source: DOC001, status: 'read' }],
  },
  daunoxome: {
    id: 'daunoxome',
    name: 'DaunoXome',
    summary: 'Small (45 nm) DSPC/cholesterol liposomes of daunorubicin citrate for AIDS-related Kaposi\'s sarcoma.',
    presetClass: 'liposome',
    formulation: {
      name: 'DaunoXome',
      core: { material: 'liposome', diameterNm: 45, lipidTmC: 55, cholesterolMolPct: 33 },
      payloads: [{ agent: 'daunorubicin', loading: 'remote', feedMassRatio: 0.054 }],
      coating: null,
    },
    published: [{ metric: 'targeting.hydrodynamicDiameterNm', label: 'size', value: 45, unit: 'nm', source: 'DaunoXome label', status: 'read' }],
  },
  thermodox: {
    id: 'thermodox',
    name: 'ThermoDox',
    summary: 'Thermosensitive (lysolipid) liposomal doxorubicin that dumps its drug when heated to ≈ 40–42 °C, e.g. with radiofrequency ablation.',
    presetClass: 'liposome',
    formulation: {
      name: 'ThermoDox',
      core: { material: 'thermosensitive-liposome', diameterNm: 100 },
      payloads: [{ agent: 'doxorubicin', loading: 'remote', feedMassRatio: 0.05 }],
      coating: { membranes: [], peg: true },
      scenario: { temperatureC: 42 },
    },
    published: [],
  },
  'genexol-pm': {
    id: 'genexol-pm',
    name: 'Genexol-PM',
    summary: 'PEG–polylactide micelles of paclitaxel (20–50 nm), Cremophor-free; metastatic breast cancer (Korea).',
    presetClass: 'micelle',
    formulation: {
      name: 'Genexol-PM',
      core: { material: 'polymeric-micelle', diameterNm: 35 },
      payloads: [{ agent: 'paclitaxel', loading: 'one-pot', feedMassRatio: 0.2 }],
      coating: { membranes: [], peg: true },
    },
    published: [{ metric: 'targeting.hydrodynamicDiameterNm', label: 'size', range: [20, 50], unit: 'nm', source: DOC001, status: 'read' }],
  },
  nk105: {
    id: 'nk105',
    name: 'NK105',
    summary: 'PEG–polyaspartate micelles of paclitaxel (85 nm) with fewer neutropenic side effects; phase III.',
    presetClass: 'micelle',
    formulation: {
      name: 'NK105',
      core: { material: 'polymeric-micelle', diameterNm: 85 },
      payloads: [{ agent: 'paclitaxel', loading: 'one-pot', feedMassRatio: 0.3 }],
      coating: { membranes: [], peg: true },
    },
    published: [{ metric: 'targeting.hydrodynamicDiameterNm', label: 'size', value: 85, unit: 'nm', source: DOC001, status: 'read' }],
  },
  'nc-6004': {
    id: 'nc-6004',
    name: 'NC-6004 (Nanoplatin)',
    summary: 'Cisplatin bound to PEG–polyglutamate micelles (20 nm); pancreatic cancer, phase III.',
    presetClass: 'micelle',
    formulation: {
      name: 'NC-6004',
      core: { material: 'polymeric-micelle', diameterNm: 20 },
      payloads: [{ agent: 'cisplatin', loading: 'conjugated', feedMassRatio: 0.3 }],
      coating: { membranes: [], peg: true },
    },
    published: [{ metric: 'targeting.hydrodynamicDiameterNm', label: 'size', value: 20, unit: 'nm', source: DOC001, status: 'read' }],
  },
  abraxane: {
    id: 'abraxane',
    name: 'Abraxane (nab-paclitaxel)',
    summary: 'Albumin-bound paclitaxel nanoparticles (≈ 130 nm), Cremophor-free; they dissociate quickly in blood.',
    presetClass: 'albumin',
    formulation: {
      name: 'Abraxane',
      core: { material: 'albumin', diameterNm: 130 },
      payloads: [{ agent: 'paclitaxel', loading: 'one-pot', feedMassRatio: 0.111 }],
      coating: null,
      // Release in serum: nab particles come apart on dilution in plasma, where endogenous albumin takes up the drug
      // (the mechanism that makes Abraxane behave like free paclitaxel once injected).
      scenario: { medium: 'serum' },
    },
    published: [
      { metric: 'loading.totalLoadingPct', label: 'drug loading', value: 10, range: [8, 12], unit: '%', source: DOC001, status: 'read' },
      { metric: 'targeting.hydrodynamicDiameterNm', label: 'size', value: 130, unit: 'nm', source: DOC001, status: 'read' },
    ],
  },
  xyotax: {
    id: 'xyotax',
    name: 'Xyotax (paclitaxel poliglumex)',
    summary: 'Paclitaxel ester-linked to poly(L-glutamic acid) (Mw 17,000), up to 37 % drug; phase III.',
    presetClass: 'conjugate',
    formulation: {
      name: 'Xyotax',
      core: { material: 'polymer-conjugate', diameterNm: 15 },
      payloads: [{ agent: 'paclitaxel', loading: 'conjugated', feedMassRatio: 0.6 }],
      coating: null,
    },
    published: [{ metric: 'loading.totalLoadingPct', label: 'drug loading', value: 37, range: [34, 40], unit: '%', source: DOC001, status: 'read' }],
  },
  feraheme: {
    id: 'feraheme',
    name: 'Feraheme (ferumoxytol)',
    summary: 'Carbohydrate-coated superparamagnetic iron oxide for iron deficiency and MRI; no drug payload.',
    presetClass: 'iron-oxide',
    formulation: {
      name: 'Feraheme',
      core: { material: 'iron-oxide', diameterNm: 25 },
      payloads: [],
      coating: { membranes: [], peg: true },
    },
    published: [
      { metric: 'targeting.hydrodynamicDiameterNm', label: 'size', range: [17, 31], unit: 'nm', source: 'ferumoxytol label', status: 'recalled' },
      { metric: 'targeting.circulationHalfLifeH', label: 'half-life (human)', range: [14, 15], unit: 'h', source: 'ferumoxytol label', status: 'read', caveat: 'human value; the model is a mouse' },
    ],
  },
  aurolase: {
    id: 'aurolase',
    name: 'AuroLase',
    summary: 'PEGylated silica–gold nanoshells that turn near-infrared light into heat (photothermal therapy), tested in metastatic lung cancer.',
    presetClass: 'nanoshell',
    formulation: {
      name: 'AuroLase',
      core: { material: 'silica-gold-nanoshell', diameterNm: 150 },
      payloads: [],
      coating: { membranes: [], peg: true },
    },
    published: [{ metric: 'targeting.hydrodynamicDiameterNm', label: 'size', value: 150, unit: 'nm', source: 'Nanospectra Biosciences', status: 'recalled' }],
  },
  'il22bp-lnp': {
    id: 'il22bp-lnp',
    name: 'IL-22BP mRNA-LNP',
    summary: 'mRNA for IL-22 binding protein in an ionizable-lipid nanoparticle; phase I in refractory solid tumours.',
    presetClass: 'lnp',
    formulation: {
      name: 'IL-22BP/LNP',
      core: { material: 'lnp', diameterNm: 90 },
      payloads: [{ agent: 'mrna', loading: 'complexed', feedMassRatio: 0.05 }],
      coating: { membranes: [], peg: true },
      scenario: { tumor: 'head-and-neck', route: 'intratumoral', intratumoralVolumeFraction: 0.1 },
    },
    published: [{ metric: 'loading.payloads.0.encapsulationEfficiencyPct', label: 'EE (typical mRNA-LNP)', range: [90, 95], unit: '%', source: 'MODEL.md M1', status: 'recalled' }],
  },
  'free-in10018': {
    id: 'free-in10018',
    name: 'Free IN10018',
    summary: 'IN10018 (ifebemtinib) given as a free drug, for comparison with the carried form.',
    presetClass: 'free-drug',
    formulation: {
      name: 'Free IN10018',
      core: { material: 'none' },
      payloads: [{ agent: 'in10018', loading: 'one-pot', feedMassRatio: 1 }],
      coating: null,
    },
    published: [],
  },
  'cisplatin-free': {
    id: 'cisplatin-free',
    name: 'Cisplatin (free)',
    summary: 'Free cisplatin, the standard radiosensitizer of concurrent chemoradiotherapy for cervical cancer.',
    presetClass: 'free-drug',
    formulation: {
      name: 'Cisplatin',
      core: { material: 'none' },
      payloads: [{ agent: 'cisplatin', loading: 'one-pot', feedMassRatio: 1 }],
      coating: null,
      scenario: { doseMgPerKg: 5 },
    },
    published: [],
  },
};

/** True when `id` is a preset id. */
export function isPresetId(id: string): id is PresetId {
  return (PRESET_IDS as readonly string[]).includes(id);
}
