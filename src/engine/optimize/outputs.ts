// What inverse design can optimise or constrain: score components and key outputs of the Scores JSON (dotted paths), with label, unit and direction hint.
import type { Scores } from '../../model/scores';
import { outcomeArms, rankingValue, type OutcomeArms } from '../outcome';
import { CATALOG_LOOKUP } from '../catalog-lookup';
import type { CompletedFormulation } from '../types';
import { UNCERTAINTY_OUTPUTS } from '../uncertainty';

export interface OptimizeOutput {
  /** Dotted path into the Scores JSON (contract §2), or a derived key documented here. */
  key: string;
  label: string;
  unit: string;
  /** The direction a researcher usually wants (the UI's default when the output is picked as an objective). */
  better: 'max' | 'min';
  /** How a derived output is computed, in words and symbols (outputs that are not Scores fields: the outcome's). */
  equation?: string;
}

/** Every output an objective or a constraint may name (docs/optimize.md lists them). */
export const OPTIMIZE_OUTPUTS: readonly OptimizeOutput[] = [
  { key: 'score.overall', label: 'Overall score', unit: '/100', better: 'max' },
  { key: 'score.components.loading', label: 'Loading desirability', unit: '/100', better: 'max' },
  { key: 'score.components.release', label: 'Release desirability', unit: '/100', better: 'max' },
  { key: 'score.components.targeting', label: 'Targeting desirability', unit: '/100', better: 'max' },
  { key: 'score.components.radiosensitization', label: 'Radiosensitization desirability', unit: '/100', better: 'max' },
  { key: 'score.components.safety', label: 'Safety desirability', unit: '/100', better: 'max' },
  { key: 'loading.totalLoadingPct', label: 'Total loading', unit: 'wt %', better: 'max' },
  { key: 'release.selectivityIndex', label: 'Acid selectivity (release pH 5.0 / 7.4)', unit: '1', better: 'max' },
  { key: 'release.prematureLeakagePct', label: 'Premature leakage', unit: '%', better: 'min' },
  { key: 'targeting.circulationHalfLifeH', label: 'Circulation half-life', unit: 'h', better: 'max' },
  { key: 'targeting.tumorDeliveryPctID', label: 'Tumour delivery', unit: '% ID', better: 'max' },
  { key: 'radiosensitization.doseEnhancementFactor', label: 'Dose enhancement factor', unit: '1', better: 'max' },
  { key: 'radiosensitization.localEnhancementFactor', label: 'Local enhancement factor', unit: '1', better: 'max' },
  { key: 'radiosensitization.hypoxicFraction', label: 'Hypoxic fraction', unit: '1', better: 'min' },
  { key: 'radiosensitization.sensitizerEnhancementRatio', label: 'Sensitizer enhancement ratio (SER)', unit: '1', better: 'max' },
  { key: 'radiosensitization.eqd2GainGy', label: 'EQD2 gain', unit: 'Gy', better: 'max' },
  { key: 'geometry.hydrodynamicDiameterNm', label: 'Hydrodynamic size', unit: 'nm', better: 'min' },
  { key: 'geometry.membraneCoverage', label: 'Membrane coverage', unit: '1', better: 'max' },
  { key: 'radiosensitization.fakOccupancy', label: 'FAK occupancy', unit: '1', better: 'max' },
  { key: 'radiosensitization.highZMgPerGTumor', label: 'High-Z element in tumour (sum)', unit: 'mg/g', better: 'max' },
  // the outcome (#16 §3; docs/model/outcome.md): a clinical course's local control, computed per candidate beside its Scores
  {
    key: 'outcome.localControlGain',
    label: 'Local-control gain, outcome',
    unit: 'probability',
    better: 'max',
    equation: 'gain = TCP_candidate − TCP_control (O6): population Poisson TCP (Webb–Nahum, O5) of the clinical schedule with concurrent cisplatin, control = the cells alone, candidate = each fraction\'s radiosensitization by this formulation at its time (O0–O4)',
  },
  { key: 'outcome.localControlCandidate', label: 'Local control with the candidate, outcome', unit: 'probability', better: 'max', equation: 'TCP_candidate (O5): population Poisson TCP of the clinical schedule with this formulation' },
  { key: 'outcome.recurrenceCandidate', label: 'Local recurrence with the candidate, outcome', unit: 'probability', better: 'min', equation: '1 − TCP_candidate (O5)' },
  {
    key: 'ranking.withLocalControl',
    label: 'Ranking value with local-control gain',
    unit: '/100',
    better: 'max',
    equation: 'R = 100 · exp((Σ w_i ln d_i + w_LC ln d_LC) / (Σ w_i + w_LC)) (R1): the overall score\'s weighted geometric mean with the local-control gain as one more desirability, d_LC = ramp(gain; 0, 0.1), weight w_LC (spec outcome.localControlWeight, default 1)',
  },
];

/** Outputs the outcome computes (not Scores fields): a candidate with one of them as objective or limit runs outcomeArms too. */
export const OUTCOME_OPTIMIZE_OUTPUTS: ReadonlySet<string> = new Set(['outcome.localControlGain', 'outcome.localControlCandidate', 'outcome.recurrenceCandidate', 'ranking.withLocalControl']);

/** Outcome outputs with a Monte Carlo band from the outcome's own Monte Carlo (the robust option); the ranking value has none. */
export const OUTCOME_BANDED_OUTPUTS: ReadonlySet<string> = new Set(['outcome.localControlGain', 'outcome.localControlCandidate', 'outcome.recurrenceCandidate']);

/** Default weight of the local-control gain in 'ranking.withLocalControl': one score component's (the Compare tab's weight starts at 0, which would make R the overall score). */
export const DEFAULT_OPTIMIZE_LOCAL_CONTROL_WEIGHT = 1;

export const OPTIMIZE_OUTPUT_KEYS: readonly string[] = OPTIMIZE_OUTPUTS.map((o) => o.key);

/** Outputs the Monte Carlo bands (the robust option can use their 5th/95th percentiles); the others are deterministic there. */
export const BANDED_OUTPUTS: ReadonlySet<string> = new Set(UNCERTAINTY_OUTPUTS);

export function optimizeOutput(key: string): OptimizeOutput | undefined {
  return OPTIMIZE_OUTPUTS.find((o) => o.key === key);
}

/** The value of one output of a Scores (null when the output does not apply, e.g. selectivity without a payload; null for the outcome outputs, which need outcomeOutputValues). */
export function outputValue(s: Scores, key: string): number | null {
  switch (key) {
    case 'radiosensitization.highZMgPerGTumor': {
      let sum = 0;
      for (const h of s.radiosensitization.highZ) sum += h.mgPerGTumor;
      return sum;
    }
    case 'score.overall':
      return s.score.overall;
    case 'outcome.localControlGain':
    case 'outcome.localControlCandidate':
    case 'outcome.recurrenceCandidate':
    case 'ranking.withLocalControl':
      return null;
    default: {
      let v: unknown = s;
      for (const k of key.split('.')) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
      return typeof v === 'number' && Number.isFinite(v) ? v : null;
    }
  }
}

/** The outcome settings of a spec (schedule, cisplatin, weight of the gain in the ranking value). */
export interface OptimizeOutcomeSettings {
  /** schedule id or compact text (default: the formulation's scenario.outcomeSchedule, else ebrt45-hdr7x4) */
  schedule?: string;
  /** concurrent cisplatin (default true) */
  cisplatin?: boolean;
  /** weight of the local-control gain in 'ranking.withLocalControl' (default 1) */
  localControlWeight?: number;
}

/**
 * The outcome outputs among `keys` for one scored candidate: outcomeArms (the same numbers as the `outcome` command and
 * the Outcome tab) and, for the ranking value, the Compare tab's rankingValue with the candidate's Scores. Throws what
 * the outcome throws (e.g. a bad schedule text naming scenario.outcomeSchedule).
 */
export function outcomeOutputValues(f: CompletedFormulation, s: Scores, keys: readonly string[], settings: OptimizeOutcomeSettings = {}): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  let arms: OutcomeArms | null = null;
  for (const k of keys) {
    if (!OUTCOME_OPTIMIZE_OUTPUTS.has(k)) continue;
    arms ??= outcomeArms(f, CATALOG_LOOKUP, { schedule: settings.schedule, cisplatin: settings.cisplatin });
    let v: number;
    if (k === 'ranking.withLocalControl') v = rankingValue({ overall: s.score.overall, desirability: s.score.desirability, localControlGain: arms.localControlGain, weight: settings.localControlWeight ?? DEFAULT_OPTIMIZE_LOCAL_CONTROL_WEIGHT }).value;
    else v = arms[k.slice('outcome.'.length) as keyof OutcomeArms];
    out[k] = Number.isFinite(v) ? v : null;
  }
  return out;
}
