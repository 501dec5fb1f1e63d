// Worker protocol through the real handler and client (no Worker global needed): progress, results equal to the engine's, cancel, errors.
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../catalog';
import { CATALOG_LOOKUP, resolveFormulation, runSweep, scoreCompleted, uncertainParams, uncertainty } from '../engine';
import { drawOverrides, drawSamples } from '../model/uncertainty';
import { outcomeCompleted, outcomeUncertaintyCompleted } from '../engine/outcome';
import { createScoreWorkerClient, JobCancelledError, JobError, type WorkerLike } from './client';
import { createWorkerHandler } from './handler';
import type { WorkerRequest, WorkerResponse } from './protocol';
import { optimize } from '../engine/optimize';

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

const optSpec = {
  schema: 'nanoplatform.optimize/1',
  base: PRESETS['izb-ccm'].formulation,
  objectives: [{ output: 'loading.totalLoadingPct', direction: 'max' }, { output: 'targeting.tumorDeliveryPctID', direction: 'max' }],
  population: 8,
  generations: 3,
  seed: 2,
};

describe('score worker', () => {
  it('optimize: progress in generations, the same front as the synchronous run; robust adds percentiles; cancel and spec errors', async () => {
    const client = createScoreWorkerClient(fakeWorker());
    const seen: number[] = [];
    const r = await client.optimize({ spec: optSpec }, { onProgress: (d) => seen.push(d) }).result;
    expect(seen[0]).toBe(0);
    expect(seen[seen.length - 1]).toBe(3);
    expect(r.front).toEqual(optimize(optSpec).front);
    const robust = await client.optimize({ spec: { ...optSpec, robust: { draws: 8 } } }).result;
    expect(robust.front.every((p) => p.robust && p.robustRank !== undefined)).toBe(true);
    expect(robust.front.map((p) => p.robust)).toEqual(optimize({ ...optSpec, robust: { draws: 8 } }).front.map((p) => p.robust));
    const job = client.optimize({ spec: { ...optSpec, generations: 200 } });
    job.cancel();
    await expect(job.result).rejects.toBeInstanceOf(JobCancelledError);
    const bad = client.optimize({ spec: { ...optSpec, population: 2 } }).result;
    await expect(bad).rejects.toMatchObject({ issues: [{ path: 'population', message: 'must be ≥ 4' }] });
  }, 60_000);

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
  it('outcome: the report and Monte Carlo equal the synchronous engine run with the same seed', async () => {
    const client = createScoreWorkerClient(fakeWorker(8));
    const r = await client.outcome({ formulation: PRESETS['izb-ccm'].formulation, schedule: 'ebrt:25x1.8+hdr:4x7', draws: 16, seed: 2 }).result;
    const f = resolveFormulation(PRESETS['izb-ccm'].formulation);
    expect(r.report.localControlGain).toBe(outcomeCompleted(f, CATALOG_LOOKUP, { schedule: 'ebrt:25x1.8+hdr:4x7' }).localControlGain);
    expect(r.mc?.bands).toEqual(outcomeUncertaintyCompleted(f, CATALOG_LOOKUP, { schedule: 'ebrt:25x1.8+hdr:4x7', draws: 16, seed: 2 }).bands);
    await expect(client.outcome({ formulation: PRESETS['izb-ccm'].formulation, schedule: 'ebrt:0x2', draws: 4 }).result).rejects.toThrow(/fractions/);
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
  it('uncertainty with curves: same key-output bands; release bands equal percentiles of per-draw curves scored directly', async () => {
    const f = PRESETS['izb-ccm'].formulation;
    const client = createScoreWorkerClient(fakeWorker(8));
    const r = await client.uncertainty({ formulation: f, draws: 20, seed: 3, curves: true }).result;
    const ref = uncertainty(f, { draws: 20, seed: 3 });
    expect(r.bands).toEqual(ref.bands);
    const rb = r.releaseBands!;
    expect(rb.length).toBeGreaterThanOrEqual(3);
    const drug = rb.find((b) => b.agent === 'in10018' && b.pH === '5.0')!;
    expect(drug.points.length).toBeGreaterThan(5);
    for (const b of rb) for (const p of b.points) {
      expect(p.p5).toBeLessThanOrEqual(p.p50);
      expect(p.p50).toBeLessThanOrEqual(p.p95);
    }
    // independent reference: the same 20 draws scored one by one; at 24 h the band is the 5 / 95 % order statistics (type 7)
    const c = resolveFormulation(f);
    const params = uncertainParams(c, CATALOG_LOOKUP, c.overrides ?? {});
    const at = drug.points.reduce((best, p) => (Math.abs(p.t - 24) < Math.abs(best.t - 24) ? p : best));
    const vals = drawSamples(params, 20, 3).map((v) => {
      const s = scoreCompleted(c, CATALOG_LOOKUP, { overrides: { ...(c.overrides ?? {}), ...drawOverrides(params, v) } });
      const curve = s.release.byPayload.find((g) => g.agent === 'in10018')!.curves.find((k) => k.pH.toFixed(1) === '5.0')!;
      return 100 * curve.points.find(([t]) => t === at.t)![1];
    }).sort((a, b) => a - b);
    const q = (p: number) => { const h = (vals.length - 1) * p, lo = Math.floor(h); return vals[lo] + (h - lo) * (vals[Math.min(lo + 1, vals.length - 1)] - vals[lo]); };
    expect(at.p5).toBeCloseTo(q(0.05), 10);
    expect(at.p50).toBeCloseTo(q(0.5), 10);
    expect(at.p95).toBeCloseTo(q(0.95), 10);
  }, 60_000);
});
