// Benchmark of M0 + M1 + M2 (geometry, loading, release scoring) on random candidates: candidates per second, with and without curves/explanations.
// Run: npx tsx scripts/bench-model1.ts [candidates]
import { cpus, loadavg } from 'node:os';
import { CORES } from '../src/catalog/cores';
import { AGENTS } from '../src/catalog/agents';
import { LOADING_ANCHORS } from '../src/catalog/anchors';
import type { AgentProps, CoreProps, LoadingMode, Medium } from '../src/model/entities';
import { computeGeometry } from '../src/model/geometry';
import { computeLoading } from '../src/model/loading';
import { computeRelease } from '../src/model/release';
import { mulberry32 } from '../src/model/rng';


interface Candidate {
  core: CoreProps;
  diameterNm: number;
  coating: { membranes: { fraction: number }[]; membraneToCoreMassRatio: number; peg: boolean } | null;
  payloads: { agent: AgentProps; mode: LoadingMode; feedMassRatio: number }[];
  medium: Medium;
  temperatureC: number;
  halfLifeH: number;
}

function candidates(n: number, seed = 42): Candidate[] {
  const r = mulberry32(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const cores = Object.values(CORES).filter((c) => Object.keys(c.loading).length > 0);
  const agents = Object.values(AGENTS);
  const media: Medium[] = ['buffer', 'pbs', 'serum'];
  return Array.from({ length: n }, () => {
    const core = pick(cores);
    const modes = Object.keys(core.loading) as LoadingMode[];
    const np = 1 + Math.floor(r() * 2);
    const coated = r() < 0.7;
    return {
      core,
      diameterNm: 10 ** (1 + r() * 1.5),
      coating: coated ? { membranes: [{ fraction: 0.5 }, { fraction: 0.5 }], membraneToCoreMassRatio: r() * 2, peg: r() < 0.5 } : null,
      payloads: Array.from({ length: np }, () => ({ agent: pick(agents), mode: pick(modes), feedMassRatio: 10 ** (-2 + r() * 2) })),
      medium: pick(media),
      temperatureC: 37 + r() * 6,
      halfLifeH: 1 + r() * 40,
    };
  });
}

function score(c: Candidate, full: boolean): number {
  const g = computeGeometry({ core: c.core, diameterNm: c.diameterNm, coating: c.coating, explain: full });
  const L = computeLoading({ core: c.core, geometry: g, payloads: c.payloads, anchors: LOADING_ANCHORS, explain: full });
  const R = computeRelease({
    core: c.core,
    diameterNm: c.diameterNm,
    membraneCoverage: g.membraneCoverage,
    medium: c.medium,
    temperatureC: c.temperatureC,
    payloads: c.payloads.map((p, i) => ({ agent: p.agent, mode: p.mode, loadedMgPerMgCarrier: L.payloads[i].loadedMgPerMgCarrier })),
    circulationHalfLifeH: c.halfLifeH,
    explain: full,
    curves: full,
  });
  return L.totalLoadingPct + R.releasedAt24hPct['7.4'] + (R.selectivityIndex ?? 0);
}

function bench(label: string, cs: Candidate[], full: boolean): void {
  let sink = 0;
  for (let i = 0; i < Math.min(2000, cs.length); i++) sink += score(cs[i], full); // warm-up
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (const c of cs) sink += score(c, full);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
  // CPU-time throughput is the figure to compare across runs on a shared machine (wall time includes waiting for a core).
  console.log(
    `${label.padEnd(52)} ${cs.length} candidates: wall ${ms.toFixed(0)} ms → ${fmt((cs.length / ms) * 1000)}/s; CPU ${cpuMs.toFixed(0)} ms → ${fmt((cs.length / cpuMs) * 1000)}/s per core${Number.isFinite(sink) ? '' : ' (NaN!)'}`,
  );
}

const n = Number(process.argv[2] ?? 50000);
console.log(`load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} cores`);
const cs = candidates(n);
bench('M0+M1+M2 summary (no curves, no explanations)', cs, false);
bench('M0+M1+M2 full (49-point curves ×3 pH, explanations)', cs, true);
