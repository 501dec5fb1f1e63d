// The one CSV tokenizer: line ends, quotes, separators, decimal marks, size caps and decimal-only numbers.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CSV_LIMITS, csvNumber, readCsv } from './read';
import { csvText } from './write';
import { readFileSync } from 'node:fs';

const why = (s: string, decimalComma: boolean) => { const r = csvNumber(s, decimalComma); return 'reason' in r ? r.reason : null; };
const ok = (text: string, opts = {}) => {
  const r = readCsv(text, opts);
  if (!r.ok) throw new Error(r.message);
  return r;
};

describe('readCsv', () => {
  it('the same table whatever the line ends (CRLF, LF, CR only) and with or without a BOM', () => {
    const want = [['time', 'pH 5'], ['0', '0'], ['1', '10']];
    for (const eol of ['\r\n', '\n', '\r']) for (const bom of ['', '\uFEFF']) {
      expect(ok(bom + want.map((r) => r.join(',')).join(eol) + eol).records.map((r) => r.cells)).toEqual(want);
    }
  });

  it('RFC 4180 quotes: commas, doubled quotes and line breaks inside a cell; lines counted in the file', () => {
    const r = ok('"Time, h","Release, %"\n"1","say ""hi"""\n"2","two\nlines"\n3,4\n');
    expect(r.records.map((x) => x.cells)).toEqual([['Time, h', 'Release, %'], ['1', 'say "hi"'], ['2', 'two\nlines'], ['3', '4']]);
    expect(r.records.map((x) => x.line)).toEqual([1, 2, 3, 5]);
  });

  it('separator from the header: tab, then semicolon, then comma; decimal comma only with ; or tab', () => {
    expect(ok('a\tb\n1,5\t2\n')).toMatchObject({ separator: '\t', decimalComma: true });
    expect(ok('a;b\n1,5;2\n')).toMatchObject({ separator: ';', decimalComma: true });
    expect(ok('a;b\n1.5;2\n')).toMatchObject({ separator: ';', decimalComma: false });
    expect(ok('a,b\n1.5,2\n')).toMatchObject({ separator: ',', decimalComma: false });
    expect(ok('dose sf\n0 1\n2   0.5\n', { whitespace: true }).records[2].cells).toEqual(['2', '0.5']);
  });

  it('refuses, naming the line: one column, an unclosed quote, mixed decimal marks, a possible thousands separator', () => {
    expect(readCsv('time\n1\n')).toMatchObject({ ok: false, line: 1, message: expect.stringMatching(/one column/) });
    expect(readCsv('a,b\n"1,2\n')).toMatchObject({ ok: false, line: 2, message: expect.stringMatching(/never closed/) });
    expect(readCsv('a;b\n1,5;2\n2.5;3\n')).toMatchObject({ ok: false, line: 2, message: expect.stringMatching(/ambiguous/) });
    expect(readCsv('a;b\n1.000;2\n')).toMatchObject({ ok: false, line: 2, message: expect.stringMatching(/thousands separator \(1000\) or a decimal point \(1\)/) });
    expect(readCsv('  \n\n')).toMatchObject({ ok: false, message: expect.stringMatching(/empty/) });
  });

  it('size caps: characters and rows', () => {
    expect(readCsv('a,b\n' + 'x'.repeat(CSV_LIMITS.maxChars))).toMatchObject({ ok: false, line: 0, message: expect.stringMatching(/at most 2,000,000/) });
    const rows = 'a,b\n' + '1,2\n'.repeat(CSV_LIMITS.maxRows);
    expect(readCsv(rows)).toMatchObject({ ok: false, message: expect.stringMatching(/10,001 rows; at most 10,000/) });
  });

  it('round trip: what the writer writes, the reader reads back (property)', () => {
    const cell = fc.stringMatching(/^[a-z0-9 ,;"\n]{1,8}$/).filter((s) => s.trim() === s && !/^[=+\-@]/.test(s));
    fc.assert(fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 5 }), (rows) => {
      const table = [['h1', 'h2'], ...rows];
      expect(ok(csvText(table)).records.map((r) => r.cells)).toEqual(table);
    }), { numRuns: 200 });
  });
});

describe('csvNumber: decimal only, never another number in silence', () => {
  it('reads plain decimals', () => {
    expect(csvNumber('12', false)).toEqual({ value: 12 });
    expect(csvNumber('-0.5', false)).toEqual({ value: -0.5 });
    expect(csvNumber('1e-3', false)).toEqual({ value: 0.001 });
    expect(csvNumber('12,5', true)).toEqual({ value: 12.5 });
    expect(csvNumber('', false)).toEqual({ value: null, reason: null });
  });
  it('refuses hex, infinity, thousands separators, percent signs and the wrong decimal mark, with the reason', () => {
    expect(why('0x1A', false)).toMatch(/not a decimal number/);
    expect(why('0b11', false)).toMatch(/not a decimal number/);
    expect(why('Infinity', false)).toMatch(/not a number/);
    expect(why('1e400', false)).toMatch(/out of the range/);
    expect(why('1,234.5', false)).toMatch(/thousands separator/);
    expect(why('12 %', false)).toMatch(/% sign/);
    expect(why('1,5', false)).toMatch(/decimal comma in a comma-separated file/);
    expect(why('1.5', true)).toMatch(/decimal point/);
  });
  it('any finite number JavaScript writes is read back exactly (property)', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (v) => {
      expect(csvNumber(String(v), false)).toEqual({ value: v === 0 ? 0 : v }); // String(-0) is "0"
    }), { numRuns: 500 });
  });
});

describe('lines that are not the table (walk11 #11)', () => {
  const fixture = (n: string) => readFileSync(new URL(`../../../tests/fixtures/walk11/${n}`, import.meta.url), 'utf8');
  it("the tester's file: the title on line 1 and the footnote on line 14 are skipped and said; the header is line 2; lines keep their numbers", () => {
    const r = ok(fixture('release_mean_sd.csv'));
    expect(r.records[0]).toEqual({ line: 2, cells: ['Time (h)', 'pH 7.4 mean', 'pH 7.4 SD', 'pH 5.0 mean', 'pH 5.0 SD'] });
    expect(r.records.map((x) => x.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(r.notes).toContain('line 1 skipped: a title, not a header ("IZB@CCM batch 3 release, dialysis 3.5 kDa, 37C" has 3 cells; the header on line 2 has 5)');
    expect(r.notes).toContain('line 14 skipped: a note below the table ("mean of n=3")');
  });
  it('a title with no separator, or with commas in a semicolon file, does not decide the separator', () => {
    const a = ok('Release study batch 3\ntime;pH 7,4\n0;0\n1;2,5\n');
    expect(a).toMatchObject({ separator: ';', decimalComma: true });
    expect(a.records.map((x) => x.cells)).toEqual([['time', 'pH 7,4'], ['0', '0'], ['1', '2,5']]);
    expect(ok('Batch 3, 37C, dialysis\ntime;pH 7,4;pH 5,0\n0;0;0\n1;2,5;9\n').records[0].cells).toEqual(['time', 'pH 7,4', 'pH 5,0']);
  });
  it('two title lines, and a title padded with separators by Excel, are skipped', () => {
    const r = ok('Batch 3\nExported 2026-12-01,,\ntime,pH 7.4,pH 5.0\n0,0,0\n1,2,9\n');
    expect(r.records[0]).toEqual({ line: 3, cells: ['time', 'pH 7.4', 'pH 5.0'] });
    expect(r.notes.filter((n) => /skipped: a title/.test(n))).toHaveLength(2);
  });
  it('never skipped: a units row under the header, a header with gaps, a header directly over the data', () => {
    expect(ok('time,pH 7.4,pH 5.0\nh,%,%\n0,0,0\n1,2,9\n').records.map((x) => x.line)).toEqual([1, 2, 3, 4]);
    expect(ok('Time,pH 7.4,,pH 5.0,\nh,mean,SD,mean,SD\n0,0,0,0,0\n').records.map((x) => x.line)).toEqual([1, 2, 3]);
    expect(ok('conc,OD\n0,1.2\n1,0.9\nblank,0.04\n').records.map((x) => x.line)).toEqual([1, 2, 3, 4]);
  });
  it('property: any table with a one-cell title line above it reads as the table alone, with its line numbers + 1', () => {
    fc.assert(fc.property(fc.integer({ min: 2, max: 6 }), fc.integer({ min: 1, max: 6 }), fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,30}$/), (cols, rows, title) => {
      const header = Array.from({ length: cols }, (_, i) => `c${i}`).join(',');
      const body = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => String(r * 10 + c)).join(',')).join('\n');
      const plain = ok(`${header}\n${body}\n`);
      const titled = ok(`${title}\n${header}\n${body}\n`);
      expect(titled.records.map((x) => x.cells)).toEqual(plain.records.map((x) => x.cells));
      expect(titled.records.map((x) => x.line)).toEqual(plain.records.map((x) => x.line + 1));
    }));
  });
});
