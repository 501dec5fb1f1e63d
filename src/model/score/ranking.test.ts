// Tests of the ranking with the local-control gain: weight 0 leaves every value and rank the Score's own; a positive weight folds d_LC into the geometric mean (hand values) and a dominant one ranks by the gain.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ComponentId } from '../scores';
import { rankBy, rankingValue } from './ranking';

type Des = Record<ComponentId, { d: number | null; weight: number }>;
const des = (d: (number | null)[], w = [1, 1, 1, 1, 1]): Des => ({
  loading: { d: d[0], weight: w[0] },
  release: { d: d[1], weight: w[1] },
  targeting: { d: d[2], weight: w[2] },
  radiosensitization: { d: d[3], weight: w[3] },
  safety: { d: d[4], weight: w[4] },
});
/** The Score's overall for these desirabilities (M5). */
const overallOf = (x: Des) => {
  let l = 0, s = 0;
  for (const k of Object.keys(x) as ComponentId[]) if (x[k].d !== null && x[k].weight > 0) { l += x[k].weight * Math.log(x[k].d as number); s += x[k].weight; }
  return 100 * Math.exp(l / s);
};

describe('ranking with the local-control gain', () => {
  it('weight 0 (default): the value is the overall score itself, whatever the gain; ranks unchanged', () => {
    const d01 = fc.double({ min: 0.01, max: 1, noNaN: true });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.array(d01, { minLength: 5, maxLength: 5 }), fc.double({ min: -0.2, max: 0.5, noNaN: true })), { minLength: 1, maxLength: 8 }), (cands) => {
        const overall = cands.map(([d]) => overallOf(des(d)));
        const values = cands.map(([d, gain], i) => rankingValue({ overall: overall[i], desirability: des(d), localControlGain: gain, weight: 0 }).value);
        values.forEach((v, i) => expect(v).toBe(overall[i]));
        expect(rankBy(values)).toEqual(rankBy(overall));
      }),
    );
  });
  it('hand value: d = (0.5, 1, 1, 1, 0.8), gain 0.05 → d_LC 0.5, w_LC 1: R = 100·(0.5·0.8·0.5)^(1/6) = 76.47', () => {
    const x = des([0.5, 1, 1, 1, 0.8]);
    const r = rankingValue({ overall: overallOf(x), desirability: x, localControlGain: 0.05, weight: 1 });
    expect(r.dLocalControl).toBeCloseTo(0.5, 14);
    expect(r.value).toBeCloseTo(100 * Math.pow(0.5 * 0.8 * 0.5, 1 / 6), 10);
    expect(r.value).toBeCloseTo(76.472, 3);
    // no gain below the lower limit: d_LC is the floor (0.01), not 0
    expect(rankingValue({ overall: overallOf(x), desirability: x, localControlGain: -0.02, weight: 1 }).dLocalControl).toBe(0.01);
  });
  it('a dominant weight ranks by the local-control gain; n/a components and weight-0 components are left out as in the Score', () => {
    const a = des([0.9, 0.9, 0.9, 0.9, 0.9]);
    const b = des([0.3, null, 0.3, 0.3, 0.3]);
    const ov = [overallOf(a), overallOf(b)];
    expect(rankBy(ov)).toEqual([1, 2]);
    const gains = [0.01, 0.09];
    const v = [a, b].map((x, i) => rankingValue({ overall: ov[i], desirability: x, localControlGain: gains[i], weight: 1000 }).value);
    expect(rankBy(v)).toEqual([2, 1]);
    const c = des([0.5, 0.5, 0.5, 0.5, 0.5], [1, 1, 1, 1, 0]);
    expect(rankingValue({ overall: overallOf(c), desirability: c, localControlGain: 0.1, weight: 4 }).value).toBeCloseTo(100 * Math.pow(0.5 ** 4 * 1 ** 4, 1 / 8), 10);
  });
  it('no gain computed: the overall score; a bad weight is named', () => {
    const x = des([0.5, 0.5, 0.5, 0.5, 0.5]);
    expect(rankingValue({ overall: 50, desirability: x, localControlGain: null, weight: 3 }).value).toBe(50);
    expect(() => rankingValue({ overall: 50, desirability: x, localControlGain: 0.1, weight: -1 })).toThrow(/local-control gain weight/);
  });
  it('your component weights: hand value, equal to the Score recomputed with those weights; the Score\'s own weights change nothing', () => {
    const x = des([0.5, 1, 0.25, 1, 0.8]);
    const ov = overallOf(x);
    // safety ×3, targeting 0 (left out): R = 100·(0.5 · 1 · 1 · 0.8³)^(1/6)
    const r = rankingValue({ overall: ov, desirability: x, localControlGain: null, weight: 0, componentWeights: { safety: 3, targeting: 0 } });
    expect(r.value).toBeCloseTo(100 * Math.pow(0.5 * 0.8 ** 3, 1 / 6), 10);
    expect(r.value).toBeCloseTo(overallOf(des([0.5, 1, 0.25, 1, 0.8], [1, 1, 0, 1, 3])), 10);
    expect(r.explanation.note).toMatch(/your ranking weights/i);
    // weights equal to the Score's: the overall itself (same number, not recomputed)
    expect(rankingValue({ overall: ov, desirability: x, localControlGain: null, weight: 0, componentWeights: { safety: 1 } }).value).toBe(ov);
    // with the local-control gain too: d_LC joins with its own weight
    const both = rankingValue({ overall: ov, desirability: x, localControlGain: 0.05, weight: 2, componentWeights: { loading: 0 } });
    expect(both.value).toBeCloseTo(100 * Math.pow(1 * 0.25 * 1 * 0.8 * 0.5 ** 2, 1 / 6), 10);
    // all weights 0: nothing to rank by
    expect(rankingValue({ overall: ov, desirability: x, localControlGain: null, weight: 0, componentWeights: { loading: 0, release: 0, targeting: 0, radiosensitization: 0, safety: 0 } }).value).toBe(0);
    expect(() => rankingValue({ overall: ov, desirability: x, localControlGain: null, weight: 0, componentWeights: { safety: -1 } })).toThrow(/safety weight in the ranking/);
  });
  it('property: raising one component\'s ranking weight never lowers the value of a candidate whose d there is 1, and the value stays in [0, 100]', () => {
    const d01 = fc.double({ min: 0.01, max: 1, noNaN: true });
    fc.assert(
      fc.property(fc.array(d01, { minLength: 5, maxLength: 5 }), fc.integer({ min: 0, max: 4 }), fc.double({ min: 0, max: 50, noNaN: true }), fc.double({ min: 0, max: 50, noNaN: true }), (d, k, w1, w2) => {
        const dd = d.slice(); dd[k] = 1;
        const x = des(dd);
        const id = (['loading', 'release', 'targeting', 'radiosensitization', 'safety'] as const)[k];
        const lo = Math.min(w1, w2), hi = Math.max(w1, w2);
        const a = rankingValue({ overall: overallOf(x), desirability: x, localControlGain: null, weight: 0, componentWeights: { [id]: lo } }).value;
        const b = rankingValue({ overall: overallOf(x), desirability: x, localControlGain: null, weight: 0, componentWeights: { [id]: hi } }).value;
        expect(b).toBeGreaterThanOrEqual(a - 1e-9);
        expect(a).toBeGreaterThanOrEqual(0);
        expect(b).toBeLessThanOrEqual(100 + 1e-9);
      }),
    );
  });
});
