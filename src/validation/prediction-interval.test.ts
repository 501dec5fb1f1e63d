// The app's 90 % prediction intervals stay inside what the quantity can be (walk10 #9) and contain the value itself.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { coverageVerdict, metricDomain, predictionInterval } from './prediction-interval';
import { coverageTailP } from './intervals';
import { METRIC_UNIT, type CorpusKind, type Metric } from './schema';

const KINDS: CorpusKind[] = ['release', 'loading', 'size', 'pk', 'radiosensitization', 'clonogenic', 'clinical'];
const METRICS = Object.keys(METRIC_UNIT) as Metric[];

describe('predictionInterval', () => {
  it('an SER never gets a lower bound below 1, a % of the injected dose never an upper bound above 100', () => {
    const ser = predictionInterval('radiosensitization', 'ser', 1.105);
    expect(ser).not.toBeNull();
    expect(ser!.lo).toBeGreaterThanOrEqual(1);
    expect(ser!.hi).toBeGreaterThan(1.105);
    const id = predictionInterval('clinical', 'tumour-pct-id', 80) ?? predictionInterval('release', 'tumour-pct-id', 80);
    if (id) expect(id.hi).toBeLessThanOrEqual(100);
    expect(metricDomain('tumour-pct-id')).toEqual([0, 100]);
    expect(metricDomain('surviving-fraction')).toEqual([0, 1]);
  });
  it('property: for every kind and metric, the interval lies in the metric’s domain and contains the value', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KINDS), fc.constantFrom(...METRICS), fc.double({ min: 0, max: 1, noNaN: true }), (kind, metric, u) => {
        const [min, max] = metricDomain(metric);
        const hiEnd = Number.isFinite(max) ? max : min + 1000;
        const v = min + u * (hiEnd - min);
        const iv = predictionInterval(kind, metric, v);
        if (!iv) return;
        expect(iv.lo).toBeGreaterThanOrEqual(min);
        expect(iv.hi).toBeLessThanOrEqual(max);
        expect(iv.lo).toBeLessThanOrEqual(v);
        expect(iv.hi).toBeGreaterThanOrEqual(v);
      }),
    );
  });
  it('walk11 #3: a number carries how its kind’s intervals covered held-out measurements (PK: 3 of 8, really too narrow)', () => {
    const pk = predictionInterval('pk', 'tumour-pct-id', 0.98)!;
    expect(pk.heldOut).toEqual({ covered: 3, n: 8, tailP: coverageTailP(3, 8, 0.9) });
    expect(pk.verdict).toBe('too-narrow');
    // the same kind, the same coverage, whichever PK number
    expect(predictionInterval('pk', 'half-life-h', 15)!.heldOut).toEqual(pk.heldOut);
    // a kind without held-out records says so rather than nothing
    expect(predictionInterval('size', 'size-nm', 130)!.verdict).toBe('none');
    // at another level the 90 % coverage does not apply
    expect(predictionInterval('pk', 'tumour-pct-id', 0.98, 0.5)!.heldOut).toBeNull();
    // the half-width is the spread's Student-t half-width: 0.98 × e^h is the upper bound
    expect(pk.hi).toBeCloseTo(0.98 * Math.exp(pk.halfWidth), 12);
  });
});

describe('coverageVerdict (the Library tab’s rule: 80–95 % target; outside it, a mis-calibration only when the binomial tail < 5 %)', () => {
  const v = (covered: number, n: number) => coverageVerdict({ covered, n, tailP: coverageTailP(covered, n, 0.9) });
  it('hand-derived counts', () => {
    expect(v(3, 8)).toBe('too-narrow'); // P(X ≤ 3) = 4.3e-4
    expect(v(6, 9)).toBe('too-few'); // 67 %, but P(X ≤ 6) = 0.053 ≥ 0.05
    expect(v(5, 9)).toBe('too-narrow'); // P(X ≤ 5) = 0.0083
    expect(v(6, 6)).toBe('too-few'); // 100 %, P(X ≥ 6) = 0.9⁶ = 0.53
    expect(v(9, 10)).toBe('in-target');
    expect(v(0, 0)).toBe('none');
    expect(coverageVerdict(null)).toBe('none');
  });
  it('property: an under-covering count far below nominal with n ≥ 10 is always flagged', () => {
    fc.assert(fc.property(fc.integer({ min: 10, max: 200 }), (n) => {
      expect(v(Math.floor(0.5 * n), n)).toBe('too-narrow');
    }));
  });
});
