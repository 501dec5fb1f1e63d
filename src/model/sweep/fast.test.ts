// Fast-path helpers: setLeaves against setAtPath (same values, copies only the paths, never mutates), overlapping axes,
// group indexing against candidateValues, buildFromValues against buildCandidate, jsonEqual, and sweepRowLine against csvLine.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SWEEP_RESULT_COLUMNS, buildCandidate, buildFromValues, candidateIndices, candidateValues, comboIndex, csvField, csvLine, jsonEqual, overlappingAxes, planSweep, setAtPath, setLeaves, sweepRow, sweepRowLine, type SweepAxis } from './index';

const axis = (path: string, n = 2): SweepAxis => ({ path, segments: path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s)), values: Array.from({ length: n }, (_, i) => i) });

describe('setLeaves', () => {
  const base = { core: { material: 'zif-8', diameterNm: 120 }, payloads: [{ feedMassRatio: 0.2 }, { feedMassRatio: 0.3 }], scenario: { cells: { alphaPerGy: 0.25 } } };
  it('equals setAtPath applied path by path; shares what it does not touch; never mutates', () => {
    const before = JSON.stringify(base);
    const paths = [['core', 'diameterNm'], ['payloads', 1, 'feedMassRatio'], ['scenario', 'injectedConcentrationGPerL']];
    const out = setLeaves(base, paths, [60, 0.9, 53.3]) as typeof base & { scenario: { injectedConcentrationGPerL: number } };
    let ref: unknown = base;
    paths.forEach((p, i) => (ref = setAtPath(ref, p, [60, 0.9, 53.3][i])));
    expect(out).toEqual(ref);
    expect(JSON.stringify(base)).toBe(before);
    expect(out.payloads[0]).toBe(base.payloads[0]);
    expect(out.scenario.cells).toBe(base.scenario.cells);
    expect(out.core).not.toBe(base.core);
  });
  it('refuses a missing parent or element (a completed formulation always has them)', () => {
    expect(() => setLeaves(base, [['payloads', 5, 'feedMassRatio']], [1])).toThrow(/payloads\.5/);
    expect(() => setLeaves(base, [['coating', 'peg', 'x']], [1])).toThrow(/coating/);
  });
});

describe('axes and groups', () => {
  it('overlapping axes: the same path written twice, or one path inside another', () => {
    expect([...overlappingAxes([axis('core'), axis('core.diameterNm'), axis('scenario.fractions')])].sort()).toEqual([0, 1]);
    expect([...overlappingAxes([axis('payloads.1.feedMassRatio'), axis('payloads.01.feedMassRatio')])].sort()).toEqual([0, 1]);
    expect(overlappingAxes([axis('payloads.1.feedMassRatio'), axis('payloads.10.feedMassRatio'), axis('core.material')]).size).toBe(0);
  });
  it('candidateIndices agrees with candidateValues; comboIndex numbers the combinations of the chosen axes densely (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 4 }), fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }), (sizes, pick) => {
        const axes = sizes.map((n, k) => ({ ...axis(`a${k}`, n), values: Array.from({ length: n }, (_, i) => `${k}:${i}`) }));
        const which = axes.map((_, k) => k).filter((k) => pick[k]);
        const total = sizes.reduce((a, b) => a * b, 1);
        const groups = which.reduce((a, k) => a * sizes[k], 1);
        const seen = new Map<number, string>();
        for (let i = 0; i < total; i++) {
          const idx = candidateIndices(axes, i);
          expect(idx.map((j, k) => axes[k].values[j])).toEqual(candidateValues(axes, i));
          const g = comboIndex(axes, which, idx);
          expect(g).toBeGreaterThanOrEqual(0);
          expect(g).toBeLessThan(groups);
          const key = which.map((k) => idx[k]).join(',');
          if (seen.has(g)) expect(seen.get(g)).toBe(key);
          seen.set(g, key);
        }
        expect(seen.size).toBe(groups);
      }),
    );
  });
  it('buildFromValues with a candidate\'s values is buildCandidate (membrane shares renormalised too)', () => {
    const p = planSweep({ base: { coating: { membranes: [{ source: 'hela', fraction: 0.5 }, { source: 'caf-cervical', fraction: 0.5 }] } }, vary: { 'coating.membranes.0.fraction': [0.2, 0.6], 'core.diameterNm': [50, 80] } });
    if (!p.ok) throw new Error('plan');
    for (let i = 0; i < p.value.total; i++) expect(buildFromValues(p.value, candidateValues(p.value.axes, i))).toEqual(buildCandidate(p.value, i).formulation);
  });
});

describe('jsonEqual', () => {
  it('structural, key order free, strict on missing vs undefined, −0 and lengths', () => {
    expect(jsonEqual({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true);
    expect(jsonEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(jsonEqual({ a: 0 }, { a: -0 })).toBe(false);
    expect(jsonEqual([1, 2], [1, 2, 3])).toBe(false);
    expect(jsonEqual([1], { 0: 1 })).toBe(false);
    expect(jsonEqual(null, {})).toBe(false);
    expect(jsonEqual(Number.NaN, Number.NaN)).toBe(true);
  });
});

describe('sweepRowLine', () => {
  it('is csvLine(sweepRow(…)) with the values given as fields (property)', () => {
    const cell = fc.oneof(fc.double(), fc.string(), fc.constant(null), fc.boolean(), fc.constantFrom('a,b', 'say "hi"', 'x\ny'));
    const result = fc.oneof(fc.double(), fc.constant(null));
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 4 }), fc.option(fc.array(result, { minLength: 12, maxLength: 12 }), { nil: null }), fc.option(fc.string(), { nil: null }), (values, res, error) => {
        const results = res ? Object.fromEntries(SWEEP_RESULT_COLUMNS.map((c, i) => [c, res[i]])) : null;
        expect(sweepRowLine(values.map(csvField), results, error)).toBe(csvLine(sweepRow(values, results, error)));
      }),
    );
  });
});
