// Cell-survival curves (Radiation tab): surviving fraction against single dose for control and treated cells — oxic and
// hypoxic compartments and the mixed tumour — rebuilt from the model's own LQ and oxygen functions and the candidate's
// Scores, so the curve at 2 Gy is the engine's SF2 (MODEL.md M4.4–M4.6).
import { fakAlphaFactor, lqSurvival, oxygenModificationFactor, RADIOBIOLOGY_PARAMS, type EngineScores } from '../engine';
import type { RadiobiologyParamKey } from '../model/radiobiology';

/** Everything the two-compartment LQ chain needs, with units in the names. */
export interface SurvivalModelInputs {
  /** Cell LQ coefficients (scenario.cells, or the 'radiobiology.alphaPerGy' / 'betaPerGy2' overrides). */
  alphaPerGy: number;
  betaPerGy2: number;
  /** Macroscopic dose enhancement: the treated arm sees DEF × D. */
  doseEnhancementFactor: number;
  /** Local (sub-cellular) enhancement on α. */
  localEnhancementFactor: number;
  /** FAK occupancy O in [0, 1): α × (1 + ε_FAK O). */
  fakOccupancy: number;
  /** Baseline hypoxic fraction (control arm) and after the drug's hypoxia relief (treated arm). */
  hypoxicFractionControl: number;
  hypoxicFractionTreated: number;
  pO2OxicMmHg: number;
  pO2HypoxicMmHg: number;
  /** Alper–Howard-Flanders maximum OER m and half-effect pO₂ K (mmHg). */
  omfM: number;
  omfKMmHg: number;
  /** Relative α gain at full FAK occupancy. */
  epsFak: number;
}

export type SurvivalArm = 'control' | 'treated';
export type SurvivalCompartment = 'oxic' | 'hypoxic' | 'tumour';

export interface SurvivalRow {
  doseGy: number;
  survival: number;
  arm: SurvivalArm;
  compartment: SurvivalCompartment;
}

/** A radiobiology parameter as the engine resolves it: the formulation's 'radiobiology.<key>' override, else the sourced value. */
function param(overrides: Record<string, number>, key: RadiobiologyParamKey): number {
  const v = overrides[`radiobiology.${key}`];
  return typeof v === 'number' && Number.isFinite(v) ? v : RADIOBIOLOGY_PARAMS[key].value;
}

/**
 * The survival model's inputs for one scored candidate: α, β from its scenario (or overrides), DEF, LEF, FAK occupancy
 * and the treated hypoxic fraction from its Scores, the oxygen and FAK parameters with its overrides. Null when the
 * Scores do not echo a formulation with cell coefficients.
 */
export function survivalInputsFromScores(scores: EngineScores): SurvivalModelInputs | null {
  const f = scores.formulation;
  const cells = f.scenario.cells;
  const o = f.overrides ?? {};
  const alpha = o['radiobiology.alphaPerGy'] ?? cells?.alphaPerGy;
  const beta = o['radiobiology.betaPerGy2'] ?? cells?.betaPerGy2;
  if (typeof alpha !== 'number' || typeof beta !== 'number') return null;
  const rs = scores.radiosensitization;
  return {
    alphaPerGy: alpha,
    betaPerGy2: beta,
    doseEnhancementFactor: rs.doseEnhancementFactor,
    localEnhancementFactor: rs.localEnhancementFactor,
    fakOccupancy: rs.fakOccupancy,
    hypoxicFractionControl: param(o, 'hypoxicFraction'),
    hypoxicFractionTreated: rs.hypoxicFraction,
    pO2OxicMmHg: param(o, 'pO2OxicMmHg'),
    pO2HypoxicMmHg: param(o, 'pO2HypoxicMmHg'),
    omfM: param(o, 'omfM'),
    omfKMmHg: param(o, 'omfKMmHg'),
    epsFak: param(o, 'epsFak'),
  };
}

/** One arm's compartments: α' = α · m · OMF(p), β' = β · OMF(p)², with m = 1 (control) or LEF (1 + ε_FAK O) (treated). */
export function survivalCompartments(inp: SurvivalModelInputs, arm: SurvivalArm) {
  const omfOx = oxygenModificationFactor(inp.pO2OxicMmHg, inp.omfM, inp.omfKMmHg);
  const omfHy = oxygenModificationFactor(inp.pO2HypoxicMmHg, inp.omfM, inp.omfKMmHg);
  const treated = arm === 'treated';
  const m = treated ? inp.localEnhancementFactor * fakAlphaFactor(inp.fakOccupancy, inp.epsFak) : 1;
  const h = treated ? inp.hypoxicFractionTreated : inp.hypoxicFractionControl;
  return {
    /** Dose multiplier: DEF for the treated arm, 1 for control. */
    doseFactor: treated ? inp.doseEnhancementFactor : 1,
    oxic: { fraction: 1 - h, alphaPerGy: inp.alphaPerGy * m * omfOx, betaPerGy2: inp.betaPerGy2 * omfOx * omfOx },
    hypoxic: { fraction: h, alphaPerGy: inp.alphaPerGy * m * omfHy, betaPerGy2: inp.betaPerGy2 * omfHy * omfHy },
  };
}

/** Surviving fraction of one arm and compartment after a single dose D (Gy); 'tumour' = (1 − h) S_oxic + h S_hypoxic. */
export function survivalAt(inp: SurvivalModelInputs, arm: SurvivalArm, compartment: SurvivalCompartment, doseGy: number): number {
  const c = survivalCompartments(inp, arm);
  const d = c.doseFactor * doseGy;
  const sOx = lqSurvival(c.oxic.alphaPerGy, c.oxic.betaPerGy2, d);
  const sHy = lqSurvival(c.hypoxic.alphaPerGy, c.hypoxic.betaPerGy2, d);
  switch (compartment) {
    case 'oxic': return sOx;
    case 'hypoxic': return sHy;
    case 'tumour': return c.oxic.fraction * sOx + c.hypoxic.fraction * sHy;
    default: {
      const never: never = compartment;
      throw new Error(`unknown compartment ${String(never)}`);
    }
  }
}

/**
 * Rows for the survival chart: both arms × (oxic, hypoxic, tumour) on a uniform dose grid 0 … maxDoseGy with `steps`
 * intervals (default 0–10 Gy in 0.1 Gy steps, so 2 Gy is a grid point).
 */
export function survivalCurves(inp: SurvivalModelInputs, maxDoseGy = 10, steps = 100): SurvivalRow[] {
  if (!(maxDoseGy > 0) || !Number.isFinite(maxDoseGy)) throw new RangeError(`maxDoseGy: must be a finite number > 0, got ${maxDoseGy}`);
  if (!Number.isInteger(steps) || steps < 1) throw new RangeError(`steps: must be a whole number ≥ 1, got ${steps}`);
  const rows: SurvivalRow[] = [];
  for (const arm of ['control', 'treated'] as const) {
    for (const compartment of ['oxic', 'hypoxic', 'tumour'] as const) {
      for (let i = 0; i <= steps; i++) {
        const doseGy = (maxDoseGy * i) / steps;
        rows.push({ doseGy, survival: survivalAt(inp, arm, compartment, doseGy), arm, compartment });
      }
    }
  }
  return rows;
}
