// Human labels for what an explanation names by id: equation ids ('M5.d-targeting'), score limit ids
// ('score.deliveryLowerPctID') and a few symbolic inputs ('∂overall/∂d'); the id stays available as secondary detail.
import { MODEL_PARAMS } from '../engine';

/** Equation id → what it computes, in words (the id itself is shown beside it, small). */
const EQUATION_TITLES: Record<string, string> = {
  'M0.core-mass': 'Mass of one carrier core',
  'M0.full-coat-mass': 'Membrane mass for a full coat',
  'M0.coverage': 'Membrane coverage of the core',
  'M0.hydrodynamic-diameter': 'Hydrodynamic diameter (size in solution)',
  'M0.element-mass-fractions': 'Element mass fractions of the particle',
  'M1.langmuir-competitive': 'Drug loading (competitive Langmuir adsorption)',
  'M1.lattice-doping': 'Loading built into the crystal lattice',
  'M1.loading-content': 'Loading content and encapsulation efficiency',
  'M1.free-drug': 'Free drug (no carrier): loading',
  'M2.release': 'Release kinetics at each pH',
  'M2.release-summary': 'Release summary (selectivity, half-release times)',
  'M2.free-drug': 'Free drug (no carrier): release',
  'M3.surface-clearance': 'Circulation half-life from the surface coat',
  'M3.size-clearance': 'Clearance by size',
  'M3.tumour-delivery': 'Delivery to the tumour',
  'M3.uptake-index': 'Uptake by tumour cells and fibroblasts',
  'M3.payload-delivery': 'Delivery of each payload',
  'M3.t-exposure': 'Tumour and plasma exposure over time',
  'M3.t-compartments': 'Time course in blood, tumour and cells',
  'M3.intratumoral': 'Intratumoral injection',
  'M3.free-drug': 'Free drug (no carrier): delivery',
  'M4.1-element': 'High-Z element concentration in the tumour',
  'M4.1-drug': 'Drug concentration in the tumour',
  'M4.2-def-mixture': 'Dose enhancement by the high-Z elements (DEF)',
  'M4.3-intracellular-mass': 'High-Z mass inside a cell',
  'M4.3-local-effect': 'Nanoscale local effect (LEF)',
  'M4.4-fak-occupancy': 'FAK inhibitor occupancy',
  'M4.4-hypoxia-relief': 'Relief of tumour hypoxia',
  'M4.5-omf': 'Oxygen modification factor',
  'M4.6-lq-two-compartment': 'Cell survival (linear-quadratic, oxic and hypoxic cells)',
  'M4.7-ser': 'Sensitizer enhancement ratio (SER), tumour in vivo',
  'M4.7-eqd2-gain': 'Gain in equivalent dose (EQD2)',
  'M5.desirability': 'Overall score: weighted geometric mean of the five desirabilities',
  'IV0-cell-line': 'In vitro: the cell line’s radiation response (LQ)',
  'IV1-transport': 'In vitro: settling and diffusion to the cells (ISDD / DG)',
  'IV2-uptake': 'In vitro: uptake per cell',
  'IV3-viability': 'In vitro: viability from the released drug',
  'IV4-ser': 'In vitro: clonogenic survival and SER of the cells in the plate',
  'IV5-calibration': 'In vitro: calibration from your clonogenic assay',
  'M5.d-loading': 'Loading score: desirability of the loading capacity',
  'M5.d-release': 'Release score: desirability of the acid selectivity',
  'M5.d-targeting': 'Targeting score: desirability of the tumour delivery',
  'M5.d-radiosensitization': 'Radiosensitization score: desirability of the SER',
  'M5.d-safety': 'Safety score: size window, metal dose and premature leakage',
};

/** The score's limit parameters by override id (SCORE_PARAMS carries no label: the golden corpus freezes its rows). */
const SCORE_LABELS: Record<string, string> = {
  'score.floor': 'Lowest desirability a component can have (floor)',
  'score.loadingLowerPct': 'Loading capacity at which the loading score is 0',
  'score.loadingUpperPct': 'Loading capacity at which the loading score is 100',
  'score.eeLowerPct': 'Encapsulation efficiency at which the loading score reaches 0',
  'score.eeUpperPct': 'Encapsulation efficiency from which wasted feed no longer counts',
  'score.selectivityLower': 'Acid selectivity at which the release score is 0',
  'score.selectivityUpper': 'Acid selectivity at which the release score is 100',
  'score.leakageLowerPct': 'Release at pH 7.4 (24 h) below which there is no leakage penalty',
  'score.leakageUpperPct': 'Release at pH 7.4 (24 h) at which the leakage penalty is full',
  'score.deliveryLowerPctID': 'Tumour delivery at which the targeting score is 0',
  'score.deliveryUpperPctID': 'Tumour delivery at which the targeting score is 100',
  'score.serLower': 'SER at which the radiosensitization score is 0',
  'score.serUpper': 'SER at which the radiosensitization score is 100',
  'score.sizeMinNm': 'Smallest size of the safe size window',
  'score.sizeMaxNm': 'Largest size of the safe size window',
  'score.sizeToleranceFactor': 'How far outside the size window the size score reaches 0',
  'score.metalDoseLowerMgPerKg': 'Systemic metal dose with no safety penalty',
  'score.metalDoseUpperMgPerKg': 'Systemic metal dose at which the metal part of safety is 0',
  'score.prematureLeakLowerPct': 'Leakage in blood with no safety penalty',
  'score.prematureLeakUpperPct': 'Leakage in blood at which the leakage part of safety is 0',
};

const COMPONENT_WORDS: Record<string, string> = {
  loading: 'Loading', release: 'Release', targeting: 'Targeting', radiosensitization: 'Radiosensitization', safety: 'Safety',
};

export interface Labelled {
  /** What the user reads first. */
  label: string;
  /** The id or symbol, shown small beside the label; null when the label is the name itself. */
  id: string | null;
}

export function equationLabel(id: string): Labelled {
  const t = EQUATION_TITLES[id];
  return t ? { label: t, id } : { label: id, id: null };
}

/** A parameter row's name: a score limit or a labelled model parameter by its words; a symbol ('v_ref') stays as it is. */
export function paramLabel(name: string): Labelled {
  const l = SCORE_LABELS[name] ?? MODEL_PARAMS[name]?.label;
  return l ? { label: l, id: name } : { label: name, id: null };
}

/** An input's name: the symbolic ones of the score explanations in words. */
export function inputLabel(name: string): Labelled {
  if (name === '∂overall/∂d (points per unit d)') return { label: 'Overall points gained per unit of this desirability', id: '∂overall/∂d' };
  if (name === 'weight w') return { label: 'Weight in the overall score', id: 'w' };
  const m = /^d_(\w+) \(w = ([^)]+)\)$/.exec(name);
  if (m && COMPONENT_WORDS[m[1]]) return { label: `${COMPONENT_WORDS[m[1]]} desirability (weight ${m[2]})`, id: `d_${m[1]}` };
  return { label: name, id: null };
}
