// Typed client of the scoring worker: start a sweep, Monte Carlo, inverse-design or outcome job, follow its progress, await its result, cancel it.
import type { OptimizePayload, OutcomeJobResult, OutcomePayload, SweepPayload, SweepResult, UncertaintyPayload, UncertaintyResultMessage, WorkerRequest, WorkerResponse } from './protocol';
import type { OptimizeResult } from '../engine/optimize';

/** What the client needs from a Worker (a real Worker, or a test double). */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  addEventListener(type: 'message', listener: (e: { data: WorkerResponse }) => void): void;
  terminate?(): void;
}

export class JobCancelledError extends Error {
  constructor(readonly id: string) {
    super(`job ${id} was cancelled`);
    this.name = 'JobCancelledError';
  }
}

export class JobError extends Error {
  constructor(
    message: string,
    readonly issues?: { path: string; message: string }[],
  ) {
    super(message);
    this.name = 'JobError';
  }
}

export interface Job<T> {
  id: string;
  /** Resolves with the result; rejects with JobCancelledError or JobError. */
  result: Promise<T>;
  cancel(): void;
}

export interface JobOptions {
  onProgress?: (done: number, total: number) => void;
  /** Aborting the signal cancels the job. */
  signal?: AbortSignal;
}

export interface ScoreWorkerClient {
  sweep(payload: SweepPayload, opts?: JobOptions): Job<SweepResult>;
  uncertainty(payload: UncertaintyPayload, opts?: JobOptions): Job<UncertaintyResultMessage>;
  /** Inverse design (NSGA-II): progress in generations; the result is the front (OptimizeResult). */
  optimize(payload: OptimizePayload, opts?: JobOptions): Job<OptimizeResult>;
  outcome(payload: OutcomePayload, opts?: JobOptions): Job<OutcomeJobResult>;
  cancel(id: string): void;
  terminate(): void;
}

/** Create the client. Without an argument it starts src/workers/score.worker.ts as a module worker (Vite bundles it). */
export function createScoreWorkerClient(worker?: WorkerLike): ScoreWorkerClient {
  const w: WorkerLike = worker ?? new Worker(new URL('./score.worker.ts', import.meta.url), { type: 'module' });
  let seq = 0;
  const pending = new Map<string, { resolve: (v: unknown) => void; reject: (e: Error) => void; onProgress?: JobOptions['onProgress'] }>();
  w.addEventListener('message', (e) => {
    const m = e.data;
    const p = pending.get(m.id);
    if (!p) return;
    switch (m.type) {
      case 'progress':
        p.onProgress?.(m.done, m.total);
        return;
      case 'result':
        pending.delete(m.id);
        p.resolve(m.result);
        return;
      case 'error':
        pending.delete(m.id);
        p.reject(new JobError(m.message, m.issues));
        return;
      case 'cancelled':
        pending.delete(m.id);
        p.reject(new JobCancelledError(m.id));
        return;
    }
  });
  const cancel = (id: string) => w.postMessage({ type: 'cancel', id });
  function start<T>(req: (id: string) => WorkerRequest, opts: JobOptions = {}): Job<T> {
    const id = `job-${++seq}`;
    const result = new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onProgress: opts.onProgress });
    });
    if (opts.signal) {
      if (opts.signal.aborted) queueMicrotask(() => cancel(id));
      else opts.signal.addEventListener('abort', () => cancel(id), { once: true });
    }
    w.postMessage(req(id));
    return { id, result, cancel: () => cancel(id) };
  }
  return {
    sweep: (payload, opts) => start<SweepResult>((id) => ({ type: 'sweep', id, payload }), opts),
    uncertainty: (payload, opts) => start<UncertaintyResultMessage>((id) => ({ type: 'uncertainty', id, payload }), opts),
    optimize: (payload, opts) => start<OptimizeResult>((id) => ({ type: 'optimize', id, payload }), opts),
    outcome: (payload, opts) => start<OutcomeJobResult>((id) => ({ type: 'outcome', id, payload }), opts),
    cancel,
    terminate() {
      for (const [id, p] of pending) p.reject(new JobCancelledError(id));
      pending.clear();
      w.terminate?.();
    },
  };
}
