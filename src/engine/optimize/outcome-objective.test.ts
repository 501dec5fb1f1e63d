// Local control as an inverse-design output (#16 §3): outcomeArms equals the outcome report to the bit, the optimiser's outcome values re-compute from their formulations, the spec's outcome settings parse with field-named errors, the robust option bands them with the outcome's own Monte Carlo.
import { describe, expect, it } from 'vitest';
import { PRESET_IDS, PRESETS } from '../../catalog';
import { CATALOG_LOOKUP, resolveFormulation, scoreCompleted } from '../index';
import { outcomeArms, outcomeCompleted, outcomeUncertaintyCompleted, rankingValue } from '../outcome';
import { DEFAULT_OPTIMIZE_LOCAL_CONTROL_WEIGHT, OPTIMIZE_OUTPUT_KEYS, optimize, optimizeOutput, OUTCOME_OPTIMIZE_OUTPUTS, parseOptimizeSpec, specDocument } from './index';

const base = PRESETS['izb-ccm'].formulation;
const SPEC = {
  schema: 'nanoplatform.optimize/1',
  base,
  variables: { 'core.diameterNm': { from: 40, to: 200 }, 'payloads.*.feedMassRatio': {}, 'scenario.irradiationDelayH': { from: 0, to: 168 } },
  objectives: [
    { output: 'outcome.localControlGain', direction: 'max' },
    { output: 'geometry.hydrodynamicDiameterNm', direction: 'min' },
  ],
  population: 12,
  generations: 4,
  seed: 5,
};

describe('local control as an optimisation output', () => {
  it('outcomeArms gives the outcome report\'s numbers to the bit (every preset; two schedules, with and without cisplatin)', () => {
    for (const id of PRESET_IDS) {
      const f = resolveFormulation(PRESETS[id].formulation);
      for (const opts of [{}, { schedule: 'ebrt:28x1.8+hdr:3x8', cisplatin: false }]) {
        const a = outcomeArms(f, CATALOG_LOOKUP, opts);
        const r = outcomeCompleted(f, CATALOG_LOOKUP, { ...opts, curves: false, explain: false });
        expect([a.localControlControl, a.localControlCandidate, a.localControlGain, a.recurrenceControl, a.recurrenceCandidate], id).toEqual([
          r.control.localControl,
          r.candidate.localControl,
          r.localControlGain,
          r.control.recurrence,
          r.candidate.recurrence,
        ]);
      }
    }
  });

  it('every outcome output is listed with a direction and the equation that computes it', () => {
    for (const k of OUTCOME_OPTIMIZE_OUTPUTS) {
      expect(OPTIMIZE_OUTPUT_KEYS).toContain(k);
      expect(optimizeOutput(k)!.equation!.length).toBeGreaterThan(10);
    }
    expect(optimizeOutput('outcome.localControlGain')!.better).toBe('max');
    expect(optimizeOutput('outcome.recurrenceCandidate')!.better).toBe('min');
  });

  it('a front optimised for the local-control gain: each point\'s gain (and ranking value) re-computes exactly from its formulation; the gain varies over the front', () => {
    const spec = { ...SPEC, objectives: [...SPEC.objectives, { output: 'ranking.withLocalControl', direction: 'max' }], outcome: { schedule: 'ebrt45-hdr6x5', localControlWeight: 2 } };
    const r = optimize(spec);
    expect(r.front.length).toBeGreaterThan(1);
    for (const p of r.front) {
      const f = resolveFormulation(p.formulation);
      const o = outcomeCompleted(f, CATALOG_LOOKUP, { schedule: 'ebrt45-hdr6x5', curves: false, explain: false });
      expect(p.values['outcome.localControlGain']).toBe(o.localControlGain);
      const s = scoreCompleted(f, CATALOG_LOOKUP, { lean: true });
      expect(p.values['ranking.withLocalControl']).toBe(rankingValue({ overall: s.score.overall, desirability: s.score.desirability, localControlGain: o.localControlGain, weight: 2 }).value);
    }
    const gains = r.front.map((p) => p.values['outcome.localControlGain'] as number);
    expect(Math.max(...gains)).toBeGreaterThan(Math.min(...gains));
    // the search found more gain than the base formulation's
    const baseGain = outcomeCompleted(resolveFormulation(base), CATALOG_LOOKUP, { schedule: 'ebrt45-hdr6x5', curves: false, explain: false }).localControlGain;
    expect(Math.max(...gains)).toBeGreaterThanOrEqual(baseGain);
    // same spec, same front
    expect(JSON.stringify(optimize(spec).front.map((p) => p.values))).toBe(JSON.stringify(r.front.map((p) => p.values)));
  });

  it('the ranking value uses weight 1 by default and equals the overall score at weight 0', () => {
    const r = optimize({ ...SPEC, objectives: [{ output: 'ranking.withLocalControl', direction: 'max' }, { output: 'score.overall', direction: 'max' }], outcome: { localControlWeight: 0 }, generations: 1, population: 6 });
    for (const p of r.front) expect(p.values['ranking.withLocalControl']).toBe(p.values['score.overall']);
    expect(DEFAULT_OPTIMIZE_LOCAL_CONTROL_WEIGHT).toBe(1);
  });

  it('spec.outcome: optional, travels in the spec document, errors name the field', () => {
    const p0 = parseOptimizeSpec(SPEC);
    expect(p0.ok && 'outcome' in specDocument(p0.value)).toBe(false);
    const p1 = parseOptimizeSpec({ ...SPEC, outcome: { schedule: 'ebrt:25x1.8+hdr:4x7', cisplatin: false, localControlWeight: 0.5 } });
    expect(p1.ok && specDocument(p1.value).outcome).toEqual({ schedule: 'ebrt:25x1.8+hdr:4x7', cisplatin: false, localControlWeight: 0.5 });
    const issues = (o: unknown) => {
      const r = parseOptimizeSpec({ ...SPEC, outcome: o });
      return r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`);
    };
    expect(issues({ schedule: 'ebrt:0x2' })[0]).toMatch(/^outcome\.schedule: /);
    expect(issues({ localControlWeight: -1 })).toEqual(['outcome.localControlWeight: must be ≥ 0']);
    expect(issues({ cisplatin: 'yes' })).toEqual(['outcome.cisplatin: must be true or false']);
    expect(issues({ boost: 1 })[0]).toMatch(/^outcome: /);
  });

  it('robust option: the gain\'s percentiles are the outcome Monte Carlo\'s bands (same draws and seed), ordered, pessimistic = 5th', () => {
    const r = optimize({ ...SPEC, generations: 1, population: 6, robust: { draws: 16, seed: 2 } });
    for (const p of r.front) {
      const b = outcomeUncertaintyCompleted(resolveFormulation(p.formulation), CATALOG_LOOKUP, { draws: 16, seed: 2 }).bands['outcome.localControlGain'];
      const v = p.robust!['outcome.localControlGain'];
      expect([v.p5, v.p50, v.p95, v.pessimistic]).toEqual([b.p5, b.p50, b.p95, b.p5]);
      expect(v.p5).toBeLessThanOrEqual(v.p95);
    }
  });
});
