// Tests of the `invitro` command (issue #26), called directly: the calibration experiment through the CLI, calibration recovery, delivered dose from the plate, errors naming the flag.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from '../args';
import { CliError } from '../errors';
import { invitroCommand } from './invitro';
import { LOCAL_EFFECT_PARAMS } from '../../model/physics';

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON report read by key
const run = (argv: string[]) => invitroCommand(parseArgs(argv)) as Obj;
const dir = mkdtempSync(join(tmpdir(), 'invitro-'));
const GOLD = join(dir, 'gold.json');
writeFileSync(GOLD, JSON.stringify({ schema: 'nanoplatform.formulation/1', core: { material: 'gold', diameterNm: 50 }, scenario: { beam: 'kvp:105:2mmAl', setting: 'in-vitro', invitro: { concentrationUgPerMl: 10 } } }));

describe('invitro', () => {
  it('the calibration experiment from its conditions (HeLa, 50 nm gold, 7.6 pg/cell measured, 105 kVp): SER at SF 0.1 = 1.66', () => {
    const r = run([GOLD, '--measured-pg-per-cell', String(LOCAL_EFFECT_PARAMS.mRefPg.value)]);
    expect(r.clonogenic.ser.doseRatioAtSf10).toBeCloseTo(1.66, 8);
    expect(r.uptake.provenance).toBe('measured by you');
    // the other definitions differ, and are all ≥ 1
    for (const v of Object.values(r.clonogenic.ser)) expect(v as number).toBeGreaterThan(1);
  });
  it('delivered mass per cm² = delivered fraction × C × V / A of the plate (24-well: 1.9 cm², 0.5 mL)', () => {
    const r = run([GOLD, '--ug-per-ml', '20', '--hours', '12']);
    const f = r.dosimetry.deliveredFraction.at(-1);
    expect(r.dosimetry.deliveredUgPerCm2.at(-1)).toBeCloseTo((f * 20 * 0.5) / 1.9, 12);
    expect(r.dosimetry.timesH.at(-1)).toBeCloseTo(12, 12);
    expect(r.conditions.hydrodynamicDiameterNm).toBeGreaterThanOrEqual(50);
  });
  it('calibration from clonogenic CSVs recovers the LEF of exact synthetic data and gives localEffect overrides', () => {
    const def = run([GOLD, '--measured-pg-per-cell', '5']).clonogenic.doseEnhancementFactor as number;
    const a = 0.3, b = 0.04, lef = 1.4;
    const ds = [0, 1, 2, 4, 6];
    const c = join(dir, 'c.csv');
    const t = join(dir, 't.csv');
    writeFileSync(c, 'dose,sf\n' + ds.map((d) => `${d},${Math.exp(-a * d - b * d * d)}`).join('\n'));
    writeFileSync(t, 'dose,sf\n' + ds.map((d) => `${d},${Math.exp(-a * lef * def * d - b * (def * d) ** 2)}`).join('\n'));
    const r = run([GOLD, '--measured-pg-per-cell', '5', '--control', c, '--treated', t]);
    expect(r.calibration.localEnhancementFactor).toBeCloseTo(lef, 9);
    expect(r.calibration.provenance).toBe('fitted to your data');
    expect(Object.keys(r.calibration.overrides).sort()).toEqual(['localEffect.s105kVp', 'localEffect.s220kVp', 'localEffect.s6MV']);
  });
  it('bad input: the flag and the reason', () => {
    expect(() => run([GOLD, '--cell-line', 'nope'])).toThrow(CliError);
    expect(() => run([GOLD, '--cell-line', 'nope'])).toThrow(/--cell-line: unknown cell line "nope"; valid: hela/);
    expect(() => run([GOLD, '--ug-per-ml', '-1'])).toThrow(/--ug-per-ml: must be ≥ 0/);
    expect(() => run([GOLD, '--doses', '0,x'])).toThrow(/--doses: value 2/);
    expect(() => run([GOLD, '--control', 'a.csv'])).toThrow(/give both/);
    expect(() => run(['--preset', 'nope'])).toThrow(/--preset: unknown preset/);
  });
});
