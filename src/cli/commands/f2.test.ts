// The `f2` command: two release CSVs → f2, f1 and whether f2 applies (hand-derived values), and argument errors.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../args';
import { CliError } from '../errors';
import { f2Command } from './f2';

const dir = mkdtempSync(join(tmpdir(), 'f2-cli-'));
const file = (name: string, rows: [number, number][]) => {
  const p = join(dir, name);
  writeFileSync(p, 'time_h,released_pct\n' + rows.map((r) => r.join(',')).join('\n') + '\n');
  return p;
};
type Out = { f2: number | null; f1: number | null; n: number; times: number[]; applicable: boolean; similar: boolean; reasons: string[]; notes: string[] };

describe('f2 command', () => {
  const ref = file('ref.csv', [[0, 0], [1, 20], [2, 30], [4, 50], [8, 60]]);
  it('identical profiles: f2 = 100, f1 = 0, similar; t = 0 left out; the CV limits are said to be unchecked', () => {
    const out = f2Command(parseArgs([ref, ref])) as Out;
    expect(out).toMatchObject({ f2: 100, f1: 0, n: 4, times: [1, 2, 4, 8], applicable: true, similar: true, reasons: [] });
    expect(out.notes.join(' ')).toMatch(/CV limits not checked \(the CSV gives means only\)/);
  });
  it('every point 10 % higher: f2 = 100 − 25·log10(101) ≈ 49.89, not similar; f1 = 100·40/160 = 25', () => {
    const test = file('test.csv', [[0, 0], [1, 30], [2, 40], [4, 60], [8, 70]]);
    const out = f2Command(parseArgs([ref, test])) as Out;
    expect(out.f2).toBeCloseTo(100 - 25 * Math.log10(101), 10);
    expect(out.f1).toBeCloseTo(25, 10);
    expect(out.similar).toBe(false);
    expect(out.applicable).toBe(true);
  });
  it('two points before the plateau: not applicable, and why', () => {
    const a = file('a.csv', [[1, 50], [2, 90], [3, 99]]);
    const out = f2Command(parseArgs([a, a])) as Out;
    expect(out.applicable).toBe(false);
    expect(out.reasons[0]).toMatch(/only 2 time points usable/);
  });
  it('argument errors name the problem', () => {
    expect(() => f2Command(parseArgs([ref]))).toThrow(new CliError('f2: expected two release CSV files (reference, test), got 1'));
    expect(() => f2Command(parseArgs([ref, ref, '--weighted']))).toThrow(/--weighted: unknown option for f2/);
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'time,rel\n1,abc\n');
    expect(() => f2Command(parseArgs([ref, bad]))).toThrow(/bad\.csv \(test\): line 2/);
  });
});

describe('f2 command with unit columns: bootstrap', () => {
  const units = (name: string, offsets: number[]) => {
    const p = join(dir, name);
    const base = [[1, 20], [2, 30], [4, 50], [8, 60]];
    writeFileSync(p, `time_h,${offsets.map((_, k) => `vessel ${k + 1}`).join(',')}\n` + base.map(([t, F]) => [t, ...offsets.map((o) => F + o)].join(',')).join('\n') + '\n');
    return p;
  };
  type Boot = { bootstrap: { f2: number; ci90: [number, number]; lowerBoundAtLeast50: boolean; samples: number; seed: number } };
  it('identical vessels in both files: f2 = 100 with a zero-width interval; the CV limits are checked from the units', () => {
    const a = units('u-a.csv', [0, 0, 0]);
    const out = f2Command(parseArgs([a, a, '--samples', '300'])) as Out & Boot;
    expect(out.bootstrap).toMatchObject({ f2: 100, ci90: [100, 100], lowerBoundAtLeast50: true, samples: 300, seed: 1 });
    expect(out.notes.join(' ')).not.toMatch(/CV limits not checked/);
  });
  it('the same seed gives the same interval; the interval brackets the bootstrap median', () => {
    const a = units('u-b.csv', [-4, 0, 3, 6]);
    const b = units('u-c.csv', [2, 5, 9, 11]);
    const one = f2Command(parseArgs([a, b, '--seed', '42'])) as Boot & { bootstrap: { median: number } };
    const two = f2Command(parseArgs([a, b, '--seed', '42'])) as Boot;
    expect(two.bootstrap).toEqual(one.bootstrap);
    expect(one.bootstrap.ci90[0]).toBeLessThanOrEqual(one.bootstrap.median);
    expect(one.bootstrap.median).toBeLessThanOrEqual(one.bootstrap.ci90[1]);
  });
  it('--seed without unit columns is refused, naming why', () => {
    const ref = file('ref2.csv', [[1, 20], [2, 30], [4, 50]]);
    expect(() => f2Command(parseArgs([ref, ref, '--seed', '3']))).toThrow(/the bootstrap needs one column per unit/);
    expect(() => f2Command(parseArgs([ref, ref, '--samples', '10']))).toThrow(/--samples: must be ≥ 200/);
  });
  it('lab exports with Mean (%) and SD columns (tests/fixtures/lab-walk, synthetic): 12 + 12 units, the summaries skipped and named, time in minutes', () => {
    const fx = (n: string) => join(__dirname, '../../../tests/fixtures/lab-walk', n);
    const out = f2Command(parseArgs([fx('diss_ref_12u.csv'), fx('diss_test_12u.csv'), '--samples', '500'])) as Out & { bootstrap: { unitsReference: number; unitsTest: number }; read: { reference: { timeUnit: string; units: string[]; skippedAsSummaries: string[] } } };
    expect(out.bootstrap).toMatchObject({ unitsReference: 12, unitsTest: 12 });
    expect(out.read.reference.skippedAsSummaries).toEqual(['Mean (%)', 'SD']);
    expect(out.read.reference.units).toHaveLength(12);
    expect(out.read.reference.timeUnit).toBe('min');
    expect(out.f2).toBeCloseTo(65.27, 2);
  });
});
