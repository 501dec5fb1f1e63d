// Sourced parameters of the outcome model (Poisson TCP, inter-patient heterogeneity, repopulation, concurrent cisplatin); each can be overridden as 'outcome.<key>'.
import { param, type Param } from '../param';

/**
 * Clonogen number and σ_α are FITTED (docs/model/outcome.md "Calibration"): chosen so that the population TCP of the
 * standard schedule reproduces the cited clinical dose–response points (calibration.ts, tested in calibration.test.ts).
 * They are fitted together with the other defaults here and with the radiobiology defaults (α 0.25 Gy⁻¹, α/β 10 Gy,
 * 30 % hypoxic at 2 mmHg): change one and the fit no longer holds.
 */
export const OUTCOME_PARAMS = {
  clonogens: param(4000, '1', 'fitted: with σ_α, the population TCP of 45 Gy/25 fx + HDR 7 Gy × 4 (boost scaled) reproduces 90 % local control at D90 85 Gy EQD2 with chemotherapy (Mazeron et al., Radiother Oncol 2015 — read) and D50 ≈ 51 Gy EQD2 without (BED₁₀ 61.6 Gy, PMC3561602 — read); an EFFECTIVE number, not a cell count (shallow clinical dose–response; docs/model/outcome.md)', 'fitted', {
    spread: { kind: 'lognormal', gsd: 2 },
    min: 1,
    max: 1e13,
    label: 'clonogens N₀ (effective)',
    description: 'Effective number of clonogenic tumour cells at the start of treatment (Poisson TCP = exp(−N₀ · S · repopulation)); fitted to clinical dose–response together with σ_α.',
  }),
  sigmaAlphaPerGy: param(0.11, 'Gy⁻¹', 'fitted with N₀ (same calibration, docs/model/outcome.md); population fits to clinical data need a wide α spread (Webb & Nahum, Phys Med Biol 1993 — recalled)', 'fitted', {
    spread: { kind: 'uniform', min: 0.09, max: 0.13 },
    min: 0,
    max: 1,
    label: 'σ_α',
    description: 'Inter-patient standard deviation of α (Gaussian, truncated at α > 0; Webb–Nahum population TCP). All compartments of a patient scale by α/ᾱ.',
  }),
  kickoffDays: param(21, 'd', 'assumption: accelerated repopulation starts ≈ 3–4 weeks into treatment (Withers et al., Acta Oncol 1988, head and neck — recalled); cervix-specific onset not measured', 'assumption', {
    spread: { kind: 'uniform', min: 14, max: 28 },
    min: 0,
    max: 100,
    label: 'kick-off time T_k',
    description: 'Day of the course after which surviving clonogens repopulate.',
  }),
  doublingDays: param(5, 'd', 'assumption checked against Petereit et al., IJROBP 1995 (read: pelvic control fell ≈ 0.7 %/day beyond 55 days); the model gives dTCP/dT at the standard schedule in the 0.2–1.5 %/day band (test)', 'assumption', {
    spread: { kind: 'uniform', min: 3, max: 8 },
    min: 0.5,
    max: 100,
    label: 'doubling time T_d',
    description: 'Effective clonogen doubling time during treatment after T_k (repopulation factor exp(ln 2 · max(0, T − T_k) / T_d)).',
  }),
  cisplatinBedGy: param(9.2, 'Gy', 'Plataniotis & Dale, IJROBP 2008: chemotherapy-equivalent BED of concurrent cisplatin in cervical cancer trials ≈ 9 Gy₁₀ (recalled, to verify); modelled as independent cell kill exp(−α·BED_c) (Jones & Dale, BJR 2005 — read, concept)', 'published', {
    verify: true,
    spread: { kind: 'uniform', min: 5, max: 13 },
    min: 0,
    max: 40,
    label: 'cisplatin BED_c',
    description: 'Radiation-equivalent BED of concurrent weekly cisplatin (applied when the option is on, to control and candidate alike).',
  }),
  alphaBetaGy: param(10, 'Gy', 'clinical convention α/β = 10 Gy for cervical-cancer EQD2 (GEC-ESTRO recommendations, Pötter et al. 2006 — recalled)', 'assumption', { min: 0.5, max: 50, label: 'α/β (EQD2 axis)', description: 'α/β used for the EQD2 of schedules and the dose axis of the dose–response curve.' }),
} satisfies Record<string, Param>;

export type OutcomeParamKey = keyof typeof OUTCOME_PARAMS;
export const OUTCOME_PARAM_KEYS = Object.keys(OUTCOME_PARAMS) as OutcomeParamKey[];

/** The value of an outcome parameter: override (by 'outcome.<key>' or '<key>') when finite, else the sourced value. */
export function outcomeParam(key: OutcomeParamKey, overrides?: Readonly<Record<string, number>>): number {
  const v = overrides?.[`outcome.${key}`] ?? overrides?.[key];
  return v !== undefined && Number.isFinite(v) ? v : OUTCOME_PARAMS[key].value;
}
