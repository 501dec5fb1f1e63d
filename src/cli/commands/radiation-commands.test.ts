// Tests of the dose-enhancement, survival and fit-survival handlers (contract §4), called directly (before registration).
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from '../args';
import { CliError } from '../errors';
import { doseEnhancementCommand } from './dose-enhancement';
import { survivalCommand } from './survival';
import { fitSurvivalCommand } from './fit-survival';

type Obj = Record<string, unknown>;
const run = (h: (a: ReturnType<typeof parseArgs>) => unknown, argv: string[]) => h(parseArgs(argv)) as Obj;
const fails = (h: (a: ReturnType<typeof parseArgs>) => unknown, argv: string[], re: RegExp) => {
  expect(() => h(parseArgs(argv))).toThrow(CliError);
  expect(() => h(parseArgs(argv))).toThrow(re);
};

describe('dose-enhancement', () => {
  it('V1 through the CLI: 10 mg Bi/g at mono:0.1 → 1.7563', () => {
    const r = run(doseEnhancementCommand, ['--element', 'Bi', '--mg-per-g', '10', '--beam', 'mono:0.1']);
    expect(Math.abs((r.doseEnhancementFactor as number) / 1.7563 - 1)).toBeLessThan(0.005);
    expect(r.beam).toBe('mono:0.1');
    expect(r.tissue).toBe('water');
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
  it('soft tissue and spectrum beams', () => {
    const r = run(doseEnhancementCommand, ['--element', 'Hf', '--mg-per-g', '3.6', '--beam', '6MV', '--tissue', 'soft-tissue']);
    expect(r.doseEnhancementFactor as number).toBeLessThan(1.01);
    expect(r.meanEnergyMeV as number).toBeCloseTo(1.9, 2);
  });
  it('bad input → CliError naming the flag', () => {
    fails(doseEnhancementCommand, ['--element', 'Qq', '--mg-per-g', '1', '--beam', '6MV'], /^--element: unknown element "Qq"/);
    fails(doseEnhancementCommand, ['--element', 'Bi', '--mg-per-g', '-1', '--beam', '6MV'], /^--mg-per-g:/);
    fails(doseEnhancementCommand, ['--element', 'Bi', '--mg-per-g', 'x', '--beam', '6MV'], /^--mg-per-g:/);
    fails(doseEnhancementCommand, ['--element', 'Bi', '--mg-per-g', '1', '--beam', '10MV'], /^--beam: .*valid forms/);
    fails(doseEnhancementCommand, ['--element', 'Bi', '--mg-per-g', '1', '--beam', '6MV', '--tissue', 'bone'], /^--tissue:/);
    fails(doseEnhancementCommand, ['--element', 'Bi', '--mg-per-g', '1'], /^--beam: required/);
    fails(doseEnhancementCommand, ['--element', 'Bi', '--mg-per-g', '1', '--beam', '6MV', '--foo', '1'], /^--foo: unknown option/);
  });
});

describe('survival', () => {
  it('V3 through the CLI (defaults 25 × 2 Gy)', () => {
    const r = run(survivalCommand, ['--alpha', '0.3', '--beta', '0.03']);
    expect(Math.abs((r.sf2 as number) / 0.4868 - 1)).toBeLessThan(1e-3);
    expect(Math.abs((r.d10Gy as number) / 5.087 - 1)).toBeLessThan(1e-3);
    expect(r.bedGy as number).toBeCloseTo(60, 10);
    expect(r.eqd2Gy as number).toBeCloseTo(50, 10);
    expect(r.survival as number).toBeCloseTo(Math.exp(-25 * 0.72), 15);
  });
  it('--def multiplies the doses; --dose and --fractions set the schedule', () => {
    const r = run(survivalCommand, ['--alpha', '0.3', '--beta', '0.03', '--def', '1.5', '--dose', '2', '--fractions', '10']);
    expect(r.survival as number).toBeCloseTo(Math.exp(-10 * (0.3 * 3 + 0.03 * 9)), 15);
    expect(r.sf2 as number).toBeCloseTo(Math.exp(-(0.9 + 0.27)), 15);
    expect(r.eqd2Gy as number).toBeCloseTo((10 * 3 * (3 + 10)) / 12, 12);
  });
  it('bad input → CliError naming the flag', () => {
    fails(survivalCommand, ['--alpha', '0', '--beta', '0.03'], /^--alpha: must be > 0/);
    fails(survivalCommand, ['--alpha', '0.3', '--beta', '-0.03'], /^--beta: must be > 0/);
    fails(survivalCommand, ['--alpha', '0.3'], /^--beta: required/);
    fails(survivalCommand, ['--alpha', '0.3', '--beta', '0.03', '--dose', '-2'], /^--dose:/);
    fails(survivalCommand, ['--alpha', '0.3', '--beta', '0.03', '--fractions', '2.5'], /^--fractions:/);
    fails(survivalCommand, ['--alpha', '0.3', '--beta', '0.03', '--def', '0'], /^--def:/);
  });
});

describe('fit-survival', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fit-survival-'));
  const file = (name: string, text: string) => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
  };
  it('fits the hand-solved case from a CSV', () => {
    const p = file('ok.csv', `dose,sf\n1,${Math.exp(-1)}\n2,${Math.exp(-3)}\n3,${Math.exp(-5)}\n`);
    const r = run(fitSurvivalCommand, [p]);
    expect(r.alpha as number).toBeCloseTo(68 / 76, 12);
    expect(r.beta as number).toBeCloseTo(20 / 76, 12);
    expect(r.alphaSE as number).toBeCloseTo(Math.sqrt(98 / 1444), 12);
    expect(r.betaSE as number).toBeCloseTo(Math.sqrt(14 / 1444), 12);
    expect(r.r2 as number).toBeCloseTo(1 - 1 / 152, 12);
  });
  it('bad data → CliError naming the file and line', () => {
    fails(fitSurvivalCommand, [file('bad.csv', 'dose,sf\n1,0.8\n2,1.4\n3,0.2\n')], /bad\.csv: line 3: surviving fraction/);
    fails(fitSurvivalCommand, [file('few.csv', 'dose,sf\n1,0.8\n2,0.4\n')], /few\.csv: need at least 3 data rows/);
    fails(fitSurvivalCommand, [join(dir, 'missing.csv')], /missing\.csv: cannot read/);
    fails(fitSurvivalCommand, [], /missing file argument/);
  });
});
