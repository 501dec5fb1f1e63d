// Bootstrap f2: hand-derived cases (identical units; a fixed offset; a two-unit reference whose bootstrap distribution
// can be enumerated), properties over random unit data, determinism for a seed, and the unit-column CSV reader.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bootstrapF2, BootstrapF2Error, quantileSorted } from './f2-bootstrap';
import { parseReleaseProfileCsv } from './csv';

const T = [0.5, 1, 2, 4, 8];
const CURVE = [12, 25, 41, 62, 80];
const f2Of = (d: number) => 50 * Math.log10(100 / Math.sqrt(1 + d * d));
const units = (n: number, offsets: (k: number) => number, base = CURVE) => Array.from({ length: n }, (_, k) => base.map((v) => v + offsets(k)));

describe('bootstrapF2: hand-derived', () => {
  it('identical units in both products: f2 = 100 and a zero-width interval at 100', () => {
    const p = { t: T, units: units(12, () => 0) };
    const r = bootstrapF2(p, p, { samples: 500 });
    expect(r.f2).toBe(100);
    expect(r.ci).toEqual([100, 100]);
    expect(r.bootstrapMean).toBe(100);
    expect(r.similar).toBe(true);
  });

  it('every unit alike within each product, means 10 points apart: every resample gives f2 = 100 − 25·log10(101) = 49.89', () => {
    const r = bootstrapF2({ t: T, units: units(6, () => 0) }, { t: T, units: units(6, () => 10) }, { samples: 400 });
    expect(r.f2).toBeCloseTo(100 - 25 * Math.log10(101), 12);
    expect(r.ci[0]).toBeCloseTo(r.f2, 12);
    expect(r.ci[1]).toBeCloseTo(r.f2, 12);
    expect(r.similar).toBe(false);
  });

  it('reference units at ±5, test 10 above: resampled differences 15, 10, 5 with P = ¼, ½, ¼ → 90 % CI [f2(15), f2(5)], median f2(10)', () => {
    const r = bootstrapF2({ t: T, units: units(2, (k) => (k === 0 ? -5 : 5)) }, { t: T, units: units(3, () => 10) }, { samples: 5000, seed: 7 });
    expect(r.f2).toBeCloseTo(f2Of(10), 12);
    expect(r.ci[0]).toBeCloseTo(f2Of(15), 12); // 41.14
    expect(r.ci[1]).toBeCloseTo(f2Of(5), 12); // 64.57
    expect(r.bootstrapMedian).toBeCloseTo(f2Of(10), 12);
    expect(r.similar).toBe(false);
  });

  it('equal means with unit spread: the observed f2 (100) lies above the bootstrap interval (the known bias), and says so', () => {
    const spread = units(12, (k) => (k - 5.5) * 1.5);
    const r = bootstrapF2({ t: T, units: spread }, { t: T, units: spread }, { samples: 1000 });
    expect(r.f2).toBe(100);
    expect(r.ci[1]).toBeLessThan(100);
    expect(r.notes.join(' ')).toMatch(/above the bootstrap interval/);
  });

  it('uses the f2 time points: zero excluded, nothing after the first mean above 85 %', () => {
    const t = [0, 1, 2, 4, 8, 12];
    const base = [0, 30, 50, 70, 90, 99];
    const r = bootstrapF2({ t, units: units(4, () => 0, base) }, { t, units: units(4, () => 2, base) }, { samples: 200 });
    expect(r.times).toEqual([1, 2, 4, 8]);
  });

  it('refuses what it cannot do, naming the reason', () => {
    expect(() => bootstrapF2({ t: T, units: units(1, () => 0) }, { t: T, units: units(3, () => 0) })).toThrow(/reference: 1 unit; the bootstrap needs at least 2/);
    expect(() => bootstrapF2({ t: [1, 2], units: [[1, 2], [2, 3]] }, { t: [1, 2], units: [[1, 2], [2, 3]] })).toThrow(/only 2 time points usable/);
    expect(() => bootstrapF2({ t: T, units: units(3, () => 0) }, { t: T, units: units(3, () => 0) }, { samples: 10 })).toThrow(BootstrapF2Error);
  });
});

describe('bootstrapF2: properties', () => {
  const profileArb = fc.integer({ min: 2, max: 8 }).chain((n) =>
    fc.array(fc.array(fc.double({ min: 0, max: 84, noNaN: true }), { minLength: 4, maxLength: 4 }), { minLength: n, maxLength: n }),
  );
  it('lower ≤ bootstrap median ≤ upper ≤ 100; the same seed gives the same result', () => {
    fc.assert(
      fc.property(profileArb, profileArb, fc.integer({ min: 1, max: 1e6 }), (a, b, seed) => {
        const t = [1, 2, 3, 4];
        const r = bootstrapF2({ t, units: a }, { t, units: b }, { samples: 200, seed });
        expect(r.ci[0]).toBeLessThanOrEqual(r.bootstrapMedian + 1e-12);
        expect(r.bootstrapMedian).toBeLessThanOrEqual(r.ci[1] + 1e-12);
        expect(r.ci[1]).toBeLessThanOrEqual(100 + 1e-12);
        expect(r.similar).toBe(r.ci[0] >= 50);
        expect(bootstrapF2({ t, units: a }, { t, units: b }, { samples: 200, seed })).toEqual(r);
      }),
      { numRuns: 60 },
    );
  });

  it('quantileSorted interpolates between order statistics (type 7)', () => {
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantileSorted([10, 20], 0.05)).toBeCloseTo(10.5, 12);
  });
});

describe('parseReleaseProfileCsv (unit columns through the one CSV reader)', () => {
  it('one column per unit → units, means and SDs; a two-column file stays a mean profile', () => {
    const r = parseReleaseProfileCsv('time (h);vessel 1;vessel 2;vessel 3\n1;10;12;14\n2;20,5;21,5;22,5\n');
    expect(r.t).toEqual([1, 2]);
    expect(r.units).toEqual([[10, 20.5], [12, 21.5], [14, 22.5]]);
    expect(r.F[0]).toBeCloseTo(12, 12);
    expect(r.sd![0]).toBeCloseTo(2, 12);
    expect(parseReleaseProfileCsv('time,release\n1,10\n2,20\n')).toMatchObject({ t: [1, 2], F: [10, 20] });
    expect(parseReleaseProfileCsv('time,release\n1,10\n2,20\n').units).toBeUndefined();
  });
  it('a missing or out-of-range unit value names the line and the column', () => {
    expect(() => parseReleaseProfileCsv('time,u1,u2\n1,10,12\n2,20\n')).toThrow(/line 3: 2 columns, expected 3/);
    expect(() => parseReleaseProfileCsv('time,u1,u2\n1,10,130\n')).toThrow(/line 2: u2 130 is outside 0–120 %/);
  });
});
