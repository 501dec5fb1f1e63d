// Component-score explanations: every component explains itself with its ramp, limits and sources, and the sensitivity
// it reports equals a finite difference of the weighted geometric mean.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { desirabilityScore, SCORE_PARAMS, type ScoreInput } from './desirability';
import { overallSensitivity } from './component-explanations';
import { COMPONENT_IDS, type ComponentId } from '../scores';

const base: ScoreInput = {
  payloadCount: 2,
  totalLoadingPct: 10.5,
  selectivityIndex: 3,
  releasedAt24hPct74: 5,
  tumorDeliveryPctID: 1,
  sensitizerEnhancementRatio: 1.25,
  hydrodynamicDiameterNm: 120,
  systemicMetalDoseMgPerKg: 5,
  prematureLeakagePct: 5,
};

describe('component explanations (M5)', () => {
  it('loading: d = (10.5 − 1)/(20 − 1) = 0.5 by hand; the explanation states response, limits, weight and sources', () => {
    const r = desirabilityScore(base);
    const e = r.componentExplanations['score.loading']!;
    expect(e.result?.value).toBeCloseTo(50, 12);
    expect(e.inputs[0].value).toBe(10.5);
    expect(e.params.map((p) => p.name)).toEqual(['score.loadingLowerPct', 'score.loadingUpperPct', 'score.eeLowerPct', 'score.eeUpperPct', 'score.floor']);
    expect(e.params[0].value).toBe(1);
    expect(e.params[1].value).toBe(20);
    expect(e.params[0].source).toBe(SCORE_PARAMS['score.loadingLowerPct'].source);
    expect(e.note).toMatch(/between the limits 1 and 20 %/);
  });

  it('release: selectivity 3 in 1→5 → 0.5, leakage 5 % below 10 % → no penalty; radiosensitization 1.25 in 1→1.5 → 0.5', () => {
    const r = desirabilityScore(base);
    expect(r.componentExplanations['score.release']!.result?.value).toBeCloseTo(50, 12);
    expect(r.componentExplanations['score.radiosensitization']!.result?.value).toBeCloseTo(50, 12);
    // targeting: log ramp ln(1/0.3)/ln(3/0.3) = 0.52288 (hand: ln 3.333 = 1.20397, ln 10 = 2.30259)
    expect(r.componentExplanations['score.targeting']!.result?.value).toBeCloseTo(100 * (1.2039728043259361 / 2.302585092994046), 10);
  });

  it('a response below the lower limit says it sits at the floor; beyond the upper limit says more does not help', () => {
    const low = desirabilityScore({ ...base, sensitizerEnhancementRatio: 1 });
    expect(low.componentExplanations['score.radiosensitization']!.note).toMatch(/at or below the lower limit 1, so d sits at the floor 0.01/);
    const high = desirabilityScore({ ...base, totalLoadingPct: 35 });
    expect(high.componentExplanations['score.loading']!.note).toMatch(/at or beyond the upper limit 20 %/);
  });

  it('n/a components explain why they are left out', () => {
    const r = desirabilityScore({ ...base, payloadCount: 0 });
    expect(r.componentExplanations['score.loading']!.result?.value).toBeNull();
    expect(r.componentExplanations['score.loading']!.note).toMatch(/does not apply/);
  });

  it('∂overall/∂d_i equals a central finite difference of 100·(Π d^w)^(1/Σw)', () => {
    const r = desirabilityScore(base, { loading: 2, safety: 0.5 });
    const ds = COMPONENT_IDS.map((id) => r.desirability[id]);
    const overallOf = (id: ComponentId, dd: number) => {
      let l = 0;
      let w = 0;
      for (const k of COMPONENT_IDS) {
        const x = r.desirability[k];
        if (x.d === null || x.weight <= 0) continue;
        l += x.weight * Math.log(k === id ? x.d + dd : x.d);
        w += x.weight;
      }
      return 100 * Math.exp(l / w);
    };
    expect(ds.length).toBe(5);
    for (const id of COMPONENT_IDS) {
      const s = overallSensitivity(r.desirability, r.overall, id)!;
      const h = 1e-6;
      expect(s).toBeCloseTo((overallOf(id, h) - overallOf(id, -h)) / (2 * h), 4);
    }
  });

  it('property: every component explains itself, its result equals the component score, no empty text', () => {
    fc.assert(fc.property(
      fc.record({
        payloadCount: fc.integer({ min: 0, max: 3 }),
        totalLoadingPct: fc.double({ min: 0, max: 90, noNaN: true }),
        selectivityIndex: fc.option(fc.double({ min: 0, max: 50, noNaN: true })),
        releasedAt24hPct74: fc.double({ min: 0, max: 100, noNaN: true }),
        tumorDeliveryPctID: fc.double({ min: 1e-4, max: 50, noNaN: true }),
        sensitizerEnhancementRatio: fc.double({ min: 0.9, max: 3, noNaN: true }),
        hydrodynamicDiameterNm: fc.double({ min: 1, max: 5000, noNaN: true }),
        systemicMetalDoseMgPerKg: fc.double({ min: 0, max: 1000, noNaN: true }),
        prematureLeakagePct: fc.double({ min: 0, max: 100, noNaN: true }),
      }),
      fc.record({ loading: fc.double({ min: 0, max: 5, noNaN: true }), safety: fc.double({ min: 0, max: 5, noNaN: true }) }),
      (input, weights) => {
        const r = desirabilityScore(input, weights);
        for (const id of COMPONENT_IDS) {
          const e = r.componentExplanations[`score.${id}`]!;
          expect(e.result?.value ?? null).toBe(r.components[id]);
          expect(e.params.length).toBeGreaterThanOrEqual(3);
          expect(e.note).not.toMatch(/undefined|NaN|\s{2}/);
          for (const p of e.params) expect(p.source.length).toBeGreaterThan(10);
        }
        expect(r.explanation.note).not.toMatch(/undefined|NaN/);
      },
    ), { numRuns: 300 });
  });

  it('lean scoring carries no explanations', () => {
    expect(desirabilityScore(base, {}, undefined, false).componentExplanations).toEqual({});
  });
});
