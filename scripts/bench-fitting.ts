// Benchmark: time to fit all seven release models to a 12-point curve (median over 200 runs; target ≤ 20 ms), with an optional SciPy peer comparison.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fitReleaseModels } from '../src/model/fitting';

/** A 12-point curve: Weibull-like release with a fixed, deterministic ±1.5 % wobble (no RNG needed). */
const t = [0.5, 1, 2, 4, 6, 8, 10, 12, 24, 36, 48, 72];
const F = t.map((x, i) => Math.min(100, Math.max(0, 100 * (1 - Math.exp(-(x ** 0.8) / 6)) + 1.5 * Math.sin(1.7 * i + 0.3))));
const data = { t, F };

const runs = Number(process.argv[2] ?? 200);
for (let i = 0; i < 20; i++) fitReleaseModels(data); // warm-up (JIT)
const times: number[] = [];
let result = fitReleaseModels(data);
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  result = fitReleaseModels(data);
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(runs / 2)];
const p90 = times[Math.floor(runs * 0.9)];
console.log(`fit all 7 models, 12 points: median ${median.toFixed(2)} ms, p90 ${p90.toFixed(2)} ms over ${runs} runs (target ≤ 20 ms: ${median <= 20 ? 'met' : 'MISSED'})`);
console.log(`best (lowest AIC, all points): ${result.best}`);

const hasScipy = spawnSync('python3', ['-c', 'import scipy'], { encoding: 'utf8' }).status === 0;
if (!hasScipy) {
  console.log('scipy unavailable: peer comparison skipped (python3 -c "import scipy" failed)');
} else {
  const dir = mkdtempSync(join(tmpdir(), 'bench-fitting-'));
  const csv = join(dir, 'curve.csv');
  writeFileSync(csv, 'time,release\n' + t.map((x, i) => `${x},${F[i]}`).join('\n') + '\n');
  const r = spawnSync('python3', [join(import.meta.dirname, 'scipy_fit.py'), csv, '20'], { encoding: 'utf8' });
  if (r.status !== 0) {
    console.log(`scipy comparison failed: ${r.stderr.trim().split('\n').pop()}`);
  } else {
    const peer = JSON.parse(r.stdout) as { fits: Record<string, { sse: number; params: number[] }>; medianMs: number };
    console.log('model              SSE ours        SSE scipy       ours/scipy');
    for (const f of result.fits) {
      const s = peer.fits[f.model];
      const ratio = s ? f.sse / s.sse : NaN;
      console.log(`${f.model.padEnd(18)} ${f.sse.toPrecision(8).padEnd(15)} ${(s ? s.sse.toPrecision(8) : '—').padEnd(15)} ${Number.isFinite(ratio) ? ratio.toFixed(6) : '—'}`);
    }
    console.log(`time: ours ${median.toFixed(2)} ms vs scipy (curve_fit, trf, 3 starts) ${peer.medianMs.toFixed(2)} ms; ratio ours/scipy ${(median / peer.medianMs).toFixed(2)}`);
  }
}
