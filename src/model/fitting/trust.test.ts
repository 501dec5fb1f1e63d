// Fit trust: the three findings of issue #25 item 3 (non-identifiable M2 fit, SE far above the value, negative Peppas–Sahlin k1).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitTrust, plausibilityFlags, residualRuns, RUNS_Z_LIMIT } from './trust';
import { fitPlausibility } from './plausibility';
import { RELEASE_MODELS, RELEASE_MODEL_IDS } from './release-models';

describe('fitTrust', () => {
  it('the M2 fit of the issue (v_ref 9.989e-11 nm/h, n_H SE 223 498, not identifiable) is not trusted, with each reason', () => {
    const t = fitTrust({ params: { vRefNmPerH: 9.989e-11, nH: 0.8, kdPerH: 0.01 }, se: { vRefNmPerH: 3e-9, nH: 223498, kdPerH: 0.001 }, identifiable: false }, { nH: 'n_H' });
    expect(t.trusted).toBe(false);
    expect(t.problems[0]).toMatch(/not all parameters are identifiable/);
    expect(t.problems.some((p) => /n_H: its standard error \(220000\) is larger than the value/.test(p))).toBe(true);
    expect(t.problems.some((p) => /vRefNmPerH/.test(p))).toBe(true);
    expect(t.problems.some((p) => /kdPerH/.test(p))).toBe(false);
  });
  it('Peppas–Sahlin with k1 = −85.6 (R² 1.0000 on 6 points) is implausible; a negative k2 alone is allowed', () => {
    expect(fitTrust({ params: { k1: -85.6, k2: 40, m: 0.3 }, se: { k1: 2, k2: 1, m: 0.01 }, identifiable: true }).problems).toEqual(['k1 = -85.6 is negative, which has no physical meaning for this model']);
    expect(fitTrust({ params: { k1: 20, k2: -1.5, m: 0.45 }, se: { k1: 1, k2: 0.2, m: 0.02 }, identifiable: true }).trusted).toBe(true);
  });
  it('property: a fit with small relative SEs, identifiable and positive values is trusted; doubling any SE past its value is not', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.double({ min: 1e-6, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 0.99, noNaN: true })), { minLength: 1, maxLength: 4 }), fc.nat(), (ps, pick) => {
      const keys = ['k1', 'alpha', 'beta', 'm'].slice(0, ps.length);
      const params = Object.fromEntries(keys.map((k, i) => [k, ps[i][0]]));
      const se = Object.fromEntries(keys.map((k, i) => [k, ps[i][0] * ps[i][1]]));
      expect(fitTrust({ params, se, identifiable: true }).trusted).toBe(true);
      const k = keys[pick % keys.length];
      expect(fitTrust({ params, se: { ...se, [k]: params[k] * 1.5 }, identifiable: true }).trusted).toBe(false);
    }));
  });
});

describe('fitTrust: a positive parameter whose 95 % interval crosses 0 (#25 walkthrough, v_ref −0.011 … 0.074 nm/h)', () => {
  it('is not trusted, the interval is quoted with its unit and the parameter is named as not pinned down', () => {
    // SE 0.0217 < value 0.0315 (passes the SE rule), but 0.0315 ± 1.96·0.0217 = −0.011 … 0.074
    const t = fitTrust({ params: { vRefNmPerH: 0.0315, nH: 2 }, se: { vRefNmPerH: 0.0217, nH: 0.1 }, identifiable: true, ci95: { vRefNmPerH: [-0.0110, 0.0740], nH: [1.8, 2.2] }, units: { vRefNmPerH: 'nm/h' } }, { vRefNmPerH: 'v_ref', nH: 'n_H' });
    expect(t.trusted).toBe(false);
    expect(t.problems).toEqual(['v_ref: its 95 % interval (-0.011 … 0.074 nm/h) includes 0 on the linear scale (value ± t·SE), so the data cannot tell it from zero']);
    expect(t.unpinned).toEqual(['v_ref']);
  });
  it('an interval inside the positive numbers, or a parameter allowed to be negative, is fine', () => {
    expect(fitTrust({ params: { vRefNmPerH: 0.05 }, se: { vRefNmPerH: 0.01 }, identifiable: true, ci95: { vRefNmPerH: [0.03, 0.07] } }).trusted).toBe(true);
    expect(fitTrust({ params: { k2: 0.5 }, se: { k2: 0.4 }, identifiable: true, ci95: { k2: [-0.3, 1.3] } }).trusted).toBe(true);
  });
  it('property: for a must-be-positive parameter, trusted ⇔ SE ≤ value and the interval lower bound > 0', () => {
    fc.assert(fc.property(fc.double({ min: 1e-6, max: 1e3, noNaN: true }), fc.double({ min: 0, max: 2, noNaN: true }), fc.double({ min: 1, max: 5, noNaN: true }), (v, rel, tq) => {
      const se = v * rel;
      const ci: [number, number] = [v - tq * se, v + tq * se];
      const t = fitTrust({ params: { kdPerH: v }, se: { kdPerH: se }, identifiable: true, ci95: { kdPerH: ci } });
      expect(t.trusted).toBe(se <= v && ci[0] > 0);
      expect(t.unpinned.length > 0).toBe(!t.trusted);
    }));
  });
});

describe('one plausibility rule for every model’s fitted parameters (built-in and your own)', () => {
  it('every built-in model declares a physical range for each parameter; only Peppas–Sahlin k2 may be negative', () => {
    for (const id of RELEASE_MODEL_IDS) {
      const m = RELEASE_MODELS[id];
      expect(m.plausible.length, id).toBe(m.keys.length);
      m.keys.forEach((k, i) => expect(m.plausible[i][0], `${id} ${k}`).toBe(id === 'peppas-sahlin' && k === 'k2' ? -Infinity : 0));
    }
  });
  it('outside the physical range → implausible, whatever the model (zero-order k0 < 0, Peppas–Sahlin k1 < 0); k2 < 0 is not flagged', () => {
    expect(fitPlausibility({ model: 'zero-order', params: { k0: -1.5 } })).toEqual(['implausible: k0 = -1.5 is outside its physical range (≥ 0)']);
    expect(fitPlausibility({ model: 'peppas-sahlin', params: { k1: -2, k2: -5, m: 0.45 } })).toEqual(['implausible: k1 = -2 is outside its physical range (≥ 0)']);
    expect(fitPlausibility({ model: 'peppas-sahlin', params: { k1: 2, k2: -5, m: 0.45 } })).toEqual([]);
  });
  it('at a finite fitting bound → flagged (first-order k1 pressed to 0; Korsmeyer–Peppas n at its upper bound 10)', () => {
    expect(fitPlausibility({ model: 'first-order', params: { k1: 0 } })).toEqual(['k1 = 0 is at its bound 0: the best fit may lie beyond it']);
    expect(fitPlausibility({ model: 'korsmeyer-peppas', params: { kKP: 3, n: 10 } })).toEqual(['n = 10 is at its bound 10: the best fit may lie beyond it']);
  });
  it('your model: the bounds you typed are its range and its bounds (same messages)', () => {
    const own = { names: ['Fmax', 'k', 'b'], lower: [0, 0, -Infinity], upper: [100, Infinity, Infinity] };
    expect(fitPlausibility({ model: 'custom', params: { Fmax: 100, k: 0.3, b: -0.2 } }, own)).toEqual(['Fmax = 100 is at its bound 100: the best fit may lie beyond it']);
    expect(fitPlausibility({ model: 'custom', params: { Fmax: 80, k: 0.3, b: 2 } }, own)).toEqual([]);
    // a value just inside the bound by more than the tolerance is not at it
    expect(plausibilityFlags({ x: 100 - 1e-3 }, { x: { plausible: [0, 100], bounds: [0, 100] } })).toEqual([]);
  });
});

describe('residualRuns and the systematic-misfit check (walk10 #7)', () => {
  it('hand values: 5 positive then 5 negative residuals are 2 runs where 6 are expected, z = −4/√(20/9)', () => {
    const r = residualRuns([[1, 2, 3, 2, 1, -1, -2, -3, -2, -1]]);
    expect(r).not.toBeNull();
    expect(r!.runs).toBe(2);
    expect(r!.expected).toBeCloseTo(6, 12);
    expect(r!.z).toBeCloseTo(-4 / Math.sqrt(20 / 9), 12);
    // alternating signs: more runs than chance, z > 0; zeros (t = 0 points) are left out; too few points → null
    expect(residualRuns([[1, -1, 1, -1, 1, -1, 1, -1, 1, -1]])!.z).toBeGreaterThan(0);
    expect(residualRuns([[0, 1, 2, -1]])).toBeNull();
  });
  it('curves are tested each on its own and summed; a systematic misfit blocks a trusted fit with a reason', () => {
    const twoCurves = [[0, 1, 2, 2, 1, -1, -2], [0, 3, 4, 3, -2, -4, -5]];
    const r = residualRuns(twoCurves)!;
    expect(r.runs).toBe(4);
    expect(r.n).toBe(12);
    const fit = { params: { k: 1 }, se: { k: 0.1 }, identifiable: true };
    expect(fitTrust(fit).trusted).toBe(true);
    const t = fitTrust({ ...fit, residualSeries: twoCurves });
    expect(r.z).toBeLessThan(RUNS_Z_LIMIT);
    expect(t.trusted).toBe(false);
    expect(t.problems.join(' ')).toMatch(/systematically, not by noise/);
  });
});
