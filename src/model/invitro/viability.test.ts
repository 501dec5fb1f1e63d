// Viability fit (4-parameter logistic) and the viability CSV reader (#26): recovery of hand-written curves, SE shrinking with more points, weights, properties, and the lab files' shapes (replicates + Mean/SD, decimal comma, BOM, units, absorbance, bad cells).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitViability, logistic4, ViabilityFitError, type ViabilityPoint } from './viability-fit';
import { parseViabilityCsv, ViabilityCsvError } from './viability-csv';

// hand-written 4PL (not the module's function): V = b + (t − b)/(1 + (c/IC50)^h)
const truth = (c: number, ic50: number, h: number, t: number, b: number) => b + (t - b) / (1 + Math.pow(c / ic50, h));
const concs = [0.01, 0.03, 0.1, 0.3, 1, 3, 10, 30, 100];

describe('fitViability', () => {
  it('recovers IC50, Hill slope, top and bottom from exact data', () => {
    const pts = concs.map((c) => ({ c, v: truth(c, 2.5, 1.3, 0.98, 0.05) }));
    const f = fitViability(pts);
    expect(f.ic50).toBeCloseTo(2.5, 6);
    expect(f.hill).toBeCloseTo(1.3, 6);
    expect(f.top).toBeCloseTo(0.98, 6);
    expect(f.bottom).toBeCloseTo(0.05, 6);
    expect(f.fixed).toEqual({ top: false, bottom: false });
  });
  it('with fewer than 5 concentrations holds top 1 and bottom 0 and still recovers IC50 and h', () => {
    const f = fitViability([0.3, 1, 3, 10].map((c) => ({ c, v: truth(c, 1.7, 2, 1, 0) })));
    expect(f.fixed).toEqual({ top: true, bottom: true });
    expect(f.ic50).toBeCloseTo(1.7, 6);
    expect(f.hill).toBeCloseTo(2, 6);
  });
  it('the SE shrinks with more points (same noise pattern, more replicates)', () => {
    const noisy = (reps: number): ViabilityPoint[] => concs.flatMap((c, i) => Array.from({ length: reps }, (_, r) => ({ c, v: truth(c, 2.5, 1.3, 1, 0) + 0.03 * Math.sin(1.7 * i + 2.3 * r + 0.5) })));
    const a = fitViability(noisy(2));
    const b = fitViability(noisy(8));
    expect(Math.abs(a.ic50 - 2.5) / 2.5).toBeLessThan(0.2);
    expect(Math.abs(b.ic50 - 2.5) / 2.5).toBeLessThan(0.2);
    expect(b.se.ic50!).toBeLessThan(a.se.ic50!);
    expect(b.se.hill!).toBeLessThan(a.se.hill!);
  });
  it('weights by 1/SD²: a point with a large SD barely moves the fit', () => {
    const pts = concs.map((c) => ({ c, v: truth(c, 2.5, 1.3, 1, 0), sd: 0.02 }));
    pts[4] = { ...pts[4], v: pts[4].v + 0.3, sd: 1 };
    const w = fitViability(pts);
    const u = fitViability(pts.map(({ c, v }) => ({ c, v })));
    expect(w.weighted).toBe(true);
    expect(u.weighted).toBe(false);
    expect(Math.abs(w.ic50 - 2.5)).toBeLessThan(Math.abs(u.ic50 - 2.5));
    expect(Math.abs(w.ic50 - 2.5) / 2.5).toBeLessThan(0.01);
  });
  it('refuses fewer than 3 concentrations', () => {
    expect(() => fitViability([{ c: 0, v: 1 }, { c: 1, v: 0.5 }, { c: 2, v: 0.3 }])).toThrow(ViabilityFitError);
  });
  it('property: V in [bottom, top] and non-increasing in c for h ≥ 0, top ≥ bottom', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e3, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1e4, noNaN: true }), fc.double({ min: 0, max: 1e4, noNaN: true }), (ic50, h, x, y, c1, c2) => {
        const top = Math.max(x, y);
        const bottom = Math.min(x, y);
        const [lo, hi] = c1 <= c2 ? [c1, c2] : [c2, c1];
        const a = logistic4(lo, ic50, h, top, bottom);
        const b = logistic4(hi, ic50, h, top, bottom);
        expect(a).toBeGreaterThanOrEqual(bottom - 1e-12);
        expect(a).toBeLessThanOrEqual(top + 1e-12);
        expect(b).toBeLessThanOrEqual(a + 1e-12);
      }),
    );
  });
});

describe('parseViabilityCsv', () => {
  it('a CCK-8 sheet with replicates, its own Mean and SD, semicolons, decimal comma and BOM: the Mean is fitted with its SD, the replicates set aside', () => {
    const text = '\ufeffKonzentration (µg/mL);Rep 1;Rep 2;Rep 3;Mean;SD;Note\n0;101,2;98,8;100,0;100,0;1,2;ctrl\n1;90,1;88,3;91,0;89,8;1,4;\n10;52,5;49,1;50,6;50,7;1,7;\n100;8,2;9,9;7,1;8,4;1,4;x\n';
    const r = parseViabilityCsv(text);
    expect(r.unit).toEqual({ kind: 'mass', label: 'µg/mL', toUgPerMl: 1 });
    expect(r.valueKind).toBe('percent');
    expect(r.points).toHaveLength(4);
    expect(r.points[2]).toEqual({ c: 10, v: 0.507, sd: 0.017 });
    expect(r.columns.map((c) => c.role)).toEqual(['concentration', 'ignored', 'ignored', 'ignored', 'mean', 'sd', 'ignored']);
    expect(r.columns[1].why).toMatch(/set aside.*Mean/);
    expect(r.notes.join(' ')).toMatch(/decimal comma/);
  });
  it('replicates alone are fitted point by point (3 per concentration)', () => {
    const r = parseViabilityCsv('conc (uM),r1,r2,r3\n0,1,1.02,0.98\n0.1,0.9,0.92,0.88\n1,0.5,0.52,0.48\n10,0.1,0.12,0.08\n');
    expect(r.unit.kind).toBe('molar');
    expect(r.valueKind).toBe('fraction');
    expect(r.points).toHaveLength(12);
    expect(r.points.every((p) => p.sd === undefined)).toBe(true);
  });
  it('nM and ng/mL are converted through mathjs (× 0.001 to µM and µg/mL)', () => {
    const a = parseViabilityCsv('Dose [nM],Viability (%)\n0,100\n500,50\n');
    expect(a.points[1].c).toBeCloseTo(0.5, 12);
    expect(a.points[1].v).toBeCloseTo(0.5, 12);
    const b = parseViabilityCsv('c (ng/mL),viability\n0,1\n2500,0.4\n');
    expect(b.unit.kind).toBe('mass');
    expect(b.points[1].c).toBeCloseTo(2.5, 12);
  });
  it('absorbance is normalised to the mean at concentration 0', () => {
    const r = parseViabilityCsv('conc (µg/mL),OD450 1,OD450 2\n0,1.2,0.8\n10,0.5,0.5\n');
    expect(r.valueKind).toBe('absorbance');
    expect(r.points.map((p) => p.v)).toEqual([1.2, 0.8, 0.5, 0.5]);
  });
  it('a bad cell is named by line and column', () => {
    let err: unknown;
    try {
      parseViabilityCsv('conc (µg/mL);Rep 1;Rep 2\n0;100;99\n1;9O;88\n');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ViabilityCsvError);
    expect((err as ViabilityCsvError).line).toBe(3);
    expect((err as Error).message).toMatch(/^line 3, column 2 \("Rep 1"\): viability "9O" is not a number/);
  });
  it('SD 0 at the normalised control row (walk10 #2) is weighted as the sheet’s best-measured point, and said', () => {
    const r = parseViabilityCsv('\uFEFFConc (µg/mL);Rep 1 (%);Rep 2 (%);Mean;SD\r\n0;100;100;100;0\r\n1;92;88;90;2,5\r\n10;55;45;50;5\r\n100;12;8;10;1,5\r\n;;;;\r\n');
    expect(r.points.map((p) => p.sd)).toEqual([0.015, 0.025, 0.05, 0.015]); // the smallest positive SD (1.5 %) at 0
    expect(r.notes.join(' ')).toMatch(/SD 0 at line 2: weighted as the sheet’s best-measured point/);
    // no positive SD anywhere: unweighted, said
    const u = parseViabilityCsv('conc (µM),mean,SD\n0,1,0\n1,0.5,0\n10,0.1,0\n');
    expect(u.points.every((p) => p.sd === undefined)).toBe(true);
    expect(u.notes.join(' ')).toMatch(/every point is unweighted/);
  });
  it('a concentration header without a unit, a value out of range and a negative SD are refused with the reason', () => {
    expect(() => parseViabilityCsv('conc,viability\n0,1\n1,0.5\n')).toThrow(/column 1 \("conc"\) names no concentration unit/);
    expect(() => parseViabilityCsv('conc (µM),viability (%)\n0,100\n1,500\n')).toThrow(/line 3, column 2 .*outside/);
    expect(() => parseViabilityCsv('conc (µM),mean,SD\n0,1,0.1\n1,0.5,-0.1\n')).toThrow(/line 3, column 3 \("SD"\): SD must be ≥ 0/);
    expect(() => parseViabilityCsv('conc (µM),OD\n1,0.5\n2,0.4\n')).toThrow(/need a control row at concentration 0/);
  });
});
