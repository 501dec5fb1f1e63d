// M6: sampling distributions, quantiles, Spearman against hand values, reproducibility with a seed.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { param } from '../param';
import { createRng } from '../rng';
import { monteCarlo, quantileSorted, ranks, sampleParam, spearman } from './index';

describe('statistics', () => {
  it('type-7 quantiles (R default) on 1..5', () => {
    const s = [1, 2, 3, 4, 5];
    expect(quantileSorted(s, 0.5)).toBe(3);
    expect(quantileSorted(s, 0.05)).toBeCloseTo(1.2, 12);
    expect(quantileSorted(s, 0.95)).toBeCloseTo(4.8, 12);
  });
  it('ranks = the definition 1 + #{x_j < x_i} + (#{x_j = x_i} − 1)/2 on random data with many ties (and with NaN)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ noNaN: true, noDefaultInfinity: true })), { maxLength: 60 }), (x) => {
        const r = ranks(x);
        x.forEach((v, i) => {
          let less = 0;
          let eq = 0;
          for (const w of x) {
            if (w < v) less++;
            else if (w === v) eq++;
          }
          expect(r[i]).toBe(1 + less + (eq - 1) / 2);
        });
      }),
    );
    expect(ranks([3, NaN, 1]).length).toBe(3);
  });
  it('ranks average ties; Spearman of monotone data is ±1; hand value with ties', () => {
    expect(Array.from(ranks([10, 20, 20, 30]))).toEqual([1, 2.5, 2.5, 4]);
    expect(spearman([1, 2, 3, 4], [1, 8, 27, 64])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1, 12);
    // ranks x: 1,2,3,4,5; y = [2,1,4,3,5] → d² = 1+1+1+1+0 = 4; ρ = 1 − 6·4/(5·24) = 0.8
    expect(spearman([1, 2, 3, 4, 5], [2, 1, 4, 3, 5])).toBeCloseTo(0.8, 12);
  });
});

describe('sampling', () => {
  it('log-normal: median = base, ln spread = ln gsd', () => {
    const p = param(2, '1', 'test', 'assumption', { spread: { kind: 'lognormal', gsd: 1.5 } });
    const rng = createRng(42);
    const xs = Array.from({ length: 20000 }, () => Math.log(sampleParam({ id: 'x', param: p }, rng)));
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1));
    expect(mean).toBeCloseTo(Math.log(2), 1.5);
    expect(sd / Math.log(1.5)).toBeGreaterThan(0.97);
    expect(sd / Math.log(1.5)).toBeLessThan(1.03);
  });
  it('uniform stays in range and respects min/max clamps', () => {
    const p = param(0.5, '1', 'test', 'assumption', { spread: { kind: 'uniform', min: 0.2, max: 0.8 }, max: 0.6 });
    const rng = createRng(1);
    for (let i = 0; i < 1000; i++) {
      const v = sampleParam({ id: 'x', param: p }, rng);
      expect(v >= 0.2 && v <= 0.6).toBe(true);
    }
  });
});

describe('monteCarlo', () => {
  const a = param(1, '1', 'test', 'assumption', { spread: { kind: 'lognormal', gsd: 2 } });
  const b = param(1, '1', 'test', 'assumption', { spread: { kind: 'uniform', min: 0, max: 1 } });
  const run = (seed: number) =>
    monteCarlo({ params: [{ id: 'a', param: a }, { id: 'b', param: b }], draws: 500, seed, evaluate: (o) => ({ y: 10 * o.a + 0.1 * o.b }) });
  it('same seed → identical; other seed → different', () => {
    expect(run(7)).toEqual(run(7));
    expect(run(8).bands.y.p50).not.toBe(run(7).bands.y.p50);
  });
  it('bands bracket the median and the tornado ranks the driving parameter first', () => {
    const r = run(3);
    expect(r.bands.y.p5).toBeLessThan(r.bands.y.p50);
    expect(r.bands.y.p50).toBeLessThan(r.bands.y.p95);
    expect(r.sensitivity.y[0].id).toBe('a');
    expect(r.sensitivity.y[0].rho).toBeGreaterThan(0.9);
  });
  it('failed draws are counted, progress can cancel', () => {
    let n = 0;
    const r = monteCarlo({ params: [{ id: 'a', param: a }], draws: 100, seed: 1, evaluate: () => { if (n++ % 2) throw new Error('x'); return { y: 1 }; }, onProgress: (d) => d < 50 });
    expect(r.cancelled).toBe(true);
    expect(r.failures).toBeGreaterThan(0);
  });
});
