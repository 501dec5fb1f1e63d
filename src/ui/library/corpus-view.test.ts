// The corpus dashboard's counts and words: calibration agreement over judged records only, deviation units, miss widths, coinciding coverage lines.
import { describe, expect, it } from 'vitest';
import { calibrationCounts, coverageOverlaps, deviationUnitOf, medianDeviationUnit, missWidths } from './corpus-view';
import { evaluateCorpus, type CorpusResult, type KindCoverage } from '../../validation';

const rec = (over: Partial<CorpusResult>): CorpusResult => ({
  id: 'x', kind: 'clinical', metric: 'local-control-pct', unit: '%', system: 's', preset: null, condition: '', measured: 50, range: null, sd: null,
  predicted: null, verdict: 'not-modelled', deviation: null, logRatio: null, missInTolerances: null, rule: '', use: 'calibration',
  setsCatalogParameter: false, paper: 'p', provenance: 'read', source: '', caveat: null, explanation: [], ifMiss: null, ...over,
});

describe('calibrationCounts (walk11 #2)', () => {
  it('records without a model output are context, not misses: 3 not-modelled → 0 judged, 3 context', () => {
    const rs = [rec({ id: 'a' }), rec({ id: 'b' }), rec({ id: 'c', verdict: 'caveat', predicted: 1 })];
    expect(calibrationCounts(rs, 'clinical')).toEqual({ judged: 0, agree: 0, context: 3 });
  });
  it('counts only the kind and the calibration side; agree and differ are judged', () => {
    const rs = [
      rec({ id: 'a', verdict: 'agree', predicted: 1 }), rec({ id: 'b', verdict: 'differ', predicted: 1 }), rec({ id: 'c', verdict: 'error' }),
      rec({ id: 'd', verdict: 'agree', use: 'held-out' }), rec({ id: 'e', verdict: 'agree', kind: 'pk' }),
    ];
    expect(calibrationCounts(rs, 'clinical')).toEqual({ judged: 2, agree: 1, context: 1 });
  });
  it('on the real corpus: judged + context = every calibration record of the kind, and the clinical kind has nothing judged', () => {
    const report = evaluateCorpus();
    for (const s of report.summary) {
      const c = calibrationCounts(report.results, s.kind);
      expect(c.judged + c.context).toBe(s.calibration);
      expect(c.agree).toBe(s.calibrationAgree);
    }
    const clinical = calibrationCounts(report.results, 'clinical');
    expect(clinical.judged).toBe(report.results.filter((r) => r.kind === 'clinical' && r.use === 'calibration' && (r.verdict === 'agree' || r.verdict === 'differ')).length);
  });
});

describe('units and miss sizes (walk11 #6, #8)', () => {
  it('a % deviation is in percentage points, a ratio has no unit, others keep theirs', () => {
    expect(deviationUnitOf('%')).toBe('percentage points');
    expect(deviationUnitOf('1')).toBe('no unit (a ratio)');
    expect(deviationUnitOf('mg/mg')).toBe('mg/mg');
  });
  it('one unit per kind when its held-out judged records share it, else null', () => {
    const rs = [rec({ kind: 'loading', unit: 'mg/mg', use: 'held-out', verdict: 'agree' }), rec({ kind: 'loading', unit: 'mg/mg', use: 'held-out', verdict: 'differ' }), rec({ kind: 'loading', unit: '%', use: 'calibration', verdict: 'agree' })];
    expect(medianDeviationUnit(rs, 'loading')).toBe('mg/mg');
    expect(medianDeviationUnit([...rs, rec({ kind: 'loading', unit: '%', use: 'held-out', verdict: 'agree' })], 'loading')).toBeNull();
  });
  it('a miss in rule widths, 3 significant digits', () => {
    expect(missWidths({ missInTolerances: 2.5789 })).toBe("2.58× the rule's width");
    expect(missWidths({ missInTolerances: null })).toBe('outside the rule');
  });
});

describe('coverageOverlaps (walk11 #7)', () => {
  const cov = (kind: KindCoverage['kind'], nominal: number, covered: number, n: number): KindCoverage => ({ kind, nominal, heldOut: { covered, n, tailP: 1 }, calibration: { covered: 0, n: 0, tailP: 1 } });
  it('kinds at 100 % at every level coincide; a kind without held-out records is absent', () => {
    const curve = [0.5, 0.9].flatMap((l) => [cov('clinical', l, 2, 2), cov('clonogenic', l, 4, 4), cov('radiosensitization', l, 3, 3), cov('pk', l, l === 0.5 ? 2 : 3, 8), cov('size', l, 0, 0)]);
    const o = coverageOverlaps(curve);
    expect(o.together).toEqual([['clinical', 'clonogenic', 'radiosensitization']]);
    expect(o.absent).toEqual(['size']);
  });
});
