// The outputs a user can sort, rank, plot or sweep: a path into Scores, a label, a unit and which direction is better.
import type { Scores } from '../model/scores';

/** A released or leaked percentage is written with one decimal everywhere (walk11 #10; ui/format's RELEASED_PCT_DECIMALS, which charts may not import). */
const RELEASED_PCT_DECIMALS = 1;

export interface Metric {
  key: string;
  label: string;
  unit: string;
  better: 'higher' | 'lower';
  digits?: number;
  /** Fixed decimals instead of significant figures (a released percentage: one decimal everywhere, walk11 #10). */
  decimals?: number;
}

export const METRICS: readonly Metric[] = [
  { key: 'score.overall', label: 'Overall score', unit: '/100', better: 'higher' },
  { key: 'score.components.loading', label: 'Loading desirability', unit: '/100', better: 'higher' },
  { key: 'score.components.release', label: 'Release desirability', unit: '/100', better: 'higher' },
  { key: 'score.components.targeting', label: 'Targeting desirability', unit: '/100', better: 'higher' },
  { key: 'score.components.radiosensitization', label: 'Radiosensitization desirability', unit: '/100', better: 'higher' },
  { key: 'score.components.safety', label: 'Safety desirability', unit: '/100', better: 'higher' },
  { key: 'loading.totalLoadingPct', label: 'Total loading', unit: 'wt %', better: 'higher' },
  { key: 'release.selectivityIndex', label: 'Release selectivity (pH 5.0 / 7.4)', unit: '', better: 'higher' },
  { key: 'release.releasedAt24hPct.7.4', label: 'Released at 24 h, pH 7.4', unit: '%', better: 'lower', decimals: RELEASED_PCT_DECIMALS },
  { key: 'release.releasedAt24hPct.5.0', label: 'Released at 24 h, pH 5.0', unit: '%', better: 'higher', decimals: RELEASED_PCT_DECIMALS },
  { key: 'release.prematureLeakagePct', label: 'Premature leakage', unit: '%', better: 'lower', decimals: RELEASED_PCT_DECIMALS },
  { key: 'targeting.hydrodynamicDiameterNm', label: 'Hydrodynamic diameter', unit: 'nm', better: 'lower' },
  { key: 'targeting.circulationHalfLifeH', label: 'Circulation half-life', unit: 'h', better: 'higher' },
  { key: 'targeting.tumorDeliveryPctID', label: 'Tumour delivery', unit: '% ID', better: 'higher' },
  { key: 'targeting.tumorCellUptakeIndex', label: 'Tumour-cell uptake index', unit: '× bare', better: 'higher' },
  { key: 'targeting.cafUptakeIndex', label: 'CAF uptake index', unit: '× bare', better: 'higher' },
  { key: 'radiosensitization.doseEnhancementFactor', label: 'Dose enhancement factor (macroscopic)', unit: '', better: 'higher', digits: 5 },
  { key: 'radiosensitization.localEnhancementFactor', label: 'Local enhancement factor', unit: '', better: 'higher', digits: 4 },
  { key: 'radiosensitization.hypoxicFraction', label: 'Hypoxic fraction', unit: '', better: 'lower' },
  { key: 'radiosensitization.sensitizerEnhancementRatio', label: 'Sensitizer enhancement ratio', unit: '', better: 'higher', digits: 4 },
  { key: 'radiosensitization.sf2Treated', label: 'SF2 treated', unit: '', better: 'lower' },
  { key: 'radiosensitization.eqd2GainGy', label: 'EQD2 gain', unit: 'Gy', better: 'higher' },
];

export const METRIC_BY_KEY: Record<string, Metric> = Object.fromEntries(METRICS.map((m) => [m.key, m]));

/** Read a metric from scores; keys like 'release.releasedAt24hPct.7.4' address the pH keys '7.4' / '5.0'. */
export function metricValue(s: Scores | null | undefined, key: string): number | null {
  if (!s) return null;
  const m = /^(.*releasedAt24hPct|.*t50h)\.(\d\.\d)$/.exec(key);
  const parts = m ? [...m[1].split('.'), m[2]] : key.split('.');
  let cur: unknown = s;
  for (const p of parts) {
    if (cur === null || typeof cur !== 'object') return null;
    cur = (cur as Record<string, unknown>)[p];
  }
  return typeof cur === 'number' && Number.isFinite(cur) ? cur : null;
}
