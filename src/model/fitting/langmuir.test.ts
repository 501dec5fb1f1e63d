// Langmuir (M1) calibration: the closed form satisfies the mass balance, and (qmax, K) are recovered from EE and LC points.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitLangmuir, langmuirLoaded, loadedFromPoint } from './langmuir';

describe('langmuirLoaded', () => {
  it('satisfies q = qmax·K(f − q)/(1 + K(f − q)) with 0 ≤ q ≤ min(f, qmax)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-4, max: 100, noNaN: true }),
        fc.double({ min: 1e-4, max: 10, noNaN: true }),
        fc.double({ min: 1e-4, max: 1e4, noNaN: true }),
        (f, qmax, K) => {
          const q = langmuirLoaded(f, qmax, K);
          const c = f - q;
          expect(q).toBeGreaterThanOrEqual(0);
          expect(q).toBeLessThanOrEqual(Math.min(f, qmax) * (1 + 1e-12));
          expect(Math.abs(q - (qmax * K * c) / (1 + K * c))).toBeLessThanOrEqual(1e-9 * Math.max(q, 1e-12));
        },
      ),
    );
  });
  it('equals the MODEL.md form [(1 + Kf + Kqmax) − √(…)]/(2K) where that form is well conditioned', () => {
    const [f, qmax, K] = [0.3, 0.25, 5];
    const B = 1 + K * f + K * qmax;
    expect(langmuirLoaded(f, qmax, K)).toBeCloseTo((B - Math.sqrt(B * B - 4 * K * K * qmax * f)) / (2 * K), 12);
  });
  it('converts EE and LC to q', () => {
    expect(loadedFromPoint({ feed: 0.5, ee: 0.8 })).toBeCloseTo(0.4, 12);
    expect(loadedFromPoint({ feed: 0.5, lc: 0.2 })).toBeCloseTo(0.25, 12); // 0.2/0.8
    expect(() => loadedFromPoint({ feed: 0.1, lc: 0.5 })).toThrow(/more than the feed/);
    expect(() => loadedFromPoint({ feed: 0.1 })).toThrow(/needs ee or lc/);
  });
});

describe('fitLangmuir', () => {
  it('recovers qmax and K from noise-free EE points', () => {
    const [qmax, K] = [0.22, 8];
    const feeds = [0.05, 0.1, 0.2, 0.4, 0.8, 1.6];
    const r = fitLangmuir(feeds.map((feed) => ({ feed, ee: langmuirLoaded(feed, qmax, K) / feed })));
    expect(r.qmax).toBeCloseTo(qmax, 6);
    expect(r.K).toBeCloseTo(K, 4);
    expect(r.sse).toBeLessThan(1e-14);
  });
  it('recovers (qmax, K) within tolerance from noisy mixed EE/LC points', () => {
    const [qmax, K] = [0.6, 2.5];
    const feeds = [0.1, 0.2, 0.3, 0.5, 0.8, 1.2, 2, 3];
    const noise = [0.01, -0.008, 0.004, -0.012, 0.006, 0.009, -0.005, 0.002]; // fixed ±1 % relative perturbations
    const points = feeds.map((feed, i) => {
      const q = langmuirLoaded(feed, qmax, K) * (1 + noise[i]);
      return i % 2 ? { feed, ee: q / feed } : { feed, lc: q / (1 + q) };
    });
    const r = fitLangmuir(points);
    expect(Math.abs(r.qmax - qmax) / qmax).toBeLessThan(0.05);
    expect(Math.abs(r.K - K) / K).toBeLessThan(0.15);
    expect(r.identifiable).toBe(true);
    expect(r.ci95.qmax![0]).toBeLessThan(qmax);
    expect(r.ci95.qmax![1]).toBeGreaterThan(qmax);
    expect(r.r2!).toBeGreaterThan(0.99);
  });
  it('needs at least two points', () => {
    expect(() => fitLangmuir([{ feed: 0.1, ee: 0.5 }])).toThrow(/at least 2/);
  });
});
