// Engine input shapes: a completed formulation (contract §1, every default filled) and the entity look-up the engine scores against.
import type { AgentProps, CopolymerProps, CoreProps, LoadingAnchor, MembraneProps, VehicleProps } from '../model/entities';
import type { Formulation } from '../schema';
import type { ComponentId, Scores } from '../model/scores';
import type { RadiosensitizationInputs } from '../model/radiobiology/radiosensitization';

/**
 * The completed formulation as the engine reads it: the schema's completed type (z.infer of the frozen completed v1 zod
 * schema, schema/v1/completed.ts), so a field added there reaches the engine with no second declaration
 * (engine/types.test-d.ts checks they are one type).
 */
export type CompletedFormulation = Formulation;

/** Scores of a completed formulation: the model's Scores with the echoed formulation typed. */
export type EngineScores = Scores<CompletedFormulation>;

/** Where the engine finds catalog entities (the catalog by default; tests may pass fixtures). */
export interface EntityLookup {
  core(id: string): CoreProps;
  agent(id: string): AgentProps;
  membrane(id: string): MembraneProps;
  anchors: readonly LoadingAnchor[];
  /** Micelle copolymers (#27, optional: a look-up without it ignores core.copolymer). */
  copolymer?(id: string): CopolymerProps;
  /** Free-drug vehicles (#27, optional: a look-up without it ignores payloads[].freeDrugVehicle). */
  vehicle?(id: string): VehicleProps;
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
