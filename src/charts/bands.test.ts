// Band rows: grouping, deterministic look-up from Scores, relative scaling and what a log axis cannot show.
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../catalog';
import { scoreFormulation } from '../engine';
import { bandRows, relativeRows } from './bands';

const s = scoreFormulation(PRESETS['izb-ccm'].formulation);

describe('bandRows / relativeRows', () => {
  it('splits desirability scores from other outputs and reads the deterministic value from the Scores', () => {
    const bands = {
      'score.overall': { p5: 50, p50: 60, p95: 70 },
      'targeting.tumorDeliveryPctID': { p5: 0.5, p50: 1, p95: 2 },
      'radiosensitization.eqd2GainGy': { p5: -0.1, p50: 0.3, p95: 0.9 },
      'not.a.metric': { p5: 1, p50: 2, p95: 3 },
      'release.selectivityIndex': { p5: NaN, p50: 2, p95: 3 },
    };
    const r = bandRows(bands, s);
    expect(r.scores.map((x) => x.key)).toEqual(['score.overall']);
    expect(r.scores[0].deterministic).toBe(s.score.overall);
    expect(r.others.map((x) => x.key)).toEqual(['targeting.tumorDeliveryPctID', 'radiosensitization.eqd2GainGy']);
    const rel = relativeRows(r.others);
    // EQD2 band reaches below 0: not on a log axis
    expect(rel.map((x) => x.key)).toEqual(['targeting.tumorDeliveryPctID']);
    const d = s.targeting.tumorDeliveryPctID;
    expect(rel[0].p5).toBeCloseTo(0.5 / d, 12);
    expect(rel[0].p50).toBeCloseTo(1 / d, 12);
    expect(rel[0].p95).toBeCloseTo(2 / d, 12);
    expect(rel[0].label).toBe('Tumour delivery (% ID)');
  });
  it('no Scores → no deterministic values → nothing relative', () => {
    const r = bandRows({ 'targeting.tumorDeliveryPctID': { p5: 1, p50: 2, p95: 3 } }, null);
    expect(r.others[0].deterministic).toBeNull();
    expect(relativeRows(r.others)).toEqual([]);
  });
});
