// The general bounded least-squares helper: SEs against the textbook linear-regression formulas, joint multi-curve fits, bounds, weights, identifiability.
import { describe, expect, it } from 'vitest';
import { fitLeastSquares } from './least-squares';
import { studentTQuantile } from './student-t';

describe('fitLeastSquares', () => {
  it('straight line: parameters, SEs and 95 % CIs equal the textbook formulas', () => {
    const x = [1, 2, 3, 4, 5, 6];
    const y = [3.1, 4.9, 7.2, 8.8, 11.1, 12.7];
    const r = fitLeastSquares({ model: ([a, b], xi) => a + b * xi, data: { x, y }, initial: [0, 1], names: ['a', 'b'] });
    const n = x.length;
    const mx = x.reduce((s, v) => s + v, 0) / n;
    const my = y.reduce((s, v) => s + v, 0) / n;
    const sxx = x.reduce((s, v) => s + (v - mx) ** 2, 0);
    const b = x.reduce((s, v, i) => s + (v - mx) * (y[i] - my), 0) / sxx;
    const a = my - b * mx;
    const sse = y.reduce((s, v, i) => s + (v - a - b * x[i]) ** 2, 0);
    const s2 = sse / (n - 2);
    expect(r.params[0]).toBeCloseTo(a, 8);
    expect(r.params[1]).toBeCloseTo(b, 8);
    expect(r.sse).toBeCloseTo(sse, 10);
    expect(r.se[1]!).toBeCloseTo(Math.sqrt(s2 / sxx), 8);
    expect(r.se[0]!).toBeCloseTo(Math.sqrt(s2 * (1 / n + (mx * mx) / sxx)), 8);
    const tq = studentTQuantile(0.975, n - 2);
    expect(r.ci95[1]![0]).toBeCloseTo(b - tq * Math.sqrt(s2 / sxx), 8);
    expect(r.identifiable).toBe(true);
    expect(r.r2!).toBeCloseTo(1 - sse / y.reduce((s, v) => s + (v - my) ** 2, 0), 10);
  });

  it('calibrates one parameter set to curves at several pH values at once (x = { pH, tH })', () => {
    // F = 1 − exp(−k_ref·10^(nH·(7.4 − pH))·t): a pH-accelerated first-order leak, k_ref = 0.004 /h, nH = 0.8
    const curve = (k: number, nH: number, pH: number, tH: number) => 1 - Math.exp(-k * 10 ** (nH * (7.4 - pH)) * tH);
    const pts = [7.4, 6.5, 5.0].flatMap((pH) => [1, 2, 4, 8, 12, 24, 48, 72].map((tH) => ({ pH, tH })));
    const y = pts.map((p) => curve(0.004, 0.8, p.pH, p.tH));
    const viaModel = fitLeastSquares<{ pH: number; tH: number }>({
      model: ([k, nH], p) => curve(k, nH, p.pH, p.tH),
      data: { x: pts, y },
      initial: [0.05, 0.2],
      starts: [[0.001, 1.5]],
      lower: [0, 0],
      upper: [10, 3],
    });
    expect(viaModel.params[0]).toBeCloseTo(0.004, 8);
    expect(viaModel.params[1]).toBeCloseTo(0.8, 7);
    const viaResiduals = fitLeastSquares({
      residualModel: ([k, nH]) => pts.map((p, i) => y[i] - curve(k, nH, p.pH, p.tH)),
      initial: [0.05, 0.2],
      lower: [0, 0],
      upper: [10, 3],
    });
    expect(viaResiduals.params[0]).toBeCloseTo(0.004, 8);
    expect(viaResiduals.params[1]).toBeCloseTo(0.8, 7);
    expect(viaResiduals.r2).toBeNull();
  });

  it('respects bounds and reports a parameter on its bound', () => {
    const x = [1, 2, 3, 4];
    const r = fitLeastSquares({ model: ([k], xi) => k * xi, data: { x, y: [-1, -2.2, -2.9, -4.1] }, initial: [1], lower: [0] });
    expect(r.params[0]).toBe(0);
    expect(r.atBound[0]).toBe(true);
  });

  it('weights: equals the closed-form weighted slope Σ w x y / Σ w x²', () => {
    const x = [1, 2, 3, 4];
    const y = [1.2, 1.8, 3.3, 3.9];
    const w = [4, 1, 1, 0.25];
    const r = fitLeastSquares({ model: ([k], xi) => k * xi, data: { x, y, weights: w }, initial: [5] });
    const k = x.reduce((s, xi, i) => s + w[i] * xi * y[i], 0) / x.reduce((s, xi, i) => s + w[i] * xi * xi, 0);
    expect(r.params[0]).toBeCloseTo(k, 9);
  });

  it('a parameter whose SE exceeds its magnitude is flagged, unless the limit is raised', () => {
    const x = [1, 2, 3, 4, 5, 6];
    const y = [2.1, 3.9, 6.2, 7.8, 10.1, 11.7]; // intercept ≈ 0.07 ± 0.2
    const strict = fitLeastSquares({ model: ([a, b], xi) => a + b * xi, data: { x, y }, initial: [0, 1], names: ['a', 'b'] });
    expect(strict.identifiable).toBe(false);
    expect(strict.identifiabilityNotes[0]).toMatch(/^a: SE/);
    const lax = fitLeastSquares({ model: ([a, b], xi) => a + b * xi, data: { x, y }, initial: [0, 1], relativeSeLimit: Infinity });
    expect(lax.identifiable).toBe(true);
  });

  it('flags a non-identifiable product a·b', () => {
    const x = [1, 2, 3, 4, 5];
    const r = fitLeastSquares({ model: ([a, b], xi) => a * b * xi, data: { x, y: x.map((v) => 2 * v + 0.01 * Math.sin(v)) }, initial: [1, 1], names: ['a', 'b'] });
    expect(r.identifiable).toBe(false);
    expect(r.identifiabilityNotes.join(' ')).toMatch(/near-singular|exceeds/);
    expect(r.params[0] * r.params[1]).toBeCloseTo(2, 2);
  });

  it('keeps the best of several starts (a multimodal sine fit)', () => {
    const x = Array.from({ length: 30 }, (_, i) => i * 0.3);
    const y = x.map((v) => Math.sin(2.7 * v));
    const single = fitLeastSquares({ model: ([w], v) => Math.sin(w * v), data: { x, y }, initial: [1] });
    const multi = fitLeastSquares({ model: ([w], v) => Math.sin(w * v), data: { x, y }, initial: [1], starts: [[2], [2.5], [3], [3.5]] });
    expect(multi.sse).toBeLessThanOrEqual(single.sse);
    expect(multi.params[0]).toBeCloseTo(2.7, 6);
    expect(multi.startsTried).toBe(5);
  });
});
