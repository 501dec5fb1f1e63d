// Tests of the `outcome` command handler: preset and file input, schedule text, cisplatin switch, uncertainty bands, errors naming the flag or field.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from '../args';
import { CliError } from '../errors';
import { outcomeCommand } from './outcome';

type Obj = Record<string, unknown> & { control: { localControl: number }; candidate: { localControl: number }; schedule: { eqd2Gy: number; overallTreatmentTimeDays: number }; localControlGain: number };
const run = (argv: string[]) => outcomeCommand(parseArgs(argv)) as Obj;
const fails = (argv: string[], re: RegExp) => {
  expect(() => outcomeCommand(parseArgs(argv))).toThrow(CliError);
  expect(() => outcomeCommand(parseArgs(argv))).toThrow(re);
};

describe('outcome command', () => {
  it('--preset: JSON with the hypothesis, the standard schedule (EQD2 83.92 Gy, OTT 46 d) and a positive gain for IZB@CCM', () => {
    const r = run(['--preset', 'izb-ccm', '--no-curves']);
    expect(r.kind).toBe('nanoplatform.outcome/1');
    expect(String(r.hypothesis)).toMatch(/^HYPOTHESIS/);
    expect(r.schedule.eqd2Gy).toBeCloseTo(83.9167, 3);
    expect(r.schedule.overallTreatmentTimeDays).toBe(46);
    expect(r.localControlGain).toBeGreaterThan(0);
    expect(r.curves).toBeNull();
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
  it('--schedule text and --no-cisplatin: a higher boost raises control; no cisplatin lowers it', () => {
    const std = run(['--preset', 'zb-ccm', '--no-curves']);
    const high = run(['--preset', 'zb-ccm', '--no-curves', '--schedule', 'ebrt:25x1.8+hdr:4x8']);
    const rt = run(['--preset', 'zb-ccm', '--no-curves', '--no-cisplatin']);
    expect(high.control.localControl).toBeGreaterThan(std.control.localControl);
    expect(rt.control.localControl).toBeLessThan(std.control.localControl);
  });
  it('a file and --uncertainty add bands of the outcome keys', () => {
    const dir = mkdtempSync(join(tmpdir(), 'outcome-'));
    const file = join(dir, 'f.json');
    writeFileSync(file, JSON.stringify({ core: { material: 'zif-8' }, payloads: [{ agent: 'in10018' }, { agent: 'bismuth' }] }));
    const r = run([file, '--no-curves', '--uncertainty', '16', '--schedule', 'ebrt50.4-hdr7x4']);
    const u = r.uncertainty as { bands: Record<string, { p5: number; p95: number }> };
    expect(Object.keys(u.bands)).toEqual(['outcome.localControlControl', 'outcome.localControlCandidate', 'outcome.localControlGain', 'outcome.recurrenceControl', 'outcome.recurrenceCandidate']);
    expect(u.bands['outcome.localControlGain'].p5).toBeLessThanOrEqual(u.bands['outcome.localControlGain'].p95);
  });
  it('bad input → CliError naming the flag or field', () => {
    fails(['--preset', 'nope'], /^--preset: unknown preset/);
    fails(['--preset', 'izb-ccm', '--schedule', 'ebrt:25x'], /^--schedule: schedule course 1/);
    fails(['--preset', 'izb-ccm', '--foo'], /^--foo: unknown option/);
    fails(['--preset', 'izb-ccm', '--cisplatin', '--no-cisplatin'], /give one of them/);
    fails([], /missing file argument/);
    const dir = mkdtempSync(join(tmpdir(), 'outcome-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ core: { material: 'zif-8', diameterNm: -5 } }));
    fails([file], /core\.diameterNm/);
  });
});
