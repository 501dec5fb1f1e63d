// Messages between the app and the scoring worker (sweeps, Monte Carlo and inverse design off the main thread). Plain JSON, versionless, in-app only.
import type { ScoreOptions } from '../engine';
import type { CandidateOutcome } from '../engine/sweep';
import type { MonteCarloResult } from '../model/uncertainty';
import type { OptimizeResult } from '../engine/optimize';
import type { OutcomeReport } from '../engine/outcome';

export interface SweepPayload {
  /** `{ base, vary }` as the CLI's sweep file (contract §4). */
  spec: unknown;
  shard?: { i: number; n: number };
  weights?: ScoreOptions['weights'];
  overrides?: ScoreOptions['overrides'];
}

export interface UncertaintyPayload {
  formulation: unknown;
  draws?: number;
  seed?: number | string;
  /** Also band the release curves (each draw scored in full instead of lean: slower, same key-output bands). */
  curves?: boolean;
  weights?: ScoreOptions['weights'];
  overrides?: ScoreOptions['overrides'];
}

export interface OptimizePayload {
  /** A nanoplatform.optimize/1 spec (docs/optimize.md). */
  spec: unknown;
  shard?: { i: number; n: number };
}

/** The Outcome tab's job: the outcome report (curves, explanations) and its Monte Carlo bands. */
export interface OutcomePayload {
  formulation: unknown;
  /** schedule id or compact text ('ebrt:25x1.8+hdr:4x7'); default the standard schedule */
  schedule?: string;
  cisplatin?: boolean;
  /** Monte Carlo draws (0 = none; default 256) */
  draws?: number;
  seed?: number | string;
}

export interface OutcomeJobResult {
  report: OutcomeReport;
  mc: MonteCarloResult | null;
}

export interface SweepResult {
  paths: string[];
  header: string[];
  total: number;
  rows: CandidateOutcome[];
  csv: string;
}

/** 5 / 50 / 95 % of one payload's cumulative release (%) at one pH, on the deterministic curve's time grid (h). */
export interface ReleaseBand {
  agent: string;
  pH: string;
  points: { t: number; p5: number; p50: number; p95: number }[];
}

export type UncertaintyResultMessage = MonteCarloResult & { releaseBands?: ReleaseBand[] };

/** App → worker. `cancel` stops the job with that id at its next chunk boundary. */
export type WorkerRequest =
  | { type: 'sweep'; id: string; payload: SweepPayload }
  | { type: 'uncertainty'; id: string; payload: UncertaintyPayload }
  | { type: 'optimize'; id: string; payload: OptimizePayload }
  | { type: 'outcome'; id: string; payload: OutcomePayload }
  | { type: 'cancel'; id: string };

/** Worker → app. Every job ends with exactly one of result, error or cancelled. */
export type WorkerResponse =
  | { type: 'progress'; id: string; done: number; total: number }
  | { type: 'result'; id: string; kind: 'sweep'; result: SweepResult }
  | { type: 'result'; id: string; kind: 'uncertainty'; result: UncertaintyResultMessage }
  | { type: 'result'; id: string; kind: 'optimize'; result: OptimizeResult }
  | { type: 'result'; id: string; kind: 'outcome'; result: OutcomeJobResult }
  | { type: 'error'; id: string; message: string; issues?: { path: string; message: string }[] }
  | { type: 'cancelled'; id: string; done: number; total: number };
