// M6 uncertainty: seeded Monte Carlo over sourced parameters (log-normal / uniform / normal spreads), percentile bands and Spearman sensitivity.
import type { Param } from '../param';
import { createRng, type Rng } from '../rng';

/** One uncertain parameter: its override id, its definition, and the centre to sample around (default: param.value). */
export interface UncertainParam {
  id: string;
  param: Param;
  base?: number;
}

/** True when a parameter has a spread wide enough to sample (gsd > 1, max > min, sd > 0). */
export function hasSpread(p: Param): boolean {
  const s = p.spread;
  if (!s) return false;
  switch (s.kind) {
    case 'lognormal':
      return s.gsd > 1;
    case 'uniform':
      return s.max > s.min;
    case 'normal':
      return s.sd > 0;
  }
}

/**
 * One draw. log-normal: base · gsd^z (median = base); normal: base + sd·z; uniform: U(min, max), shifted by base/value
 * when the centre differs from the catalog value. Clamped to the parameter's [min, max].
 */
export function sampleParam(u: UncertainParam, rng: Rng): number {
  const p = u.param;
  const base = u.base ?? p.value;
  const s = p.spread;
  let v = base;
  if (s) {
    switch (s.kind) {
      case 'lognormal':
        v = base * Math.pow(s.gsd, rng.normal());
        break;
      case 'normal':
        v = base + s.sd * rng.normal();
        break;
      case 'uniform': {
        const k = p.value !== 0 && base !== p.value ? base / p.value : 1;
        v = rng.uniform(s.min * k, s.max * k);
        break;
      }
    }
  }
  if (p.min !== undefined && v < p.min) v = p.min;
  if (p.max !== undefined && v > p.max) v = p.max;
  return v;
}

/** Quantile of sorted finite data by linear interpolation between order statistics (Hyndman–Fan type 7, as R and NumPy default). */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/**
 * Ranks 1..n with ties given their average rank. Numeric data: sorts a typed copy (native numeric sort, no comparator)
 * and reads each value's rank from the first and last positions of its value in the sorted copy (binary search), which
 * gives the tie average (lo + hi)/2 + 1. Data with NaN fall back to an index sort.
 */
export function ranks(x: readonly number[]): Float64Array {
  const n = x.length;
  const sorted = Float64Array.from(x);
  let hasNaN = false;
  for (let i = 0; i < n; i++)
    if (sorted[i] !== sorted[i]) {
      hasNaN = true;
      break;
    }
  if (!hasNaN) {
    sorted.sort();
    const r = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const v = x[i];
      // first index with sorted[j] >= v
      let a = 0;
      let b = n;
      while (a < b) {
        const m = (a + b) >>> 1;
        if (sorted[m] < v) a = m + 1;
        else b = m;
      }
      // last index with sorted[j] <= v
      let c = a;
      let d = n;
      while (c < d) {
        const m = (c + d) >>> 1;
        if (sorted[m] <= v) c = m + 1;
        else d = m;
      }
      r[i] = (a + c - 1) / 2 + 1;
    }
    return r;
  }
  return ranksByIndexSort(x);
}

function ranksByIndexSort(x: readonly number[]): Float64Array {
  const idx = Array.from(x.keys()).sort((a, b) => x[a] - x[b]);
  const r = new Float64Array(x.length);
  let i = 0;
  while (i < idx.length) {
    let j = i;
    while (j + 1 < idx.length && x[idx[j + 1]] === x[idx[i]]) j++;
    const avg = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) r[idx[k]] = avg;
    i = j + 1;
  }
  return r;
}

/** Spearman rank correlation: Pearson correlation of the (tie-averaged) ranks; 0 when either variable is constant. */
export function spearman(x: readonly number[], y: readonly number[]): number {
  const n = Math.min(x.length, y.length);
  if (n < 2) return 0;
  return pearsonOfRanks(ranks(x.slice(0, n)), ranks(y.slice(0, n)));
}

/** Pearson correlation of two rank vectors 1..n (mean (n + 1)/2); 0 when either is constant. */
export function pearsonOfRanks(rx: Float64Array, ry: Float64Array): number {
  const n = Math.min(rx.length, ry.length);
  if (n < 2) return 0;
  const m = (n + 1) / 2;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const a = rx[i] - m;
    const b = ry[i] - m;
    sxy += a * b;
    sxx += a * a;
    syy += b * b;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
}

export interface Band {
  p5: number;
  p50: number;
  p95: number;
  mean: number;
  /** Draws with a finite value (failed or non-finite draws are left out). */
  n: number;
}

export interface MonteCarloOptions {
  params: readonly UncertainParam[];
  draws?: number;
  seed?: number | string;
  /** Model outputs for one set of overrides (id → value). Throwing marks the draw failed. */
  evaluate: (overrides: Record<string, number>) => Record<string, number | null>;
  /** Called every `progressEvery` draws with (done, total); return false to cancel. */
  onProgress?: (done: number, total: number) => boolean | void;
  progressEvery?: number;
}

export interface MonteCarloResult {
  draws: number;
  seed: number | string;
  failures: number;
  cancelled: boolean;
  bands: Record<string, Band>;
  /** Tornado data: per output, parameters by |Spearman ρ| descending. */
  sensitivity: Record<string, { id: string; rho: number }[]>;
  params: { id: string; base: number; spread: Param['spread'] }[];
}

/** The parameter draws of a run: samples[d][i] = value of params[i] in draw d (draw-major, the order the RNG is consumed). */
export function drawSamples(params: readonly UncertainParam[], draws: number, seed: number | string): number[][] {
  if (!Number.isInteger(draws) || draws < 1 || draws > 1_000_000) throw new Error(`draws must be a whole number in [1, 1000000], got ${draws}`);
  const rng = createRng(seed);
  const n = params.length;
  const out: number[][] = new Array(draws);
  for (let d = 0; d < draws; d++) {
    const row: number[] = new Array(n);
    for (let i = 0; i < n; i++) row[i] = sampleParam(params[i], rng);
    out[d] = row;
  }
  return out;
}

/** Overrides object of one draw. */
export function drawOverrides(params: readonly UncertainParam[], values: readonly number[]): Record<string, number> {
  const o: Record<string, number> = {};
  for (let i = 0; i < params.length; i++) o[params[i].id] = values[i];
  return o;
}

/**
 * Summarise evaluated draws: bands of every output and Spearman ρ of every parameter with it. `outputs[d]` is null for a
 * failed draw (left out); non-finite output values are left out of that output only.
 */
export function summarise(
  params: readonly UncertainParam[],
  samples: readonly (readonly number[])[],
  outputs: readonly (Record<string, number | null> | null)[],
  seed: number | string,
  cancelled = false,
): MonteCarloResult {
  const keys: string[] = [];
  const seen = new Set<string>();
  let failures = 0;
  for (const o of outputs) {
    if (!o) {
      failures++;
      continue;
    }
    for (const k of Object.keys(o)) {
      if (seen.has(k)) continue;
      seen.add(k);
      keys.push(k);
    }
  }
  const bands: Record<string, Band> = {};
  const sensitivity: MonteCarloResult['sensitivity'] = {};
  let paramRanks: Float64Array[] | null = null;
  const np = params.length;
  for (const k of keys) {
    const rows: number[] = [];
    const ys: number[] = [];
    for (let d = 0; d < outputs.length; d++) {
      const o = outputs[d];
      const v = o ? o[k] : undefined;
      if (typeof v === 'number' && Number.isFinite(v)) {
        rows.push(d);
        ys.push(v);
      }
    }
    // finite numbers: the native numeric sort orders them as (a, b) => a − b does
    const sorted = Float64Array.from(ys).sort();
    let sum = 0;
    for (let i = 0; i < ys.length; i++) sum += ys[i];
    bands[k] = {
      p5: quantileSorted(sorted, 0.05),
      p50: quantileSorted(sorted, 0.5),
      p95: quantileSorted(sorted, 0.95),
      mean: ys.length ? sum / ys.length : NaN,
      n: ys.length,
    };
    const full = rows.length === samples.length;
    if (full && !paramRanks) {
      paramRanks = new Array(np);
      const column: number[] = new Array(samples.length);
      for (let i = 0; i < np; i++) {
        for (let d = 0; d < samples.length; d++) column[d] = samples[d][i];
        paramRanks[i] = ranks(column);
      }
    }
    const ry = full ? ranks(ys) : null;
    const rhos: { id: string; rho: number }[] = new Array(np);
    for (let i = 0; i < np; i++) rhos[i] = { id: params[i].id, rho: full ? pearsonOfRanks(paramRanks![i], ry!) : spearman(rows.map((d) => samples[d][i]), ys) };
    sensitivity[k] = rhos.sort(bySensitivity);
  }
  return {
    draws: outputs.length,
    seed,
    failures,
    cancelled,
    bands,
    sensitivity,
    params: params.map((u) => ({ id: u.id, base: u.base ?? u.param.value, spread: u.param.spread })),
  };
}

/** |ρ| descending, then id ascending. */
function bySensitivity(a: { id: string; rho: number }, b: { id: string; rho: number }): number {
  return Math.abs(b.rho) - Math.abs(a.rho) || (a.id < b.id ? -1 : 1);
}

/** Seeded Monte Carlo. Same seed, parameters and model → the same result, on every platform. */
export function monteCarlo(opts: MonteCarloOptions): MonteCarloResult {
  const draws = opts.draws ?? 256;
  const seed = opts.seed ?? 1;
  const samples = drawSamples(opts.params, draws, seed);
  const outputs: (Record<string, number | null> | null)[] = [];
  const every = opts.progressEvery ?? 16;
  let cancelled = false;
  for (let d = 0; d < draws; d++) {
    let out: Record<string, number | null> | null;
    try {
      out = opts.evaluate(drawOverrides(opts.params, samples[d]));
    } catch {
      out = null;
    }
    outputs.push(out);
    if (opts.onProgress && ((d + 1) % every === 0 || d + 1 === draws) && opts.onProgress(d + 1, draws) === false) {
      cancelled = true;
      break;
    }
  }
  return summarise(opts.params, samples.slice(0, outputs.length), outputs, seed, cancelled);
}
