import { describe, it, expect } from 'vitest';
import { parseReleaseTable, ReleaseTableError } from './release-csv';

describe('parseReleaseTable', () => {
  it('reads a wide table with one column per pH', () => {
    const r = parseReleaseTable('time_h,pH 7.4,pH 5.0\n0,0,0\n2,5,30\n24,12,85\n');
    expect(r.map((c) => c.pH)).toEqual([7.4, 5]);
    expect(r[1].points).toEqual([[0, 0], [2, 30], [24, 85]]);
  });
  it('reads a long table with a pH column, semicolons and decimal commas', () => {
    const r = parseReleaseTable('t;release;pH\n1;10,5;6,5\n0;0;6,5\n');
    expect(r).toEqual([{ pH: 6.5, points: [[0, 0], [1, 10.5]] }]);
  });
  it('uses the default pH for a two-column table', () => {
    expect(parseReleaseTable('time,release\n0,0\n4,40', 6.5)[0].pH).toBe(6.5);
  });
  it('names the line of a bad cell', () => {
    expect(() => parseReleaseTable('time,pH 5\n0,0\n2,abc')).toThrow(/line 3/);
    expect(() => parseReleaseTable('1,2\n3,4')).toThrow(ReleaseTableError);
    expect(() => parseReleaseTable('time,pH 5\n0,0\n2,250')).toThrow(/percentage/);
  });
});
