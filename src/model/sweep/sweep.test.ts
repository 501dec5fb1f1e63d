// Sweep planning: ranges, cartesian indexing, shards (union = whole, disjoint), paths, membrane renormalisation, CSV round trip.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCandidate, candidateValues, csvLine, expandRange, parseCsv, parsePath, parseShard, planSweep, renormaliseMembranes, setAtPath, shardRange, sweepHeader } from './index';

describe('ranges and paths', () => {
  it('linear and log ranges include both ends', () => {
    expect(expandRange({ from: 60, to: 180, steps: 5 })).toEqual([60, 90, 120, 150, 180]);
    const log = expandRange({ from: 1, to: 100, steps: 3, scale: 'log' });
    expect(log[0]).toBe(1);
    expect(log[1]).toBeCloseTo(10, 12);
    expect(log[2]).toBe(100);
    expect(expandRange({ from: 3, to: 9, steps: 1 })).toEqual([3]);
    expect(() => expandRange({ from: 0, to: 1, steps: 3, scale: 'log' })).toThrow(/log/);
  });
  it('paths with numeric indices', () => {
    expect(parsePath('payloads.1.feedMassRatio')).toEqual(['payloads', 1, 'feedMassRatio']);
    expect(() => parsePath('a..b')).toThrow();
    expect(() => parsePath('__proto__.x')).toThrow();
  });
  it('setAtPath copies, never mutates, and names missing elements', () => {
    const base = { payloads: [{ feedMassRatio: 0.2 }] };
    const out = setAtPath(base, ['payloads', 0, 'feedMassRatio'], 0.5) as typeof base;
    expect(out.payloads[0].feedMassRatio).toBe(0.5);
    expect(base.payloads[0].feedMassRatio).toBe(0.2);
    expect(() => setAtPath(base, ['payloads', 3, 'feedMassRatio'], 1)).toThrow(/payloads\.3/);
  });
});

describe('plan, product and shards', () => {
  const spec = { base: { core: { material: 'zif-8' } }, vary: { 'core.diameterNm': { from: 60, to: 180, steps: 4 }, 'scenario.doseMgPerKg': [5, 10, 20] } };
  it('counts and enumerates the cartesian product (last axis fastest)', () => {
    const p = planSweep(spec);
    if (!p.ok) throw new Error('plan failed');
    expect(p.value.total).toBe(12);
    expect(candidateValues(p.value.axes, 0)).toEqual([60, 5]);
    expect(candidateValues(p.value.axes, 1)).toEqual([60, 10]);
    expect(candidateValues(p.value.axes, 11)).toEqual([180, 20]);
    const all = new Set(Array.from({ length: 12 }, (_, i) => JSON.stringify(candidateValues(p.value.axes, i))));
    expect(all.size).toBe(12);
  });
  it('rejects bad specs with field paths', () => {
    const r = planSweep({ base: {}, vary: { 'core.diameterNm': { from: 1, to: 2 } } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0].path).toBe('vary.core.diameterNm.steps');
    expect(planSweep([]).ok).toBe(false);
  });
  it('shards: disjoint, contiguous, union = whole (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 64 }), (total, n) => {
        let next = 0;
        for (let i = 1; i <= n; i++) {
          const r = shardRange(total, i, n);
          expect(r.start).toBe(next);
          expect(r.end - r.start).toBeLessThanOrEqual(Math.ceil(total / n));
          next = r.end;
        }
        expect(next).toBe(total);
      }),
    );
    expect(parseShard('2/8')).toEqual({ i: 2, n: 8 });
    expect(() => parseShard('9/8')).toThrow();
    expect(() => parseShard('x')).toThrow();
  });
});

describe('membranes', () => {
  const f = { coating: { membranes: [{ source: 'hela', fraction: 0.5 }, { source: 'caf-cervical', fraction: 0.5 }] } };
  it('one varied fraction: the others share the rest', () => {
    const p = planSweep({ base: f, vary: { 'coating.membranes.0.fraction': [0.2, 1] } });
    if (!p.ok) throw new Error();
    const a = buildCandidate(p.value, 0).formulation as typeof f;
    expect(a.coating.membranes.map((m) => m.fraction)).toEqual([0.2, 0.8]);
    const b = buildCandidate(p.value, 1).formulation as typeof f;
    expect(b.coating.membranes).toEqual([{ source: 'hela', fraction: 1 }]);
  });
  it('several varied: divided by the sum', () => {
    const out = renormaliseMembranes({ coating: { membranes: [{ fraction: 2 }, { fraction: 2 }] } }, [0, 1]) as typeof f;
    expect(out.coating.membranes.map((m) => m.fraction)).toEqual([0.5, 0.5]);
  });
});

describe('CSV', () => {
  it('header order and quoting round trip', () => {
    expect(sweepHeader(['core.diameterNm'])).toEqual([
      'core.diameterNm', 'overall', 'loading', 'release', 'targeting', 'radiosensitization', 'safety',
      'totalLoadingPct', 'selectivityIndex', 'tumorDeliveryPctID', 'doseEnhancementFactor', 'sensitizerEnhancementRatio', 'eqd2GainGy', 'error',
    ]);
    const line = csvLine(['a,b', 'say "hi"', 1.5, null, 'x\ny']);
    expect(parseCsv(line + '\n')).toEqual([['a,b', 'say "hi"', '1.5', '', 'x\ny']]);
  });
  it('parseCsv: LF, CRLF and CR end records; a quote inside an unquoted field is a character (RFC 4180)', () => {
    expect(parseCsv('a,b\r\n1,2\n3,4\r5,6')).toEqual([['a', 'b'], ['1', '2'], ['3', '4'], ['5', '6']]);
    expect(parseCsv('5" disk,"x, ""y"""\r\n')).toEqual([['5" disk', 'x, "y"']]);
  });
});
