// NSGA-II against standard test problems with known Pareto fronts (ZDT1, ZDT2, Schaffer N.1, constrained BNH), determinism and operator invariants.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createNsga2, crowdingDistance, dominates, hypervolume2D, nonDominatedSort, nsga2, paretoFilter, type Gene } from './nsga2';

const reals = (n: number, lo = 0, hi = 1): Gene[] => Array.from({ length: n }, () => ({ kind: 'real' as const, lo, hi }));

/** ZDT1/ZDT2 (Zitzler, Deb & Thiele 2000): 30 variables in [0, 1]; front at x2…x30 = 0, f2 = 1 − √f1 (ZDT1) or 1 − f1² (ZDT2). */
function zdt(shape: (r: number) => number) {
  return (x: readonly number[]) => {
    let s = 0;
    for (let i = 1; i < x.length; i++) s += x[i];
    const g = 1 + (9 * s) / (x.length - 1);
    return { objectives: [x[0], g * (1 - shape(x[0] / g))], violation: 0 };
  };
}

describe('NSGA-II on problems with known fronts', () => {
  it('ZDT1: hypervolume within 1 % of the true front (0.87667 for reference (1.1, 1.1)) and every point close to it', () => {
    const run = nsga2({ genes: reals(30), evaluate: zdt(Math.sqrt), populationSize: 100, generations: 250, seed: 7 });
    const front = run.front().map((p) => p.objectives);
    // true hypervolume: ∫₀¹ (1.1 − (1 − √a)) da + 0.1 · 1.1 = 0.1 + 2/3 + 0.11
    const trueHv = 0.1 + 2 / 3 + 0.11;
    expect(hypervolume2D(front, [1.1, 1.1])).toBeGreaterThan(0.99 * trueHv);
    expect(hypervolume2D(front, [1.1, 1.1])).toBeLessThanOrEqual(trueHv + 1e-12);
    for (const [f1, f2] of front) expect(f2 - (1 - Math.sqrt(f1))).toBeLessThan(0.02);
    expect(front.length).toBeGreaterThan(50);
  });

  it('ZDT2 (non-convex): hypervolume within 1.5 % of the true 0.54333', () => {
    const run = nsga2({ genes: reals(30), evaluate: zdt((r) => r * r), populationSize: 100, generations: 250, seed: 3 });
    const front = run.front().map((p) => p.objectives);
    const trueHv = 0.1 + 1 / 3 + 0.11;
    expect(hypervolume2D(front, [1.1, 1.1])).toBeGreaterThan(0.985 * trueHv);
    for (const [f1, f2] of front) expect(f2 - (1 - f1 * f1)).toBeLessThan(0.02);
  });

  it('Schaffer N.1: every front point has x in [0, 2] and the front spans it', () => {
    const run = nsga2({ genes: [{ kind: 'real', lo: -10, hi: 10 }], evaluate: (x) => ({ objectives: [x[0] ** 2, (x[0] - 2) ** 2], violation: 0 }), populationSize: 40, generations: 60, seed: 1 });
    const xs = run.front().map((p) => p.x[0]);
    for (const x of xs) {
      expect(x).toBeGreaterThanOrEqual(-1e-3);
      expect(x).toBeLessThanOrEqual(2 + 1e-3);
    }
    expect(Math.min(...xs)).toBeLessThan(0.05);
    expect(Math.max(...xs)).toBeGreaterThan(1.95);
  });

  it('BNH (constrained, Binh & Korn 1997): every point feasible and within 1 % (scaled distance) of the analytic front', () => {
    const run = nsga2({
      genes: [{ kind: 'real', lo: 0, hi: 5 }, { kind: 'real', lo: 0, hi: 3 }],
      evaluate: ([a, b]) => {
        const c1 = Math.max(0, (a - 5) ** 2 + b ** 2 - 25);
        const c2 = Math.max(0, 7.7 - ((a - 8) ** 2 + (b + 3) ** 2));
        return { objectives: [4 * a * a + 4 * b * b, (a - 5) ** 2 + (b - 5) ** 2], violation: c1 + c2 };
      },
      populationSize: 60,
      generations: 120,
      seed: 11,
    });
    const front = run.front();
    expect(front.length).toBeGreaterThan(30);
    // the analytic front, sampled densely: x1 = x2 = t ∈ [0, 3], then x2 = 3, x1 ∈ [3, 5]; objectives scaled by their ranges (140, 50)
    const truth: [number, number][] = [];
    for (let i = 0; i <= 3000; i++) {
      const t = (3 * i) / 3000;
      truth.push([8 * t * t, 2 * (t - 5) ** 2]);
      const a = 3 + (2 * i) / 3000;
      truth.push([4 * a * a + 36, (a - 5) ** 2 + 4]);
    }
    const distance = (f: readonly number[]) => Math.min(...truth.map(([g1, g2]) => Math.hypot((f[0] - g1) / 140, (f[1] - g2) / 50)));
    for (const p of front) {
      expect(p.violation).toBe(0);
      const [a, b] = p.x;
      expect((a - 5) ** 2 + b ** 2).toBeLessThanOrEqual(25 + 1e-9);
      expect((a - 8) ** 2 + (b + 3) ** 2).toBeGreaterThanOrEqual(7.7 - 1e-9);
      expect(distance(p.objectives)).toBeLessThan(0.01);
    }
  });

  it('categorical genes: finds the one best choice of each and keeps every gene within its set', () => {
    // minimise (index distance to 3 of 8) and (x − 0.25)²: a single optimum (3, 0.25)
    const run = nsga2({
      genes: [{ kind: 'categorical', n: 8 }, { kind: 'real', lo: 0, hi: 1 }],
      evaluate: ([c, x]) => ({ objectives: [Math.abs(c - 3) + (x - 0.25) ** 2], violation: 0 }),
      populationSize: 20,
      generations: 40,
      seed: 5,
    });
    const best = run.front()[0];
    expect(best.x[0]).toBe(3);
    expect(best.x[1]).toBeCloseTo(0.25, 2);
    for (const p of run.population) expect(Number.isInteger(p.x[0]) && p.x[0] >= 0 && p.x[0] < 8).toBe(true);
  });
});

describe('determinism and invariants', () => {
  it('same seed → identical populations; another seed → a different one', () => {
    const opts = { genes: reals(5), evaluate: zdt(Math.sqrt), populationSize: 16, generations: 10 };
    const a = nsga2({ ...opts, seed: 42 }).population.map((p) => p.x);
    const b = nsga2({ ...opts, seed: 42 }).population.map((p) => p.x);
    const c = nsga2({ ...opts, seed: 43 }).population.map((p) => p.x);
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
  });

  it('property: every genome stays within its bounds (integers whole), whatever the bounds and seed', () => {
    fc.assert(
      fc.property(fc.double({ min: -100, max: 100, noNaN: true }), fc.double({ min: 0, max: 50, noNaN: true }), fc.integer({ min: 1, max: 6 }), fc.integer(), (lo, width, n, seed) => {
        const genes: Gene[] = [{ kind: 'real', lo, hi: lo + width }, { kind: 'real', lo, hi: lo + width + 3, integer: true }, { kind: 'categorical', n }];
        const run = createNsga2({ genes, evaluate: (x) => ({ objectives: [x[0] + x[1], x[2] - x[0]], violation: 0 }), populationSize: 8, seed });
        for (let g = 0; g < 3; g++) run.step();
        for (const p of run.population) {
          expect(p.x[0]).toBeGreaterThanOrEqual(lo);
          expect(p.x[0]).toBeLessThanOrEqual(lo + width);
          expect(Number.isInteger(p.x[1])).toBe(true);
          expect(p.x[1]).toBeGreaterThanOrEqual(Math.ceil(lo));
          expect(p.x[1]).toBeLessThanOrEqual(lo + width + 3);
          expect(Number.isInteger(p.x[2]) && p.x[2] >= 0 && p.x[2] < n).toBe(true);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('property: no member of the returned front dominates another; every dropped point is dominated by a kept one', () => {
    const pt = fc.record({ objectives: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 2, maxLength: 2 }), violation: fc.constantFrom(0, 0, 0, 1, 2) });
    fc.assert(
      fc.property(fc.array(pt, { minLength: 1, maxLength: 30 }), (pts) => {
        const front = paretoFilter(pts);
        for (const a of front) for (const b of front) expect(dominates(a, b)).toBe(false);
        for (const p of pts) if (!front.includes(p)) expect(front.some((q) => dominates(q, p) || (q.objectives.join() === p.objectives.join() && q.violation === p.violation))).toBe(true);
      }),
    );
  });

  it('constrained domination: feasible beats infeasible, smaller violation beats larger', () => {
    expect(dominates({ objectives: [9, 9], violation: 0 }, { objectives: [0, 0], violation: 0.1 })).toBe(true);
    expect(dominates({ objectives: [9, 9], violation: 0.1 }, { objectives: [0, 0], violation: 0.2 })).toBe(true);
    expect(dominates({ objectives: [1, 2], violation: 0 }, { objectives: [2, 1], violation: 0 })).toBe(false);
  });

  it('sorting and crowding by hand: three fronts; boundary points infinite, middle point (4 − 1)/3 per objective = 2', () => {
    const pts = [[1, 4], [2, 2], [4, 1], [3, 3], [5, 5]].map((o) => ({ objectives: o, violation: 0 }));
    expect(nonDominatedSort(pts)).toEqual([[0, 1, 2], [3], [4]]);
    const cd = crowdingDistance([[1, 4], [2, 2], [4, 1]]);
    expect(cd[0]).toBe(Infinity);
    expect(cd[2]).toBe(Infinity);
    expect(cd[1]).toBeCloseTo((4 - 1) / 3 + (4 - 1) / 3, 12);
  });

  it('hypervolume by hand: two points (1, 2), (2, 1) with reference (3, 3) → 3', () => {
    expect(hypervolume2D([[1, 2], [2, 1]], [3, 3])).toBe(3);
  });
});
