// Tests of the LQ survival fit: a hand-solved normal-equation case, recovery from generated data, weights, CSV errors.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitSurvival, parseSurvivalCsv, SurvivalDataError } from './fit-survival';

describe('fitSurvival', () => {
  it('hand-solved 2×2 case: y = −ln S = 1, 3, 5 at D = 1, 2, 3', () => {
    // XᵀX = [[14, 36], [36, 98]], Xᵀy = [22, 58], det 76 → α = 68/76, β = 20/76; SSE = 1/19, s² = 1/19;
    // SE α = √(98/1444), SE β = √(14/1444); ȳ = 3, SST = 8 → r² = 1 − 1/152.
    const f = fitSurvival([1, 3, 5].map((y, i) => ({ doseGy: i + 1, sf: Math.exp(-y) })));
    expect(f.alpha).toBeCloseTo(68 / 76, 12);
    expect(f.beta).toBeCloseTo(20 / 76, 12);
    expect(f.alphaSE).toBeCloseTo(Math.sqrt(98 / 1444), 12);
    expect(f.betaSE).toBeCloseTo(Math.sqrt(14 / 1444), 12);
    expect(f.r2).toBeCloseTo(1 - 1 / 152, 12);
    expect(f.sse).toBeCloseTo(1 / 19, 12);
  });
  it('a weight of 2 is the same as the point given twice (estimates)', () => {
    const pts = [
      { doseGy: 1, sf: 0.7 },
      { doseGy: 2, sf: 0.45 },
      { doseGy: 4, sf: 0.15 },
      { doseGy: 6, sf: 0.04 },
    ];
    const w = fitSurvival(pts.map((p, i) => (i === 2 ? { ...p, weight: 2 } : p)));
    const dup = fitSurvival([...pts, pts[2]]);
    expect(w.alpha).toBeCloseTo(dup.alpha, 12);
    expect(w.beta).toBeCloseTo(dup.beta, 12);
  });
  it('property: recovers α, β exactly from noise-free LQ data (any doses with ≥ 2 distinct values)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1.5, noNaN: true }),
        fc.double({ min: 0.001, max: 0.2, noNaN: true }),
        fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { minLength: 3, maxLength: 8 }),
        (a, b, doses) => {
          const f = fitSurvival(doses.map((k) => ({ doseGy: k / 4, sf: Math.exp(-(a * (k / 4) + b * (k / 4) ** 2)) })));
          return Math.abs(f.alpha - a) < 1e-7 * (1 + a) && Math.abs(f.beta - b) < 1e-7 * (1 + b);
        },
      ),
    );
  });
  it('recovers α, β from seeded noisy data within 3 SE', () => {
    let seed = 12345;
    const rand = () => ((seed = (1103515245 * seed + 12345) % 2 ** 31) / 2 ** 31);
    const gauss = () => Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand());
    const pts = [];
    for (const D of [0.5, 1, 2, 3, 4, 5, 6, 8]) for (let k = 0; k < 3; k++) pts.push({ doseGy: D, sf: Math.min(1, Math.exp(-(0.3 * D + 0.03 * D * D) + 0.03 * gauss())) });
    const f = fitSurvival(pts);
    expect(Math.abs(f.alpha - 0.3)).toBeLessThan(3 * f.alphaSE);
    expect(Math.abs(f.beta - 0.03)).toBeLessThan(3 * f.betaSE);
    expect(f.r2).toBeGreaterThan(0.99);
  });
  it('rejects bad data with a reason', () => {
    expect(() => fitSurvival([{ doseGy: 1, sf: 0.5 }, { doseGy: 2, sf: 0.3 }])).toThrow(/at least 3 points/);
    expect(() => fitSurvival([{ doseGy: 2, sf: 0.5 }, { doseGy: 2, sf: 0.4 }, { doseGy: 0, sf: 1 }])).toThrow(/2 distinct non-zero doses/);
    expect(() => fitSurvival([{ doseGy: -1, sf: 0.5 }, { doseGy: 2, sf: 0.4 }, { doseGy: 3, sf: 0.2 }])).toThrow(/point 1: dose/);
    expect(() => fitSurvival([{ doseGy: 1, sf: 1.2 }, { doseGy: 2, sf: 0.4 }, { doseGy: 3, sf: 0.2 }])).toThrow(/\(0, 1\]/);
    expect(() => fitSurvival([{ doseGy: 1, sf: 0.5, weight: 0 }, { doseGy: 2, sf: 0.4 }, { doseGy: 3, sf: 0.2 }])).toThrow(/weight/);
  });
});

describe('parseSurvivalCsv', () => {
  it('header + rows, optional weight, comments and blank lines, ; or tab separators', () => {
    expect(parseSurvivalCsv('dose,sf,weight\n# comment\n0,1,1\n\n2,0.5,2\n4,0.2\n')).toEqual([
      { doseGy: 0, sf: 1, weight: 1 },
      { doseGy: 2, sf: 0.5, weight: 2 },
      { doseGy: 4, sf: 0.2 },
    ]);
    expect(parseSurvivalCsv('Dose (Gy);SF\n1;0.8\n2;0.5\n3;0.3')).toHaveLength(3);
    expect(parseSurvivalCsv('dose\tsf\r\n1\t0.8\r\n2\t0.5\r\n3\t0.3\r\n')).toHaveLength(3);
  });
  it('errors name the line and the reason', () => {
    const err = (t: string) => {
      try {
        parseSurvivalCsv(t);
      } catch (e) {
        expect(e).toBeInstanceOf(SurvivalDataError);
        return (e as Error).message;
      }
      return 'no error';
    };
    expect(err('dose,sf\n1,0.8\n2,abc\n3,0.3')).toMatch(/line 3: surviving fraction "abc" is not a number/);
    expect(err('dose,sf\n1,0.8\n-2,0.5\n3,0.3')).toMatch(/line 3: dose must be ≥ 0/);
    expect(err('dose,sf\n1,0.8\n2,0\n3,0.3')).toMatch(/line 3: surviving fraction must be in \(0, 1\]/);
    expect(err('dose,sf\n1,0.8\n2,1.5\n3,0.3')).toMatch(/line 3/);
    expect(err('dose,sf\n1,0.8\n2\n3,0.3')).toMatch(/line 3: expected 2 or 3 columns/);
    expect(err('dose,sf\n1,0.8,1,2\n')).toMatch(/line 2: expected at most 3 columns/);
    expect(err('dose,sf\n1,0.8\n2,0.5\n')).toMatch(/at least 3 data rows, got 2/);
    expect(err('dose,sf\n1,0.8,-1\n2,0.5\n3,0.3')).toMatch(/line 2: weight must be > 0/);
    expect(err('')).toMatch(/at least 3 data rows/);
  });
});
