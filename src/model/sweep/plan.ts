// Pure sweep planning (contract §4 `sweep`): parse the spec, expand ranges, index the cartesian product, shard it, set values at paths.
import { renormaliseMembranes } from '../membrane-fractions';
import { isRecord } from '../guards';
import { getPath, setPath } from '../path';

export interface RangeSpec {
  from: number;
  to: number;
  steps: number;
  scale?: 'linear' | 'log';
}

export interface SweepAxis {
  path: string;
  /** Parsed path segments; numeric segments index arrays. */
  segments: (string | number)[];
  values: unknown[];
}

export interface SweepPlan {
  base: unknown;
  axes: SweepAxis[];
  total: number;
}

export interface SweepIssue {
  path: string;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; issues: SweepIssue[] };

/** Most candidates one sweep may plan (protects memory and time; shard larger sweeps). */
export const MAX_SWEEP_CANDIDATES = 10_000_000;
const MAX_STEPS = 100_000;
const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor']);

/** 'payloads.1.feedMassRatio' → ['payloads', 1, 'feedMassRatio']; throws naming the bad segment. */
export function parsePath(path: string): (string | number)[] {
  if (typeof path !== 'string' || path.trim() === '') throw new Error('empty path');
  return path.split('.').map((seg) => {
    if (seg === '') throw new Error(`empty segment in "${path}"`);
    if (FORBIDDEN.has(seg)) throw new Error(`segment "${seg}" is not allowed`);
    if (/^\d+$/.test(seg)) return Number(seg);
    if (!/^[A-Za-z_$][\w$-]*$/.test(seg)) throw new Error(`segment "${seg}" is not a field name or an array index`);
    return seg;
  });
}

/** Values of a {from, to, steps, scale} range: `steps` values from `from` to `to` inclusive, evenly spaced (in log for 'log'). */
export function expandRange(r: RangeSpec): number[] {
  const { from, to, steps } = r;
  const scale = r.scale ?? 'linear';
  if (!Number.isFinite(from) || !Number.isFinite(to)) throw new Error('from and to must be finite numbers');
  if (!Number.isInteger(steps) || steps < 1 || steps > MAX_STEPS) throw new Error(`steps must be a whole number in [1, ${MAX_STEPS}]`);
  if (scale !== 'linear' && scale !== 'log') throw new Error(`scale must be "linear" or "log", got ${JSON.stringify(scale)}`);
  if (scale === 'log' && !(from > 0 && to > 0)) throw new Error('a log range needs from > 0 and to > 0');
  if (steps === 1) return [from];
  const out: number[] = [];
  for (let i = 0; i < steps; i++) {
    const t = i / (steps - 1);
    out.push(i === steps - 1 ? to : scale === 'log' ? from * Math.pow(to / from, t) : from + (to - from) * t);
  }
  return out;
}

/** Validate `{ base, vary }` and expand every axis. Issues name the field ('vary.core.diameterNm.steps: …'). */
export function planSweep(spec: unknown): Result<SweepPlan> {
  const issues: SweepIssue[] = [];
  if (!isRecord(spec)) return { ok: false, issues: [{ path: '(root)', message: 'expected an object { "base": <formulation>, "vary": { "<path>": [...] | {from,to,steps,scale} } }' }] };
  if (!isRecord(spec.base)) issues.push({ path: 'base', message: 'expected a formulation object' });
  if (!isRecord(spec.vary)) issues.push({ path: 'vary', message: 'expected an object of path → values or range' });
  for (const k of Object.keys(spec)) if (k !== 'base' && k !== 'vary') issues.push({ path: k, message: 'unknown field (expected "base" and "vary")' });
  if (issues.length) return { ok: false, issues };
  const axes: SweepAxis[] = [];
  for (const [path, v] of Object.entries(spec.vary as Record<string, unknown>)) {
    const where = `vary.${path}`;
    let segments: (string | number)[];
    try {
      segments = parsePath(path);
    } catch (e) {
      issues.push({ path: where, message: `invalid path: ${(e as Error).message}` });
      continue;
    }
    if (Array.isArray(v)) {
      if (v.length === 0) issues.push({ path: where, message: 'needs at least one value' });
      else axes.push({ path, segments, values: v });
    } else if (isRecord(v)) {
      const extra = Object.keys(v).filter((k) => !['from', 'to', 'steps', 'scale'].includes(k));
      if (extra.length) {
        issues.push({ path: `${where}.${extra[0]}`, message: 'unknown field (a range has from, to, steps, scale)' });
        continue;
      }
      for (const k of ['from', 'to', 'steps'] as const) if (typeof v[k] !== 'number') issues.push({ path: `${where}.${k}`, message: 'required number' });
      const { from, to, steps, scale } = v;
      if (issues.length || typeof from !== 'number' || typeof to !== 'number' || typeof steps !== 'number') continue;
      if (scale !== undefined && scale !== 'linear' && scale !== 'log') {
        issues.push({ path: where, message: `scale must be "linear" or "log", got ${JSON.stringify(scale)}` });
        continue;
      }
      try {
        axes.push({ path, segments, values: expandRange({ from, to, steps, ...(scale ? { scale } : {}) }) });
      } catch (e) {
        issues.push({ path: where, message: (e as Error).message });
      }
    } else {
      issues.push({ path: where, message: 'expected an array of values or { "from", "to", "steps", "scale" }' });
    }
  }
  if (issues.length) return { ok: false, issues };
  let total = 1;
  for (const a of axes) total *= a.values.length;
  if (total > MAX_SWEEP_CANDIDATES) return { ok: false, issues: [{ path: 'vary', message: `${total} candidates exceed the limit of ${MAX_SWEEP_CANDIDATES}` }] };
  return { ok: true, value: { base: spec.base, axes, total } };
}

/** Values of candidate `index` (0-based) of the cartesian product, the last axis varying fastest. */
export function candidateValues(axes: readonly SweepAxis[], index: number): unknown[] {
  const out = new Array<unknown>(axes.length);
  let r = index;
  for (let k = axes.length - 1; k >= 0; k--) {
    const n = axes[k].values.length;
    out[k] = axes[k].values[r % n];
    r = Math.floor(r / n);
  }
  return out;
}

/** Half-open index range [start, end) of shard i of n (1-based), equal slices: start = ⌊(i−1)·N/n⌋, end = ⌊i·N/n⌋. */
export function shardRange(total: number, i: number, n: number): { start: number; end: number } {
  if (!Number.isInteger(n) || n < 1) throw new Error(`shard count must be a whole number ≥ 1, got ${n}`);
  if (!Number.isInteger(i) || i < 1 || i > n) throw new Error(`shard index must be a whole number in [1, ${n}], got ${i}`);
  return { start: Math.floor(((i - 1) * total) / n), end: Math.floor((i * total) / n) };
}

/** '3/10' → { i: 3, n: 10 }; throws with the reason. */
export function parseShard(text: string): { i: number; n: number } {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!m) throw new Error(`expected i/n (e.g. 2/8), got "${text}"`);
  const i = Number(m[1]);
  const n = Number(m[2]);
  shardRange(0, i, n);
  return { i, n };
}

/**
 * A copy of `obj` with `value` at the path (the one path helper, ../path setPath); intermediate objects are created,
 * but array elements must exist: a sweep varies elements of the base's lists, never invents them. Throws naming the path.
 */
export function setAtPath(obj: unknown, segments: readonly (string | number)[], value: unknown): unknown {
  for (let k = 0; k < segments.length; k++) {
    const seg = segments[k];
    const node = getPath(obj, segments.slice(0, k));
    const here = segments.slice(0, k + 1).join('.');
    if (typeof seg === 'number') {
      if (node === undefined || node === null) throw new Error(`${here}: the base formulation has no ${segments.slice(0, k).join('.')} list to vary an element of (give it in "base")`);
      if (!Array.isArray(node)) throw new Error(`${here}: ${segments.slice(0, k).join('.')} is not a list in the base formulation`);
      if (seg >= node.length) throw new Error(`${here}: no element ${seg} (the array has ${node.length})`);
    } else if (node !== undefined && node !== null && !isRecord(node)) throw new Error(`${here}: parent is not an object`);
  }
  return setPath(obj, [...segments], value);
}

// One renormalisation rule for the whole app (Builder, Explore, sweeps): ../membrane-fractions.
export { renormaliseMembranes };

/** The formulation of candidate `index`: base with each axis value set, membrane fractions renormalised. Throws naming the path. */
export function buildCandidate(plan: SweepPlan, index: number): { values: unknown[]; formulation: unknown } {
  const values = candidateValues(plan.axes, index);
  return { values, formulation: buildFromValues(plan, values) };
}

/**
 * The formulation with `values[k]` set at axis k's path (in axis order), membrane fractions renormalised when an axis
 * sets one — what buildCandidate builds for any vector of axis values, also ones that are not in the product (probes).
 */
export function buildFromValues(plan: SweepPlan, values: readonly unknown[]): unknown {
  let f: unknown = plan.base;
  const membraneIdx: number[] = [];
  plan.axes.forEach((a, k) => {
    f = setAtPath(f, a.segments, values[k]);
    const s = a.segments;
    if (s.length === 4 && s[0] === 'coating' && s[1] === 'membranes' && typeof s[2] === 'number' && s[3] === 'fraction') membraneIdx.push(s[2]);
  });
  if (membraneIdx.length) f = renormaliseMembranes(f, membraneIdx);
  return f;
}

/** Index into each axis' values of candidate `index` (the last axis varying fastest), written into `out`. */
export function candidateIndices(axes: readonly SweepAxis[], index: number, out: number[] = new Array<number>(axes.length)): number[] {
  let r = index;
  for (let k = axes.length - 1; k >= 0; k--) {
    const n = axes[k].values.length;
    out[k] = r % n;
    r = Math.floor(r / n);
  }
  return out;
}
