// Release CSV parsing: separators, decimal commas, blank lines, and one error per bad-input kind naming the line and the reason.
import { describe, expect, it } from 'vitest';
import { parseReleaseCsv, ReleaseCsvError } from './csv';

function err(text: string, minPoints?: number): ReleaseCsvError {
  try {
    parseReleaseCsv(text, { minPoints });
  } catch (e) {
    if (e instanceof ReleaseCsvError) return e;
    throw e;
  }
  throw new Error('expected a ReleaseCsvError');
}

describe('parseReleaseCsv', () => {
  it('reads comma, semicolon and tab files with a trailing newline, CRLF, BOM and blank lines', () => {
    const want = { t: [0, 1, 2.5], F: [0, 12.5, 30] };
    expect(parseReleaseCsv('time,release\n0,0\n1,12.5\n2.5,30\n')).toEqual(want);
    expect(parseReleaseCsv('\uFEFFtime;release\r\n0;0\r\n\r\n1;12,5\r\n2,5;30\r\n')).toEqual(want);
    expect(parseReleaseCsv('"t (h)"\t"F (%)"\n0\t0\n1\t12.5\n\n2.5\t3e1\n\n')).toEqual(want);
  });

  it('empty file', () => {
    expect(err('').message).toBe('line 1: empty file (expected a header row and rows of time, cumulative release %)');
    expect(err('\n  \n').message).toMatch(/^line 1: empty file/);
  });
  it('header only', () => {
    expect(err('time,release\n').message).toBe('line 1: no data rows after the header');
  });
  it('missing header (first row numeric)', () => {
    expect(err('0,0\n1,10\n').message).toMatch(/^line 1: expected a header row/);
  });
  it('wrong column count in the header and in a row', () => {
    expect(err('time,release,sd\n0,0,1\n').message).toMatch(/^line 1: header has 3 columns/);
    const e = err('time,release\n0,0\n1,10,2\n');
    expect(e.message).toMatch(/^line 3: 3 columns, expected 2/);
    expect(e.line).toBe(3);
    expect(err('time,release\n0,0\n\n5\n').message).toMatch(/^line 4: 1 column, expected 2/);
  });
  it('non-numeric cells', () => {
    expect(err('time,release\n0,0\n1h,10\n').message).toBe('line 3: time "1h" is not a number');
    expect(err('time,release\n0,0\n1,\n').message).toBe('line 3: release "" is not a number');
    expect(err('time,release\n0,0\n1,ten\n').message).toBe('line 3: release "ten" is not a number');
    expect(err('time,release\n0,0\n1,12,5\n').message).toMatch(/^line 3: 3 columns/); // decimal comma needs ; or tab
  });
  it('release outside 0–100', () => {
    expect(err('time,release\n0,0\n1,101.5\n').message).toBe('line 3: release 101.5 is outside 0–100 %');
    expect(err('time,release\n0,-0.5\n').message).toBe('line 2: release -0.5 is outside 0–100 %');
  });
  it('times not strictly increasing, or negative', () => {
    expect(err('time,release\n0,0\n2,10\n2,12\n').message).toMatch(/^line 4: time 2 is not greater than the previous time 2/);
    expect(err('time,release\n0,0\n2,10\n\n1,12\n').message).toMatch(/^line 5: time 1 is not greater/);
    expect(err('time,release\n-1,0\n').message).toMatch(/^line 2: time -1 must be finite and ≥ 0/);
  });
  it('fewer points than parameters', () => {
    expect(err('time,release\n1,10\n2,20\n', 3).message).toBe('line 3: 2 data points, fewer than the 3 parameters to fit');
  });
});
