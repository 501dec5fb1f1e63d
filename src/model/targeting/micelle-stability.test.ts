// M3.micelle-stability: hand-derived dissociation and bond-cleavage leakage, and its invariants.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { micelleBloodRelease, type MicelleBloodInput } from './micelle-stability';
import { exposureAverage } from './quadrature';

const base: MicelleBloodInput = { conjugated: false, cmcMgPerL: 10, copolymerMgPerL: 1000, carrierExitRatePerH: 0.05, burstFraction: 0.1, burstRatePerH: 2, bondCleavagePerH: null };
const m2 = (t: number) => 1 - Math.exp(-0.09 * t);

describe('micelle stability in blood', () => {
  it('dilution: D = CMC/c0 (10 mg/L over 1000 mg/L = 1 %); L = 1 − (1 − L_M2)(1 − D)', () => {
    const r = micelleBloodRelease(base, m2);
    expect(r.dissociatedFraction).toBeCloseTo(0.01, 15);
    const k = 0.05;
    const lM2 = 0.09 / (0.09 + k); // exposure average of 1 − e^(−k_d t) at rate k
    expect(exposureAverage(k, r.releaseInBlood)).toBeCloseTo(1 - (1 - lM2) * 0.99, 6);
  });
  it('below the CMC at injection every micelle falls apart: L = 1', () => {
    const r = micelleBloodRelease({ ...base, copolymerMgPerL: 5 }, m2);
    expect(r.dissociatedFraction).toBe(1);
    expect(exposureAverage(0.05, r.releaseInBlood)).toBeCloseTo(1, 9);
  });
  it('conjugated: L = F_b k_b/(k_b + k) + (1 − F_b) k_cl/(k_cl + k), whatever the CMC', () => {
    const k = 0.05;
    const r = micelleBloodRelease({ ...base, conjugated: true, bondCleavagePerH: 0.01, copolymerMgPerL: 1 }, m2);
    expect(r.form).toBe('bond-cleavage');
    // the closed form at t (exact), and its exposure average by the model's Gauss–Laguerre rule (≈ 1e-3 for a 1-h burst)
    expect(r.releaseInBlood(24)).toBeCloseTo(0.1 * (1 - Math.exp(-48)) + 0.9 * (1 - Math.exp(-0.24)), 12);
    expect(exposureAverage(k, r.releaseInBlood)).toBeCloseTo(0.1 * (2 / 2.05) + 0.9 * (0.01 / 0.06), 2);
    const noBurst = micelleBloodRelease({ ...base, conjugated: true, bondCleavagePerH: 0.01, burstFraction: 0 }, m2);
    expect(exposureAverage(k, noBurst.releaseInBlood)).toBeCloseTo(0.01 / 0.06, 6);
  });
  it('conjugated without a known cleavage rate keeps M2', () => {
    const r = micelleBloodRelease({ ...base, conjugated: true }, m2);
    expect(r.form).toBe('m2');
    expect(r.releaseInBlood(10)).toBe(m2(10));
  });
  it('properties: F in [0, 1], 0 at t = 0; a more stable micelle (lower CMC, slower cleavage) never leaks more, so never a shorter plasma AUC', () => {
    const arb = fc.record({
      cmc: fc.double({ min: 1e-3, max: 1e5, noNaN: true }),
      c0: fc.double({ min: 1e-3, max: 1e5, noNaN: true }),
      kc: fc.double({ min: 1e-4, max: 10, noNaN: true }),
      kcl: fc.double({ min: 0, max: 10, noNaN: true }),
      fb: fc.double({ min: 0, max: 1, noNaN: true }),
      conj: fc.boolean(),
      f: fc.double({ min: 1.01, max: 100, noNaN: true }),
    });
    fc.assert(
      fc.property(arb, (x) => {
        const inp: MicelleBloodInput = { ...base, conjugated: x.conj, cmcMgPerL: x.cmc, copolymerMgPerL: x.c0, carrierExitRatePerH: x.kc, burstFraction: x.fb, bondCleavagePerH: x.kcl };
        const r = micelleBloodRelease(inp, m2);
        const stable = micelleBloodRelease({ ...inp, cmcMgPerL: x.cmc / x.f, bondCleavagePerH: x.kcl / x.f }, m2);
        if (r.releaseInBlood(0) !== 0) return false;
        for (const t of [0.01, 1, 10, 100, 1e4]) {
          const v = r.releaseInBlood(t);
          if (!(v >= 0 && v <= 1) || Number.isNaN(v)) return false;
          if (stable.releaseInBlood(t) > v + 1e-12) return false;
        }
        return exposureAverage(x.kc, stable.releaseInBlood) <= exposureAverage(x.kc, r.releaseInBlood) + 1e-9;
      }),
    );
  });
});
