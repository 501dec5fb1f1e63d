// The threaded sweep (worker_threads running the compiled CLI) writes byte for byte runSweep's CSV: every chunk through workers, mixed with this thread, sharded, and when a worker fails.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PRESETS } from '../catalog';
import { runSweep } from '../engine/sweep';
import { runSweepParallel, sweepThreads, MIN_ROWS_PER_THREAD } from './parallel-sweep';

const ROOT = resolve(__dirname, '..', '..');
const BUNDLE = join(mkdtempSync(join(tmpdir(), 'npd-sweep-threads-')), 'cli.mjs');
const ENTRY = pathToFileURL(BUNDLE);

beforeAll(() => {
  // the workers run the compiled CLI (its entry starts a sweep worker when it sees the worker data), built from these sources
  const b = spawnSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs'), '--outfile', BUNDLE], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  expect(b.status, b.stderr).toBe(0);
}, 120_000);

/** 3 × 9 × 3 × 2 = 162 rows; out-of-range diameters give error rows; peg changes the defaults (parsed per group). */
const SPEC = {
  base: PRESETS['izb-ccm'].formulation,
  vary: {
    'core.diameterNm': [-5, 60, 140],
    'payloads.1.feedMassRatio': { from: 0.01, to: 1, steps: 9, scale: 'log' },
    'coating.membranes.0.fraction': [0.2, 0.5, 1],
    'coating.peg': [false, true],
  },
};

function serial(opts: Parameters<typeof runSweep>[1] = {}): string {
  const r = runSweep(SPEC, opts);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.csv;
}

describe('runSweepParallel', () => {
  it('every chunk written by workers (2 of them, uneven chunks of 7 rows): the serial CSV byte for byte', async () => {
    const r = await runSweepParallel(SPEC, { threads: 3, workerEntry: ENTRY, chunkRows: 7, mainThreadWrites: false });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.workerChunks).toBe(Math.ceil(162 / 7));
    expect(r.csv).toBe(serial());
    expect(r.csv.split('\n').length).toBe(1 + 162 + 1);
  }, 120_000);

  it('this thread and a worker together, a shard with and without header: the serial shard byte for byte', async () => {
    for (const [shard, header] of [[{ i: 1, n: 1 }, true], [{ i: 2, n: 3 }, true], [{ i: 3, n: 3 }, false]] as const) {
      const r = await runSweepParallel(SPEC, { threads: 2, workerEntry: ENTRY, chunkRows: 5, shard, header });
      expect(r.ok && r.csv).toBe(serial({ shard, header }));
    }
  }, 120_000);

  it('a worker that fails leaves its chunks to this thread: same CSV', async () => {
    const broken = new URL('data:text/javascript,throw new Error("no worker here")');
    const r = await runSweepParallel(SPEC, { threads: 2, workerEntry: broken, chunkRows: 11, mainThreadWrites: false });
    expect(r.ok && r.workerChunks).toBe(0);
    expect(r.ok && r.csv).toBe(serial());
  }, 120_000);

  it('an invalid spec gives the planner\'s issues', async () => {
    const r = await runSweepParallel({ base: {}, vary: { 'core.diameterNm': { from: 1, to: 2 } } }, { threads: 2, workerEntry: ENTRY });
    expect(r.ok).toBe(false);
  });
});

describe('sweepThreads', () => {
  it('auto: one thread per idle core, none for a small sweep; a requested count is kept but never exceeds the chunks', () => {
    expect(sweepThreads('auto', 10_000, 2, 0.2)).toBe(2);
    expect(sweepThreads('auto', 10_000, 2, 1.4)).toBe(2);
    expect(sweepThreads('auto', 10_000, 2, 1.6)).toBe(1);
    expect(sweepThreads('auto', 10_000, 2, 15)).toBe(1);
    expect(sweepThreads('auto', 2 * MIN_ROWS_PER_THREAD - 1, 8, 0)).toBe(1);
    expect(sweepThreads('auto', 1_000_000, 16, 0)).toBe(4);
    expect(sweepThreads(3, 10_000)).toBe(3);
    expect(sweepThreads(8, 300)).toBe(2);
    expect(sweepThreads(1, 1_000_000)).toBe(1);
  });
});
