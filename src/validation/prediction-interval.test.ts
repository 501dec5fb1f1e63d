// The app's 90 % prediction intervals stay inside what the quantity can be (walk10 #9) and contain the value itself.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { metricDomain, predictionInterval } from './prediction-interval';
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
});
