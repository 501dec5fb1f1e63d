// compareWithLiterature: hand-built targets and scores (range, point ± 10 %, missing values, caveats) and the catalog's own targets.
import { describe, expect, it } from 'vitest';
import { PRESETS, PRESET_IDS, type PublishedTarget } from '../catalog';
import type { Scores } from '../model/scores';
import { agreementSummary, compareTarget, compareWithLiterature, metricValue, POINT_TOLERANCE } from './compare';
import { presetScores } from './score';

const t = (x: Partial<PublishedTarget>): PublishedTarget => ({ metric: 'm', label: 'L', unit: 'nm', source: 's', status: 'read', ...x });

describe('compareTarget (hand cases)', () => {
  it('range: inside agrees with deviation 0; outside differs by the distance to the nearest bound', () => {
    expect(compareTarget(t({ range: [80, 100] }), 95)).toMatchObject({ verdict: 'agree', deviationPct: 0 });
    const hi = compareTarget(t({ range: [100, 110] }), 118);
    expect(hi.verdict).toBe('differ');
    expect(hi.deviationPct).toBeCloseTo((100 * 8) / 110, 10);
    const lo = compareTarget(t({ range: [90, 100] }), 81);
    expect(lo.deviationPct).toBeCloseTo(-10, 10);
  });
  it('a range wins over a point value given with it', () => {
    expect(compareTarget(t({ value: 87, range: [80, 100] }), 99).verdict).toBe('agree');
  });
  it('point: agrees within ± 10 %, inclusive', () => {
    expect(POINT_TOLERANCE).toBe(0.1);
    expect(compareTarget(t({ value: 150 }), 165).verdict).toBe('agree');
    expect(compareTarget(t({ value: 150 }), 165.1).verdict).toBe('differ');
    expect(compareTarget(t({ value: 20 }), 28).deviationPct).toBeCloseTo(40, 10);
  });
  it('missing model value → not-computed; caveat carried through', () => {
    expect(compareTarget(t({ value: 1 }), null).verdict).toBe('not-computed');
    const c = compareTarget(t({ value: 45, caveat: 'human value' }), 16);
    expect(c.caveat).toBe('human value');
    expect(agreementSummary([c])).toEqual({ agree: 0, differ: 0, caveat: 1 });
  });
});

describe('metricValue', () => {
  it('follows dotted paths with array indices and refuses non-numbers', () => {
    const s = { loading: { payloads: [{ encapsulationEfficiencyPct: 92.5 }] }, release: { selectivityIndex: null } } as unknown as Scores;
    expect(metricValue(s, 'loading.payloads.0.encapsulationEfficiencyPct')).toBe(92.5);
    expect(metricValue(s, 'loading.payloads.1.encapsulationEfficiencyPct')).toBeNull();
    expect(metricValue(s, 'release.selectivityIndex')).toBeNull();
    expect(metricValue(s, 'nope.x')).toBeNull();
  });
});

describe('compareWithLiterature on the catalog', () => {
  it('every published metric path of every preset resolves to a number in its scores', () => {
    for (const id of PRESET_IDS) {
      const rows = compareWithLiterature(id, presetScores(id));
      expect(rows).toHaveLength(PRESETS[id].published.length);
      for (const r of rows) expect(r.model, `${id} ${r.metric}`).not.toBeNull();
    }
  });
  it('V5/V7 anchors agree (Doxil EE and size, Abraxane and Xyotax loading, NBTXR3 Hf and DEF)', () => {
    const verdicts = (id: string) => Object.fromEntries(compareWithLiterature(id, presetScores(id)).map((r) => [r.label, r.verdict]));
    expect(verdicts('doxil')).toMatchObject({ EE: 'agree', size: 'agree' });
    expect(verdicts('abraxane')['drug loading']).toBe('agree');
    expect(verdicts('xyotax')['drug loading']).toBe('agree');
    expect(verdicts('nbtxr3')).toMatchObject({ 'Hf in tumour': 'agree', 'macroscopic DEF at 6 MV': 'agree' });
  });
  it('unknown preset → no rows', () => {
    expect(compareWithLiterature('nope', presetScores('doxil'))).toEqual([]);
  });
});
