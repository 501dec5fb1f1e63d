// The one CSV writer: numbers unchanged, formula-like text neutralised, every cell survives a round trip with any delimiter.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvCell, csvLine, csvText } from './write';
import { csvRecords } from './read';

const PLAIN = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const expected = (s: string) => (/^[=+\-@\t\r]/.test(s) && !PLAIN.test(s) ? "'" + s : s);

describe('csvCell', () => {
  it('numbers are written as JavaScript writes them, never prefixed (property)', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (v) => {
      expect(csvCell(v)).toBe(String(v));
    }), { numRuns: 500 });
    expect(csvCell(-1.5)).toBe('-1.5');
    expect(csvCell(Infinity)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('OWASP CSV injection: text starting with = + - @ tab CR gets an apostrophe unless it is a plain number', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+cmd')).toBe("'+cmd");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe('"\'\t=1"');
    expect(csvCell('\r=1')).toBe('"\'\r=1"');
    expect(csvCell('-12.5')).toBe('-12.5');
    expect(csvCell('+3e-2')).toBe('+3e-2');
    expect(csvCell('ZIF-8')).toBe('ZIF-8');
    expect(csvCell({ a: '=x' })).toBe('"{""a"":""=x""}"');
  });

  it('semicolon and tab consumers: a cell holding ; or tab is quoted, so `x;=1+1` stays one cell', () => {
    expect(csvCell('x;=1+1')).toBe('"x;=1+1"');
    expect(csvCell('x\t=1+1')).toBe('"x\t=1+1"');
    expect(csvRecords(csvLine(['x;=1+1', 2], ';'), ';')).toEqual([['x;=1+1', '2']]);
    expect(csvRecords(csvLine(['x\t=1+1', 2], '\t'), '\t')).toEqual([['x\t=1+1', '2']]);
  });

  it('any text survives a round trip through the reader, for , ; and tab (property)', () => {
    const cell = fc.oneof(fc.string({ unit: 'binary', maxLength: 20 }), fc.constantFrom('a,b', 'a;b', 'a\tb', 'say "hi"', 'x\r\ny', 'cr\r', '=1+1', '-1', ''));
    fc.assert(fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 4 }), fc.constantFrom(',', ';', '\t'), (rows, d) => {
      const text = csvText(rows, { delimiter: d as ',' | ';' | '\t' });
      expect(csvRecords(text, d as ',' | ';' | '\t')).toEqual(rows.map((r) => r.map(expected)));
    }), { numRuns: 400 });
  });
});
