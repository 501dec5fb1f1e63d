// Langmuir (M1) calibration: the closed form satisfies the mass balance, and (qmax, K) are recovered from EE and LC points.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitLangmuir, langmuirLoaded, langmuirSdQ, loadedFromPoint } from './langmuir';
import { LANGMUIR_SINGLE_FORMULA } from '../loading/langmuir';

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

describe('weighted Langmuir fit from a sheet’s SD column (walk11 #18)', () => {
  it('SD of q by the delta method, by hand: EE 85.4 ± 4.2 % at f = 0.1 → 0.0042 mg/mg; LC 20 ± 2 % → 0.02/0.64 = 0.03125; missing → the largest', () => {
    expect(langmuirSdQ([{ feed: 0.1, ee: 0.854, sd: 0.042 }, { feed: 0.5, lc: 0.2, sd: 0.02 }, { feed: 0.3, ee: 0.5 }])).toEqual([
      expect.closeTo(0.0042, 15), expect.closeTo(0.03125, 15), expect.closeTo(0.03125, 15),
    ]);
    expect(langmuirSdQ([{ feed: 0.1, ee: 0.5 }, { feed: 0.2, ee: 0.4, sd: 0 }])).toBeNull();
  });
  it("the tester's sheet: weighted minimises Σ(residual/SD(q))², so its weighted SSE is below the unweighted fit's, measured with the same weights", () => {
    const pts = [[0.05, 92.1, 3.0], [0.1, 85.4, 4.2], [0.2, 71.0, 5.1], [0.4, 48.2, 3.9], [0.8, 27.5, 2.2]].map(([feed, ee, sd]) => ({ feed, ee: ee / 100, sd: sd / 100 }));
    const w = fitLangmuir(pts, { weighted: true });
    const u = fitLangmuir(pts);
    expect(w.weighted).toBe(true);
    expect(u.weighted).toBe(false);
    const sdQ = langmuirSdQ(pts)!;
    const wsse = (qmax: number, K: number) => pts.reduce((a, p, i) => a + ((p.ee * p.feed - langmuirLoaded(p.feed, qmax, K)) / sdQ[i]) ** 2, 0);
    expect(w.sse).toBeCloseTo(wsse(w.qmax, w.K), 9);
    expect(wsse(w.qmax, w.K)).toBeLessThanOrEqual(wsse(u.qmax, u.K) + 1e-12);
    expect(w.qmax).not.toBeCloseTo(u.qmax, 6);
  });
  it('equal SDs give the unweighted optimum', () => {
    const [qmax, K] = [0.3, 6];
    const pts = [0.05, 0.1, 0.2, 0.4, 0.8].map((feed, i) => ({ feed, ee: (langmuirLoaded(feed, qmax, K) / feed) * (1 + 0.02 * (i % 2 ? 1 : -1)), sd: 0.03 }));
    // equal SD of EE is not equal SD of q (SD(q) = SD·f): use LC-free EE points with SD ∝ 1/f for equal SD(q)
    const eq = pts.map((p) => ({ ...p, sd: 0.001 / p.feed }));
    const a = fitLangmuir(eq, { weighted: true }), b = fitLangmuir(eq);
    expect(a.qmax).toBeCloseTo(b.qmax, 6);
    expect(a.K).toBeCloseTo(b.K, 4);
  });
  it('the fit states the same closed form as the explain panel, and how it is evaluated', () => {
    const r = fitLangmuir([{ feed: 0.1, ee: 0.8 }, { feed: 0.4, ee: 0.5 }, { feed: 0.8, ee: 0.3 }]);
    expect(r.equation.startsWith(`M1: ${LANGMUIR_SINGLE_FORMULA} — evaluated as 2 K qmax f / [B + √(B² − 4 K² qmax f)]`)).toBe(true);
  });
});
