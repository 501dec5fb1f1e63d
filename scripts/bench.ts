// `npm run bench`: runs every scripts/bench-*.ts (radiation, fitting, model I, …), measures the engine (candidates/s, Monte Carlo ms), prints a summary table and writes bench-results/latest.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PRESET_IDS, PRESETS } from '../src/catalog';
import { CATALOG_LOOKUP, resolveFormulation, scoreCompleted, uncertainty } from '../src/engine';
import { MODEL_VERSION } from '../src/model/version';
import { outcomeCompleted, outcomeUncertaintyCompleted } from '../src/engine/outcome';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

interface Row {
  bench: string;
  metric: string;
  value: number | string;
  unit: string;
}
const rows: Row[] = [];

// 1. Other engineers' benches, each in its own process (their output is shown, their exit code recorded).
const others = readdirSync(join(root, 'scripts'))
  .filter((f) => /^bench-.+\.ts$/.test(f))
  .sort();
const sub: Record<string, { exitCode: number | null; ms: number; output: string }> = {};
for (const f of others) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', join('scripts', f)], { cwd: root, encoding: 'utf8', timeout: 600_000 });
  const ms = performance.now() - t0;
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  process.stdout.write(`\n── ${f} (exit ${r.status}, ${(ms / 1000).toFixed(1)} s) ──\n${output}`);
  sub[f] = { exitCode: r.status, ms, output: output.slice(-20_000) };
  rows.push({ bench: f, metric: 'exit code', value: r.status ?? 'timeout', unit: '' });
  rows.push({ bench: f, metric: 'wall time', value: +(ms / 1000).toFixed(2), unit: 's' });
}

// 2. Engine throughput: all 20 presets (completed once), deterministic, one thread.
const forms = PRESET_IDS.map((id) => resolveFormulation(PRESETS[id].formulation));
function rate(lean: boolean, seconds = 2): number {
  for (let i = 0; i < 200; i++) scoreCompleted(forms[i % forms.length], CATALOG_LOOKUP, { lean });
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < seconds * 1000) {
    for (let i = 0; i < forms.length; i++) scoreCompleted(forms[i], CATALOG_LOOKUP, { lean });
    n += forms.length;
  }
  return n / ((performance.now() - t0) / 1000);
}
const leanRate = rate(true);
const fullRate = rate(false);
rows.push({ bench: 'engine', metric: 'candidates/s (lean: no explanations/curves)', value: Math.round(leanRate), unit: '1/s' });
rows.push({ bench: 'engine', metric: 'candidates/s (full Scores)', value: Math.round(fullRate), unit: '1/s' });

// On a shared machine the sustained figures above include time spent waiting for (or sharing) a core. Two figures that
// load inflates less: throughput per CPU-second, and the fastest of many short batches (one pass over the presets each).
function cpuRate(lean: boolean, seconds = 2): number {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let n = 0;
  while (performance.now() - t0 < seconds * 1000) {
    for (let i = 0; i < forms.length; i++) scoreCompleted(forms[i], CATALOG_LOOKUP, { lean });
    n += forms.length;
  }
  const c = process.cpuUsage(c0);
  return n / ((c.user + c.system) / 1e6);
}
function bestBatchRate(lean: boolean, batches = 300): number {
  let best = 0;
  for (let b = 0; b < batches; b++) {
    const t0 = performance.now();
    for (let i = 0; i < forms.length; i++) scoreCompleted(forms[i], CATALOG_LOOKUP, { lean });
    const r = forms.length / ((performance.now() - t0) / 1000);
    if (r > best) best = r;
  }
  return best;
}
rows.push({ bench: 'engine', metric: 'candidates/s per CPU-second (lean)', value: Math.round(cpuRate(true)), unit: '1/s' });
rows.push({ bench: 'engine', metric: 'candidates/s, fastest batch of 20 (lean)', value: Math.round(bestBatchRate(true)), unit: '1/s' });

// 3. Monte Carlo: 256 draws of IZB@CCM, median of 5 runs.
const mc: number[] = [];
uncertainty(PRESETS['izb-ccm'].formulation, { draws: 32, seed: 1 });
for (let k = 0; k < 5; k++) {
  const t0 = performance.now();
  uncertainty(PRESETS['izb-ccm'].formulation, { draws: 256, seed: k + 1 });
  mc.push(performance.now() - t0);
}
mc.sort((a, b) => a - b);
rows.push({ bench: 'engine', metric: 'Monte Carlo 256 draws (median of 5)', value: +mc[2].toFixed(1), unit: 'ms' });
rows.push({ bench: 'engine', metric: 'Monte Carlo 256 draws (fastest of 5)', value: +mc[0].toFixed(1), unit: 'ms' });
const mcCpu: number[] = [];
for (let k = 0; k < 5; k++) {
  const c0 = process.cpuUsage();
  uncertainty(PRESETS['izb-ccm'].formulation, { draws: 256, seed: k + 1 });
  const c = process.cpuUsage(c0);
  mcCpu.push((c.user + c.system) / 1000);
}
mcCpu.sort((a, b) => a - b);
rows.push({ bench: 'engine', metric: 'Monte Carlo 256 draws, CPU time (median of 5)', value: +mcCpu[2].toFixed(1), unit: 'ms' });

// 3b. Outcome (#16 §3): one full outcome with curves per candidate (budget ≤ 1 ms, the target) and the Monte
//     Carlo with outcomes, 256 draws of IZB@CCM (budget ≤ 100 ms), median of 5; CPU time as well (the machine is shared).
const izb = resolveFormulation(PRESETS['izb-ccm'].formulation);
for (let i = 0; i < 20; i++) outcomeCompleted(izb, CATALOG_LOOKUP, {});
{
  const t0 = performance.now();
  let n = 0;
  while (performance.now() - t0 < 1000) {
    outcomeCompleted(forms[n % forms.length], CATALOG_LOOKUP, {});
    n++;
  }
  rows.push({ bench: 'outcome', metric: 'full outcome with curves, per candidate', value: +((performance.now() - t0) / n).toFixed(3), unit: 'ms' });
  const t1 = performance.now();
  let m = 0;
  while (performance.now() - t1 < 1000) {
    outcomeCompleted(forms[m % forms.length], CATALOG_LOOKUP, { curves: false, explain: false });
    m++;
  }
  rows.push({ bench: 'outcome', metric: 'outcome without curves or explanations, per candidate', value: +((performance.now() - t1) / m).toFixed(3), unit: 'ms' });
}
const omc: number[] = [];
const omcCpu: number[] = [];
outcomeUncertaintyCompleted(izb, CATALOG_LOOKUP, { draws: 32, seed: 1 });
for (let k = 0; k < 5; k++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  outcomeUncertaintyCompleted(izb, CATALOG_LOOKUP, { draws: 256, seed: k + 1 });
  omc.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  omcCpu.push((c.user + c.system) / 1000);
}
omc.sort((a, b) => a - b);
omcCpu.sort((a, b) => a - b);
rows.push({ bench: 'outcome', metric: 'Monte Carlo with outcomes, 256 draws (median of 5)', value: +omc[2].toFixed(1), unit: 'ms' });
rows.push({ bench: 'outcome', metric: 'Monte Carlo with outcomes, 256 draws, CPU time (median of 5)', value: +omcCpu[2].toFixed(1), unit: 'ms' });

// Machine context: a fixed arithmetic loop, to compare figures across machines (and the load while this ran).
rows.push({ bench: 'machine', metric: 'load average (1 min) / CPUs', value: `${loadavg()[0].toFixed(1)} / ${cpus().length}`, unit: '' });
const t0 = performance.now();
let acc = 0;
for (let i = 0; i < 2e7; i++) acc += i * 0.5;
rows.push({ bench: 'machine', metric: 'reference loop 2e7 (lower is faster)', value: +(performance.now() - t0).toFixed(1), unit: 'ms' });

const w = [Math.max(...rows.map((r) => r.bench.length)), Math.max(...rows.map((r) => r.metric.length))];
process.stdout.write('\n── summary ──\n');
for (const r of rows) process.stdout.write(`${r.bench.padEnd(w[0])}  ${r.metric.padEnd(w[1])}  ${String(r.value).padStart(10)} ${r.unit}\n`);
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(
  join(root, 'bench-results', 'latest.json'),
  JSON.stringify({ modelVersion: MODEL_VERSION, node: process.version, rows, sub, checksum: acc > 0 }, null, 2) + '\n',
);
process.stdout.write('written bench-results/latest.json\n');

// 4. Browser benches (Chromium: first load, edit → results, 3D draw calls and frame time, initial JS, Lighthouse 12).
//    `npm run bench -- --no-browser` skips them; `--no-lighthouse` keeps the Chromium benches but skips Lighthouse (≈ 15 min).
const argv = process.argv.slice(2);
if (!argv.includes('--no-browser')) {
  process.stdout.write('\n── build + scripts/bench-browser.mjs ──\n');
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    process.stdout.write('build failed: browser benches skipped\n');
    process.exitCode = 1;
  } else {
    const args = ['scripts/bench-browser.mjs', ...(argv.includes('--no-lighthouse') ? ['--no-lighthouse'] : [])];
    const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', timeout: 3_600_000 });
    if (r.status !== 0) process.exitCode = 1;
    process.stdout.write('browser figures: bench-results/browser.json\n');
  }
}
