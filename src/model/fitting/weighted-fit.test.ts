// Weighted release fits (1/SD² from measured error bars): hand-derived closed form, equal weights = unweighted, weights from SD.
import { describe, expect, it } from 'vitest';
import { fitReleaseModel, fitReleaseModels, weightsFromSpread } from './index';

describe('weighted release fits', () => {
  it('zero-order through the origin: k = Σ w t F / Σ w t² (an outlier with a tiny weight barely moves k)', () => {
    const data = { t: [1, 2, 3, 4], F: [2, 4, 6, 20], w: [1, 1, 1, 1e-6] };
    const f = fitReleaseModel('zero-order', data);
    // (1·1·2 + 1·2·4 + 1·3·6 + 1e-6·4·20) / (1 + 4 + 9 + 1e-6·16) = 28.00008 / 14.000016
    expect(f.params.k0).toBeCloseTo(28.00008 / 14.000016, 12);
    expect(f.weighted).toBe(true);
    // weighted SSE = Σ w (F − k t)²
    const k = f.params.k0;
    expect(f.sse).toBeCloseTo(data.t.reduce((s, t, i) => s + data.w[i] * (data.F[i] - k * t) ** 2, 0), 9);
    // unweighted, the outlier pulls k to (2 + 8 + 18 + 80) / 30 = 3.6
    expect(fitReleaseModel('zero-order', { t: data.t, F: data.F }).params.k0).toBeCloseTo(3.6, 12);
  });

  it('equal weights give the unweighted parameters, R² and AIC ranking', () => {
    const t = [0.5, 1, 2, 4, 8, 12, 24];
    const F = t.map((x) => 100 * (1 - Math.exp(-0.15 * x)) + (x % 3) * 0.4);
    const plain = fitReleaseModels({ t, F });
    const even = fitReleaseModels({ t, F, w: t.map(() => 1) });
    expect(even.best).toBe(plain.best);
    for (const f of plain.fits) {
      const g = even.fits.find((x) => x.model === f.model)!;
      for (const key of Object.keys(f.params)) expect(g.params[key]).toBeCloseTo(f.params[key], 6);
      expect(g.r2 ?? NaN).toBeCloseTo(f.r2 ?? NaN, 9);
    }
  });

  it('weights from error bars: 1/SD², a zero SD floored at the smallest positive one; refused weights are named', () => {
    expect(weightsFromSpread([0, 0.5, 1, 2])).toEqual([4, 4, 1, 0.25]);
    expect(weightsFromSpread([0, 0])).toBeNull();
    expect(() => fitReleaseModel('first-order', { t: [1, 2, 3], F: [10, 20, 30], w: [1, 0, 1] })).toThrow(/weights must be finite and > 0/);
  });
});
