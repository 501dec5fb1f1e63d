// Engine input shapes: a completed formulation (contract §1, every default filled) and the entity look-up the engine scores against.
import type { AgentProps, CoreProps, LoadingAnchor, LoadingCalibration, LoadingMode, Medium, MembraneProps, PrepMethod } from '../model/entities';
import type { ComponentId } from '../model/scores';
import type { RadiosensitizationInputs } from '../model/radiobiology/radiosensitization';

/** The completed formulation as the engine reads it (structurally what schema's completeFormulation returns). */
export interface CompletedFormulation {
  schema: string;
  name?: string;
  core: { material: string; diameterNm: number };
  payloads: readonly { agent: string; loading: LoadingMode; feedMassRatio: number; method?: PrepMethod }[];
  coating: { membranes: readonly { source: string; fraction: number }[]; membraneToCoreMassRatio: number; peg: boolean } | null;
  scenario: {
    species?: string;
    tumor: string;
    tumorMassG: number;
    route: 'iv' | 'intratumoral';
    intratumoralVolumeFraction?: number;
    /** Intratumoral route: particle concentration of the injected suspension (g/L); when given, the amount is C · vf · V_tumour. */
    injectedConcentrationGPerL?: number;
    doseMgPerKg: number;
    /** What doseMgPerKg counts: 'carrier' (core mass; the default when absent) or 'particle' (whole particle mass). */
    doseBasis?: 'carrier' | 'particle';
    medium: Medium;
    temperatureC: number;
    beam: string;
    irradiationDelayH: number;
    fractionDoseGy: number;
    fractions: number;
    cells: { alphaPerGy: number; betaPerGy2: number };
    /** Treatment timing (extensions): number of injections (default 1), their spacing (h, default 168) and the fraction spacing (h, default 24). */
    injections?: number;
    injectionIntervalH?: number;
    fractionIntervalH?: number;
    /** 'in-vitro': the plate experiment of `invitro` is the setting (issue #26); absent = in vivo. */
    setting?: 'in-vivo' | 'in-vitro';
    invitro?: { cellLine: string; plate: string; concentrationUgPerMl: number; incubationH: number; serumFraction: number; temperatureC: number; cellsPerCm2: number; measuredPgPerCell?: number };
    /** Clinical schedule of the outcome model (optional; read by engine/outcome.ts only). */
    outcomeSchedule?: string;
  };
  /** Parameter overrides by dotted id ('targeting.uMax', 'core.release.vRefNmPerH', 'agent.in10018.freeHalfLifeH', …). */
  overrides?: Record<string, number>;
  calibrations?: { loading?: readonly LoadingCalibration[]; release?: readonly unknown[] } | readonly LoadingCalibration[];
}

/** Where the engine finds catalog entities (the catalog by default; tests may pass fixtures). */
export interface EntityLookup {
  core(id: string): CoreProps;
  agent(id: string): AgentProps;
  membrane(id: string): MembraneProps;
  anchors: readonly LoadingAnchor[];
}

export interface ScoreOptions {
  /** Desirability weights per component (default 1). */
  weights?: Partial<Record<ComponentId, number>>;
  /** Parameter overrides by dotted id; applied on top of the formulation's own `overrides`. */
  overrides?: Record<string, number>;
  /**
   * Fraction times (h after the first injection) at which Scores.pk.fractions reports what each fraction sees (M3.t),
   * for schedules the scenario's regular spacing cannot express (e.g. external beam then a brachytherapy boost). Default:
   * irradiationDelayH + i · fractionIntervalH for i < fractions. The headline SER reads the first of them.
   */
  fractionTimesH?: readonly number[];
  /** Skip explanations and the 49-point release curves (sweeps, Monte Carlo). Scores keys stay present (curves empty). */
  lean?: boolean;
  /**
   * Called with the radiosensitization chain's inputs of this score (M4.2–M4.7), before it runs. The outcome engine
   * (engine/outcome.ts) re-runs the chain with them for each course's beam. Does not change the Scores.
   */
  radiobiologyProbe?: (inputs: RadiosensitizationInputs) => void;
}
