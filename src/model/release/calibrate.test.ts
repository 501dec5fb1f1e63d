// M2 calibration: recovers known v_ref, n_H, k_d, F_b from curves generated at several pH values (with and without noise).
import { describe, expect, it } from 'vitest';
import { DRUG, ZIF8 } from '../loading/test-fixtures';
import { calibrateRelease, defaultReleaseFit } from './calibrate';
import { makeReleaseContext, releaseFraction, withReleaseParams } from './index';

/** Deterministic pseudo-noise (LCG + Box–Muller), seeded. */
function gaussian(seed: number): () => number {
  let s = seed >>> 0;
  const u = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) + 0.5) / 4294967296;
  return () => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
}

// a porous core without a size-exclusion aperture, so the post-loaded test drug fills the pores (M2.surface does not apply)
const base = makeReleaseContext({ core: { ...ZIF8, poreApertureNm: null }, agent: DRUG, mode: 'post-loaded', diameterNm: 120, membraneCoverage: 0.6, medium: 'buffer', temperatureC: 37 });
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
  it('rejects weights on some curves only, or of the wrong length', () => {
    const d = data(0);
    expect(() => calibrateRelease({ ctx: base, curves: [{ ...d[0], w: d[0].points.map(() => 1) }, d[1]], fit: ['vRefNmPerH'] })).toThrow(/every curve or none/);
    expect(() => calibrateRelease({ ctx: base, curves: [{ ...d[0], w: [1] }], fit: ['vRefNmPerH'] })).toThrow(/one per point/);
  });
});

describe('calibrateRelease with weights (1/SD²)', () => {
  const fit = ['vRefNmPerH', 'nH'] as const;
  const ctx = withReleaseParams(base, { kdPerH: truth.kdPerH, burstFraction: truth.burstFraction });
  it('equal weights give the unweighted optimum (the weights\' scale does not matter)', () => {
    const d = data(0.01, 5);
    const u = calibrateRelease({ ctx, curves: d, fit: [...fit] });
    const w = calibrateRelease({ ctx, curves: d.map((c) => ({ ...c, w: c.points.map(() => 1e4) })), fit: [...fit] });
    expect(w.weighted).toBe(true);
    expect(u.weighted).toBe(false);
    expect(w.params.vRefNmPerH!).toBeCloseTo(u.params.vRefNmPerH!, 6);
    expect(w.params.nH!).toBeCloseTo(u.params.nH!, 5);
    expect(w.se.nH!).toBeCloseTo(u.se.nH!, 5);
  });
  it('a point with a large error bar barely moves the fit; unweighted it drags it', () => {
    const d = data(0);
    // pH 5.0 at 4 h reads 30 % points too high, but its SD is 100× the others'
    const bad = d.map((c) => (c.pH === 5 ? { ...c, points: c.points.map(([t, F]) => [t, t === 4 ? F + 0.3 : F] as [number, number]) } : c));
    const w = bad.map((c) => ({ ...c, w: c.points.map(([t]) => (c.pH === 5 && t === 4 ? 1e-4 : 1)) }));
    const u = calibrateRelease({ ctx, curves: bad, fit: [...fit] });
    const r = calibrateRelease({ ctx, curves: w, fit: [...fit] });
    const err = (x: typeof r) => Math.abs(x.params.nH! - truth.nH) + Math.abs(x.params.vRefNmPerH! - truth.vRefNmPerH) / truth.vRefNmPerH;
    expect(err(r)).toBeLessThan(0.01);
    expect(err(u)).toBeGreaterThan(10 * err(r));
  });
});

describe('defaultReleaseFit', () => {
  it('one pH: v_ref only (n_H is invisible in one curve); two or more: v_ref and n_H; k_d and F_b are opt-in', () => {
    expect(defaultReleaseFit([{ pH: 5 }]).fit).toEqual(['vRefNmPerH']);
    expect(defaultReleaseFit([{ pH: 5 }, { pH: 5 }]).fit).toEqual(['vRefNmPerH']);
    expect(defaultReleaseFit([{ pH: 7.4 }, { pH: 5 }]).fit).toEqual(['vRefNmPerH', 'nH']);
    expect(defaultReleaseFit([{ pH: 7.4 }, { pH: 6.5 }, { pH: 5 }]).why).toMatch(/k_d.*literature/);
  });
  // The lab export (#25 item 1/3: IN10018 on ZIF-8, pH 7.4 and 5.0, mean ± SD, 12 points each): the old default
  // (v_ref, n_H, k_d) ran into the erosion/leakage valley (v_ref ≈ 1e-10 nm/h, SE(n_H) ≈ 2e4); the default is identifiable.
  const t = [0, 0.5, 1, 2, 4, 6, 8, 12, 24, 48, 72, 96];
  const lab = [
    { pH: 7.4, F: [0, 1.2, 2.1, 3.4, 5.2, 6.5, 7.4, 8.9, 11.8, 14.6, 16.1, 17.0], sd: [0, 0.3, 0.4, 0.5, 0.7, 0.8, 0.9, 1.1, 1.3, 1.6, 1.8, 2.0] },
    { pH: 5.0, F: [0, 8.5, 15.2, 26.8, 43.1, 54.0, 62.3, 73.5, 88.2, 95.1, 97.4, 98.2], sd: [0, 1.1, 1.6, 2.2, 2.9, 3.1, 3.4, 3.0, 2.5, 1.9, 1.5, 1.2] },
  ];
  const izb = makeReleaseContext({ core: ZIF8, agent: DRUG, mode: 'one-pot', diameterNm: 120, membraneCoverage: 0.8, medium: 'buffer', temperatureC: 37 });
  for (const weighted of [false, true]) {
    it(`the issue's lab export${weighted ? ', weighted by 1/SD²' : ''}: the default fit is identifiable, the old three-parameter one is not`, () => {
      const curves = lab.map((c) => ({
        pH: c.pH,
        points: t.map((ti, i) => [ti, c.F[i] / 100] as [number, number]),
        ...(weighted ? { w: c.sd.map((s) => 1 / Math.max(s, 0.3) ** 2) } : {}),
      }));
      const d = calibrateRelease({ ctx: izb, curves, fit: defaultReleaseFit(curves).fit });
      expect(d.identifiable).toBe(true);
      expect(d.se.nH!).toBeLessThan(d.params.nH!);
      expect(d.r2!).toBeGreaterThan(0.98);
      const old = calibrateRelease({ ctx: izb, curves, fit: ['vRefNmPerH', 'nH', 'kdPerH'] });
      expect(old.identifiable).toBe(false);
    });
  }
});

describe('calibrateRelease intervals stay in range (walk11 #13)', () => {
  it('every velocity/rate/exponent interval is above 0 and F_b inside (0, 1); each is the log/logit map of the Wald one', () => {
    // 6 % noise on few points: poorly determined, Wald intervals of some parameters reach below 0
    const g = gaussian(3);
    const ctx = withReleaseParams(base, truth);
    const curves = [7.4, 5.0].map((pH) => ({ pH, points: [1, 4, 24, 48].map((t) => [t, releaseFraction(t, pH, ctx) + 0.06 * g()] as [number, number]) }));
    const r = calibrateRelease({ ctx: base, curves, fit: ['vRefNmPerH', 'nH', 'kdPerH', 'burstFraction'] });
    for (const k of ['vRefNmPerH', 'nH', 'kdPerH'] as const) {
      const ci = r.ci95[k], lin = r.ci95Linear[k], v = r.params[k]!;
      if (!ci || !lin || !(v > 0)) continue;
      const h = (lin[1] - lin[0]) / 2;
      expect(ci[0]).toBeGreaterThanOrEqual(0); // > 0 in exact arithmetic; e^(−h/v) underflows to 0 when h/v > 745
      expect(ci[0]).toBeGreaterThanOrEqual(lin[0]);
      expect(ci[0]).toBeCloseTo(v * Math.exp(-h / v), 12);
      if (h / v < 50) expect(ci[1] / (v * Math.exp(h / v))).toBeCloseTo(1, 10);
    }
    const fb = r.ci95.burstFraction;
    if (fb) { expect(fb[0]).toBeGreaterThanOrEqual(0); expect(fb[1]).toBeLessThanOrEqual(1); }
  });
});
