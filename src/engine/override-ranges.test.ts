// Overrides against their Params' declared ranges (issue #22 item 8), for every override key of every preset: out of range
// is refused by name ('overrides.<key>: …'), in range scores to finite numbers (no null where the contract promises a number).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRESETS, PRESET_IDS } from '../catalog';
import type { Param } from '../model/param';
import { parseFormulation } from '../schema';
import { CATALOG_LOOKUP, completeFormulation, formulationParams, MODEL_PARAMS, scoreFormulation } from './index';

/** Scores paths where the contract allows null: t50 never reached, no selectivity, no free-drug exposure to compare with, a component that does not apply (n/a). */
const NULLABLE = /(^|\.)t50h\.|(^|\.)selectivityIndex$|injectedConcentrationGPerL$|AucRatioVsFreeDrug$|^score\.components\.[a-z]+$|^score\.desirability\.[a-z]+\.(d|response)$/;

/** Paths of every non-finite number, and of every null outside NULLABLE, in a JSON-like value. */
function badNumbers(x: unknown, path = '', out: string[] = []): string[] {
  if (typeof x === 'number') {
    if (!Number.isFinite(x)) out.push(`${path}=${x}`);
  } else if (x === null) {
    if (!NULLABLE.test(path)) out.push(`${path}=null`);
  } else if (Array.isArray(x)) x.forEach((v, i) => badNumbers(v, `${path}.${i}`, out));
  else if (typeof x === 'object') for (const [k, v] of Object.entries(x)) if (k !== 'explanations' && k !== 'formulation') badNumbers(v, path ? `${path}.${k}` : k, out);
  return out;
}

const bases = PRESET_IDS.map((id) => ({ id, f: completeFormulation(PRESETS[id].formulation) }));
const keysOf = (f: ReturnType<typeof completeFormulation>) => Object.entries(formulationParams(f, CATALOG_LOOKUP));

/** A value just below min (or far below), and just above max (or far above): both outside [min, max]. */
function outside(p: Param): fc.Arbitrary<number> {
  const min = p.min!;
  const max = p.max!;
  const below = fc.double({ min: 1e-9, max: 1e6, noNaN: true }).map((u) => min - Math.max(Math.abs(min), 1) * u);
  const above = fc.double({ min: 1e-9, max: 1e300, noNaN: true }).map((u) => max + Math.max(Math.abs(max), 1) * u);
  return fc.oneof(below, above).filter((v) => Number.isFinite(v) && (v < min || v > max));
}

/** A value in [min, max] at u ∈ [0, 1]: log-uniform when both bounds are positive, else uniform. */
function inside(p: Param, u: number): number {
  const min = p.min!;
  const max = p.max!;
  const v = min > 0 ? Math.exp(Math.log(min) + u * (Math.log(max) - Math.log(min))) : min + u * (max - min);
  return Math.min(max, Math.max(min, v));
}

const pairs = bases.flatMap(({ id, f }) => keysOf(f).map(([key, p]) => ({ id, f, key, p })));

describe('override ranges', () => {
  it('every model parameter and every catalog parameter a preset uses declares a range that holds its own value', () => {
    const params = [...Object.entries(MODEL_PARAMS), ...bases.flatMap((b) => keysOf(b.f))];
    for (const [id, p] of params) {
      expect(p.min, id).toBeTypeOf('number');
      expect(p.max, id).toBeTypeOf('number');
      expect(p.min! <= p.value && p.value <= p.max!, `${id}: ${p.value} in [${p.min}, ${p.max}]`).toBe(true);
    }
  });

  it('out of range: refused, the issue naming overrides.<key> with the bound (every key of every preset)', () => {
    for (const { id, f, key, p } of pairs)
      fc.assert(
        fc.property(outside(p), (v) => {
          const r = parseFormulation({ ...f, overrides: { [key]: v } });
          expect(r.ok, `${id} ${key}=${v}`).toBe(false);
          if (r.ok) return;
          expect(r.issues.map((i) => i.path)).toEqual([`overrides.${key}`]);
          expect(r.issues[0].message).toMatch(v < p.min! ? /^must be ≥ / : /^must be ≤ /);
        }),
        { numRuns: 2, seed: 22 },
      );
  });

  it('in range, at both bounds: accepted, and every number of the (lean) scores is finite (every key of every preset)', () => {
    for (const { id, f, key, p } of pairs)
      for (const v of [p.min!, p.max!]) expect(badNumbers(scoreFormulation({ ...f, overrides: { [key]: v } }, { lean: true }, {})), `${id} ${key}=${v}`).toEqual([]);
  });

  it('in range, anywhere (property): full scores have only finite numbers', () => {
    fc.assert(
      fc.property(fc.nat(pairs.length - 1), fc.double({ min: 0, max: 1, noNaN: true }), (k, u) => {
        const { id, f, key, p } = pairs[k];
        const v = inside(p, u);
        expect(badNumbers(scoreFormulation({ ...f, overrides: { [key]: v } }, {}, {})), `${id} ${key}=${v}`).toEqual([]);
      }),
      { numRuns: 400, seed: 8 },
    );
  });

  it('the strict read of the engine (the CLI\'s) refuses the same way; its default read (Monte Carlo, library) scores it', () => {
    const f = bases[0].f;
    expect(() => scoreFormulation({ ...f, overrides: { 'targeting.uMax': 0.5 } }, {}, {})).toThrow('overrides.targeting.uMax: must be ≥ 1 (got 0.5)');
    expect(scoreFormulation({ ...f, overrides: { 'targeting.uMax': 0.5 } }).targeting.tumorCellUptakeIndex).toBeGreaterThan(0);
  });

  it('the report of the issue: α = 1e308 is refused by name, not scored to null', () => {
    const r = parseFormulation({ overrides: { 'radiobiology.alphaPerGy': 1e308 } });
    expect(r.ok ? [] : r.issues).toEqual([{ path: 'overrides.radiobiology.alphaPerGy', message: 'must be ≤ 5 Gy⁻¹ (got 1e+308)' }]);
  });
});
