// Derived results: parse + score a candidate synchronously, memoized by the candidate object (results are never stored).
import type { Scores } from '../model/scores';
import type { Candidate } from './types';

export interface Issue { path: string; message: string }

export type Evaluation =
  | { status: 'unavailable'; reason: string }
  | { status: 'invalid'; issues: Issue[]; last: Scores | null }
  | { status: 'error'; message: string; last: Scores | null }
  | { status: 'ok'; scores: Scores; formulation: unknown; ms: number };

const cache = new WeakMap<Candidate, Evaluation>();
const lastGood = new Map<string, Scores>();

/** Score a candidate (cached per candidate object: an edit creates a new object, everything else hits the cache). */
export function evaluateCandidate(c: Candidate): Evaluation {
  const hit = cache.get(c);
  if (hit) return hit;
  const ev = compute(c);
  cache.set(c, ev);
  if (ev.status === 'ok') lastGood.set(c.id, ev.scores);
  return ev;
}

function compute(_c: Candidate): Evaluation {
  return { status: 'unavailable', reason: 'model loading…' };
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
