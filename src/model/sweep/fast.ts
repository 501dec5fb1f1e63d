// Pure helpers of the sweep fast path (engine/sweep): axes that overlap, leaves set on an already-completed formulation
// (copy on write, the rest shared), group indexing over a subset of axes, and structural equality of JSON-like values.
import type { SweepAxis } from './plan';

function isPrefix(a: readonly (string | number)[], b: readonly (string | number)[]): boolean {
  if (a.length > b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Indices of axes whose path equals, contains or lies inside another axis' path ('core' and 'core.diameterNm';
 * 'payloads.1.x' and 'payloads.01.x'). Setting such axes depends on their order, so they are never treated separately.
 */
export function overlappingAxes(axes: readonly SweepAxis[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < axes.length; i++) {
    for (let j = i + 1; j < axes.length; j++) {
      if (isPrefix(axes[i].segments, axes[j].segments) || isPrefix(axes[j].segments, axes[i].segments)) {
        out.add(i);
        out.add(j);
      }
    }
  }
  return out;
}

function setExisting(node: unknown, segments: readonly (string | number)[], k: number, value: unknown): unknown {
  if (k === segments.length) return value;
  const seg = segments[k];
  if (typeof seg === 'number') {
    if (!Array.isArray(node) || seg >= node.length) throw new Error(`${segments.slice(0, k + 1).join('.')}: no such element`);
    const copy = node.slice();
    copy[seg] = setExisting(node[seg], segments, k + 1, value);
    return copy;
  }
  if (typeof node !== 'object' || node === null || Array.isArray(node)) throw new Error(`${segments.slice(0, k + 1).join('.')}: parent is not an object`);
  const rec = node as Record<string, unknown>;
  if (k + 1 < segments.length && !(seg in rec)) throw new Error(`${segments.slice(0, k + 1).join('.')}: no such field`);
  return { ...rec, [seg]: setExisting(rec[seg], segments, k + 1, value) };
}

/**
 * A copy of `obj` with `values[i]` at `paths[i]`: only the objects and arrays on those paths are copied, everything else
 * is shared (never mutated). Every parent on a path must exist (a completed formulation has them); the leaf may be new.
 */
export function setLeaves(obj: unknown, paths: readonly (readonly (string | number)[])[], values: readonly unknown[]): unknown {
  let out = obj;
  for (let i = 0; i < paths.length; i++) out = setExisting(out, paths[i], 0, values[i]);
  return out;
}

/** Index of the combination of `idx[axis]` over `which` axes (mixed radix in the given order): the group a candidate is in. */
export function comboIndex(axes: readonly SweepAxis[], which: readonly number[], idx: readonly number[]): number {
  let g = 0;
  for (const k of which) g = g * axes[k].values.length + idx[k];
  return g;
}

/**
 * Structural equality of JSON-like values: same own keys (a key holding undefined differs from a missing key), same
 * array lengths, primitives by Object.is (so 0 and −0 differ). Key order is not compared.
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    if (a.length !== bb.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], bb[i])) return false;
    return true;
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const ka = Object.keys(ra);
  if (ka.length !== Object.keys(rb).length) return false;
  for (const key of ka) if (!Object.prototype.hasOwnProperty.call(rb, key) || !jsonEqual(ra[key], rb[key])) return false;
  return true;
}
