// Runs the golden corpus through the public engine and compares results with the frozen fixture (numbers to relative
// 1e-12 or absolute 1e-14, strings, booleans, nulls, key order and array lengths exactly).
import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { scoreFormulation, uncertainty } from '../index';
import type { GoldenCase } from './corpus';

export const FIXTURE_PATH = new URL('./golden.json.gz', import.meta.url);

/** JSON with non-finite numbers kept distinguishable ({ "$nonFinite": "NaN" }) so NaN never compares equal to null. */
export function toJson(x: unknown): unknown {
  return JSON.parse(JSON.stringify(x, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? { $nonFinite: String(v) } : v))) as unknown;
}

/** The result of one case as plain JSON: the Scores or Monte Carlo result, or the error message it threw. */
export function runCase(c: GoldenCase): unknown {
  try {
    if (c.kind === 'score') return toJson(scoreFormulation(c.input, c.opts));
    return toJson(uncertainty(c.input, { draws: c.draws, seed: c.seed, overrides: c.overrides }));
  } catch (e) {
    return { $error: e instanceof Error ? e.message : String(e) };
  }
}

export interface GoldenFixture {
  modelVersion: string;
  cases: { id: string; out: unknown }[];
}

export function readFixture(): GoldenFixture {
  return JSON.parse(gunzipSync(readFileSync(FIXTURE_PATH)).toString('utf8')) as GoldenFixture;
}

const REL = 1e-12;
const ABS = 1e-14;

/** Differences between `actual` and `expected` (paths and values), at most `max`. */
export function diff(actual: unknown, expected: unknown, path = '', out: string[] = [], max = 20): string[] {
  if (out.length >= max) return out;
  if (typeof expected === 'number' && typeof actual === 'number') {
    if (actual !== expected && !(Math.abs(actual - expected) <= Math.max(ABS, REL * Math.abs(expected)))) out.push(`${path}: ${actual} ≠ ${expected}`);
    return out;
  }
  if (expected === null || typeof expected !== 'object' || actual === null || typeof actual !== 'object') {
    if (actual !== expected) out.push(`${path}: ${JSON.stringify(actual)?.slice(0, 300)} ≠ ${JSON.stringify(expected)?.slice(0, 300)}`);
    return out;
  }
  if (Array.isArray(expected) !== Array.isArray(actual)) {
    out.push(`${path}: array/object mismatch`);
    return out;
  }
  const ka = Object.keys(actual);
  const ke = Object.keys(expected);
  if (ka.join('\u0000') !== ke.join('\u0000')) {
    out.push(`${path}: keys [${ka.join(',')}] ≠ [${ke.join(',')}]`);
    return out;
  }
  for (const k of ke) diff((actual as Record<string, unknown>)[k], (expected as Record<string, unknown>)[k], path ? `${path}.${k}` : k, out, max);
  return out;
}
