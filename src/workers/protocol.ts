// Messages between the app and the scoring worker (sweeps and Monte Carlo off the main thread). Plain JSON, versionless, in-app only.
import type { ScoreOptions } from '../engine';
import type { CandidateOutcome } from '../engine/sweep';
import type { MonteCarloResult } from '../model/uncertainty';

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
  weights?: ScoreOptions['weights'];
  overrides?: ScoreOptions['overrides'];
}

export interface SweepResult {
  paths: string[];
  header: string[];
  total: number;
  rows: CandidateOutcome[];
  csv: string;
}

export type UncertaintyResultMessage = MonteCarloResult;

/** App → worker. `cancel` stops the job with that id at its next chunk boundary. */
export type WorkerRequest =
  | { type: 'sweep'; id: string; payload: SweepPayload }
  | { type: 'uncertainty'; id: string; payload: UncertaintyPayload }
  | { type: 'cancel'; id: string };

/** Worker → app. Every job ends with exactly one of result, error or cancelled. */
export type WorkerResponse =
  | { type: 'progress'; id: string; done: number; total: number }
  | { type: 'result'; id: string; kind: 'sweep'; result: SweepResult }
  | { type: 'result'; id: string; kind: 'uncertainty'; result: UncertaintyResultMessage }
  | { type: 'error'; id: string; message: string; issues?: { path: string; message: string }[] }
  | { type: 'cancelled'; id: string; done: number; total: number };
