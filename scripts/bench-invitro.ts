// In-vitro bench benchmark (#26 budget, Node, not a timed test): a full in-vitro score with its curves and explanations (delivered dose over time, uptake, viability vs concentration, clonogenic curves, SER under every definition) per candidate, budget ≤ 5 ms; every preset on its default plate (HeLa, 24-well, 50 µg/mL, 24 h), wall and CPU time, and the load average while it ran.
import { cpus, loadavg } from 'node:os';
import { PRESET_IDS, PRESETS } from '../src/catalog';
import { CATALOG_LOOKUP, resolveFormulation } from '../src/engine';
import { invitroOfCompleted } from '../src/engine/invitro';

const forms = PRESET_IDS.map((id) => resolveFormulation(PRESETS[id].formulation));
const load0 = loadavg()[0];

/** Per-call wall and CPU time (ms) over the presets, after a warm-up, for about `seconds`; also the fastest batch over all presets. */
function perCall(f: (i: number) => void, seconds = 2): { wall: number; cpu: number; bestBatch: number } {
  for (let i = 0; i < 100; i++) f(i);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let n = 0;
  let best = Infinity;
  while (performance.now() - t0 < seconds * 1000) {
    const b0 = performance.now();
    for (let k = 0; k < forms.length; k++) f(n++);
    best = Math.min(best, (performance.now() - b0) / forms.length);
  }
  const c = process.cpuUsage(c0);
  return { wall: (performance.now() - t0) / n, cpu: (c.user + c.system) / 1000 / n, bestBatch: best };
}

const rows: [string, ReturnType<typeof perCall>][] = [
  ['full in-vitro score with curves, per candidate (20 presets) [budget ≤ 5 ms]', perCall((i) => invitroOfCompleted(forms[i % forms.length], CATALOG_LOOKUP))],
  ['the same at 72 h incubation', perCall((i) => invitroOfCompleted(forms[i % forms.length], CATALOG_LOOKUP, { incubationH: 72 }))],
  ['IZB@CCM alone', perCall(() => invitroOfCompleted(forms[PRESET_IDS.indexOf('izb-ccm')], CATALOG_LOOKUP))],
];
const fmt = (v: number) => v.toFixed(3);
console.log(`in-vitro bench (${cpus().length} cores, load ${load0.toFixed(2)} → ${loadavg()[0].toFixed(2)})`);
console.log('| what | wall ms/call | CPU ms/call | fastest batch ms/call |');
console.log('|---|---|---|---|');
for (const [name, r] of rows) console.log(`| ${name} | ${fmt(r.wall)} | ${fmt(r.cpu)} | ${fmt(r.bestBatch)} |`);
const worst = Math.max(...rows.map(([, r]) => r.wall));
console.log(worst <= 5 ? 'budget ≤ 5 ms: met' : `budget ≤ 5 ms: missed (${fmt(worst)} ms)`);
