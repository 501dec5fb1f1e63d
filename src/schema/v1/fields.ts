// The field registry of nanoplatform.formulation/1: every user-editable field declared once (path, label, unit, range,
// default, step/scale, sweep range, help text). The zod schema, the completion defaults, the Builder and scenario
// controls, Explore's axes, the sweep fast path, CLI messages and the field table of docs/formats.md all read it.
// FROZEN with version 1: change a default or a bound only together with a new schema version and an upgrader
// (labels, help texts and sweep ranges are presentation and may change).
import { AGENT_IDS, CELL_LINE_IDS, COPOLYMER_IDS, CORE_IDS, MEMBRANE_IDS, PLATE_IDS, VEHICLE_IDS, type CoreId } from '../../catalog';
import { LOADING_MODES, PREP_METHODS } from '../../model/entities';
import { CUSTOM_MODEL_LIMITS, CUSTOM_PARAM_NAME } from '../../model/fitting/expression-lex';

/** Never change: the format identifiers of version 1. */
export const FORMULATION_SCHEMA_V1 = 'nanoplatform.formulation/1' as const;
export const WORKSPACE_SCHEMA_V1 = 'nanoplatform.workspace/1' as const;

export interface NumberField {
  kind: 'number';
  /** Dotted path inside its object, e.g. 'tumorMassG', 'cells.alphaPerGy'. */
  key: string;
  label: string;
  unit: string;
  default: number;
  /** Lower bound; exclusive when `exclusiveMin`. */
  min: number;
  exclusiveMin?: boolean;
  /** Upper bound; exclusive when `exclusiveMax`. */
  max: number;
  exclusiveMax?: boolean;
  integer?: boolean;
  /** Suggested step / log scale for sliders. */
  step?: number;
  scale?: 'linear' | 'log';
  description: string;
  /** When the default is not one number (e.g. the carrier's typical size): how it is chosen, for docs and help. */
  defaultText?: string;
  /** Explore's suggested sweep range (absent: not offered as a sweep axis). */
  sweep?: { from: number; to: number; scale: 'linear' | 'log' };
  /** Checked together with other fields (membrane fractions sum to 1): never set alone on a completed form (sweep fast path). */
  crossField?: boolean;
  /** Presentation only: the range a real value usually lies in; outside it the builder shows a note (never refuses). */
  plausible?: { min: number; max: number; why: string };
}

export interface ChoiceField {
  kind: 'choice';
  key: string;
  label: string;
  unit: '';
  options: readonly string[];
  default: string;
  description: string;
  /** When the default depends on other fields (a payload's loading mode): how it is chosen. */
  defaultText?: string;
}

export interface BooleanField {
  kind: 'boolean';
  key: string;
  label: string;
  unit: '';
  default: boolean;
  description: string;
}

export interface TextField {
  kind: 'text' | 'beam';
  key: string;
  label: string;
  unit: '';
  default: string;
  /** Pattern the text must match (text fields). */
  pattern?: RegExp;
  maxLength: number;
  description: string;
}

export type FieldDescriptor = NumberField | ChoiceField | TextField | BooleanField;

export const SPECIES = ['mouse'] as const;
export const ROUTES = ['iv', 'intratumoral'] as const;
export const MEDIA = ['buffer', 'pbs', 'serum'] as const;
/** What scenario.doseMgPerKg counts: carrier (core) mass, or whole-particle mass (extension; default carrier). */
export const DOSE_BASES = ['carrier', 'particle'] as const;
export type DoseBasis = (typeof DOSE_BASES)[number];
export { LOADING_MODES };

/** Scenario fields in the order they appear in the completed JSON (contract §1 order; extensions beside the field they qualify). */
export const SCENARIO_FIELDS: readonly FieldDescriptor[] = [
  { kind: 'choice', key: 'species', label: 'Species', unit: '', options: SPECIES, default: 'mouse', description: 'Animal model; mouse only for now (the targeting model is calibrated on mouse data).' },
  {
    kind: 'text',
    key: 'tumor',
    label: 'Tumour type',
    unit: '',
    default: 'cervical',
    pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/,
    maxLength: 64,
    description: 'Tumour type (lower-case words joined by hyphens, e.g. cervical, breast). Cancer-cell membranes from the same tumour type give homotypic targeting; a tumour in the brain (glioma, glioblastoma, or any type with the word brain) lets only very small particles out of its vessels.',
  },
  { kind: 'number', key: 'tumorMassG', label: 'Tumour mass', unit: 'g', default: 0.3, min: 0, exclusiveMin: true, max: 5, step: 0.05, sweep: { from: 0.05, to: 2, scale: 'log' }, description: 'Mass of the tumour (≈ its volume in mL); sets the concentration of what reaches it.' },
  { kind: 'choice', key: 'route', label: 'Route', unit: '', options: ROUTES, default: 'iv', description: 'iv: injected into a vein, reaches the tumour by circulation (EPR); intratumoral: injected straight into the tumour.' },
  {
    kind: 'number',
    key: 'intratumoralVolumeFraction',
    label: 'Injected volume fraction',
    unit: '1',
    default: 0.1,
    min: 0,
    exclusiveMin: true,
    max: 1,
    step: 0.01,
    description: 'Intratumoral route only: injected volume as a fraction of the tumour volume (NBTXR3: 0.1).',
  },
  { kind: 'number', key: 'doseMgPerKg', label: 'Dose', unit: 'mg/kg', default: 10, min: 0, max: 1000, step: 1, sweep: { from: 1, to: 50, scale: 'log' }, description: 'Injected dose per kg body mass, counted as the dose basis says (default: mg of carrier material, i.e. the core; for a free drug, the drug itself).' },
  {
    kind: 'choice',
    key: 'doseBasis',
    label: 'Dose basis',
    unit: '',
    options: DOSE_BASES,
    default: 'carrier',
    description:
      'What the dose counts: carrier = mg of carrier material (the core) per kg, so payloads and membrane come on top and removing a payload does not change the other payloads\' dose (how ablation studies compare); particle = mg of whole particles (core + payloads + membrane). For the free drug (core none) both mean the drug mass.',
  },
  { kind: 'choice', key: 'medium', label: 'Release medium', unit: '', options: MEDIA, default: 'buffer', description: 'Medium of the release curves: plain buffer, phosphate-buffered saline (erodes ZIF-8) or serum (proteins).' },
  { kind: 'number', key: 'temperatureC', label: 'Temperature', unit: '°C', default: 37, min: 20, max: 50, step: 0.5, description: 'Temperature of the tumour during release (heat triggers thermosensitive liposomes above ≈ 41.5 °C).' },
  { kind: 'beam', key: 'beam', label: 'Beam', unit: '', default: '225kVp', maxLength: 64, description: 'Radiation beam: mono:<MeV>, 160kVp, 225kVp, Ir-192, Co-60, 6MV, or kvp:<kV>:<filter>.' },
  { kind: 'number', key: 'irradiationDelayH', label: 'Irradiation delay', unit: 'h', default: 24, min: 0, max: 168, step: 1, sweep: { from: 1, to: 72, scale: 'linear' }, description: 'Time from injection to irradiation.' },
  { kind: 'number', key: 'fractionDoseGy', label: 'Dose per fraction', unit: 'Gy', default: 2, min: 0, max: 30, step: 0.5, sweep: { from: 1, to: 10, scale: 'linear' }, description: 'Radiation dose of each fraction.' },
  { kind: 'number', key: 'fractions', label: 'Fractions', unit: '1', default: 1, min: 1, max: 60, integer: true, step: 1, description: 'Number of radiation fractions (whole number ≥ 1).' },
  { kind: 'number', key: 'cells.alphaPerGy', label: 'α', unit: 'Gy⁻¹', default: 0.25, min: 0, exclusiveMin: true, max: 5, step: 0.01, description: 'Linear–quadratic α of the tumour cells (default: cervical carcinoma, assumption).' },
  { kind: 'number', key: 'cells.betaPerGy2', label: 'β', unit: 'Gy⁻²', default: 0.025, min: 0, exclusiveMin: true, max: 1, step: 0.001, description: 'Linear–quadratic β of the tumour cells (α/β = 10 Gy by default).' },
];

/**
 * scenario.injectedConcentrationGPerL (extension, optional, no default): for the intratumoral route, the particle
 * concentration of the injected suspension (g/L = mg/mL). When given, the injected amount is C_inj · vf · V_tumour and
 * doseMgPerKg is not used for that route; when absent, the dose sets the amount and vf only the implied concentration.
 */
export const INJECTED_CONCENTRATION_FIELD: NumberField = {
  kind: 'number',
  key: 'injectedConcentrationGPerL',
  label: 'Injected concentration',
  unit: 'g/L',
  default: 50,
  min: 0,
  exclusiveMin: true,
  max: 2000,
  step: 1,
  description: 'Intratumoral route only (optional): particle concentration of the injected suspension (NBTXR3: 53.3 g/L). With it, the amount injected is concentration × injected volume fraction × tumour volume, and the dose field is not used.',
};

/**
 * Treatment-timing extensions (optional, no default written into a completed formulation; the engine reads the
 * defaults below when absent — #16 §1): the injection schedule relative to the first injection and the spacing of the
 * radiotherapy fractions. The first fraction is at scenario.irradiationDelayH after the first injection.
 */
export const SCHEDULE_FIELDS: readonly NumberField[] = [
  { kind: 'number', key: 'injections', label: 'Injections', unit: '1', default: 1, min: 1, max: 10, integer: true, step: 1, description: 'Number of injections of the formulation (each at the dose), spaced by the injection interval.' },
  { kind: 'number', key: 'injectionIntervalH', label: 'Injection interval', unit: 'h', default: 168, min: 1, max: 2000, step: 1, description: 'Time between injections (h).' },
  { kind: 'number', key: 'fractionIntervalH', label: 'Fraction interval', unit: 'h', default: 24, min: 0.5, max: 2000, step: 0.5, description: 'Time between radiotherapy fractions (h); fraction i is at the irradiation delay + i × this after the first injection.' },
];

/** scenario.setting (extension, optional): 'in-vivo' (the default, the tumour chain) or 'in-vitro' (the plate experiment of scenario.invitro, issue #26). Kept only when given. */
export const SETTINGS = ['in-vivo', 'in-vitro'] as const;
export const SETTING_FIELD: ChoiceField = {
  kind: 'choice',
  key: 'setting',
  label: 'Setting',
  unit: '',
  options: SETTINGS,
  default: 'in-vivo',
  description: 'in-vivo (default) or in-vitro: a plate experiment (scenario.invitro).',
};

/**
 * scenario.invitro (extension, optional; filled with these defaults when scenario.setting is 'in-vitro' or the block is
 * given): the plate experiment. measuredPgPerCell has no default and is kept only when given.
 */
export const INVITRO_FIELDS: readonly FieldDescriptor[] = [
  { kind: 'choice', key: 'cellLine', label: 'Cell line', unit: '', options: CELL_LINE_IDS, default: 'hela', description: 'Cell line (catalog).' },
  { kind: 'choice', key: 'plate', label: 'Plate', unit: '', options: PLATE_IDS, default: '24-well', description: 'Plate format (well area, medium volume).' },
  { kind: 'beam', key: 'beam', label: 'Beam (the plate’s irradiation)', unit: '', default: '225kVp', maxLength: 64, description: 'Optional: the beam the plate was irradiated with (the beam grammar of scenario.beam: 160kVp, 225kVp, 6MV, kvp:<kV>:<filter>, …); absent = the scenario’s beam.' },
  { kind: 'number', key: 'concentrationUgPerMl', label: 'Particle concentration', unit: 'µg/mL', default: 50, min: 0, max: 10000, step: 1, scale: 'log', sweep: { from: 1, to: 500, scale: 'log' }, description: 'Particles in the medium at the start.' },
  { kind: 'number', key: 'incubationH', label: 'Incubation', unit: 'h', default: 24, min: 0, max: 336, step: 1, sweep: { from: 1, to: 72, scale: 'linear' }, description: 'Time with the particles before irradiation.' },
  { kind: 'number', key: 'assayH', label: 'Viability assay hours', unit: 'h', default: 24, min: 0, exclusiveMin: true, max: 336, step: 1, description: 'Optional: how long the viability assay (MTT / CCK-8) exposed the cells to the drug; the released drug is integrated over it for the viability curves and it is the exposure of a viability fit made on this plate. Absent = the incubation.' },
  { kind: 'number', key: 'serumFraction', label: 'Serum fraction', unit: '1', default: 0.1, min: 0, max: 1, step: 0.01, description: 'Serum volume fraction (0.1 = 10 % FBS).' },
  { kind: 'number', key: 'temperatureC', label: 'Incubation temperature', unit: '°C', default: 37, min: 4, max: 45, step: 0.5, description: 'Incubation temperature.' },
  { kind: 'number', key: 'cellsPerCm2', label: 'Cells per cm²', unit: 'cells/cm²', default: 50000, min: 0, exclusiveMin: true, max: 1e7, step: 1000, scale: 'log', description: 'Cells on the well bottom.' },
  { kind: 'number', key: 'measuredPgPerCell', label: 'Measured uptake', unit: 'pg/cell', default: 1, min: 0, max: 1e5, step: 0.1, description: 'Optional: your ICP-MS value (pg of the measured element per cell); replaces the model’s uptake.' },
  { kind: 'text', key: 'measuredElement', label: 'Measured element', unit: '', default: '', maxLength: 16, pattern: /^(?:[A-Z][a-z]?|particle|)$/, description: 'Optional: the element your ICP-MS measured (a symbol of the particle, e.g. Bi, or "particle" for the whole particle mass); absent = the particle’s highest-Z element.' },
  { kind: 'number', key: 'agglomerateDiameterNm', label: 'Agglomerate diameter', unit: 'nm', default: 200, min: 1, max: 1e5, step: 1, scale: 'log', description: 'Optional: hydrodynamic diameter of agglomerates in the medium (DLS); absent = single particles.' },
  { kind: 'number', key: 'fractalDimension', label: 'Fractal dimension', unit: '1', default: 2.1, min: 1, exclusiveMin: true, max: 3, step: 0.05, description: 'Optional: fractal dimension of the agglomerates (DG; 2.1 when absent).' },
  { kind: 'number', key: 'effectiveDensityGPerCm3', label: 'Effective density', unit: 'g/cm³', default: 1.5, min: 0.5, max: 25, step: 0.01, description: 'Optional: measured effective density of the settling unit (e.g. by the volumetric centrifugation method); replaces the computed one.' },
  { kind: 'number', key: 'bindingKdUgPerMl', label: 'Cell-layer K_D', unit: 'µg/mL', default: 1, min: 0, max: 1e5, step: 0.1, scale: 'log', sweep: { from: 0.01, to: 1000, scale: 'log' }, description: 'Optional: Langmuir dissociation constant of particle binding at the cell layer (DG); absent or 0 = fully absorbing (ISDD). The proposed 1 µg/mL is an assumption (no measured particle–cell K_D found; spread 0.01–100 µg/mL).' },
  { kind: 'number', key: 'bindingCapacityUgPerCm2', label: 'Cell-layer capacity', unit: 'µg/cm²', default: 1, min: 0, exclusiveMin: true, max: 1e5, step: 0.1, scale: 'log', description: 'Optional: binding capacity of the cell layer; absent = a jammed monolayer of the settling unit.' },
  { kind: 'number', key: 'controlAlphaPerGy', label: 'Control α (your fit)', unit: 'Gy⁻¹', default: 0.3, min: 0, exclusiveMin: true, max: 5, step: 0.01, description: 'Optional: the LQ α of your own control arm, fitted to your clonogenic data (In vitro tab, Apply); replaces the cell line’s catalog α in the plate, so the drawn control is your fit.' },
  { kind: 'number', key: 'controlBetaPerGy2', label: 'Control β (your fit)', unit: 'Gy⁻²', default: 0.03, min: 0, max: 1, step: 0.001, description: 'Optional: the LQ β of your own control arm, fitted with its α; replaces the cell line’s catalog β in the plate.' },
];

/** scenario.invitro keys without a written default: kept only when given (the rest are filled with their defaults). */
export const INVITRO_OPTIONAL_KEYS: readonly string[] = ['beam', 'measuredPgPerCell', 'measuredElement', 'agglomerateDiameterNm', 'fractalDimension', 'effectiveDensityGPerCm3', 'bindingKdUgPerMl', 'bindingCapacityUgPerCm2', 'controlAlphaPerGy', 'controlBetaPerGy2', 'assayH'];

/**
 * scenario.outcomeSchedule (extension, optional, no default): the clinical radiotherapy schedule of the outcome model
 * (#16 §3; docs/model/outcome.md) — a schedule id or courses 'ebrt:25x1.8+hdr:4x7'. Read only by the outcome (CLI
 * `outcome`, the Outcome tab); the Scores ignore it. When absent the outcome uses ebrt45-hdr7x4.
 */
export const OUTCOME_SCHEDULE_FIELD: TextField = {
  kind: 'text',
  key: 'outcomeSchedule',
  label: 'Outcome schedule',
  unit: '',
  default: 'ebrt45-hdr7x4',
  maxLength: 200,
  description: "Clinical schedule of the Outcome tab and `cli outcome` (optional): a schedule id or courses like ebrt:25x1.8+hdr:4x7 (docs/model/outcome.md). Does not change the scores.",
};

export const DIAMETER_FIELD: NumberField = {
  kind: 'number',
  key: 'diameterNm',
  label: 'Core diameter',
  unit: 'nm',
  default: 100,
  min: 0,
  exclusiveMin: true,
  max: 5000,
  step: 1,
  scale: 'log',
  sweep: { from: 20, to: 300, scale: 'log' },
  plausible: { min: 1, max: 1000, why: 'nanoparticle cores run from ~1 nm (ultrasmall gold clusters) to ~1 µm; one ZIF-8 unit cell is 1.7 nm' },
  description: 'Equivalent-sphere diameter of the carrier core, without the coat.',
  defaultText: 'the carrier\'s typical size (V1_DEFAULT_DIAMETER_NM)',
};

export const FEED_FIELD: NumberField = {
  kind: 'number',
  key: 'feedMassRatio',
  label: 'Feed ratio',
  unit: 'mg/mg',
  default: 0.1,
  min: 0,
  exclusiveMin: true,
  max: 100,
  step: 0.01,
  scale: 'log',
  sweep: { from: 0.02, to: 1, scale: 'log' },
  description: 'Payload mass fed per mass of carrier during preparation.',
};

export const FRACTION_FIELD: NumberField = {
  kind: 'number',
  key: 'fraction',
  label: 'Membrane fraction',
  unit: '1',
  default: 1,
  min: 0,
  exclusiveMin: true,
  max: 1,
  step: 0.05,
  sweep: { from: 0.05, to: 0.95, scale: 'linear' },
  crossField: true,
  description: 'Share of this membrane in the coat; the shares sum to 1. Missing shares split what is left equally.',
  defaultText: 'what the given fractions leave, split equally among the membranes without one',
};

export const MEMBRANE_RATIO_FIELD: NumberField = {
  kind: 'number',
  key: 'membraneToCoreMassRatio',
  label: 'Membrane : core mass ratio',
  unit: 'mg/mg',
  default: 1.0,
  min: 0,
  max: 100,
  step: 0.1,
  scale: 'log',
  sweep: { from: 0.1, to: 3, scale: 'log' },
  description: 'Membrane protein added per core mass (w/w, as papers report it); sets how completely the core is covered.',
};

/** Tolerance on the sum of membrane fractions. */
export const FRACTION_SUM_TOLERANCE = 0.001;
export const DEFAULT_NAME = 'Untitled formulation';
export const DEFAULT_CORE = 'zif-8';
export const DEFAULT_AGENT = 'in10018';
export const DEFAULT_MEMBRANE = 'hela';

/**
 * Default core diameter (nm) per carrier in version 1, copied from the catalog's defaultDiameterNm when v1 froze: a
 * later catalog change does not move what a v1 file without a diameter means. A new carrier needs its line here (the
 * `satisfies` makes forgetting it a type error).
 */
export const V1_DEFAULT_DIAMETER_NM = {
  none: 1, 'zif-8': 100, 'zif-90': 100, 'mil-100-fe': 150, 'uio-66': 100, 'hf-mof': 100, 'bi-mof': 100, hfo2: 50, gold: 50,
  bi2s3: 50, 'mesoporous-silica': 100, liposome: 100, 'thermosensitive-liposome': 100, plga: 100, 'polymeric-micelle': 40,
  albumin: 130, 'polymer-conjugate': 15, 'iron-oxide': 20, lnp: 90, 'silica-gold-nanoshell': 150,
  'lipid-polymer-hybrid': 100,
} as const satisfies Record<CoreId, number>;

/** Size limits (counts and text lengths) of version 1. */
export const LIMITS = {
  nameLength: 200,
  idLength: 64,
  notesLength: 2000,
  payloads: 8,
  membranes: 8,
  overrides: 200,
  overrideKeyLength: 120,
  loadingCalibrations: 50,
  releaseCalibrations: 50,
  releaseParams: 50,
  viabilityCalibrations: 20,
  formulations: 100,
} as const;

/** The arms of a viability (MTT / CCK-8) calibration (calibrations.viability.arm): what the wells held. */
export const VIABILITY_ARMS = ['drug-alone', 'empty-carrier', 'loaded-carrier'] as const;

/** The local-effect strengths a clonogenic calibration fits (calibrations.localEffect.params): gold's s at the anchor beams of model/physics LOCAL_EFFECT_ANCHOR_BEAMS (a test keeps the two equal). */
export const LOCAL_EFFECT_STRENGTH_KEYS = ['s105kVp', 's220kVp', 's6MV'] as const;

export const NAME_FIELD: TextField = {
  kind: 'text', key: 'name', label: 'Name', unit: '', default: DEFAULT_NAME, maxLength: LIMITS.nameLength,
  description: 'Name of the formulation, shown in the workspace, Compare and reports.',
};

export const CORE_MATERIAL_FIELD: ChoiceField = {
  kind: 'choice', key: 'material', label: 'Carrier material', unit: '', options: CORE_IDS, default: DEFAULT_CORE,
  description: 'The carrier core (catalog id); it sets density, pores, loading and release rules and the default diameter.',
};

export const AGENT_FIELD: ChoiceField = {
  kind: 'choice', key: 'agent', label: 'Agent', unit: '', options: AGENT_IDS, default: DEFAULT_AGENT,
  description: 'The payload: a drug, a nucleic acid or a high-Z radiosensitizer (catalog id).',
};

export const LOADING_MODE_FIELD: ChoiceField = {
  kind: 'choice', key: 'loading', label: 'Loading mode', unit: '', options: LOADING_MODES, default: 'one-pot',
  description: 'How the payload is put into the carrier; the carrier must be able to do it.',
  defaultText: 'the carrier\'s first possible mode (defaultLoadingMode)',
};

/**
 * payloads[].method (#27, optional, added within v1; no default written into a completed formulation): how a polymer
 * particle was made, read by M1.partition (the aqueous volume the drug can escape into). Absent = the carrier's usual
 * method (catalog `partition.defaultMethod`). `default` is what the Builder shows for PLGA when none is given.
 */
export const PREP_METHOD_FIELD: ChoiceField = {
  kind: 'choice', key: 'method', label: 'Preparation method', unit: '', options: PREP_METHODS, default: 'single-emulsion',
  description: 'Polymer particles (PLGA, lipid–polymer hybrid) loaded one-pot only (optional): how the particle was made. Nanoprecipitation (polymer in a water-miscible solvent poured into ≈ 1 mL water per mg polymer), single emulsion (oil in water, ≈ 0.4 mL/mg) or double emulsion (water in oil in water: the inner droplets keep about half of a water-soluble drug). More water lets more of a soluble drug escape; a lipophilic, poorly soluble drug stays in the polymer whichever method.',
  defaultText: 'the carrier\'s usual method (PLGA: single emulsion; lipid–polymer hybrid: nanoprecipitation)',
};

/**
 * payloads[].loadingConcentrationMgPerMl (#27 load4, optional, added within v1; no default written into a completed
 * formulation): the drug concentration of the loading solution for post-synthetic adsorption, read by M1.isotherm
 * (with the feed it gives the carrier concentration of the suspension). Absent = the carrier rule's affinity as it is.
 */
export const LOADING_CONCENTRATION_FIELD: NumberField = {
  kind: 'number', key: 'loadingConcentrationMgPerMl', label: 'Loading concentration', unit: 'mg/mL', default: 1, min: 0.001, max: 100, step: 0.1,
  description: 'Post-loaded payloads only (optional): concentration of the drug solution the carrier is soaked in. With the feed (mg drug per mg carrier) it sets how much carrier is in each mL, c = C₀/feed; at the same ratio a more concentrated suspension leaves less drug in solution and loads more (Langmuir). Default: the affinity of the carrier\'s rule, which stands for ≈ 1 mg carrier per mL.',
  defaultText: 'the carrier rule\'s affinity (≈ 1 mg carrier per mL)',
};

/**
 * payloads[].freeDrugVehicle (#27, optional, added within v1; no default written into a completed formulation): the
 * vehicle the free drug is injected in — a free-drug formulation's own PK, and the comparator of a carrier's plasma AUC
 * ratio (published ratios compare with Taxol, Taxotere, or the drug in saline). Absent = the unformulated drug.
 */
export const FREE_DRUG_VEHICLE_FIELD: ChoiceField = {
  kind: 'choice', key: 'freeDrugVehicle', label: 'Free-drug vehicle', unit: '', options: VEHICLE_IDS, default: 'none',
  description: 'Optional: what the free drug is given in — for a free-drug formulation its own vehicle, for a carrier the comparator its AUC ratios are taken against. Cremophor EL/ethanol (Taxol) entraps paclitaxel in plasma and clears it ≈ 14× slower in mice than the unformulated drug; polysorbate 80/ethanol (Taxotere); none = saline (the unformulated drug). A drug without a measured disposition in the vehicle keeps its own.',
  defaultText: 'none (the unformulated drug in saline)',
};

export const MEMBRANE_SOURCE_FIELD: ChoiceField = {
  kind: 'choice', key: 'source', label: 'Source cells', unit: '', options: MEMBRANE_IDS, default: DEFAULT_MEMBRANE,
  description: 'Cells whose membrane coats the core (catalog id); each source appears at most once.',
};

export const PEG_FIELD: BooleanField = {
  kind: 'boolean', key: 'peg', label: 'PEG (2 kDa) layer', unit: '', default: false,
  description: 'A polyethylene glycol layer on the coat (longer circulation).',
};

/**
 * Composition of the particle's surface (#27; extensions, optional, no default written into a completed formulation:
 * when absent the core's catalog lipid shell and the reference PEG layer apply).
 */
export const LIPID_TM_FIELD: NumberField = {
  kind: 'number', key: 'lipidTmC', label: 'Lipid T_m', unit: '°C', default: 52, min: -30, max: 90, step: 1,
  description: 'Liposome or lipid-shell cores only (optional): main phase-transition temperature of the phospholipid (egg PC ≈ −5 °C, DPPC 41 °C, HSPC ≈ 52 °C, DSPC 55 °C). Above body temperature the bilayer is rigid and circulates longer without PEG. Default: the core\'s catalog lipid.',
};

export const CHOLESTEROL_FIELD: NumberField = {
  kind: 'number', key: 'cholesterolMolPct', label: 'Cholesterol', unit: 'mol %', default: 38, min: 0, max: 60, step: 1,
  description: 'Liposome or lipid-shell cores only (optional): cholesterol in the bilayer, mol % of the lipid (DSPC:cholesterol 2:1 = 33 %). Default: the core\'s catalog composition.',
};

export const COPOLYMER_FIELD: ChoiceField = {
  kind: 'choice', key: 'copolymer', label: 'Copolymer', unit: '', options: COPOLYMER_IDS, default: 'peg-pdlla',
  description: 'Micelle cores only (optional; ignored for other cores, like the lipid fields for non-lipid cores): the block copolymer (catalog id). It sets the CMC and how fast serum proteins extract a physically entrapped drug in blood (Pluronic cores fast, aromatic or cross-linked cores slow). Default: the micelle core\'s class CMC and its M2 serum release.',
};

export const PEG_MW_FIELD: NumberField = {
  kind: 'number', key: 'pegMolecularWeightDa', label: 'PEG chain mass', unit: 'g/mol', default: 2000, min: 200, max: 40000, step: 100,
  description: 'With PEG (optional): molar mass of one PEG chain (Doxil: 2000). Longer chains cover more surface (Flory radius ∝ M^0.6). Default 2000.',
};

export const PEG_DENSITY_FIELD: NumberField = {
  kind: 'number', key: 'pegDensityPerNm2', label: 'PEG grafting density', unit: 'chains/nm²', default: 0.088, min: 0, max: 2, step: 0.01,
  description: 'With PEG (optional): PEG chains per nm² of surface (5 mol % PEG-lipid in a liposome ≈ 0.09). Denser chains stretch from mushroom to brush and shield better. Default 0.088 (the reference particle).',
};

/** A registry entry: a field descriptor and its full path in the formulation ('*' = any list index). */
export type RegisteredField = FieldDescriptor & { path: string };

const at = (prefix: string, f: FieldDescriptor): RegisteredField => ({ ...f, path: `${prefix}${f.key}` });

/**
 * THE field registry: every user-editable field of a formulation, in the order of the completed JSON. Paths use '*' for
 * a list index. Read it with fieldAt(path) for a concrete path ('payloads.2.feedMassRatio').
 */
export const FORMULATION_FIELDS: readonly RegisteredField[] = [
  at('', NAME_FIELD),
  at('core.', CORE_MATERIAL_FIELD),
  at('core.', DIAMETER_FIELD),
  at('core.', LIPID_TM_FIELD),
  at('core.', CHOLESTEROL_FIELD),
  at('core.', COPOLYMER_FIELD),
  at('payloads.*.', AGENT_FIELD),
  at('payloads.*.', LOADING_MODE_FIELD),
  at('payloads.*.', FEED_FIELD),
  at('payloads.*.', PREP_METHOD_FIELD),
  at('payloads.*.', FREE_DRUG_VEHICLE_FIELD),
  at('payloads.*.', LOADING_CONCENTRATION_FIELD),
  at('coating.membranes.*.', MEMBRANE_SOURCE_FIELD),
  at('coating.membranes.*.', FRACTION_FIELD),
  at('coating.', MEMBRANE_RATIO_FIELD),
  at('coating.', PEG_FIELD),
  at('coating.', PEG_MW_FIELD),
  at('coating.', PEG_DENSITY_FIELD),
  ...SCENARIO_FIELDS.map((f) => at('scenario.', f)),
  at('scenario.', INJECTED_CONCENTRATION_FIELD),
  ...SCHEDULE_FIELDS.map((f) => at('scenario.', f)),
  at('scenario.', SETTING_FIELD),
  ...INVITRO_FIELDS.map((f) => at('scenario.invitro.', f)),
  at('scenario.', OUTCOME_SCHEDULE_FIELD),
];

/** Does a concrete path ('payloads.2.feedMassRatio' or its segments) — or the registry path itself — match a registry path ('payloads.*.feedMassRatio')? */
export function matchesFieldPath(pattern: string, path: string | readonly (string | number)[]): boolean {
  const want = pattern.split('.');
  const got = typeof path === 'string' ? path.split('.') : path.map(String);
  return want.length === got.length && want.every((w, i) => (w === '*' ? /^\d+$/.test(got[i]) || got[i] === '*' : w === got[i]));
}

/** The registry entry of a concrete path, or undefined when the path is not a user-editable field. */
export function fieldAt(path: string | readonly (string | number)[]): RegisteredField | undefined {
  return FORMULATION_FIELDS.find((f) => matchesFieldPath(f.path, path));
}

/** Top-level keys whose contents are free-form or not user-editable fields (model overrides, calibrations, data, notes). */
const OPEN_KEYS = new Set(['overrides', 'calibrations', 'measurements', 'notes', 'id', 'schema']);

/**
 * Is `path` a place in a formulation: a registered field, an object or list on the way to one ('coating',
 * 'payloads.0', 'scenario.cells'), or inside a free-form part ('overrides.targeting.uMax')? False for typos such as
 * 'core.diameterNM', which the schema would drop as an unknown key.
 */
export function isFormulationPath(path: string): boolean {
  const segs = path.split('.');
  if (OPEN_KEYS.has(segs[0])) return true;
  return FORMULATION_FIELDS.some((f) => {
    const want = f.path.split('.');
    return segs.length <= want.length && segs.every((g, i) => (want[i] === '*' ? /^\d+$/.test(g) || g === '*' : want[i] === g));
  });
}

/** The number field at a concrete path (throws naming the path when there is none: a programming error). */
export function numberFieldAt(path: string): NumberField & { path: string } {
  const f = fieldAt(path);
  if (!f || f.kind !== 'number') throw new Error(`no number field at ${path} in the field registry`);
  return f;
}

/** '80 nm', '0.3 g', '0.5' (unit '1' and '' are not written). */
export function withFieldUnit(f: FieldDescriptor, v: number | string): string {
  return f.unit && f.unit !== '1' ? `${v} ${f.unit}` : String(v);
}

/** Override keys: dotted ids like 'targeting.uMax' or 'cores.zif-8.release.vRefNmPerH'. */
export const OVERRIDE_KEY = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/;
/** Candidate ids in a workspace. */
export const CANDIDATE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** 'must be > 0 and ≤ 5000 nm' for a number field. */
export function rangeText(f: NumberField): string {
  const unit = f.unit && f.unit !== '1' ? ` ${f.unit}` : '';
  const lo = `${f.exclusiveMin ? '>' : '≥'} ${f.min}`;
  return `must be ${f.integer ? 'a whole number ' : ''}${lo} and ${f.exclusiveMax ? '<' : '≤'} ${f.max}${unit}`;
}

export function inRange(f: NumberField, v: number): boolean {
  return Number.isFinite(v) && (f.exclusiveMin ? v > f.min : v >= f.min) && (f.exclusiveMax ? v < f.max : v <= f.max) && (!f.integer || Number.isInteger(v));
}

// ---------------------------------------------------------------- measurements (extension)

/**
 * formulation.measurements (extension, optional): the measured points a researcher imported in the Calibrate tab, so
 * links, exports and the saved workspace carry the data behind a calibration. Release curves are [time h, cumulative
 * release %] pairs at one pH; loading sets are (feed mg/mg, EE % or LC %) points for one payload. Bounds are the CSV
 * importers' (src/state/release-csv, loading-csv), declared here once and used by both.
 */
export const MEASUREMENT_LIMITS = {
  /** Release curves per formulation (one per pH and payload). */
  releaseCurves: 12,
  /** Points per release curve (the fits need at least 2). */
  releasePointsMin: 2,
  releasePoints: 100,
  /** Loading sets per formulation (one per payload; a formulation has at most 8 payloads). */
  loadingSets: 8,
  loadingPoints: 50,
  labelLength: 120,
} as const;

/**
 * How far outside 0–100 % a measured cumulative release may lie (percentage points): baseline-corrected assays give
 * small negative values early and slightly over 100 % late (calibration error); anything further is a data error.
 */
export const MEASURED_RELEASE_TOLERANCE_PCT = 5;

export const MEASURED_PH_FIELD: NumberField = {
  kind: 'number', key: 'pH', label: 'pH', unit: '', default: 7.4, min: 0, exclusiveMin: true, max: 14,
  description: 'pH of the release medium of this curve.',
};

export const MEASURED_TIME_FIELD: NumberField = {
  kind: 'number', key: 'timeH', label: 'time', unit: 'h', default: 0, min: 0, max: 10_000,
  description: 'Sampling time from the start of the release experiment (hours; ≤ 10,000 h ≈ 14 months).',
};

export const MEASURED_RELEASE_FIELD: NumberField = {
  kind: 'number', key: 'releasedPct', label: 'released', unit: '%', default: 0,
  min: -MEASURED_RELEASE_TOLERANCE_PCT, max: 100 + MEASURED_RELEASE_TOLERANCE_PCT,
  description: 'Cumulative release in percent of the loaded payload (0–100, ±5 points of assay tolerance).',
};

export const MEASURED_EE_FIELD: NumberField = {
  kind: 'number', key: 'encapsulationEfficiencyPct', label: 'EE', unit: '%', default: 50, min: 0, max: 100,
  description: 'Encapsulation efficiency: loaded payload mass / fed payload mass × 100.',
};

export const MEASURED_LC_FIELD: NumberField = {
  kind: 'number', key: 'loadingCapacityPct', label: 'LC', unit: '%', default: 10, min: 0, max: 100, exclusiveMax: true,
  description: 'Loading content: loaded payload mass / (carrier + payload) mass × 100 (below 100).',
};

/**
 * formulation.measurements.bench (extension, optional): the Bench sheet's characterisation checklist as measured on one
 * batch — hydrodynamic size, zeta potential, per payload EE and LC, release at 24 h at the three checklist pHs — shown
 * beside the model's predictions (issue #20). Every value optional; bounds are physical, not the model's.
 */
export const BENCH_SIZE_FIELD: NumberField = {
  kind: 'number', key: 'hydrodynamicDiameterNm', label: 'Hydrodynamic diameter (measured)', unit: 'nm', default: 100, min: 0, exclusiveMin: true, max: 10_000,
  description: 'Z-average hydrodynamic diameter by DLS (nm, > 0 and ≤ 10 000).',
};
export const BENCH_ZETA_FIELD: NumberField = {
  kind: 'number', key: 'zetaPotentialMv', label: 'Zeta potential (measured)', unit: 'mV', default: 0, min: -200, max: 200,
  description: 'Zeta potential by electrophoretic light scattering (mV, −200 to 200).',
};
/** The batch the Bench sheet was made for (dry mass of finished particles); saved with the measured values (added later). */
export const BENCH_BATCH_FIELD: NumberField = {
  kind: 'number', key: 'batchMg', label: 'Batch size', unit: 'mg', default: 10, min: 0, exclusiveMin: true, max: 1_000_000,
  description: 'The batch size the Bench sheet was scaled to: dry mass of finished particles (mg, > 0 and ≤ 1 000 000).',
};
/** The weighed product of the batch (dry, after washing), compared with the batch size (added later). */
export const BENCH_PRODUCT_MASS_FIELD: NumberField = {
  kind: 'number', key: 'productMassMg', label: 'Product mass (measured)', unit: 'mg', default: 10, min: 0, max: 1_000_000,
  description: 'Dry product mass after washing, weighed (mg, ≥ 0 and ≤ 1 000 000).',
};
export const BENCH_EE_FIELD: NumberField = { ...MEASURED_EE_FIELD, label: 'EE (measured)' };
export const BENCH_LC_FIELD: NumberField = { ...MEASURED_LC_FIELD, label: 'LC (measured)' };
export const BENCH_RELEASE_FIELD: NumberField = {
  ...MEASURED_RELEASE_FIELD, key: 'releasedPct', label: 'Released at 24 h (measured)',
  description: 'Cumulative release at 24 h in percent of the loaded payload (0–100, ±5 points of assay tolerance).',
};
/** The pHs of the checklist's 24 h release (the model predicts release at these three). */
export const BENCH_RELEASE_PHS = [7.4, 6.5, 5.0] as const;

/**
 * formulation.measurements.releaseModel (extension, optional): the user's own release model, typed in Calibrate as an
 * expression in t (hours) and named parameters, with per-parameter starting values and bounds, so a link or file carries
 * the model its author fitted. Checked by the mathjs-free grammar gate (src/model/fitting/expression-syntax.ts).
 */
export const RELEASE_MODEL_EXPRESSION_FIELD: TextField = {
  kind: 'text', key: 'expression', label: 'Your own release model', unit: '', default: '', maxLength: CUSTOM_MODEL_LIMITS.maxLength,
  description: 'Cumulative release (%) as an expression in t (h) and named parameters, e.g. Fmax * (1 - exp(-(k*t)^b)); numbers, t, + - * / ^, parentheses and exp, log, log10, sqrt, abs, tanh, min, max, pow.',
};
export const RELEASE_MODEL_PARAM_NAME_FIELD: TextField = {
  kind: 'text', key: 'name', label: 'parameter', unit: '', default: '', pattern: CUSTOM_PARAM_NAME, maxLength: 32,
  description: 'A parameter of the expression (a letter or _ then letters, digits or _).',
};
/** At most this many parameters (the grammar gate's limit). */
export const RELEASE_MODEL_MAX_PARAMS = CUSTOM_MODEL_LIMITS.maxParams;
