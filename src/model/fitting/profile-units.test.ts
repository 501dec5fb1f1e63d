// Unit and property tests of the bootstrap-f2 profile reader: summary columns (mean, SD, CV, …) never count as units, the time unit in the header is converted, single vessels above 100 % are kept with a note; checked on the synthetic lab-style fixtures of tests/fixtures/lab-walk.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isSummaryColumn, parseReleaseProfileCsv, profileTimeUnit, UNIT_RELEASE_MAX_PCT } from './csv';
import { bootstrapF2 } from './f2-bootstrap';
import { assessF2 } from './f2';

const fixture = (name: string) => readFileSync(new URL(`../../../tests/fixtures/lab-walk/${name}`, import.meta.url), 'utf8');

describe('summary columns are never units', () => {
  it('header words: mean, average, SD, SEM, CV, RSD, x̄ (with or without a unit in brackets) are summaries; vessels and replicates are not', () => {
    for (const h of ['Mean (%)', 'SD', 'Average', 'avg', 'S.D.', 'SEM', 'CV (%)', '%RSD', 'RSD', 'x̄', 'Ref_mean', 'Test SD', 'Std Dev', 'median', 'n'])
      expect(isSummaryColumn(h), h).toBe(true);
    for (const h of ['Vessel 1 (%)', 'Vessel 12', 'U1', 'Ref_U3', 'unit 5', 'n1', 'Sample 2', 'Tablet 4 (%)', 'Vessel 7 (min)'])
      expect(isSummaryColumn(h), h).toBe(false);
  });
  it('a 12-vessel export with Mean and SD: 12 units taken, the two summaries skipped and named', () => {
    const r = parseReleaseProfileCsv(fixture('diss_ref_12u.csv'));
    expect(r.units).toHaveLength(12);
    expect(r.skipped).toEqual(['Mean (%)', 'SD']);
    expect(r.notes.join(' ')).toMatch(/12 unit columns taken .*skipped as summaries, not units: Mean \(%\), SD/);
  });
  it('the verdict is the same with or without the summary columns (12 + 12 units; f2 of the means as the walkthrough hand-checked, 65.27)', () => {
    const withSummary = [parseReleaseProfileCsv(fixture('diss_ref_12u.csv')), parseReleaseProfileCsv(fixture('diss_test_12u.csv'))];
    const only = [parseReleaseProfileCsv(fixture('diss_ref_12u_only.csv')), parseReleaseProfileCsv(fixture('diss_test_12u_only.csv'))];
    const bs = (p: typeof only) => bootstrapF2({ t: p[0].t, units: p[0].units! }, { t: p[1].t, units: p[1].units! }, { seed: 1, samples: 1000 });
    const a = bs(withSummary);
    const b = bs(only);
    expect(a.unitsReference).toBe(12);
    expect(a.unitsTest).toBe(12);
    expect(a.ci).toEqual(b.ci);
    expect(a.f2).toBeCloseTo(65.27, 2);
    const plain = assessF2({ t: only[0].t, F: only[0].F, sd: only[0].sd }, { t: only[1].t, F: only[1].F, sd: only[1].sd });
    expect(plain.f2).toBeCloseTo(a.f2, 10);
  });
  it('property: appending any summary column (mean, SD, CV of the units) never changes the units read', () => {
    fc.assert(fc.property(
      fc.array(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 3, maxLength: 3 }), { minLength: 2, maxLength: 6 }),
      fc.constantFrom('Mean (%)', 'SD', 'CV (%)', 'RSD', 'x̄', 'Average'),
      (vals, extra) => {
        const rows = vals.map((v, i) => `${i + 1},${v.map((x) => x.toFixed(3)).join(',')}`);
        const base = parseReleaseProfileCsv(`time (h),u1,u2,u3\n${rows.join('\n')}\n`);
        const more = parseReleaseProfileCsv(`time (h),u1,u2,u3,${extra}\n${rows.map((r) => `${r},50`).join('\n')}\n`);
        expect(more.units).toEqual(base.units);
        expect(more.skipped).toEqual([extra]);
      },
    ));
  });
});

describe('time unit and values above 100 %', () => {
  it('Time (min) is read as minutes and converted to hours; the unit is kept for display', () => {
    const r = parseReleaseProfileCsv(fixture('diss_ref_12u_only.csv'));
    expect(r.timeUnit).toBe('min');
    expect(r.t[1]).toBeCloseTo(5 / 60, 15);
    expect(profileTimeUnit('Time_min')).toBe('min');
    expect(profileTimeUnit('time [d]')).toBe('d');
    expect(profileTimeUnit('time')).toBeNull();
    expect(parseReleaseProfileCsv('t (d),u1,u2\n1,10,12\n2,20,22\n').t).toEqual([24, 48]);
  });
  it('header units are read through mathjs: t [days], Time (hrs), time (s), time (weeks), Zeit (Std); a non-time unit is not a time', () => {
    expect(profileTimeUnit('t [days]')).toBe('d');
    expect(profileTimeUnit('Time (hrs)')).toBe('h');
    expect(profileTimeUnit('Zeit (Std)')).toBe('h');
    expect(profileTimeUnit('minutes')).toBe('min');
    expect(profileTimeUnit('time (weeks)')).toBe('wk');
    expect(profileTimeUnit('time (mg)')).toBeNull();
    // 90 s = 0.025 h; 1 week = 168 h
    expect(parseReleaseProfileCsv('time (s),u1,u2\n90,10,12\n').t[0]).toBeCloseTo(0.025, 15);
    expect(parseReleaseProfileCsv('time (weeks),u1,u2\n1,10,12\n').t[0]).toBeCloseTo(168, 12);
  });
  it('single vessels above 100 % (the fixture has 100.6 … 100.9) are kept and noted; above the documented limit they are refused, naming line and column', () => {
    const r = parseReleaseProfileCsv(fixture('diss_ref_12u.csv'));
    expect(Math.max(...r.units!.flat())).toBeGreaterThan(100);
    expect(r.notes.join(' ')).toMatch(/above 100 % kept/);
    expect(() => parseReleaseProfileCsv(`time,u1,u2\n1,10,${UNIT_RELEASE_MAX_PCT + 1}\n`)).toThrow(new RegExp(`line 2: u2 ${UNIT_RELEASE_MAX_PCT + 1} is outside 0–${UNIT_RELEASE_MAX_PCT} %`));
  });
});
