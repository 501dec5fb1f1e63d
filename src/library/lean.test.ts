// Lean scoring (sweeps, Monte Carlo: no explanations, no curves) must give exactly the numbers of full scoring: every
// numeric output of every preset and of random formulations over the whole input domain, and the same warnings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRESET_IDS, PRESETS } from '../catalog';
import { randomFormulation } from './validation';
import { createRng } from '../model/rng';
import type { Scores } from '../model/scores';
import { FormulationError, scoreFormulation } from '../engine';

/** Every number (and null) in a Scores object except explanations and release curves, by dotted path. */
function numbers(s: Scores): Map<string, number | null> {
  const out = new Map<string, number | null>();
  const walk = (x: unknown, path: string) => {
    if (path === 'explanations' || path.endsWith('.curves')) return;
    if (typeof x === 'number' || x === null) out.set(path, x as number | null);
    else if (Array.isArray(x)) x.forEach((v, i) => walk(v, `${path}.${i}`));
    else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) walk(v, path ? `${path}.${k}` : k);
  };
  walk(s, '');
  return out;
}

function expectSame(input: unknown, label: string, overrides?: Record<string, number>): boolean {
  let full: Scores;
  try {
    full = scoreFormulation(input, { overrides });
  } catch (e) {
    if (e instanceof FormulationError) return false; // invalid input: nothing to compare
    throw e;
  }
  const lean = scoreFormulation(input, { overrides, lean: true });
  const a = numbers(full);
  const b = numbers(lean);
  expect([...b.keys()], label).toEqual([...a.keys()]);
  for (const [k, v] of a) if (!Object.is(b.get(k), v)) expect(`${k} = ${b.get(k)}`, label).toBe(`${k} = ${v}`);
  expect(lean.warnings, label).toEqual(full.warnings);
  expect(lean.release.curves, label).toEqual([]);
  expect(Object.keys(lean.explanations), label).toEqual([]);
  expect(full.release.curves.length, label).toBe(3);
  return true;
}

describe('lean scoring = full scoring, number for number', () => {
  it('every preset', () => {
    for (const id of PRESET_IDS) expectSame(PRESETS[id].formulation, id);
  });
  it('400 seeded random formulations over the input domain', () => {
    const rng = createRng(20240611);
    let compared = 0;
    for (let i = 0; i < 400; i++) if (expectSame(randomFormulation(rng), `random #${i}`)) compared++;
    expect(compared).toBeGreaterThan(300);
  });
  it('property: random formulations with random parameter overrides (fast-check seeds)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.double({ min: 0.2, max: 5, noNaN: true }), fc.double({ min: 0.2, max: 5, noNaN: true }), (seed, a, b) => {
        const f = randomFormulation(createRng(seed));
        expectSame(f, `seed ${seed}`, { 'targeting.uMax': 1 + a, 'radiobiology.epsFak': b / 10, 'core.release.kdPerH': b / 100, 'radiobiology.hypoxicFraction': a / 10 });
      }),
      { numRuns: 150 },
    );
  });
});
