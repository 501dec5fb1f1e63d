// Outcome benchmark (#16 budgets, Node, not a timed test): a full outcome with curves and explanations per candidate (≤ 1 ms) and the Monte Carlo with outcomes, 256 draws of IZB@CCM (≤ 100 ms); wall and CPU time, the pieces, and the load average while it ran.
import { cpus, loadavg } from 'node:os';
import { PRESET_IDS, PRESETS } from '../src/catalog';
import { CATALOG_LOOKUP, resolveFormulation, scoreCompleted, uncertaintyCompleted } from '../src/engine';
import { outcomeCompleted, outcomeUncertaintyCompleted } from '../src/engine/outcome';

const forms = PRESET_IDS.map((id) => resolveFormulation(PRESETS[id].formulation));
const izb = resolveFormulation(PRESETS['izb-ccm'].formulation);
const load0 = loadavg()[0];

/** Per-call wall and CPU time (ms) over the 20 presets, after a warm-up, for about `seconds`. */
function perCall(f: (i: number) => void, seconds = 1.5): { wall: number; cpu: number } {
  for (let i = 0; i < 200; i++) f(i);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let n = 0;
  while (performance.now() - t0 < seconds * 1000) f(n++);
  const c = process.cpuUsage(c0);
  return { wall: (performance.now() - t0) / n, cpu: (c.user + c.system) / 1000 / n };
}

const rows: [string, { wall: number; cpu: number }][] = [
  ['full outcome (curves + explanations), per candidate [budget ≤ 1 ms]', perCall((i) => outcomeCompleted(forms[i % forms.length], CATALOG_LOOKUP, {}))],
  ['outcome with curves, no explanations', perCall((i) => outcomeCompleted(forms[i % forms.length], CATALOG_LOOKUP, { explain: false }))],
  ['outcome without curves or explanations', perCall((i) => outcomeCompleted(forms[i % forms.length], CATALOG_LOOKUP, { curves: false, explain: false }))],
  ['lean score alone (for scale)', perCall((i) => scoreCompleted(forms[i % forms.length], CATALOG_LOOKUP, { lean: true }))],
];

// the outcome's Monte Carlo and the score's own, interleaved: their ratio holds better than either figure on a loaded machine
outcomeUncertaintyCompleted(izb, CATALOG_LOOKUP, { draws: 32, seed: 1 });
uncertaintyCompleted(izb, CATALOG_LOOKUP, { draws: 32, seed: 1 });
const wall: number[] = [];
const cpu: number[] = [];
const ratio: number[] = [];
for (let k = 0; k < 7; k++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  outcomeUncertaintyCompleted(izb, CATALOG_LOOKUP, { draws: 256, seed: k + 1 });
  wall.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
  const c1 = process.cpuUsage();
  uncertaintyCompleted(izb, CATALOG_LOOKUP, { draws: 256, seed: k + 1 });
  const d = process.cpuUsage(c1);
  ratio.push(cpu[cpu.length - 1] / ((d.user + d.system) / 1000));
}
wall.sort((a, b) => a - b);
cpu.sort((a, b) => a - b);
ratio.sort((a, b) => a - b);

const w = Math.max(...rows.map((r) => r[0].length));
for (const [name, t] of rows) process.stdout.write(`${name.padEnd(w)}  wall ${t.wall.toFixed(3)} ms  CPU ${t.cpu.toFixed(3)} ms\n`);
process.stdout.write(`Monte Carlo with outcomes, 256 draws of IZB@CCM [budget ≤ 100 ms]: median ${wall[3].toFixed(1)} ms (fastest ${wall[0].toFixed(1)}), CPU median ${cpu[3].toFixed(1)} ms (fastest ${cpu[0].toFixed(1)})\n`);
process.stdout.write(`… CPU time relative to the score's own Monte Carlo (256 draws, same runs): median ×${ratio[3].toFixed(2)}\n`);
process.stdout.write(`load average (1 min) ${load0.toFixed(2)} → ${loadavg()[0].toFixed(2)} on ${cpus().length} CPUs\n`);
