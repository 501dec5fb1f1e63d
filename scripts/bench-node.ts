// Benchmark of the engine, share and survival-fit paths in one Node thread: one-candidate latency, deterministic
// scoring throughput, a 10,000-candidate sweep, Monte Carlo (256 draws), fit-survival and link encode/decode.
// Run: npx tsx scripts/bench-node.ts   (writes bench-results/node.json; never asserts times: it reports them against the budgets)
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { PRESETS, PRESET_IDS } from '../src/catalog/presets';
import { CATALOG_LOOKUP, resolveFormulation, scoreCompleted, scoreFormulation, uncertainty } from '../src/engine';
import { runSweep } from '../src/engine/sweep';
import { fitSurvival, parseSurvivalCsv } from '../src/model/radiobiology';
import type { Formulation } from '../src/schema/formulation';
import { DIAMETER_FIELD } from '../src/schema';
import { decodeLink, encodeLink } from '../src/share';

/** Budget of the issue "Speed: budgets, benchmarks and a fast first load" (docs/benchmarks.md). */
const BUDGET_SCORE_PER_S = 20_000;

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const q = (xs: number[], p: number) => { const s = sorted(xs); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };
const fmt = (x: number) => Math.round(x).toLocaleString('en-US');

/** Time `fn` `runs` times after `warm` warm-up calls; returns per-call ms samples. `sink` keeps results observable. */
let sink = 0;
function sample(fn: () => unknown, runs: number, warm = Math.min(50, runs)): number[] {
  for (let i = 0; i < warm; i++) observe(fn());
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = fn();
    out.push(performance.now() - t0);
    observe(r);
  }
  return out;
}
function observe(r: unknown): void {
  sink += typeof r === 'string' ? r.length : r && typeof r === 'object' ? 1 : 0;
}

/** Run `fn(i)` for i = 0.. until at least `minMs` of wall time passed; returns calls per second (wall and CPU time). */
function throughput(fn: (i: number) => number, minMs: number, warm = 2000): { calls: number; wallMs: number; cpuMs: number; perSecWall: number; perSecCpu: number } {
  for (let i = 0; i < warm; i++) sink += fn(i); // warm-up (JIT, per-beam caches)
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let calls = 0;
  let wallMs = 0;
  while (wallMs < minMs) {
    for (let k = 0; k < 1000; k++, calls++) sink += fn(calls);
    wallMs = performance.now() - t0;
  }
  const c = process.cpuUsage(cpu0);
  const cpuMs = (c.user + c.system) / 1000;
  return { calls, wallMs, cpuMs, perSecWall: (calls / wallMs) * 1000, perSecCpu: (calls / cpuMs) * 1000 };
}

const stats = (xs: number[]) => ({ medianMs: q(xs, 0.5), p90Ms: q(xs, 0.9), runs: xs.length });
const line = (label: string, s: { medianMs: number; p90Ms: number; runs: number }, unit: 'ms' | 'µs' = 'ms') => {
  const k = unit === 'µs' ? 1000 : 1;
  const d = unit === 'µs' ? 1 : 3;
  console.log(`${label.padEnd(60)} median ${(s.medianMs * k).toFixed(d).padStart(9)} ${unit}, p90 ${(s.medianMs <= s.p90Ms ? s.p90Ms * k : s.medianMs * k).toFixed(d).padStart(9)} ${unit}  (${s.runs} runs)`);
};

console.log(`node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);

// ---- one candidate ------------------------------------------------------------------------------------------------
const izb = PRESETS['izb-ccm'].formulation;
const izbCompleted = resolveFormulation(izb);
const oneFull = stats(sample(() => scoreFormulation(izb), 400));
const oneLean = stats(sample(() => scoreFormulation(izb, { lean: true }), 2000));
line('score one candidate (IZB@CCM: parse + full, curves + explanations)', oneFull);
line('score one candidate (IZB@CCM: parse + lean)', oneLean, 'µs');

// ---- deterministic throughput over varied candidates --------------------------------------------------------------
// Every preset (20 cores, agents, membranes, beams) × 5 diameters × 4 feed ratios, parsed once: the score itself.
const variants: Formulation[] = [];
for (const id of PRESET_IDS) {
  const base = resolveFormulation(PRESETS[id].formulation);
  for (const scale of [0.5, 0.8, 1, 1.3, 2]) {
    for (const feed of [0.5, 0.8, 1, 1.5]) {
      const f = structuredClone(base) as Formulation & { core: { diameterNm: number }; payloads: { feedMassRatio: number }[] };
      f.core.diameterNm = Math.min(DIAMETER_FIELD.max, f.core.diameterNm * scale);
      for (const p of f.payloads) p.feedMassRatio *= feed;
      try { variants.push(resolveFormulation(f)); } catch { /* a variant outside a preset's valid range is skipped */ }
    }
  }
}
const drafts = variants.map((v) => JSON.parse(JSON.stringify(v)) as unknown);
const lean = throughput((i) => scoreCompleted(variants[i % variants.length], CATALOG_LOOKUP, { lean: true }).score.overall, 3000);
const parsed = throughput((i) => scoreFormulation(drafts[i % drafts.length], { lean: true }).score.overall, 3000);
const full = throughput((i) => scoreCompleted(variants[i % variants.length], CATALOG_LOOKUP).score.overall, 2000);
// The same after 20,000 more calls: the optimizing compiler has then finished with the (large) explanation code, which on a
// loaded machine takes seconds of background compilation; the line above still contains part of that warm-up.
const fullSteady = throughput((i) => scoreCompleted(variants[i % variants.length], CATALOG_LOOKUP).score.overall, 2000, 20_000);
const tp = (label: string, t: ReturnType<typeof throughput>, budget?: number) =>
  console.log(`${label.padEnd(60)} ${fmt(t.perSecWall).padStart(9)} /s wall, ${fmt(t.perSecCpu).padStart(9)} /s CPU (${t.calls} calls)${budget ? `  budget ≥ ${fmt(budget)}/s: ${t.perSecWall >= budget ? 'met' : 'MISSED'}` : ''}`);
tp(`deterministic score, lean (${variants.length} varied candidates)`, lean, BUDGET_SCORE_PER_S);
tp('deterministic score, lean, including parse + complete', parsed);
tp('deterministic score, full (curves + explanations)', full);
tp('deterministic score, full, steady state (after 20,000 warm-up calls)', fullSteady);

// ---- 10,000-candidate sweep (plan → build → parse → score lean → CSV) ---------------------------------------------
const sweepSpec = {
  base: izbCompleted,
  vary: {
    'core.diameterNm': { from: 20, to: 400, steps: 100, scale: 'log' },
    'payloads.1.feedMassRatio': { from: 0.02, to: 1, steps: 100, scale: 'log' },
  },
};
runSweep({ ...sweepSpec, vary: { 'core.diameterNm': [60, 120] } }); // warm-up
const sweepRuns: number[] = [];
let sweepRows = 0;
let sweepErrors = 0;
for (let r = 0; r < 3; r++) {
  const t0 = performance.now();
  const res = runSweep(sweepSpec);
  sweepRuns.push(performance.now() - t0);
  if (!res.ok) throw new Error(`sweep spec rejected: ${JSON.stringify(res.issues)}`);
  sweepRows = res.rows;
  const lines = res.csv.trimEnd().split('\n');
  const errCol = lines[0].split(',').indexOf('error');
  sweepErrors = errCol < 0 ? 0 : lines.slice(1).filter((l) => l.split(',')[errCol]?.length).length;
}
const sweep = { ...stats(sweepRuns), candidates: sweepRows, errors: sweepErrors, perSec: (sweepRows / q(sweepRuns, 0.5)) * 1000 };
console.log(`${`sweep of ${fmt(sweepRows)} candidates (runSweep → CSV)`.padEnd(60)} median ${sweep.medianMs.toFixed(0).padStart(9)} ms → ${fmt(sweep.perSec)}/s (${sweepErrors} error rows, ${sweepRuns.length} runs)`);

// ---- Monte Carlo ---------------------------------------------------------------------------------------------------
// First call (cold: JIT not warmed) and steady state (after 3 warm-up runs), both reported.
const mcCold = stats(sample(() => uncertainty(izb, { draws: 256, seed: 2 }), 1, 0));
line('Monte Carlo, IZB@CCM, 256 draws, first Monte Carlo call', mcCold);
const mc = stats(sample(() => uncertainty(izb, { draws: 256, seed: 1 }), 11, 3));
line('Monte Carlo, IZB@CCM, 256 draws (seed 1), steady state', mc);

// ---- fit-survival ---------------------------------------------------------------------------------------------------
// 12 points of an LQ curve (α 0.25 Gy⁻¹, β 0.025 Gy⁻²) with a fixed ±4 % multiplicative wobble: a realistic clonogenic assay.
const doses = [0, 0.5, 1, 1.5, 2, 3, 4, 5, 6, 7, 8, 10];
const survivalCsv = 'dose,sf\n' + doses.map((d, i) => `${d},${Math.min(1, Math.exp(-(0.25 * d + 0.025 * d * d)) * (1 + 0.04 * Math.sin(2.3 * i + 0.7))).toPrecision(6)}`).join('\n') + '\n';
const survivalPoints = parseSurvivalCsv(survivalCsv);
const fitS = stats(sample(() => fitSurvival(survivalPoints), 20000, 2000));
const fitSCsv = stats(sample(() => fitSurvival(parseSurvivalCsv(survivalCsv)), 20000, 2000));
line('fit-survival, 12 points (LQ, weighted least squares)', fitS, 'µs');
line('fit-survival, 12 points including CSV parse', fitSCsv, 'µs');

// ---- share links ---------------------------------------------------------------------------------------------------
const workspace = { schema: 'nanoplatform.workspace/1', formulations: PRESET_IDS.map((id) => PRESETS[id].formulation) };
const fragOne = encodeLink(izb);
const fragWs = encodeLink(workspace);
const encOne = stats(sample(() => encodeLink(izb), 2000, 200));
const decOne = stats(sample(() => decodeLink(fragOne), 2000, 200));
const encWs = stats(sample(() => encodeLink(workspace), 200, 20));
const decWs = stats(sample(() => decodeLink(fragWs), 200, 20));
const okDec = decodeLink(fragWs);
if (!okDec.ok || okDec.workspace.formulations.length !== PRESET_IDS.length) throw new Error('link round trip failed in the bench');
line(`link encode, one formulation (${fragOne.length} chars)`, encOne, 'µs');
line('link decode, one formulation', decOne, 'µs');
line(`link encode, workspace of ${PRESET_IDS.length} presets (${fragWs.length} chars)`, encWs);
line(`link decode, workspace of ${PRESET_IDS.length} presets`, decWs);

if (!Number.isFinite(sink)) throw new Error('non-finite benchmark sink');

const out = {
  when: new Date().toISOString(),
  node: process.version,
  cpu: cpus()[0]?.model ?? null,
  cores: cpus().length,
  budgets: { scorePerSecond: BUDGET_SCORE_PER_S },
  scoreOne: { full: oneFull, lean: oneLean },
  throughput: { candidates: variants.length, lean, parseAndLean: parsed, full, fullSteady, budgetMet: lean.perSecWall >= BUDGET_SCORE_PER_S },
  sweep,
  monteCarlo256: mc,
  fitSurvival: { fit: fitS, withCsvParse: fitSCsv },
  link: {
    one: { chars: fragOne.length, encode: encOne, decode: decOne },
    workspace: { formulations: PRESET_IDS.length, chars: fragWs.length, encode: encWs, decode: decWs },
  },
};
const dir = join(import.meta.dirname, '..', 'bench-results');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'node.json'), JSON.stringify(out, null, 2) + '\n');
console.log(`wrote ${join('bench-results', 'node.json')}`);
