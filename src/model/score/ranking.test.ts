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
});
