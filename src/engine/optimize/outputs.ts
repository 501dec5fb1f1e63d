// What inverse design can optimise or constrain: score components and key outputs of the Scores JSON (dotted paths), with label, unit and direction hint.
import type { Scores } from '../../model/scores';
import { UNCERTAINTY_OUTPUTS } from '../uncertainty';

export interface OptimizeOutput {
  /** Dotted path into the Scores JSON (contract §2), or a derived key documented here. */
  key: string;
  label: string;
  unit: string;
  /** The direction a researcher usually wants (the UI's default when the output is picked as an objective). */
  better: 'max' | 'min';
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
];

export const OPTIMIZE_OUTPUT_KEYS: readonly string[] = OPTIMIZE_OUTPUTS.map((o) => o.key);

/** Outputs the Monte Carlo bands (the robust option can use their 5th/95th percentiles); the others are deterministic there. */
export const BANDED_OUTPUTS: ReadonlySet<string> = new Set(UNCERTAINTY_OUTPUTS);

export function optimizeOutput(key: string): OptimizeOutput | undefined {
  return OPTIMIZE_OUTPUTS.find((o) => o.key === key);
}

/** The value of one output of a Scores (null when the output does not apply, e.g. selectivity without a payload). */
export function outputValue(s: Scores, key: string): number | null {
  switch (key) {
    case 'radiosensitization.highZMgPerGTumor': {
      let sum = 0;
      for (const h of s.radiosensitization.highZ) sum += h.mgPerGTumor;
      return sum;
    }
    case 'score.overall':
      return s.score.overall;
    default: {
      let v: unknown = s;
      for (const k of key.split('.')) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
      return typeof v === 'number' && Number.isFinite(v) ? v : null;
    }
  }
}
