// The one worker-job hook: start a sweep or Monte Carlo on the shared scoring worker with progress, cancel and an error message (a cancel is not an error).
import { useCallback, useRef, useState } from 'react';
import { workerClient } from '../workers/shared-client';
import type { Job, JobOptions, ScoreWorkerClient } from '../workers/client';

export interface WorkerJob<T> {
  /** Done/total while a job runs; null when idle. */
  progress: { done: number; total: number } | null;
  running: boolean;
  /** The last job's failure (null after a success, a cancel or a new start). */
  error: string | null;
  /** Start a job (`total`: the progress shown before the first report); resolves with its result, or undefined when it failed or was cancelled. */
  run(total: number, start: (client: ScoreWorkerClient, opts: JobOptions) => Job<T>): Promise<T | undefined>;
  cancel(): void;
}

export function useWorkerJob<T>(): WorkerJob<T> {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const job = useRef<Job<T> | null>(null);
  const run = useCallback(async (total: number, start: (client: ScoreWorkerClient, opts: JobOptions) => Job<T>): Promise<T | undefined> => {
    setError(null);
    setProgress({ done: 0, total });
    try {
      const client = await workerClient();
      const j = start(client, { onProgress: (done, t) => setProgress({ done, total: t }) });
      job.current = j;
      return await j.result;
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      if (!/cancelled/.test(msg)) setError(msg);
      return undefined;
    } finally {
      job.current = null;
      setProgress(null);
    }
  }, []);
  const cancel = useCallback(() => job.current?.cancel(), []);
  return { progress, running: progress !== null, error, run, cancel };
}
