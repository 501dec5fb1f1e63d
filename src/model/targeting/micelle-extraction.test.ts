// M3.micelle-stability, serum extraction (#27): hand-derived values and properties of F(t) = 1 − (1 − F_M2)(1 − D)e^(−k_ex t).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { micelleBloodRelease, partitionLeakRate, type MicelleBloodInput } from './micelle-stability';

const base: MicelleBloodInput = { conjugated: false, cmcMgPerL: 10, copolymerMgPerL: 1000, carrierExitRatePerH: 0.05, burstFraction: 0.1, burstRatePerH: 2, bondCleavagePerH: null };
const m2none = () => 0;

describe('serum extraction of a physically entrapped drug', () => {
  it('hand value: D = 1 %, k_ex = 2 h⁻¹, no M2 release → F(0.5 h) = 1 − 0.99·e^(−1)', () => {
    const r = micelleBloodRelease({ ...base, serumExtractionPerH: 2 }, m2none);
    expect(r.releaseInBlood(0.5)).toBeCloseTo(1 - 0.99 * Math.exp(-1), 12);
    expect(r.dissociatedFraction).toBeCloseTo(0.01, 12);
  });
  it('k_ex = 0 or absent gives the 1.4.0 form exactly', () => {
    const m2 = (t: number) => 1 - Math.exp(-0.1 * t);
    const a = micelleBloodRelease({ ...base, serumExtractionPerH: 0 }, m2);
    const b = micelleBloodRelease(base, m2);
    for (const t of [0.1, 1, 10, 100]) expect(a.releaseInBlood(t)).toBe(b.releaseInBlood(t));
  });
  it('a conjugated payload is not extracted (bond cleavage only)', () => {
    const a = micelleBloodRelease({ ...base, conjugated: true, bondCleavagePerH: 0.01, serumExtractionPerH: 50 }, m2none);
    const b = micelleBloodRelease({ ...base, conjugated: true, bondCleavagePerH: 0.01 }, m2none);
    expect(a.releaseInBlood(3)).toBe(b.releaseInBlood(3));
  });
  it('property: F ∈ [0, 1], F(0) = 0, and faster extraction never releases less', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 50, noNaN: true }), fc.double({ min: 0, max: 50, noNaN: true }), fc.double({ min: 0, max: 500, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (k1, dk, t, f2) => {
        const m2 = () => f2;
        const lo = micelleBloodRelease({ ...base, serumExtractionPerH: k1 }, m2).releaseInBlood;
        const hi = micelleBloodRelease({ ...base, serumExtractionPerH: k1 + dk }, m2).releaseInBlood;
        expect(lo(0)).toBe(0);
        expect(lo(t)).toBeGreaterThanOrEqual(0);
        expect(lo(t)).toBeLessThanOrEqual(1);
        expect(hi(t)).toBeGreaterThanOrEqual(lo(t) - 1e-15);
      }),
    );
  });
});

describe('drug–core partition of a physically entrapped drug (#27, pk4)', () => {
  it('hand value: k_part adds to k_ex in the same factor, F(1 h) = 1 − 0.99·e^(−(0.5 + 1.5))', () => {
    const r = micelleBloodRelease({ ...base, serumExtractionPerH: 0.5, partitionLeakPerH: 1.5 }, m2none);
    expect(r.releaseInBlood(1)).toBeCloseTo(1 - 0.99 * Math.exp(-2), 12);
    expect(r.form).toBe('physical');
  });
  it('k_part alone (a copolymer without a rate) opens the physical route; 0 gives the previous form exactly', () => {
    const m2 = (t: number) => 1 - Math.exp(-0.09 * t);
    const off = micelleBloodRelease({ ...base, partitionLeakPerH: 0 }, m2);
    const plain = micelleBloodRelease(base, m2);
    for (const t of [0.1, 1, 10]) expect(off.releaseInBlood(t)).toBe(plain.releaseInBlood(t));
    const on = micelleBloodRelease({ ...base, partitionLeakPerH: 44 }, m2);
    // doxorubicin (log P 1.27) in the class micelle: k_part = 0.09·(10^(3.96 − 1.27) − 1) ≈ 44 h⁻¹, gone within minutes
    expect(on.releaseInBlood(0.1)).toBeGreaterThan(0.98);
  });
  it('a conjugated payload ignores k_part (bond cleavage only)', () => {
    const a = micelleBloodRelease({ ...base, conjugated: true, bondCleavagePerH: 0.01, partitionLeakPerH: 50 }, m2none);
    const b = micelleBloodRelease({ ...base, conjugated: true, bondCleavagePerH: 0.01 }, m2none);
    expect(a.releaseInBlood(3)).toBe(b.releaseInBlood(3));
  });
});

describe('partitionLeakRate (#27, pk4)', () => {
  it('hand value: doxorubicin (log P 1.27) against paclitaxel (3.96), k_d,serum 0.09 h⁻¹, γ = 1 → 0.09·(10^2.69 − 1) = 44.0 h⁻¹', () => {
    expect(partitionLeakRate(0.09, 1.27, 3.96, 1, 100)).toBeCloseTo(0.09 * (Math.pow(10, 2.69) - 1), 10);
    expect(partitionLeakRate(0.09, 1.27, 3.96, 1, 100)).toBeCloseTo(43.99, 1);
  });
  it('zero for the reference drug, a more hydrophobic drug, no log P, no serum leak; capped', () => {
    expect(partitionLeakRate(0.09, 3.96, 3.96, 1, 100)).toBe(0);
    expect(partitionLeakRate(0.09, 5, 3.96, 1, 100)).toBe(0);
    expect(partitionLeakRate(0.09, undefined, 3.96, 1, 100)).toBe(0);
    expect(partitionLeakRate(0, -2, 3.96, 1, 100)).toBe(0);
    expect(partitionLeakRate(0.09, -2.19, 3.96, 1, 100)).toBe(100);
  });
  it('property: finite, ≥ 0, and a more hydrophobic drug never leaves faster (monotone in log P)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 10, noNaN: true }), fc.double({ min: -5, max: 10, noNaN: true }), fc.double({ min: 0, max: 5, noNaN: true }), fc.double({ min: 0, max: 3, noNaN: true }), (kd, logP, d, g) => {
        const lo = partitionLeakRate(kd, logP + d, 3.96, g, 100);
        const hi = partitionLeakRate(kd, logP, 3.96, g, 100);
        expect(Number.isFinite(hi)).toBe(true);
        expect(lo).toBeGreaterThanOrEqual(0);
        expect(hi).toBeGreaterThanOrEqual(lo);
      }),
    );
  });
});
