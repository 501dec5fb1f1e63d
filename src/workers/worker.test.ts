// Worker protocol through the real handler and client (no Worker global needed): progress, results equal to the engine's, cancel, errors.
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../catalog';
import { runSweep, uncertainty } from '../engine';
import { createScoreWorkerClient, JobCancelledError, JobError, type WorkerLike } from './client';
import { createWorkerHandler } from './handler';
import type { WorkerRequest, WorkerResponse } from './protocol';

/** An in-process Worker double: messages cross asynchronously, like postMessage. */
function fakeWorker(chunk = 4): WorkerLike {
  const listeners: ((e: { data: WorkerResponse }) => void)[] = [];
  const handle = createWorkerHandler((m) => setTimeout(() => listeners.forEach((l) => l({ data: structuredClone(m) })), 0), { chunk, progressIntervalMs: 0 });
  return {
    postMessage: (m: WorkerRequest) => setTimeout(() => void handle(structuredClone(m)), 0),
    addEventListener: (_t, l) => listeners.push(l),
  };
}

const spec = { base: PRESETS['izb-ccm'].formulation, vary: { 'core.diameterNm': { from: 80, to: 160, steps: 3 }, 'scenario.doseMgPerKg': [5, 10, -1] } };

describe('score worker', () => {
  it('sweep: progress events, then the same CSV as the engine', async () => {
    const client = createScoreWorkerClient(fakeWorker());
    const seen: number[] = [];
    const r = await client.sweep({ spec }, { onProgress: (d, t) => (expect(t).toBe(9), seen.push(d)) }).result;
    expect(seen[0]).toBe(0);
    expect(seen[seen.length - 1]).toBe(9);
    const ref = runSweep(spec);
    expect(ref.ok && r.csv).toBe(ref.ok && ref.csv);
    expect(r.rows.filter((x) => x.error)).toHaveLength(3);
  }, 60_000);
  it('uncertainty: equals the synchronous engine run with the same seed', async () => {
    const client = createScoreWorkerClient(fakeWorker(8));
    const r = await client.uncertainty({ formulation: PRESETS['izb-ccm'].formulation, draws: 24, seed: 5 }).result;
    const ref = uncertainty(PRESETS['izb-ccm'].formulation, { draws: 24, seed: 5 });
    expect(r.bands).toEqual(ref.bands);
    expect(r.sensitivity).toEqual(ref.sensitivity);
  }, 60_000);
  it('cancel by id rejects with JobCancelledError; invalid input rejects with JobError and issues', async () => {
    const client = createScoreWorkerClient(fakeWorker(2));
    const job = client.uncertainty({ formulation: PRESETS['izb-ccm'].formulation, draws: 200, seed: 1 }, { onProgress: (d) => d >= 2 && job.cancel() });
    await expect(job.result).rejects.toBeInstanceOf(JobCancelledError);
    const bad = client.uncertainty({ formulation: { core: { material: 'nope' } } });
    await expect(bad.result).rejects.toBeInstanceOf(JobError);
    await bad.result.catch((e: JobError) => expect(e.issues?.[0].path).toBe('core.material'));
    const badSweep = client.sweep({ spec: { base: {}, vary: { x: 3 } } });
    await expect(badSweep.result).rejects.toThrow(/vary\.x/);
  }, 60_000);
});
