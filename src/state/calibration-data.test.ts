// walk11 #14: a release calibration knows the measured data it was fitted to (dataKey) and says when they were replaced or removed.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalFormulation, parseFormulation } from '../schema';
import { PRESETS } from '../catalog/presets';
import { fnv1a32 } from '../share';
import { calibrationDataStatus, describeMeasured, measuredReleaseKey } from './calibration-data';
import { EIGHTEEN_POINTS, SIXTEEN_POINTS } from './test-fixtures';

const eighteen = EIGHTEEN_POINTS;
const sixteen = SIXTEEN_POINTS;

describe('measuredReleaseKey', () => {
  it('is FNV-1a (32 bit) of the canonical curves, the same hash the share links use for their integrity check', () => {
    const text = JSON.stringify(eighteen.map((c) => [c.pH, null, c.points, null]));
    expect(measuredReleaseKey(eighteen)).toBe(fnv1a32(text));
    expect(measuredReleaseKey(eighteen)).toMatch(/^[0-9a-f]{8}$/);
  });

  it('does not change when the values are written at 6 significant figures (a link, a file), changes with any point, pH or error bar', () => {
    const noisy = eighteen.map((c) => ({ ...c, points: c.points.map(([t, F]) => [t * (1 + 1e-9), F * (1 - 1e-9)] as [number, number]) }));
    expect(measuredReleaseKey(noisy)).toBe(measuredReleaseKey(eighteen));
    fc.assert(fc.property(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 1, max: 8 }), fc.double({ min: 0.01, max: 5, noNaN: true }), (ci, pi, dF) => {
      const moved = eighteen.map((c, i) => (i !== ci ? c : { ...c, points: c.points.map(([t, F], j) => (j === pi ? [t, F + dF] : [t, F]) as [number, number]) }));
      return measuredReleaseKey(moved) !== measuredReleaseKey(eighteen);
    }), { numRuns: 50 });
    expect(measuredReleaseKey([eighteen[0], { ...eighteen[1], pH: 5.5 }])).not.toBe(measuredReleaseKey(eighteen));
    expect(measuredReleaseKey([eighteen[0], { ...eighteen[1], spread: { kind: 'sd', values: eighteen[1].points.map(() => 1) } }])).not.toBe(measuredReleaseKey(eighteen));
    expect(measuredReleaseKey(sixteen)).not.toBe(measuredReleaseKey(eighteen));
  });

  it('travels in the formulation (calibrations.release[].dataKey) through parse and the canonical form; a malformed key names the field', () => {
    const p = PRESETS['izb-ccm'].formulation;
    const key = measuredReleaseKey(eighteen);
    const doc = { ...p, calibrations: { release: [{ core: 'zif-8', params: { nH: 0.69, vRefNmPerH: 0.042 }, fittedTo: 'fitted to your data: 2 curve(s) at pH 7.4, 5.0; n = 18', dataKey: key }] } };
    const r = parseFormulation(doc, {});
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.calibrations?.release?.[0].dataKey).toBe(key);
    expect((canonicalFormulation(r.value) as { calibrations: { release: { dataKey?: string }[] } }).calibrations.release[0].dataKey).toBe(key);
    const bad = parseFormulation({ ...doc, calibrations: { release: [{ ...doc.calibrations.release[0], dataKey: 'nope' }] } }, {});
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues.some((i) => i.path === 'calibrations.release.0.dataKey' && /8 hexadecimal digits/.test(i.message))).toBe(true);
  });
});

describe('calibrationDataStatus', () => {
  const withKey = { dataKey: measuredReleaseKey(eighteen), fittedTo: 'fitted to your data: 2 curve(s) at pH 7.4, 5.0; IN10018, one-pot; n = 18; SE …' };
  it('with a data key: same data, replaced (what is stored now), removed', () => {
    expect(calibrationDataStatus(withKey, eighteen)).toEqual({ status: 'same' });
    expect(calibrationDataStatus(withKey, sixteen)).toEqual({ status: 'replaced', now: '2 curves (pH 7.4, 5.0), 16 points' });
    expect(calibrationDataStatus(withKey, [])).toEqual({ status: 'removed', now: '' });
    // the same count of points at the same pH, other values: still a replacement (the walk's record alone could not tell)
    const sameShape = eighteen.map((c) => ({ ...c, points: c.points.map(([t, F]) => [t, F * 1.1] as [number, number]) }));
    expect(calibrationDataStatus(withKey, sameShape).status).toBe('replaced');
  });

  it('an older record without a key: its point count or pH list show a replacement; the same count cannot prove sameness', () => {
    const old = { fittedTo: withKey.fittedTo };
    expect(calibrationDataStatus(old, sixteen).status).toBe('replaced'); // n = 18 → 16 points (the walk)
    expect(calibrationDataStatus(old, [eighteen[0], { ...eighteen[1], pH: 6.5 }]).status).toBe('replaced');
    expect(calibrationDataStatus(old, eighteen).status).toBe('unknown');
    expect(calibrationDataStatus(old, []).status).toBe('removed');
    expect(calibrationDataStatus({}, sixteen).status).toBe('unknown'); // no record at all: nothing to compare
  });

  it('describes the stored data in words', () => {
    expect(describeMeasured([eighteen[0]])).toBe('1 curve (pH 7.4), 9 points');
  });
});
