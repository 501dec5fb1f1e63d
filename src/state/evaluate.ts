// Derived results: parse + score a candidate synchronously, memoized by the candidate object (results are never stored).
import { parseFormulation, type Formulation, type Issue } from '../schema';
import { CATALOG_LOOKUP, scoreCompleted, type EngineScores as Scores } from '../engine';
import type { Candidate } from './types';
import { recordEval } from './perf';

export type { Issue };


export type Evaluation =
  | { status: 'unavailable'; reason: string }
  /** `lastFormulation`: the last valid (completed) formulation of this candidate, what is saved while the edit is invalid. */
  | { status: 'invalid'; issues: Issue[]; last: Scores | null; lastFormulation: Formulation | null }
  /** Valid but the engine could not score it (e.g. a tumour so small the concentrations exceed the tissue): kept and saved as is. */
  | { status: 'error'; message: string; last: Scores | null; formulation: Formulation }
  | { status: 'ok'; scores: Scores; formulation: Formulation; ms: number };

const cache = new WeakMap<Candidate, Evaluation>();
const lastGood = new Map<string, Scores>();
const lastValid = new Map<string, Formulation>();

/** Score a candidate (cached per candidate object: an edit creates a new object, everything else hits the cache). */
export function evaluateCandidate(c: Candidate): Evaluation {
  const hit = cache.get(c);
  if (hit) return hit;
  const t0 = typeof performance !== 'undefined' ? performance.now() : 0;
  const ev = compute(c);
  if (t0) recordEval(performance.now() - t0);
  cache.set(c, ev);
  if (ev.status === 'ok') lastGood.set(c.id, ev.scores);
  if (ev.status === 'ok' || ev.status === 'error') lastValid.set(c.id, ev.formulation);
  return ev;
}

/** Parsed ahead of scoring (start-up: parse and score run in separate tasks, #21), consumed by the evaluation. */
const parsedAhead = new WeakMap<Candidate, ReturnType<typeof parseFormulation>>();

/**
 * Parse a candidate now and keep the result for its evaluation: lets start-up split the first evaluation into two
 * shorter main-thread tasks (parse, then score). Results are identical to evaluateCandidate's own parse.
 */
export function parseAhead(c: Candidate): void {
  if (!cache.has(c) && !parsedAhead.has(c)) parsedAhead.set(c, parseFormulation(c.draft));
}

function compute(c: Candidate): Evaluation {
  const parsed = parsedAhead.get(c) ?? parseFormulation(c.draft);
  parsedAhead.delete(c);
  if (!parsed.ok) return { status: 'invalid', issues: parsed.issues, last: lastGood.get(c.id) ?? null, lastFormulation: lastValid.get(c.id) ?? null };
  const t0 = performance.now();
  try {
    const scores = scoreCompleted(parsed.value, CATALOG_LOOKUP);
    return { status: 'ok', scores, formulation: parsed.value, ms: performance.now() - t0 };
  } catch (e) {
    return { status: 'error', message: e instanceof Error ? e.message : String(e), last: lastGood.get(c.id) ?? null, formulation: parsed.value };
  }
}

export function scoresOf(ev: Evaluation): Scores | null {
  switch (ev.status) {
    case 'ok':
      return ev.scores;
    case 'invalid':
    case 'error':
      return ev.last;
    case 'unavailable':
      return null;
  }
}

export function lastScores(id: string): Scores | null {
  return lastGood.get(id) ?? null;
}

/** The formulation to save and share for an evaluation: the valid one, or the last valid one while an edit is invalid. */
export function savedFormulationOf(ev: Evaluation): Formulation | null {
  switch (ev.status) {
    case 'ok':
    case 'error':
      return ev.formulation;
    case 'invalid':
      return ev.lastFormulation;
    case 'unavailable':
      return null;
  }
}
