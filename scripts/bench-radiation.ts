// Benchmark of the radiation model: µs per DEF call for a spectrum beam and per full radiosensitization call (run: npx tsx scripts/bench-radiation.ts).
import { doseEnhancementFactor, getBeam } from '../src/model/physics';
import { radiosensitization } from '../src/model/radiobiology';

function bench(name: string, fn: (i: number) => unknown, iters: number): number {
  for (let i = 0; i < Math.min(2000, iters); i++) fn(i); // warm-up (fills the per-beam caches, JIT)
  const t0 = process.hrtime.bigint();
  let sink = 0;
  for (let i = 0; i < iters; i++) sink += Number((fn(i) as { def?: number }).def ?? 0);
  const us = Number(process.hrtime.bigint() - t0) / 1e3 / iters;
  if (Number.isNaN(sink)) throw new Error(`${name}: NaN result`); // also keeps the calls from being optimised away
  console.log(`${name.padEnd(58)} ${us.toFixed(2).padStart(8)} µs/call`);
  return us;
}

const cold0 = process.hrtime.bigint();
getBeam('kvp:180:0.4mmCu');
console.log(`${'first build of a Kramers beam (kvp:180:0.4mmCu)'.padEnd(58)} ${(Number(process.hrtime.bigint() - cold0) / 1e3).toFixed(0).padStart(8)} µs (once)`);

const conc = [0.01, 0.1, 1, 10];
bench('doseEnhancementFactor, 225kVp, Bi (spectrum beam)', (i) => doseEnhancementFactor({ elements: { Bi: conc[i & 3] }, beam: '225kVp' }), 200_000);
bench('doseEnhancementFactor, 6MV, Hf + Au (spectrum beam)', (i) => doseEnhancementFactor({ elements: { Hf: conc[i & 3], Au: 0.1 }, beam: '6MV' }), 200_000);
bench('radiosensitization, 225kVp, Bi + FAK, 25 × 2 Gy', (i) =>
  radiosensitization({
    elements: { Bi: conc[i & 3] },
    beam: '225kVp',
    intracellularPgPerCell: { Bi: conc[i & 3] * 1.5 },
    freeDrugM: 5e-8,
    cafUptakeG: 0.5,
    fractions: 25,
    doseGyPerFraction: 2,
  }), 50_000);
bench('radiosensitization, 6MV defaults, 1 × 2 Gy', () => radiosensitization({ beam: '6MV', elements: { Hf: 3.6 } }), 50_000);
