// Clinical local-control records are predicted by the outcome model's control arm: monotone in dose, cisplatin raises it, in [0, 100], and records without a dose are not judged.
import { describe, expect, it } from 'vitest';
import { CORPUS, evaluateRecord, type CorpusRecord } from './index';

const embrace = CORPUS.find((r) => r.id === 'embrace-i-local-control') as CorpusRecord;
const at = (eqd2Gy: number | null, system: CorpusRecord['system'] = embrace.system) =>
  evaluateRecord({ ...embrace, id: `probe-${eqd2Gy}`, system, quantity: { metric: 'local-control-pct', years: 5, eqd2Gy } } as CorpusRecord);

describe('clinical local control through the outcome model', () => {
  it('a dose-bearing record gets a prediction in [0, 100] %, non-decreasing in EQD2', () => {
    let prev = -1;
    for (const d of [40, 55, 70, 85, 100, 120]) {
      const r = at(d);
      expect(r.predicted).not.toBeNull();
      const p = r.predicted as number;
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(100);
      expect(p).toBeGreaterThanOrEqual(prev);
      prev = p;
    }
  });
  it('concurrent cisplatin (the system carries it) raises local control over radiotherapy alone at the same dose', () => {
    const withCis = at(70).predicted as number;
    const alone = at(70, { formulation: { core: { material: 'none' }, payloads: [], coating: null }, label: 'radiotherapy alone' }).predicted as number;
    expect(withCis).toBeGreaterThan(alone);
  });
  it('a record without a dose is not judged (not an error)', () => {
    const r = at(null);
    expect(r.predicted).toBeNull();
    expect(r.verdict).toBe('not-modelled');
  });
});
