// Level-of-detail helpers: the detail steps by on-screen radius, and the instance scale read back from matrices.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { maxInstanceScale, sphereDetailForRadiusPx, writeInstanceMatrix, type Vec3 } from './math';

describe('sphereDetailForRadiusPx', () => {
  it('steps 0 → 1 → 2 at 6 px and 14 px; nonsense → the cheapest level', () => {
    expect(sphereDetailForRadiusPx(0)).toBe(0);
    expect(sphereDetailForRadiusPx(5.99)).toBe(0);
    expect(sphereDetailForRadiusPx(6)).toBe(1);
    expect(sphereDetailForRadiusPx(13.99)).toBe(1);
    expect(sphereDetailForRadiusPx(14)).toBe(2);
    expect(sphereDetailForRadiusPx(NaN)).toBe(0);
    expect(sphereDetailForRadiusPx(-5)).toBe(0);
    expect(sphereDetailForRadiusPx(Infinity)).toBe(2);
  });
  it('never lowers the detail as the sphere grows on screen', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 1e4, noNaN: true }), fc.double({ min: 0, max: 1e4, noNaN: true }), (a, b) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      expect(sphereDetailForRadiusPx(lo)).toBeLessThanOrEqual(sphereDetailForRadiusPx(hi));
    }));
  });
});

describe('maxInstanceScale', () => {
  it('recovers the largest axis scale of rotated, translated instances', () => {
    const m = new Float32Array(32);
    writeInstanceMatrix(m, 0, [10, -3, 7], 1.5, 2.4, 1.5, [0.6, 0, 0.8]);
    writeInstanceMatrix(m, 16, [0, 0, 0], 0.8, 0.8, 0.8);
    expect(maxInstanceScale(m, 2)).toBeCloseTo(2.4, 5);
    expect(maxInstanceScale(m.subarray(16), 1)).toBeCloseTo(0.8, 5);
    expect(maxInstanceScale(m, 0)).toBe(0);
  });
  it('equals the largest of sx, sy, sz for any unit direction', () => {
    const dir = fc.tuple(fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true }))
      .filter(([x, y, z]) => Math.hypot(x, y, z) > 0.1);
    fc.assert(fc.property(dir, fc.double({ min: 0.1, max: 50, noNaN: true }), fc.double({ min: 0.1, max: 50, noNaN: true }), ([x, y, z], sx, sy) => {
      const l = Math.hypot(x, y, z);
      const d: Vec3 = [x / l, y / l, z / l];
      const m = new Float32Array(16);
      writeInstanceMatrix(m, 0, [1, 2, 3], sx, sy, sx, d);
      expect(maxInstanceScale(m, 1)).toBeCloseTo(Math.max(sx, sy), 3);
    }));
  });
});
