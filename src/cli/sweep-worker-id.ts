// The sweep worker's marker and entry module: what the CLI's entry needs to know before it loads any command (kept tiny, so start-up parses nothing else).
import { isMainThread, workerData } from 'node:worker_threads';

/** Marks the workerData of a sweep worker (the CLI's entry module starts one instead of the command line when it sees it). */
export const SWEEP_WORKER = 'nanoplatform.sweep-worker/1';

/** True in a thread started by runSweepParallel. */
export function isSweepWorker(): boolean {
  return !isMainThread && (workerData as { kind?: unknown } | null)?.kind === SWEEP_WORKER;
}

/** The module a sweep worker thread runs (the CLI entry registers itself); unset → one thread. */
let workerEntry: URL | undefined;

export function setSweepWorkerEntry(url: URL): void {
  workerEntry = url;
}

export function sweepWorkerEntry(): URL | undefined {
  return workerEntry;
}
