// A reference/test dissolution export (Ref_mean, Test_mean, Ref_U1 …) through the main release import is recognised as a two-product f2 comparison and split into two per-product files for the bootstrap f2 (synthetic lab-style fixture in tests/fixtures/lab-walk).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitTwoProducts } from './release-import';
import { parseReleaseProfileCsv } from '../../model/fitting';

const combined = readFileSync(new URL('../../../tests/fixtures/lab-walk/diss_combined_6u.csv', import.meta.url), 'utf8');

describe('splitTwoProducts', () => {
  it('Ref_/Test_ columns → two files; the f2 reader takes 6 + 6 units and skips the means; times in minutes', () => {
    const two = splitTwoProducts(combined)!;
    expect(two.referenceColumns).toEqual(['Ref_mean', 'Ref_U1', 'Ref_U2', 'Ref_U3', 'Ref_U4', 'Ref_U5', 'Ref_U6']);
    expect(two.testColumns[0]).toBe('Test_mean');
    const ref = parseReleaseProfileCsv(two.reference);
    const test = parseReleaseProfileCsv(two.test);
    expect(ref.units).toHaveLength(6);
    expect(test.units).toHaveLength(6);
    expect(ref.skipped).toEqual(['Ref_mean']);
    expect(ref.timeUnit).toBe('min');
    // the skipped mean column agrees with the mean of the units it summarised (to its 2 decimals)
    const rows = combined.trim().split('\n').slice(1).map((l) => l.split(',').map(Number));
    rows.forEach((r, i) => expect(ref.F[i]).toBeCloseTo(r[1], 1));
  });
  it('pH curves of one candidate, or a file without both products, are not two products', () => {
    expect(splitTwoProducts('time (h),pH 7.4,pH 5.0\n0,0,0\n1,2,10\n')).toBeNull();
    expect(splitTwoProducts('time (h),Ref_U1,Ref_U2\n0,0,0\n1,2,10\n')).toBeNull();
    expect(splitTwoProducts('Zeit (h);pH 7,4 (%);pH 5,0 (%)\n0;0;0\n1;1,2;12,5\n')).toBeNull();
    expect(splitTwoProducts('time;Reference 1;Test 1\n0;0;0\n1;1,5;2,5\n')).toMatchObject({ referenceColumns: ['Reference 1'], testColumns: ['Test 1'] });
    expect(parseReleaseProfileCsv(splitTwoProducts('time;Reference 1;Test 1\n0;0;0\n1;1,5;2,5\n')!.reference).F).toEqual([0, 1.5]);
  });
});
