// Inverse-design bench (issue #19): NSGA-II on IZB@CCM's design (size, two feeds, membrane mix, coat ratio, PEG; 3 objectives, a size limit) through the worker's job handler — wall and CPU time, candidates/s — for 100 × 50 and 64 × 30.
import { cpus, loadavg } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { PRESETS } from '../src/catalog';
import { createWorkerHandler } from '../src/workers/handler';
import type { WorkerResponse } from '../src/workers/protocol';

const spec = (population: number, generations: number, seed = 1) => ({
  schema: 'nanoplatform.optimize/1',
  base: PRESETS['izb-ccm'].formulation,
  objectives: [
    { output: 'loading.totalLoadingPct', direction: 'max' },
    { output: 'release.selectivityIndex', direction: 'max' },
    { output: 'radiosensitization.sensitizerEnhancementRatio', direction: 'max' },
  ],
  constraints: [{ output: 'geometry.hydrodynamicDiameterNm', min: 50, max: 200 }],
  population,
  generations,
  seed,
});

/** One run through the worker's handler (the code the Web Worker runs; yields are immediate microtasks here). */
async function run(population: number, generations: number, seed: number) {
  let result: Extract<WorkerResponse, { type: 'result' }> | null = null;
  const handle = createWorkerHandler((m) => { if (m.type === 'result') result = m as typeof result; if (m.type === 'error') throw new Error(m.message); }, { yieldFn: () => Promise.resolve(), progressIntervalMs: 1e9 });
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await handle({ type: 'optimize', id: 'bench', payload: { spec: spec(population, generations, seed) } });
  const wallMs = performance.now() - t0;
  const c = process.cpuUsage(c0);
  const r = (result as unknown as { result: { islands: { evaluations: number }[]; front: unknown[] } }).result;
  return { wallMs, cpuMs: (c.user + c.system) / 1000, evaluations: r.islands[0].evaluations, front: r.front.length };
}

const cases: [number, number][] = [[100, 50], [64, 30]];
const out: Record<string, unknown>[] = [];
await run(32, 5, 99); // warm-up (JIT)
for (const [p, g] of cases) {
  const runs = [];
  for (let k = 0; k < 3; k++) runs.push(await run(p, g, k + 1));
  const best = runs.reduce((a, b) => (b.wallMs < a.wallMs ? b : a));
  const medianWall = runs.map((r) => r.wallMs).sort((a, b) => a - b)[1];
  const minCpu = Math.min(...runs.map((r) => r.cpuMs));
  const row = { case: `${p} × ${g}`, evaluations: best.evaluations, frontPoints: best.front, bestWallMs: +best.wallMs.toFixed(0), medianWallMs: +medianWall.toFixed(0), minCpuMs: +minCpu.toFixed(0), candidatesPerCpuSecond: Math.round(best.evaluations / (minCpu / 1000)) };
  out.push(row);
  console.log(`optimize ${row.case}: ${row.evaluations} candidates, best ${row.bestWallMs} ms wall (median ${row.medianWallMs}), ${row.minCpuMs} ms CPU → ${row.candidatesPerCpuSecond} candidates per CPU-second; front ${row.frontPoints} points`);
}
console.log(`load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} cores (wall times include waiting for a core; CPU time does not)`);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/optimize.json', JSON.stringify({ when: new Date().toISOString(), loadavg: loadavg(), cases: out }, null, 2));
