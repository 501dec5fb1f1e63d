// Inverse design through the engine: spec errors name the field, candidates are valid and re-score to their reported values, seeds are deterministic, islands merge to the front of their union, NSGA-II beats random search.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PRESETS } from '../../catalog';
import { createRng } from '../../model/rng';
import { dominates, hypervolume2D, randomGenome } from '../../model/optimize';
import { DIAMETER_FIELD, fieldAt, inRange, parseFormulation } from '../../schema';
import { scoreFormulation } from '../index';
import {
  defaultRange,
  designProblem,
  frontCsv,
  localSensitivity,
  frontScales,
  mergeResults,
  optimize,
  outputValue,
  parseOptimizeResult,
  parseOptimizeSpec,
  type OptimizeResult,
} from './index';
import { roundToSignificant } from './problem';
import { readCsv } from '../../model/csv';

const base = PRESETS['izb-ccm'].formulation;
const SPEC = {
  schema: 'nanoplatform.optimize/1',
  base,
  objectives: [
    { output: 'loading.totalLoadingPct', direction: 'max' },
    { output: 'radiosensitization.sensitizerEnhancementRatio', direction: 'max' },
  ],
  constraints: [{ output: 'geometry.hydrodynamicDiameterNm', min: 60, max: 200 }],
  population: 16,
  generations: 6,
  seed: 3,
};

const issuesOf = (spec: unknown) => {
  const r = parseOptimizeSpec(spec);
  return r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`);
};

describe('the spec (nanoplatform.optimize/1)', () => {
  it('defaults free the particle design of the base: size, both feeds, the membrane mix, coat ratio and PEG', () => {
    const r = parseOptimizeSpec(SPEC);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.variables.map((v) => v.path)).toEqual(['core.diameterNm', 'payloads.0.feedMassRatio', 'payloads.1.feedMassRatio', 'coating.membranes.0.fraction', 'coating.membranes.1.fraction', 'coating.membraneToCoreMassRatio', 'coating.peg']);
    // bounds from the registry's sweep range
    const d = r.value.variables[0];
    expect(d.kind === 'number' && [d.from, d.to, d.scale]).toEqual([DIAMETER_FIELD.sweep!.from, DIAMETER_FIELD.sweep!.to, 'log']);
    expect(r.value.population).toBe(16);
  });

  it('errors name the field and the reason', () => {
    expect(issuesOf({ ...SPEC, schema: 'x' })).toEqual(['schema: must be "nanoplatform.optimize/1"']);
    expect(issuesOf({ ...SPEC, objectives: [] })[0]).toBe('objectives: needs at least one objective');
    expect(issuesOf({ ...SPEC, objectives: [{ output: 'score.nope', direction: 'max' }] })[0]).toMatch(/^objectives\.0\.output: unknown output "score\.nope"; valid: score\.overall/);
    expect(issuesOf({ ...SPEC, objectives: [{ output: 'score.overall', direction: 'up' }] })[0]).toBe('objectives.0.direction: must be "max" or "min"');
    expect(issuesOf({ ...SPEC, variables: { 'core.diameterNm': { to: 9000 } } })[0]).toBe('variables.core.diameterNm.to: must be > 0 and ≤ 5000 nm (Core diameter; got 9000)');
    expect(issuesOf({ ...SPEC, variables: { 'core.diameterNM': {} } })[0]).toMatch(/^variables\.core\.diameterNM: not a field of the formulation/);
    expect(issuesOf({ ...SPEC, variables: { 'core.material': { choices: ['zif-8', 'kryptonite'] } } })[0]).toMatch(/^variables\.core\.material\.choices\.1: "kryptonite" is not a choice of Carrier material; valid: none, zif-8/);
    expect(issuesOf({ ...SPEC, variables: { 'payloads.5.feedMassRatio': {} } })[0]).toMatch(/^variables\.payloads\.5\.feedMassRatio: the base has no payloads item 5/);
    expect(issuesOf({ ...SPEC, variables: { name: {} } })[0]).toBe('variables.name: Name is free text, not a design variable');
    expect(issuesOf({ ...SPEC, population: 2 })[0]).toBe('population: must be ≥ 4');
    expect(issuesOf({ ...SPEC, constraints: [{ output: 'score.overall' }] })[0]).toBe('constraints.0: needs min or max');
    expect(issuesOf({ ...SPEC, base: { core: { diameterNm: -1 } } })[0]).toMatch(/^base\.core\.diameterNm: /);
    expect(issuesOf({ ...SPEC, extra: 1 })[0]).toMatch(/extra|Unrecognized/);
  });

  it('a "*" path frees the field of every list item', () => {
    const r = parseOptimizeSpec({ ...SPEC, variables: { 'payloads.*.feedMassRatio': { from: 0.05, to: 0.5 } } });
    expect(r.ok && r.value.variables.map((v) => v.path)).toEqual(['payloads.0.feedMassRatio', 'payloads.1.feedMassRatio']);
  });
});

describe('candidates', () => {
  const result = optimize({ ...SPEC, variables: { 'core.diameterNm': { from: 30, to: 250 }, 'payloads.*.feedMassRatio': {}, 'coating.membranes.*.fraction': {}, 'coating.membraneToCoreMassRatio': {}, 'coating.peg': {}, 'core.material': { choices: ['zif-8', 'zif-90', 'uio-66', 'hf-mof'] } } });

  it('every reported candidate parses unchanged, lies within its bounds, satisfies the constraints and re-scores (full, as the builder does) to its reported values', () => {
    expect(result.front.length).toBeGreaterThan(0);
    expect(result.feasible).toBe(true);
    for (const p of result.front) {
      const r = parseFormulation(p.formulation);
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.value).toEqual(p.formulation);
      expect(p.violation).toBe(0);
      const d = p.variables['core.diameterNm'] as number;
      expect(d).toBeGreaterThanOrEqual(30 * (1 - 1e-12));
      expect(d).toBeLessThanOrEqual(250 * (1 + 1e-12));
      expect(['zif-8', 'zif-90', 'uio-66', 'hf-mof']).toContain(p.variables['core.material']);
      const s = scoreFormulation(p.formulation, {}, {});
      for (const [k, v] of Object.entries(p.values)) expect(outputValue(s, k)).toBe(v);
      const size = p.values['geometry.hydrodynamicDiameterNm']!;
      expect(size).toBeGreaterThanOrEqual(60);
      expect(size).toBeLessThanOrEqual(200);
    }
    // no reported point dominates another
    const min = (p: OptimizeResult['front'][number]) => ({ objectives: result.objectives.map((o) => -(p.values[o.output] as number)), violation: p.violation });
    for (const a of result.front) for (const b of result.front) expect(dominates(min(a), min(b))).toBe(false);
  });

  it('the same seed gives the same front; another seed another one', () => {
    const again = optimize({ ...SPEC, variables: { 'core.diameterNm': { from: 30, to: 250 }, 'payloads.*.feedMassRatio': {}, 'coating.membranes.*.fraction': {}, 'coating.membraneToCoreMassRatio': {}, 'coating.peg': {}, 'core.material': { choices: ['zif-8', 'zif-90', 'uio-66', 'hf-mof'] } } });
    expect(again.front).toEqual(result.front);
    const other = optimize({ ...SPEC, seed: 4 });
    expect(other.front.map((p) => p.genome)).not.toEqual(optimize(SPEC).front.map((p) => p.genome));
  });

  it('lab precision (walkthrough 8 #31): with significantDigits every searched number is a recipe of that many significant figures, in range, and re-scores to its values', () => {
    const r = optimize({ ...SPEC, significantDigits: 3, variables: { 'core.diameterNm': { from: 30, to: 250 }, 'payloads.*.feedMassRatio': {}, 'coating.membraneToCoreMassRatio': {} } });
    expect(r.front.length).toBeGreaterThan(0);
    expect(r.spec.significantDigits).toBe(3);
    for (const p of r.front) {
      for (const [path, v] of Object.entries(p.variables)) {
        expect(typeof v).toBe('number');
        // 3 significant figures: the value is unchanged by rounding to 3 (or sits on a bound of its range)
        const n = v as number;
        const bound = path === 'core.diameterNm' ? [30, 250] : null;
        if (!bound || (n !== bound[0] && n !== bound[1])) expect(Number(n.toPrecision(3))).toBe(n);
      }
      const d = p.variables['core.diameterNm'] as number;
      expect(d).toBeGreaterThanOrEqual(30);
      expect(d).toBeLessThanOrEqual(250);
      const s = scoreFormulation(p.formulation, {}, {});
      for (const [k, v] of Object.entries(p.values)) expect(outputValue(s, k)).toBe(v);
    }
    // without it (links made before the field): full precision, as before
    expect(result.front.some((p) => Number((p.variables['core.diameterNm'] as number).toPrecision(3)) !== p.variables['core.diameterNm'])).toBe(true);
    expect(issuesOf({ ...SPEC, significantDigits: 0 })).toEqual(['significantDigits: must be ≥ 1']);
    expect(issuesOf({ ...SPEC, significantDigits: 2.5 })).toEqual(['significantDigits: must be a whole number']);
  });

  it('roundToSignificant by hand: 43.9387 → 43.9 (3), 0.94415 → 0.944 (3), 249.6 in [30, 250] → 250 (3), 250.4 → 250 (bound), 0 stays 0', () => {
    expect(roundToSignificant(43.9387, 3, 0, 1000)).toBe(43.9);
    expect(roundToSignificant(0.94415, 3, 0, 10)).toBe(0.944);
    expect(roundToSignificant(249.6, 3, 30, 250)).toBe(250);
    expect(roundToSignificant(29.96, 3, 30, 250)).toBe(30);
    expect(roundToSignificant(1234.5, 2, 0, 5000)).toBe(1200);
    expect(roundToSignificant(0, 3, 0, 1)).toBe(0);
  });

  it('CSV: one row per front point through the one CSV writer, variables then outputs', () => {
    const rows = readCsv(frontCsv(result));
    expect(rows.ok).toBe(true);
    if (!rows.ok) return;
    expect(rows.records[0].cells.slice(0, 3)).toEqual(['island', 'core.diameterNm', 'payloads.0.feedMassRatio']);
    expect(rows.records.length).toBe(result.front.length + 1);
    // numbers round-trip exactly
    expect(Number(rows.records[1].cells[1])).toBe(result.front[0].variables['core.diameterNm']);
  });
});

describe('property: every returned candidate is valid', () => {
  it('for random freed fields, sub-ranges, limits and seeds: each front point parses unchanged, lies in its searched range or choices, and meets every limit when the result is feasible', () => {
    const numberPaths = ['core.diameterNm', 'payloads.0.feedMassRatio', 'payloads.1.feedMassRatio', 'coating.membraneToCoreMassRatio', 'scenario.doseMgPerKg', 'scenario.fractions', 'scenario.irradiationDelayH'];
    const choicePaths = ['core.material', 'coating.peg', 'payloads.0.agent', 'coating.membranes.1.source', 'scenario.route'];
    fc.assert(
      fc.property(
        fc.subarray(numberPaths, { minLength: 1 }),
        fc.subarray(choicePaths),
        fc.double({ min: 0, max: 0.45, noNaN: true }),
        fc.integer({ min: 60, max: 400 }),
        fc.integer(),
        (nums, choices, shrink, sizeMax, seed) => {
          const variables: Record<string, { from?: number; to?: number }> = {};
          for (const path of nums) {
            const f = fieldAt(path)!;
            if (f.kind !== 'number') continue;
            const r = defaultRange(f);
            const w = r.to - r.from;
            variables[path] = f.integer ? {} : { from: r.from + shrink * w, to: r.to - shrink * w };
          }
          for (const path of choices) variables[path] = {};
          const spec = { ...SPEC, variables, constraints: [{ output: 'geometry.hydrodynamicDiameterNm', max: sizeMax }], population: 8, generations: 2, seed };
          const p = parseOptimizeSpec(spec);
          expect(p.ok).toBe(true);
          if (!p.ok) return;
          const r = optimize(spec);
          for (const pt of r.front) {
            const parsed = parseFormulation(pt.formulation);
            expect(parsed.ok && parsed.value).toEqual(pt.formulation);
            for (const v of p.value.variables) {
              const val = pt.variables[v.path];
              if (v.kind === 'choice') expect(v.choices).toContain(val);
              else if (v.kind === 'number') {
                expect(val as number).toBeGreaterThanOrEqual(v.from * (1 - 1e-9) - (v.integer ? 0.5 : 0));
                expect(val as number).toBeLessThanOrEqual(v.to * (1 + 1e-9) + (v.integer ? 0.5 : 0));
              }
            }
            if (r.feasible) {
              expect(pt.violation).toBe(0);
              expect(pt.values['geometry.hydrodynamicDiameterNm']!).toBeLessThanOrEqual(sizeMax);
            }
          }
        },
      ),
      { numRuns: 12 },
    );
  });
});

describe('decoding', () => {
  it('property: the fast decode equals a full parse of the built input, for any genome (choices included)', () => {
    const p = parseOptimizeSpec({ ...SPEC, variables: { 'core.diameterNm': {}, 'payloads.*.feedMassRatio': {}, 'payloads.*.loading': {}, 'coating.membranes.*.fraction': {}, 'coating.peg': {}, 'core.material': {}, 'scenario.fractions': {} } });
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    const problem = designProblem(p.value);
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const rng = createRng(seed);
        for (let k = 0; k < 4; k++) {
          const x = randomGenome(problem.genes, rng);
          const fast = problem.decode(x);
          const full = problem.decodeFull(x);
          expect(fast.formulation).toEqual(full.formulation);
          if (fast.formulation) {
            for (const v of p.value.variables) {
              const val = problem.valueOf(fast.formulation, v);
              const f = v.field;
              if (f.kind === 'number' && typeof val === 'number') expect(inRange(f, val)).toBe(true);
            }
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('islands', () => {
  it('shards are islands with different seeds; merge = the non-dominated set of the union, in any order', () => {
    const a = optimize(SPEC, { shard: { i: 1, n: 2 } });
    const b = optimize(SPEC, { shard: { i: 2, n: 2 } });
    expect(a.islands[0].seed).not.toEqual(b.islands[0].seed);
    const m = mergeResults([a, b]);
    const m2 = mergeResults([b, a]);
    expect(m.ok && m2.ok).toBe(true);
    if (!m.ok || !m2.ok) return;
    const vec = (p: OptimizeResult['front'][number]) => ({ objectives: SPEC.objectives.map((o) => -(p.values[o.output] as number)), violation: p.violation });
    const union = [...a.front, ...b.front];
    // brute force: a point of the union is kept iff no point of the union dominates it
    const expected = union.filter((p) => !union.some((q) => dominates(vec(q), vec(p))));
    const key = (p: OptimizeResult['front'][number]) => JSON.stringify(vec(p));
    expect(new Set(m.value.front.map(key))).toEqual(new Set(expected.map(key)));
    expect(new Set(m2.value.front.map(key))).toEqual(new Set(m.value.front.map(key)));
    expect(m.value.islands.map((x) => x.i)).toEqual([1, 2]);
    // the merged document is itself a result (merge of merges)
    expect(parseOptimizeResult(JSON.parse(JSON.stringify(m.value))).ok).toBe(true);
    expect(mergeResults([a, { ...b, objectives: [{ output: 'score.overall', direction: 'max' }] }]).ok).toBe(false);
  });
});

describe('search quality on the model', () => {
  it('NSGA-II dominates a random search of the same budget (hypervolume of loading × SER)', () => {
    const spec = { ...SPEC, constraints: [], population: 20, generations: 10, seed: 9 };
    const r = optimize(spec);
    const p = parseOptimizeSpec(spec);
    if (!p.ok) throw new Error('spec');
    const problem = designProblem(p.value);
    const rng = createRng('random-search');
    const budget = r.islands[0].evaluations;
    const random: number[][] = [];
    for (let k = 0; k < budget; k++) {
      const e = problem.evaluate(randomGenome(problem.genes, rng));
      if (e.violation === 0) random.push(e.objectives);
    }
    const ours = r.front.map((pt) => spec.objectives.map((o) => -(pt.values[o.output] as number)));
    const all = [...ours, ...random];
    const ref: [number, number] = [Math.max(...all.map((v) => v[0])) + 1e-9, Math.max(...all.map((v) => v[1])) + 1e-9];
    expect(hypervolume2D(ours, ref)).toBeGreaterThan(hypervolume2D(random, ref));
  });
});

describe('robust option and sensitivity', () => {
  it('robust percentiles: p5 ≤ p50 ≤ p95, the pessimistic one is p5 for a maximised output; robust rank 0 exists', () => {
    const r = optimize({ ...SPEC, population: 8, generations: 2, robust: { draws: 16, seed: 2 } });
    for (const p of r.front) {
      for (const o of SPEC.objectives) {
        const b = p.robust![o.output];
        expect(b.p5).toBeLessThanOrEqual(b.p50);
        expect(b.p50).toBeLessThanOrEqual(b.p95);
        expect(b.pessimistic).toBe(b.p5);
      }
    }
    expect(r.front.some((p) => p.robustRank === 0)).toBe(true);
  });

  it('sensitivity: a variable that no objective reads has effect 0; feed ratio of the loading payload moves loading', () => {
    const p = parseOptimizeSpec({ ...SPEC, objectives: [{ output: 'loading.totalLoadingPct', direction: 'max' }], variables: { 'payloads.*.feedMassRatio': {}, 'scenario.fractionDoseGy': {} } });
    if (!p.ok) throw new Error('spec');
    const problem = designProblem(p.value);
    const fx = localSensitivity(problem, problem.baseGenome(), frontScales(p.value.objectives, []));
    const byPath = Object.fromEntries(fx.map((e) => [e.path, e]));
    expect(byPath['scenario.fractionDoseGy'].magnitude).toBe(0);
    expect(byPath['payloads.0.feedMassRatio'].magnitude).toBeGreaterThan(0);
    expect(fx[fx.length - 1].path).toBe('scenario.fractionDoseGy');
  });
});
