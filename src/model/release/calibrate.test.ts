// M2 calibration: recovers known v_ref, n_H, k_d, F_b from curves generated at several pH values (with and without noise).
import { describe, expect, it } from 'vitest';
import { DRUG, ZIF8 } from '../loading/test-fixtures';
import { calibrateRelease } from './calibrate';
import { makeReleaseContext, releaseFraction, withReleaseParams } from './index';

/** Deterministic pseudo-noise (LCG + Box–Muller), seeded. */
function gaussian(seed: number): () => number {
  let s = seed >>> 0;
  const u = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) + 0.5) / 4294967296;
  return () => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
}

const base = makeReleaseContext({ core: ZIF8, agent: DRUG, mode: 'post-loaded', diameterNm: 120, membraneCoverage: 0.6, medium: 'buffer', temperatureC: 37 });
const truth = { vRefNmPerH: 0.15, nH: 0.7, kdPerH: 0.004, burstFraction: 0.12 };
const times = [0.5, 1, 2, 4, 6, 8, 12, 24, 36, 48, 72];

function data(noiseSd: number, seed = 7) {
  const g = gaussian(seed);
  const ctx = withReleaseParams(base, truth);
  return [7.4, 6.5, 5.0].map((pH) => ({ pH, points: times.map((t) => [t, releaseFraction(t, pH, ctx) + noiseSd * g()] as [number, number]) }));
}

describe('calibrateRelease', () => {
  it('recovers all four parameters from exact multi-pH data', () => {
    const r = calibrateRelease({ ctx: base, curves: data(0), fit: ['vRefNmPerH', 'nH', 'kdPerH', 'burstFraction'] });
    expect(r.params.vRefNmPerH!).toBeCloseTo(truth.vRefNmPerH, 5);
    expect(r.params.nH!).toBeCloseTo(truth.nH, 5);
    expect(r.params.kdPerH!).toBeCloseTo(truth.kdPerH, 6);
    expect(r.params.burstFraction!).toBeCloseTo(truth.burstFraction, 5);
    expect(r.sse).toBeLessThan(1e-12);
    expect(r.r2!).toBeGreaterThan(0.999999);
    expect(r.residuals.map((c) => c.pH)).toEqual([7.4, 6.5, 5.0]);
  });
  it('with 1 % noise the truth lies within a few SEs and R² is high', () => {
    const r = calibrateRelease({ ctx: base, curves: data(0.01, 11), fit: ['vRefNmPerH', 'nH', 'kdPerH', 'burstFraction'] });
    for (const k of ['vRefNmPerH', 'nH', 'burstFraction'] as const) {
      const se = r.se[k];
      expect(se).not.toBeNull();
      expect(Math.abs(r.params[k]! - truth[k])).toBeLessThan(4 * se! + 1e-9);
    }
    expect(r.r2!).toBeGreaterThan(0.99);
    expect(r.n).toBe(33);
  });
  it('fits a subset, keeping the others at the context values', () => {
    const ctx = withReleaseParams(base, { kdPerH: truth.kdPerH, burstFraction: truth.burstFraction });
    const r = calibrateRelease({ ctx, curves: data(0), fit: ['vRefNmPerH', 'nH'] });
    expect(Object.keys(r.params)).toEqual(['vRefNmPerH', 'nH']);
    expect(r.params.vRefNmPerH!).toBeCloseTo(truth.vRefNmPerH, 5);
    expect(r.params.nH!).toBeCloseTo(truth.nH, 5);
    expect(r.ctx.kdPerH).toBe(truth.kdPerH);
  });
  it('rejects an empty parameter list', () => expect(() => calibrateRelease({ ctx: base, curves: data(0), fit: [] })).toThrow(/at least one/));
});
