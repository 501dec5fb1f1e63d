// Benchmark: whole-process time of the command line — compiled (node dist-cli/cli.mjs) vs development (npm run cli, tsx) vs python + SciPy — for `presets`, `fit` on 12 points and a 10,000-row `sweep`; paired runs, medians.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const RUNS = arg('--runs', 5);
const SWEEP_RUNS = arg('--sweep-runs', 3);
const BUDGET_SWEEP_ROWS_PER_S = 10_000;

const build = spawnSync(process.execPath, [join(root, 'scripts/build-cli.mjs')], { cwd: root, encoding: 'utf8' });
if (build.status !== 0) throw new Error(`build-cli failed: ${build.stderr}`);
const CLI = join(root, 'dist-cli/cli.mjs');
const CSV = join(root, 'tests/fixtures/cli/release-12.csv');
const SWEEP = join(root, 'tests/fixtures/cli/sweep-10000.json');
const hasScipy = spawnSync('python3', ['-c', 'import scipy'], { encoding: 'utf8' }).status === 0;

/** Wall time of one whole process (spawn to exit), ms; throws on a non-zero exit. */
function wall(cmd: string, args: string[]): { ms: number; stdout: string } {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: exit ${r.status}: ${r.stderr}`);
  return { ms, stdout: r.stdout };
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

type Runner = [label: string, cmd: string, args: string[]];
const groups: Record<string, Runner[]> = {
  'presets': [
    ['compiled: node dist-cli/cli.mjs presets', process.execPath, [CLI, 'presets']],
    ['development: npm run --silent cli -- presets', 'npm', ['run', '--silent', 'cli', '--', 'presets']],
  ],
  'fit, 12 points, 7 models': [
    ['compiled: node dist-cli/cli.mjs fit', process.execPath, [CLI, 'fit', CSV, '--model', 'all']],
    ['development: npm run --silent cli -- fit', 'npm', ['run', '--silent', 'cli', '--', 'fit', CSV, '--model', 'all']],
    ...(hasScipy ? [['python3 + SciPy: scripts/scipy_fit.py (one fit of the 7 models)', 'python3', [join(root, 'scripts/scipy_fit.py'), CSV, '0']] as Runner] : []),
  ],
};

const results: Record<string, Record<string, { medianMs: number; runsMs: number[] }>> = {};
console.log(`whole-process times, median of ${RUNS} paired runs (one run of each command in turn); load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
for (const [group, runners] of Object.entries(groups)) {
  for (const [, cmd, args] of runners) wall(cmd, args); // warm the file cache
  const times = runners.map(() => [] as number[]);
  for (let i = 0; i < RUNS; i++) runners.forEach(([, cmd, args], j) => times[j].push(wall(cmd, args).ms));
  results[group] = {};
  console.log(`\n${group}`);
  runners.forEach(([label], j) => {
    results[group][label] = { medianMs: median(times[j]), runsMs: times[j].map((x) => +x.toFixed(1)) };
    console.log(`  ${label.padEnd(70)} ${median(times[j]).toFixed(0).padStart(6)} ms   [${times[j].map((x) => x.toFixed(0)).join(', ')}]`);
  });
}
if (!hasScipy) console.log('\nscipy unavailable: the python comparison is skipped (python3 -c "import scipy" failed)');

// 10,000-row sweep, whole process: rows of the CSV (header excluded) over wall time
const sweepMs: number[] = [];
let rows = 0;
for (let i = 0; i < SWEEP_RUNS; i++) {
  const r = wall(process.execPath, [CLI, 'sweep', SWEEP]);
  rows = r.stdout.trimEnd().split('\n').length - 1;
  sweepMs.push(r.ms);
}
const rowsPerS = rows / (median(sweepMs) / 1000);
console.log(`\nsweep, ${rows} rows, compiled, whole process: median ${median(sweepMs).toFixed(0)} ms → ${Math.round(rowsPerS)} rows/s [${sweepMs.map((x) => x.toFixed(0)).join(', ')}] (budget ≥ ${BUDGET_SWEEP_ROWS_PER_S}: ${rowsPerS >= BUDGET_SWEEP_ROWS_PER_S ? 'met' : 'MISSED'})`);

mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results/cli.json'), JSON.stringify({ date: new Date().toISOString(), loadavg: loadavg(), runs: RUNS, results, sweep: { rows, runsMs: sweepMs, rowsPerS } }, null, 2));
