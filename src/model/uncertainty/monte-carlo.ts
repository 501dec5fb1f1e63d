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
export function quantileSorted(sorted: readonly number[], p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** Ranks 1..n with ties given their average rank. */
export function ranks(x: readonly number[]): Float64Array {
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
  const rx = ranks(x.slice(0, n));
  const ry = ranks(y.slice(0, n));
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

/** Seeded Monte Carlo. Same seed, parameters and model → the same result, on every platform. */
export function monteCarlo(opts: MonteCarloOptions): MonteCarloResult {
  const draws = opts.draws ?? 256;
  if (!Number.isInteger(draws) || draws < 1 || draws > 1_000_000) throw new Error(`draws must be a whole number in [1, 1000000], got ${draws}`);
  const seed = opts.seed ?? 1;
  const rng = createRng(seed);
  const ps = opts.params;
  const samples = ps.map(() => [] as number[]);
  const outputs = new Map<string, number[]>();
  const rowsOk: number[] = [];
  let failures = 0;
  let cancelled = false;
  const every = opts.progressEvery ?? 16;
  for (let d = 0; d < draws; d++) {
    const o: Record<string, number> = {};
    const vals = ps.map((u) => sampleParam(u, rng));
    ps.forEach((u, i) => (o[u.id] = vals[i]));
    let out: Record<string, number | null>;
    try {
      out = opts.evaluate(o);
    } catch {
      failures++;
      out = {};
    }
    if (Object.keys(out).length) {
      const row = rowsOk.length;
      rowsOk.push(d);
      ps.forEach((_, i) => samples[i].push(vals[i]));
      for (const [k, v] of Object.entries(out)) {
        let arr = outputs.get(k);
        if (!arr) outputs.set(k, (arr = []));
        arr[row] = typeof v === 'number' && Number.isFinite(v) ? v : NaN;
      }
    }
    if (opts.onProgress && ((d + 1) % every === 0 || d + 1 === draws)) {
      if (opts.onProgress(d + 1, draws) === false) {
        cancelled = true;
        break;
      }
    }
  }
  const bands: Record<string, Band> = {};
  const sensitivity: MonteCarloResult['sensitivity'] = {};
  for (const [k, arr] of outputs) {
    const finiteIdx: number[] = [];
    for (let r = 0; r < rowsOk.length; r++) if (Number.isFinite(arr[r])) finiteIdx.push(r);
    const ys = finiteIdx.map((r) => arr[r]);
    const sorted = ys.slice().sort((a, b) => a - b);
    bands[k] = {
      p5: quantileSorted(sorted, 0.05),
      p50: quantileSorted(sorted, 0.5),
      p95: quantileSorted(sorted, 0.95),
      mean: ys.length ? ys.reduce((a, b) => a + b, 0) / ys.length : NaN,
      n: ys.length,
    };
    sensitivity[k] = ps
      .map((u, i) => ({ id: u.id, rho: spearman(finiteIdx.map((r) => samples[i][r]), ys) }))
      .sort((a, b) => Math.abs(b.rho) - Math.abs(a.rho) || (a.id < b.id ? -1 : 1));
  }
  return {
    draws: rowsOk.length + failures,
    seed,
    failures,
    cancelled,
    bands,
    sensitivity,
    params: ps.map((u) => ({ id: u.id, base: u.base ?? u.param.value, spread: u.param.spread })),
  };
}
