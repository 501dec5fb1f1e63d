// Bootstrap f2 over individual units (vessels) with its 90 % confidence interval: the approach regulators accept when the
// CV limits of the plain f2 are not met (EMA Q&A on f2 2018; Shah et al., Pharm. Res. 1998, 15, 889). Pure, seeded.
import { createRng } from '../rng';
import { F2_RULES, f2FromValues } from './f2';

/** Cumulative release (%) of each unit (vessel) at the profile's times: units[u][i] is unit u at time t[i]. */
export interface UnitProfile {
  t: readonly number[];
  units: readonly (readonly number[])[];
}

export interface BootstrapF2Options {
  /** Bootstrap samples (default 5000; at least 200). */
  samples?: number;
  /** Seed of the resampling (same seed, same result). Default 1. */
  seed?: number | string;
  /** Two-sided confidence level of the interval (default 0.90: its lower bound is compared with 50). */
  level?: number;
}

export interface BootstrapF2Result {
  /** f2 of the observed mean profiles over the time points used. */
  f2: number;
  /** The time points used (shared, zero excluded, up to the first mean above 85 % in either profile). */
  times: number[];
  n: number;
  unitsReference: number;
  unitsTest: number;
  samples: number;
  seed: number | string;
  level: number;
  /** Mean and median of the bootstrap f2 values. */
  bootstrapMean: number;
  bootstrapMedian: number;
  /** Percentile interval of the bootstrap f2 at `level` (lower, upper). */
  ci: [number, number];
  /** The interval's lower bound ≥ 50: similar by the bootstrap criterion. */
  similar: boolean;
  /** What was left out, and how to read the result. */
  notes: string[];
}

export class BootstrapF2Error extends Error {}

/** The q-quantile of sorted values (linear interpolation between order statistics, type 7). */
export function quantileSorted(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

function check(p: UnitProfile, name: string): void {
  if (p.units.length < 2) throw new BootstrapF2Error(`${name}: ${p.units.length} unit${p.units.length === 1 ? '' : 's'}; the bootstrap needs at least 2 (12 are usual)`);
  p.units.forEach((u, k) => {
    if (u.length !== p.t.length) throw new BootstrapF2Error(`${name}: unit ${k + 1} has ${u.length} values for ${p.t.length} time points`);
    u.forEach((v, i) => { if (!Number.isFinite(v)) throw new BootstrapF2Error(`${name}: unit ${k + 1} at t = ${p.t[i]} is not a finite number`); });
  });
}

/** Mean of the chosen units (indices `pick`) at each time index in `idx`. */
function meanAt(units: readonly (readonly number[])[], pick: readonly number[], idx: readonly number[]): number[] {
  return idx.map((i) => {
    let s = 0;
    for (const u of pick) s += units[u][i];
    return s / pick.length;
  });
}

/**
 * f2 of the two mean profiles and its bootstrap distribution: each sample draws as many units as each product has, with
 * replacement and independently per product, and computes f2 of the resampled means at the same time points (chosen once,
 * from the observed means, by the f2 rules: shared times, zero excluded, up to the first mean above 85 %). The interval
 * is the percentile interval of the samples. Note: f2 is bounded by 100 and resampling adds spread to the mean
 * differences, so the bootstrap distribution sits below the observed f2 when the products are alike; the observed f2 can
 * then lie above the interval (the known bias of bootstrap f2). The decision uses the lower bound only.
 */
export function bootstrapF2(reference: UnitProfile, test: UnitProfile, opts: BootstrapF2Options = {}): BootstrapF2Result {
  check(reference, 'reference');
  check(test, 'test');
  const samples = Math.round(opts.samples ?? 5000);
  if (!(samples >= 200 && samples <= 100_000)) throw new BootstrapF2Error(`samples: between 200 and 100,000 (got ${opts.samples})`);
  const level = opts.level ?? 0.9;
  if (!(level > 0 && level < 1)) throw new BootstrapF2Error(`level: between 0 and 1 (got ${opts.level})`);
  const seed = opts.seed ?? 1;
  const notes: string[] = [];

  const tIndex = new Map<number, number>();
  test.t.forEach((t, i) => tIndex.set(t, i));
  let shared = reference.t.map((t, r) => ({ t, r, s: tIndex.get(t) })).filter((p): p is { t: number; r: number; s: number } => p.s !== undefined).sort((a, b) => a.t - b.t);
  if (shared.some((p) => p.t === 0)) { shared = shared.filter((p) => p.t !== 0); notes.push('t = 0 left out (zero is excluded)'); }
  const allR = reference.units.map((_, k) => k);
  const allT = test.units.map((_, k) => k);
  const mR = meanAt(reference.units, allR, shared.map((p) => p.r));
  const mT = meanAt(test.units, allT, shared.map((p) => p.s));
  const cut = shared.findIndex((_, k) => mR[k] > F2_RULES.plateauPct || mT[k] > F2_RULES.plateauPct);
  if (cut >= 0 && cut < shared.length - 1) {
    notes.push(`${shared.length - cut - 1} point(s) after the first mean above ${F2_RULES.plateauPct} % (t = ${shared[cut].t}) left out`);
    shared = shared.slice(0, cut + 1);
  }
  const n = shared.length;
  if (n < F2_RULES.minPoints) throw new BootstrapF2Error(`only ${n} time point${n === 1 ? '' : 's'} usable (shared, zero excluded, up to the first mean above ${F2_RULES.plateauPct} %); f2 needs at least ${F2_RULES.minPoints}`);
  const rIdx = shared.map((p) => p.r);
  const sIdx = shared.map((p) => p.s);
  const f2 = f2FromValues(meanAt(reference.units, allR, rIdx), meanAt(test.units, allT, sIdx));

  const rng = createRng(seed);
  const nR = reference.units.length;
  const nT = test.units.length;
  const pickR = new Array<number>(nR);
  const pickT = new Array<number>(nT);
  const values = new Array<number>(samples);
  for (let b = 0; b < samples; b++) {
    for (let k = 0; k < nR; k++) pickR[k] = rng.int(nR);
    for (let k = 0; k < nT; k++) pickT[k] = rng.int(nT);
    values[b] = f2FromValues(meanAt(reference.units, pickR, rIdx), meanAt(test.units, pickT, sIdx));
  }
  values.sort((a, b) => a - b);
  const alpha = (1 - level) / 2;
  const ci: [number, number] = [quantileSorted(values, alpha), quantileSorted(values, 1 - alpha)];
  const bootstrapMean = values.reduce((a, v) => a + v, 0) / samples;
  if (nR < 12 || nT < 12) notes.push(`${Math.min(nR, nT)} units in the smaller profile; regulators expect 12 per product`);
  if (f2 > ci[1]) notes.push('the observed f2 lies above the bootstrap interval: resampling adds spread to the mean differences (the known downward bias of bootstrap f2); the decision uses the lower bound');
  return {
    f2, times: shared.map((p) => p.t), n, unitsReference: nR, unitsTest: nT, samples, seed, level,
    bootstrapMean, bootstrapMedian: quantileSorted(values, 0.5), ci, similar: ci[0] >= F2_RULES.similarF2, notes,
  };
}
