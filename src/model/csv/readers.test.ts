// The readers built on the one tokenizer (cli fit, cli fit-survival) read the file shapes of issue #18 the same way.
import { describe, expect, it } from 'vitest';
import { parseReleaseCsv, ReleaseCsvError } from '../fitting';
import { parseSurvivalCsv, SurvivalDataError } from '../radiobiology';

describe('cli fit reader', () => {
  it('a quoted header with commas inside is two columns, not four', () => {
    expect(parseReleaseCsv('"Time, h","Release, %"\n0,0\n1,10\n2,18\n')).toEqual({ t: [0, 1, 2], F: [0, 10, 18] });
  });
  it('CR-only line ends, semicolons with decimal commas, a BOM', () => {
    expect(parseReleaseCsv('\uFEFFtime;release\r0;0\r0,5;12,5\r1;20\r')).toEqual({ t: [0, 0.5, 1], F: [0, 12.5, 20] });
  });
  it('0x1A is not 26: refused naming the line', () => {
    expect(() => parseReleaseCsv('time,release\n0,0\n0x1A,5\n')).toThrow(ReleaseCsvError);
    expect(() => parseReleaseCsv('time,release\n0,0\n0x1A,5\n')).toThrow(/line 3: time "0x1A" is not a decimal number/);
  });
});

describe('cli fit-survival reader', () => {
  const want = [{ doseGy: 0, sf: 1 }, { doseGy: 2, sf: 0.6 }, { doseGy: 4, sf: 0.25 }, { doseGy: 6, sf: 0.08 }];
  it('old-Mac CR-only files give their rows (not 0)', () => {
    expect(parseSurvivalCsv('dose_Gy,SF\r0,1\r2,0.6\r4,0.25\r6,0.08\r')).toEqual(want);
  });
  it('semicolons with decimal commas, tabs, runs of spaces, comments', () => {
    expect(parseSurvivalCsv('dose;SF\n0;1\n2;0,6\n4;0,25\n6;0,08\n')).toEqual(want);
    expect(parseSurvivalCsv('dose\tSF\n0\t1\n2\t0.6\n4\t0.25\n6\t0.08\n')).toEqual(want);
    expect(parseSurvivalCsv('# clonogenic assay\ndose   SF\n0  1\n2  0.6\n# mid\n4 0.25\n6   0.08\n')).toEqual(want);
  });
  it('a quoted header with a comma inside; hex refused', () => {
    expect(parseSurvivalCsv('"Dose, Gy","Surviving fraction"\n0,1\n2,0.6\n4,0.25\n6,0.08\n')).toEqual(want);
    expect(() => parseSurvivalCsv('dose,SF\n0,1\n0x2,0.6\n4,0.25\n6,0.08\n')).toThrow(SurvivalDataError);
  });
});
