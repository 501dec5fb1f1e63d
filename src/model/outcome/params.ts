// Sourced parameters of the outcome model (Poisson TCP, inter-patient heterogeneity, repopulation, concurrent cisplatin); each can be overridden as 'outcome.<key>'.
import { param, type Param } from '../param';

/**
 * Clonogen number and σ_α are FITTED (docs/model/outcome.md "Calibration"): chosen so that the population TCP of the
 * standard schedule reproduces the cited clinical dose–response points (calibration.ts, tested in calibration.test.ts).
 * They are fitted together with the other defaults here and with the radiobiology defaults (α 0.25 Gy⁻¹, α/β 10 Gy,
 * 30 % hypoxic at 2 mmHg): change one and the fit no longer holds.
 */
export const OUTCOME_PARAMS = {
  clonogens: param(4000, '1', 'fitted to clinical local control (Mazeron 2015, read; docs/model/outcome.md); effective, not a cell count', 'fitted', {
    spread: { kind: 'lognormal', gsd: 2 },
    min: 1,
    max: 1e13,
    label: 'clonogens N₀ (effective)',
  }),
  sigmaAlphaPerGy: param(0.11, 'Gy⁻¹', 'fitted with N₀ (docs/model/outcome.md)', 'fitted', {
    spread: { kind: 'uniform', min: 0.09, max: 0.13 },
    min: 0,
    max: 1,
    label: 'σ_α (inter-patient)',
  }),
  kickoffDays: param(21, 'd', 'assumption (Withers 1988, recalled)', 'assumption', {
    spread: { kind: 'uniform', min: 14, max: 28 },
    min: 0,
    max: 100,
    label: 'kick-off time T_k',
  }),
  doublingDays: param(5, 'd', 'assumption, checked against Petereit 1995 (read)', 'assumption', {
    spread: { kind: 'uniform', min: 3, max: 8 },
    min: 0.5,
    max: 100,
    label: 'doubling time T_d',
  }),
  cisplatinBedGy: param(9.2, 'Gy', 'Plataniotis & Dale, IJROBP 2008 (recalled, to verify)', 'published', {
    verify: true,
    spread: { kind: 'uniform', min: 5, max: 13 },
    min: 0,
    max: 40,
    label: 'cisplatin BED_c',
  }),
  alphaBetaGy: param(10, 'Gy', 'assumption: clinical convention', 'assumption', { min: 0.5, max: 50, label: 'α/β (EQD2)' }),
} satisfies Record<string, Param>;

export type OutcomeParamKey = keyof typeof OUTCOME_PARAMS;
export const OUTCOME_PARAM_KEYS = Object.keys(OUTCOME_PARAMS) as OutcomeParamKey[];

/** The value of an outcome parameter: override (by 'outcome.<key>' or '<key>') when finite, else the sourced value. */
export function outcomeParam(key: OutcomeParamKey, overrides?: Readonly<Record<string, number>>): number {
  const v = overrides?.[`outcome.${key}`] ?? overrides?.[key];
  return v !== undefined && Number.isFinite(v) ? v : OUTCOME_PARAMS[key].value;
}
