// Benchmark: whole-process time of the command line — compiled (node dist-cli/cli.mjs) vs development (npm run cli, tsx) vs python + SciPy — for `presets`, `fit` on 12 points and a 10,000-row `sweep`; paired runs, medians.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const RUNS = arg('--runs', 5);
const SWEEP_RUNS = arg('--sweep-runs', 5);
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

/**
 * CPU time (user + sys, s) of the children this process has waited for, from /proc/self/stat (cutime, cstime; Linux,
 * clock ticks of 10 ms); null elsewhere. The difference around one spawnSync is that child's CPU time, threads included.
 */
function childrenCpuS(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[13]) + Number(f[14])) / 100;
  } catch {
    return null;
  }
}

// 10,000-row sweep, whole process: rows of the CSV (header excluded) over wall time, and CPU (user + sys) per row —
// the default (--threads auto: a worker thread when a core is idle) and one thread, run in turn
const sweepModes: [label: string, extra: string[]][] = [
  ['default (--threads auto)', []],
  ['one thread (--threads 1)', ['--threads', '1']],
];
const sweepMs = sweepModes.map(() => [] as number[]);
const sweepCpu = sweepModes.map(() => [] as number[]);
let rows = 0;
let reference: string | null = null;
for (let i = 0; i < SWEEP_RUNS; i++) {
  sweepModes.forEach(([, extra], j) => {
    const c0 = childrenCpuS();
    const r = wall(process.execPath, [CLI, 'sweep', SWEEP, ...extra]);
    const c1 = childrenCpuS();
    if (reference === null) reference = r.stdout;
    else if (r.stdout !== reference) throw new Error(`sweep ${extra.join(' ')}: the CSV differs from the first run's`);
    rows = r.stdout.trimEnd().split('\n').length - 1;
    sweepMs[j].push(r.ms);
    if (c0 !== null && c1 !== null) sweepCpu[j].push(c1 - c0);
  });
}
const sweep = sweepModes.map(([label], j) => {
  const ms = median(sweepMs[j]);
  const cpuS = sweepCpu[j].length ? median(sweepCpu[j]) : null;
  return { label, runsMs: sweepMs[j].map((x) => +x.toFixed(1)), medianMs: ms, rowsPerS: rows / (ms / 1000), cpuRunsS: sweepCpu[j], cpuUsPerRow: cpuS === null ? null : (cpuS * 1e6) / rows };
});
console.log(`\nsweep, ${rows} rows, compiled, whole process, median of ${SWEEP_RUNS} (modes in turn; load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}):`);
for (const m of sweep) {
  const cpu = m.cpuUsPerRow === null ? 'CPU n/a' : `user+sys ${(m.cpuUsPerRow * rows / 1e6).toFixed(2)} s = ${m.cpuUsPerRow.toFixed(1)} µs/row [${m.cpuRunsS.map((x) => x.toFixed(2)).join(', ')}]`;
  console.log(`  ${m.label.padEnd(26)} median ${m.medianMs.toFixed(0)} ms → ${Math.round(m.rowsPerS)} rows/s [${m.runsMs.map((x) => x.toFixed(0)).join(', ')}]; ${cpu} (budget ≥ ${BUDGET_SWEEP_ROWS_PER_S} rows/s: ${m.rowsPerS >= BUDGET_SWEEP_ROWS_PER_S ? 'met' : 'MISSED'})`);
}

mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results/cli.json'), JSON.stringify({ date: new Date().toISOString(), loadavg: loadavg(), runs: RUNS, results, sweep: { rows, modes: sweep } }, null, 2));
