// The app's one scoring-worker client, created on first use (the worker chunk loads only when a sweep or Monte Carlo starts).
import type { ScoreWorkerClient } from './client';

let client: Promise<ScoreWorkerClient> | null = null;

export function workerClient(): Promise<ScoreWorkerClient> {
  client ??= import('./client').then((m) => m.createScoreWorkerClient());
  return client;
}
