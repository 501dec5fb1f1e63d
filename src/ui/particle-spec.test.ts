// The 3D release state comes from the model's own release curves: interpolation by hand, invariants over pH and time.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { curveAt, nextPlayTime, particleSpecOf, releaseStateOf, RELEASE_PH } from './particle-spec';
import { scoreFormulation } from '../engine';
import { PRESETS } from '../catalog';

describe('release state for the 3D view', () => {
  it('curveAt interpolates linearly and clamps at the ends (hand values)', () => {
    const pts: [number, number][] = [[0, 0], [2, 0.2], [4, 0.6]];
    expect(curveAt(pts, 1)).toBeCloseTo(0.1, 15);
    expect(curveAt(pts, 3)).toBeCloseTo(0.4, 15);
    expect(curveAt(pts, -1)).toBe(0);
    expect(curveAt(pts, 9)).toBe(0.6);
  });

  it('IZB@CCM has a release state at every pH; acid releases more than blood at 24 h; the core shrinks as (1 − min F)^(1/3)', () => {
    const s = scoreFormulation(PRESETS['izb-ccm'].formulation);
    const spec = particleSpecOf('x', JSON.parse(JSON.stringify(PRESETS['izb-ccm'].formulation)) as Record<string, unknown>, s, { pH: 5.0, timeH: 24 });
    expect(spec?.release).toBeDefined();
    const a = releaseStateOf(s, 7.4, 24)!;
    const b = releaseStateOf(s, 5.0, 24)!;
    for (const agent of Object.keys(b.releasedFraction)) expect(b.releasedFraction[agent]).toBeGreaterThanOrEqual(a.releasedFraction[agent]);
    const minF = Math.min(...Object.values(b.releasedFraction));
    expect(b.coreRemainingFraction).toBeCloseTo(Math.cbrt(1 - minF), 14);
    // released fraction at 24 h equals the model's releasedAt24hPct of each payload
    for (const p of s.release.byPayload) expect(100 * b.releasedFraction[p.agent]).toBeCloseTo(p.releasedAt24hPct['5.0'], 6);
  });

  it('property: fractions in [0, 1], release non-decreasing and core non-increasing in time, for every preset with payloads', () => {
    const scored = Object.values(PRESETS).map((p) => scoreFormulation(p.formulation)).filter((s) => s.release.byPayload.length);
    expect(scored.length).toBeGreaterThan(10);
    fc.assert(fc.property(fc.integer({ min: 0, max: scored.length - 1 }), fc.constantFrom(...RELEASE_PH.map((p) => p.pH)), fc.double({ min: 0, max: 72, noNaN: true }), fc.double({ min: 0, max: 72, noNaN: true }), (i, pH, t1, t2) => {
      const [lo, hi] = t1 <= t2 ? [t1, t2] : [t2, t1];
      const a = releaseStateOf(scored[i], pH, lo)!;
      const b = releaseStateOf(scored[i], pH, hi)!;
      expect(b.coreRemainingFraction).toBeLessThanOrEqual(a.coreRemainingFraction + 1e-12);
      for (const k of Object.keys(a.releasedFraction)) {
        expect(a.releasedFraction[k]).toBeGreaterThanOrEqual(0);
        expect(b.releasedFraction[k]).toBeLessThanOrEqual(1);
        expect(b.releasedFraction[k]).toBeGreaterThanOrEqual(a.releasedFraction[k] - 1e-12);
      }
    }), { numRuns: 300 });
  });
});

describe('nextPlayTime (the release animation)', () => {
  it('0 → 72 h in 24 frames, 1 h steps in the first 12 h, always forward, ends at 72 h', () => {
    const ts = [0];
    while (ts[ts.length - 1] < 72) ts.push(nextPlayTime(ts[ts.length - 1]));
    expect(ts.length - 1).toBe(24);
    expect(ts.slice(0, 13)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(ts.slice(12)).toEqual([12, 15, 18, 21, 24, 30, 36, 42, 48, 54, 60, 66, 72]);
    fc.assert(fc.property(fc.integer({ min: 0, max: 71 }), (t) => nextPlayTime(t) > t && nextPlayTime(t) <= 72));
  });
});
