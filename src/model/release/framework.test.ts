// #27 framework release: two populations (coordinated vs physically trapped), parallel acid and medium erosion, crystallinity — hand-derived values and property tests.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AffinityClass, CoreProps, LoadingMode, Medium } from '../entities';
import { param, type Param } from '../param';
import { agent, core, releaseProps } from '../loading/test-fixtures';
import { computeRelease, makeReleaseContext, releaseFraction, releaseRates } from './index';

const a = (value: number, unit: string): Param => param(value, unit, 'test input', 'assumption');
const coord = (strong: number, moderate: number, weak: number): Record<AffinityClass, Param> => ({ strong: a(strong, '1'), moderate: a(moderate, '1'), weak: a(weak, '1') });

// v_ref 0.1 nm/h, n_H 1, k_d 0.01 h⁻¹ (no n_D), no burst, PBS factor 3
const mof = core('mof-test', { release: { ...releaseProps({ vRef: 0.1, nH: 1, kd: 0.01, nD: 0, pbs: 3, serum: 2, burst: {} }), coordinatedFraction: coord(1, 0.5, 0) } });
const ctx = (agentClass: AffinityClass, over: Partial<{ medium: Medium; mode: LoadingMode; d: number; chi: number }> = {}) =>
  makeReleaseContext({ core: mof, agent: agent(`a-${agentClass}`, agentClass), mode: over.mode ?? 'one-pot', diameterNm: over.d ?? 100, membraneCoverage: 0, medium: over.medium ?? 'buffer', temperatureC: 37, overrides: over.chi !== undefined ? { 'release.crystallinity': over.chi } : undefined });

describe('two populations', () => {
  // pH 7.4, t = 100 h: v t/r = 0.1·100/50 = 0.2 → F_e = 1 − 0.8³ = 0.488; F_d = 1 − e^(−1) = 0.6321
  const fe = 1 - 0.8 ** 3;
  const fd = 1 - Math.exp(-1);
  it('coordinated (strong, φ = 1): leaves only with the framework, F = F_e', () => {
    expect(releaseFraction(100, 7.4, ctx('strong'))).toBeCloseTo(fe, 12);
  });
  it('physically trapped (weak, φ = 0): F = 1 − (1 − F_d)(1 − F_e)', () => {
    expect(releaseFraction(100, 7.4, ctx('weak'))).toBeCloseTo(1 - (1 - fd) * (1 - fe), 12);
  });
  it('half and half (moderate, φ = 0.5): F = F_e + 0.5 F_d (1 − F_e)', () => {
    expect(releaseFraction(100, 7.4, ctx('moderate'))).toBeCloseTo(fe + 0.5 * fd * (1 - fe), 12);
  });
  it('doped payloads count as coordinated', () => {
    expect(ctx('weak', { mode: 'doped' }).coordinatedFraction).toBe(1);
  });
  it('a carrier without the block leaks everything (φ = 0, the pre-#27 form)', () => {
    const plain = core('plain', { release: releaseProps({ vRef: 0.1, nH: 1, kd: 0.01, burst: {} }) });
    expect(makeReleaseContext({ core: plain, agent: agent('s', 'strong'), mode: 'one-pot', diameterNm: 100, membraneCoverage: 0, medium: 'buffer', temperatureC: 37 }).coordinatedFraction).toBe(0);
  });
});

describe('acid and medium erode in parallel', () => {
  it('v = v_ref [10^(n_H ΔpH) + m − 1]: PBS adds its own rate instead of multiplying the acid one', () => {
    // pH 5.0 in PBS: 0.1·(10^2.4 + 3 − 1) = 0.1·(251.19 + 2) = 25.319 nm/h (a multiplied form would give 75.4)
    expect(releaseRates(5.0, ctx('strong', { medium: 'pbs' })).vNmPerH).toBeCloseTo(0.1 * (10 ** 2.4 + 2), 9);
    // pH 7.4: the same as before #27, v_ref·m
    expect(releaseRates(7.4, ctx('strong', { medium: 'pbs' })).vNmPerH).toBeCloseTo(0.3, 12);
    // leakage still scales with the medium: k_d·m
    expect(releaseRates(7.4, ctx('weak', { medium: 'pbs' })).kdPerH).toBeCloseTo(0.03, 12);
  });
});

describe('crystallinity', () => {
  it('k_d × χ: a half-amorphous framework leaks half as fast; χ does nothing to non-framework carriers', () => {
    expect(releaseRates(7.4, ctx('weak', { chi: 0.5 })).kdPerH).toBeCloseTo(0.005, 12);
    const poly: CoreProps = { ...mof, coreClass: 'polymer' };
    expect(makeReleaseContext({ core: poly, agent: agent('w', 'weak'), mode: 'one-pot', diameterNm: 100, membraneCoverage: 0, medium: 'buffer', temperatureC: 37, overrides: { 'release.crystallinity': 0.5 } }).crystallinity).toBe(1);
  });
});

describe('properties over the domain', () => {
  const arb = fc.record({
    cls: fc.constantFrom<AffinityClass>('strong', 'moderate', 'weak'),
    medium: fc.constantFrom<Medium>('buffer', 'pbs', 'serum'),
    d: fc.double({ min: 5, max: 400, noNaN: true }),
    chi: fc.double({ min: 0, max: 1, noNaN: true }),
    pH: fc.double({ min: 4.5, max: 7.5, noNaN: true }),
    dpH: fc.double({ min: 0, max: 2, noNaN: true }),
    t: fc.double({ min: 0, max: 720, noNaN: true }),
    dt: fc.double({ min: 0, max: 100, noNaN: true }),
  });
  it('F in [0, 1], no NaN, non-decreasing in time, and more acid never releases less', () => {
    fc.assert(
      fc.property(arb, ({ cls, medium, d, chi, pH, dpH, t, dt }) => {
        const c = ctx(cls, { medium, d, chi });
        const f = releaseFraction(t, pH, c);
        return Number.isFinite(f) && f >= 0 && f <= 1 && releaseFraction(t + dt, pH, c) >= f - 1e-12 && releaseFraction(t, pH - dpH, c) >= f - 1e-12;
      }),
    );
  });
  it('t50 from the analytic slope agrees with the curve (computeRelease), every class', () => {
    for (const cls of ['strong', 'moderate', 'weak'] as const) {
      const r = computeRelease({ core: mof, diameterNm: 100, membraneCoverage: 0, medium: 'buffer', temperatureC: 37, payloads: [{ agent: agent(`a-${cls}`, cls), mode: 'one-pot', loadedMgPerMgCarrier: 0.1 }], circulationHalfLifeH: 1 });
      const t50 = r.t50h['5.0'];
      expect(t50).not.toBeNull();
      expect(releaseFraction(t50!, 5.0, ctx(cls))).toBeCloseTo(0.5, 6);
    }
  });
});
