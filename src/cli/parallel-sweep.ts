// `sweep` on several threads (node worker_threads): rows in chunks that the threads claim in turn, written in row order — the same bytes as one thread.
import { availableParallelism, loadavg } from 'node:os';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { SWEEP_WORKER } from './sweep-worker-id';
import { planSweep, shardRange, type SweepIssue, type SweepPlan } from '../model/sweep';
import { sweepHeaderLine, sweepRowWriter } from '../engine/sweep';

/**
 * Rows per chunk: small enough that two threads finish within a chunk of each other (~20 ms of work at ~10 µs… 100 µs a
 * row), large enough that claiming one and posting its text back cost nothing next to it.
 */
export const SWEEP_CHUNK_ROWS = 200;

/**
 * Fewest rows per thread: a worker thread costs ~0.1–0.2 s of CPU to start (it loads and initialises the whole CLI bundle,
 * as the process did) and re-learns the sweep's fast-path checks, about 1,000–2,000 rows' worth; below this a sweep is
 * faster on one thread.
 */
export const MIN_ROWS_PER_THREAD = 2500;

/** Threads `auto` uses at most (one per core, the main thread included). */
const MAX_AUTO_THREADS = 4;

interface WorkerInput {
  kind: typeof SWEEP_WORKER;
  spec: unknown;
  start: number;
  end: number;
  chunkRows: number;
  /** Int32Array over it: [0] = the next chunk to claim. */
  counter: SharedArrayBuffer;
}

type WorkerMessage = { chunk: number; text: string } | { done: true };

/**
 * Threads for a sweep of `rows` rows: the requested number (1 = this thread only; never more than chunks), or for 'auto'
 * one per idle core — cores minus the 1-minute load average, rounded, this thread counting as one (the way `make -l`
 * holds back on a busy machine: measured on 2 cores at load ≈ 15, a second thread cost 60 % more CPU and gained no wall
 * time) — up to 4, and at least MIN_ROWS_PER_THREAD rows each.
 */
export function sweepThreads(requested: number | 'auto', rows: number, cores = availableParallelism(), load = loadavg()[0]): number {
  if (requested !== 'auto') return Math.max(1, Math.min(requested, Math.ceil(rows / SWEEP_CHUNK_ROWS) || 1));
  const idle = Math.round(cores - load) + 1;
  return Math.max(1, Math.min(idle, cores, MAX_AUTO_THREADS, Math.floor(rows / MIN_ROWS_PER_THREAD)));
}

/** Chunks [start, end) of the rows, claimed from a shared counter, written by `write`: the loop each thread runs. */
function claimChunks(counter: Int32Array, chunks: number, start: number, end: number, chunkRows: number, write: (chunk: number, from: number, to: number) => void): void {
  for (;;) {
    const c = Atomics.add(counter, 0, 1);
    if (c >= chunks) return;
    const from = start + c * chunkRows;
    write(c, from, Math.min(end, from + chunkRows));
  }
}

export interface ParallelSweepOptions {
  shard?: { i: number; n: number };
  header?: boolean;
  /** Threads in all, this one included (sweepThreads). */
  threads: number;
  /** The module a worker runs: the CLI's entry (it calls runSweepWorker when isSweepWorker()). */
  workerEntry: URL;
  chunkRows?: number;
  /** false: this thread writes only what the workers leave (tests: every chunk through a worker). Default true. */
  mainThreadWrites?: boolean;
}

/**
 * runSweep's CSV on `threads` threads: this thread and threads − 1 workers claim chunks of rows in turn (so a thread that
 * starts late or runs slower on a loaded machine simply takes fewer); the text is joined in row order. A worker that fails
 * or exits leaves its chunks to this thread, so the output never depends on the workers (same bytes as runSweep).
 */
export async function runSweepParallel(spec: unknown, opts: ParallelSweepOptions): Promise<{ ok: true; csv: string; rows: number; total: number; workerChunks: number } | { ok: false; issues: SweepIssue[] }> {
  const p = planSweep(spec);
  if (!p.ok) return p;
  const plan: SweepPlan = p.value;
  const { i, n } = opts.shard ?? { i: 1, n: 1 };
  const { start, end } = shardRange(plan.total, i, n);
  const chunkRows = opts.chunkRows ?? SWEEP_CHUNK_ROWS;
  const chunks = Math.ceil((end - start) / chunkRows);
  const texts = new Array<string | undefined>(chunks);
  const counter = new SharedArrayBuffer(4);
  const claim = new Int32Array(counter);
  const workers: Worker[] = [];
  const settled: Promise<void>[] = [];
  // resolved once every chunk's text is here (checked after this thread's own chunks)
  let allHere: () => void = () => {};
  const complete = new Promise<void>((resolve) => (allHere = resolve));
  let checking = false;
  let workerChunks = 0;
  for (let w = 1; w < opts.threads && w < chunks; w++) {
    const input: WorkerInput = { kind: SWEEP_WORKER, spec, start, end, chunkRows, counter };
    const worker = new Worker(opts.workerEntry, { workerData: input, stdout: true, stderr: true });
    workers.push(worker);
    settled.push(
      new Promise<void>((resolve) => {
        worker.on('message', (m: WorkerMessage) => {
          if ('done' in m) resolve();
          else {
            texts[m.chunk] = m.text;
            workerChunks++;
            if (checking && !texts.includes(undefined)) allHere();
          }
        });
        worker.on('error', () => resolve());
        worker.on('exit', () => resolve());
      }),
    );
  }
  const writer = sweepRowWriter(plan);
  if (opts.mainThreadWrites !== false || workers.length === 0) claimChunks(claim, chunks, start, end, chunkRows, (c, from, to) => (texts[c] = writer.rows(from, to)));
  // every chunk claimed: wait for the workers' last ones, or for every worker to end (a worker still starting claims none and is stopped)
  checking = true;
  if (texts.includes(undefined)) await Promise.race([complete, Promise.all(settled)]);
  for (const worker of workers) void worker.terminate();
  // a chunk a worker claimed and never sent (it failed): written here
  for (let c = 0; c < chunks; c++) if (texts[c] === undefined) texts[c] = writer.rows(start + c * chunkRows, Math.min(end, start + (c + 1) * chunkRows));
  const header = opts.header !== false ? sweepHeaderLine(plan) : '';
  return { ok: true, csv: header + texts.join(''), rows: end - start, total: plan.total, workerChunks };
}

export { isSweepWorker } from './sweep-worker-id';

/** A sweep worker's work: plan the same spec, claim chunks and post each one's text, then 'done'. */
export function runSweepWorker(): void {
  const input = workerData as WorkerInput;
  const port = parentPort!;
  const p = planSweep(input.spec);
  if (p.ok) {
    const writer = sweepRowWriter(p.value);
    const chunks = Math.ceil((input.end - input.start) / input.chunkRows);
    claimChunks(new Int32Array(input.counter), chunks, input.start, input.end, input.chunkRows, (chunk, from, to) => port.postMessage({ chunk, text: writer.rows(from, to) } satisfies WorkerMessage));
  }
  port.postMessage({ done: true } satisfies WorkerMessage);
}
