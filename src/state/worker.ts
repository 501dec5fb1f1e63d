// One shared scoring-worker client, created on first use (the worker chunk loads only when a sweep or Monte Carlo starts).
import type { ScoreWorkerClient } from '../workers/client';

let client: Promise<ScoreWorkerClient> | null = null;

export function workerClient(): Promise<ScoreWorkerClient> {
  client ??= import('../workers/client').then((m) => m.createScoreWorkerClient());
  return client;
}
