// walk11 #15: the link dialog and the report name each calibration (what it sets, its values, an Apply-anyway override) and each parameter override, not just "calibrations".
import { describe, expect, it } from 'vitest';
import { summarizeCalibrations, summarizeOverrides } from './calibration-summary';

const cal = {
  release: [{ core: 'zif-8', params: { nH: 0.691, vRefNmPerH: 0.0423 }, fittedTo: 'fitted to your data: …; APPLIED ANYWAY (user override), although …' }],
  loading: [{ core: 'zif-8', agent: 'in10018', mode: 'one-pot', qmaxMgPerMg: 0.5, affinityK: 3 }],
  localEffect: { params: { s220kVp: 2 }, fittedTo: 'fitted to your data: clonogenic' },
  viability: [{ arm: 'drug-alone', agent: 'in10018', ic50M: 6.8e-5, hill: 1.2 }],
};

describe('calibration and override summaries', () => {
  it('one line per calibration: what it sets, its values, and an Apply-anyway fit named as a user override', () => {
    const lines = summarizeCalibrations(cal);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^release kinetics \(M2\) of ZIF-8.*: n_H 0\.691, v_ref \(nm\/h\) 0\.0423 — applied anyway as a user override/);
    expect(lines[1]).toMatch(/^loading \(Langmuir\) of .*IN10018.* on ZIF-8.*, one-pot: qmax 0\.5 mg\/mg, K 3$/);
    expect(lines[2]).toBe('local-effect strength (clonogenic fit): s220kVp 2');
    expect(lines[3]).toMatch(/^viability \(drug-alone .*IN10018.*\): IC50 68 µM, Hill 1\.2$/);
    expect(summarizeCalibrations(undefined)).toEqual([]);
  });

  it('overrides by name and value, at most 8 and a count of the rest', () => {
    expect(summarizeOverrides({ 'localEffect.s220kVp': 2 })).toEqual(['localEffect.s220kVp = 2']);
    const many = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`p${i}`, i]));
    expect(summarizeOverrides(many)).toHaveLength(9);
    expect(summarizeOverrides(many)[8]).toBe('and 3 more');
  });

});
