// Tests of the `invitro` command (issue #26), called directly: the calibration experiment through the CLI, calibration recovery, delivered dose from the plate, errors naming the flag.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from '../args';
import { CliError } from '../errors';
import { invitroCommand } from './invitro';
import { LOCAL_EFFECT_PARAMS } from '../../model/physics';
import { PRESETS } from '../../catalog';
import { parseFormulation } from '../../schema';
import { CATALOG_LOOKUP } from '../../engine';
import { calibrateInvitro, parseClonogenicCsv } from '../../engine/invitro';

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
  it('--format table (walk9 #26): the JSON\'s own numbers, one line each, with units; an unreadable --control file names the flag and the file once', () => {
    const json = run([GOLD, '--ug-per-ml', '20', '--hours', '12']);
    const table = invitroCommand(parseArgs([GOLD, '--ug-per-ml', '20', '--hours', '12', '--format', 'table'])) as string;
    const s4 = (v: number) => String(Number(v.toPrecision(4)));
    expect(table).toContain(`delivered to the cell layer at 12 h`);
    expect(table).toMatch(new RegExp(`delivered to the cell layer at 12 h\\s+${s4(100 * json.dosimetry.deliveredFraction.at(-1)).replace('.', '\\.')}\\s+% of dose`));
    expect(table).toMatch(new RegExp(`SER, dose ratio at SF 0\\.1\\s+${s4(json.clonogenic.ser.doseRatioAtSf10).replace('.', '\\.')}`));
    expect(() => run([GOLD, '--format', 'xml'])).toThrow(/--format: unknown format "xml"; valid: json, table/);
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'Dose (Gy),SF control,SF treated\n0,1,1\n2,0.5,1.4\n4,0.2,0.1\n');
    let msg = '';
    try { run([GOLD, '--control', bad]); } catch (e) { msg = (e as Error).message; }
    expect(msg).toMatch(/^--control bad\.csv: line 3, column "SF treated": surviving fraction must be in \(0, 1\]/);
    expect(msg).not.toMatch(/line \d+: line \d+/);
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
  it('the CLI calibration is the engine’s (the In vitro tab’s Apply): same files → the same numbers; the drug’s gain G is divided out', () => {
    // a FAK-inhibitor carrier (G > 1) in vitro, 10 µg/mL, with synthetic clonogenic data in one file per arm and in one file with both arms
    const doc = JSON.parse(JSON.stringify(PRESETS['izb-ccm'].formulation));
    doc.scenario = { ...(doc.scenario ?? {}), beam: 'kvp:105:2mmAl', setting: 'in-vitro', invitro: { concentrationUgPerMl: 10 } };
    const file = join(dir, 'izb.json');
    writeFileSync(file, JSON.stringify(doc));
    const ds = [0, 1, 2, 4, 6, 8];
    const a = 0.25, b = 0.035;
    const sfC = ds.map((d) => Math.exp(-a * d - b * d * d) * (1 + 0.02 * Math.sin(d)));
    const sfT = ds.map((d) => Math.exp(-1.6 * a * d - b * d * d) * (1 - 0.03 * Math.cos(d)));
    const c = join(dir, 'ctl.csv');
    const t = join(dir, 'trt.csv');
    const both = join(dir, 'both.csv');
    writeFileSync(c, 'dose,sf\n' + ds.map((d, i) => `${d},${sfC[i]}`).join('\n'));
    writeFileSync(t, 'dose,sf\n' + ds.map((d, i) => `${d},${sfT[i]}`).join('\n'));
    writeFileSync(both, 'dose,SF control,SF treated\n' + ds.map((d, i) => `${d},${sfC[i]},${sfT[i]}`).join('\n'));
    const cli = run([file, '--control', c, '--treated', t]).calibration;
    const parsed = parseFormulation(doc, {});
    if (!parsed.ok) throw new Error('preset does not parse');
    const eng = calibrateInvitro(parsed.value, CATALOG_LOOKUP, parseClonogenicCsv(readFileSync(c, 'utf8')).single!, parseClonogenicCsv(readFileSync(t, 'utf8')).single!);
    expect(cli.localEnhancementFactor).toBe(eng.fit.localEnhancementFactor);
    expect(cli.strengthScale).toBe(eng.strengthScale);
    expect(cli.overrides).toEqual(eng.overrides);
    expect(cli.calibrations.localEffect.params).toEqual(eng.record.params);
    expect(cli.controlLq).toEqual(eng.control);
    expect(cli.predicted.ser).toEqual(eng.predicted.ser);
    expect(cli.dataSer).toEqual(eng.dataSer);
    expect(cli.explanation.equation).toBe('IV5-calibration');
    // G > 1 (the FAK occupancy) is divided out: LEF · G = α_t / α_c, and G is the model's own treated-arm gain
    expect(cli.otherAlphaFactor).toBeGreaterThan(1);
    expect(cli.localEnhancementFactor * cli.otherAlphaFactor).toBeCloseTo(cli.alphaTreatedPerGy / cli.control.alpha, 12);
    // one file with both arms gives the same fit; the record names the file(s)
    const one = run([file, '--control', both]).calibration;
    expect(one.localEnhancementFactor).toBeCloseTo(cli.localEnhancementFactor, 12);
    expect(one.calibrations.localEffect.fittedTo).toMatch(/^fitted to your data: clonogenic “both\.csv” \(control n = 6, treated n = 6\)/);
    expect(cli.calibrations.localEffect.fittedTo).toMatch(/control “ctl\.csv” \(n = 6\), treated “trt\.csv” \(n = 6\).*strength × [0-9.]+ ± [0-9.]+ \(SE\); \d{4}-\d\d-\d\d$/);
    // walk9 #27: `apply` holds all that the tab's Apply stores; merged into the file it gives the model after Apply
    expect(cli.apply).toEqual({ calibrations: { localEffect: cli.calibrations.localEffect }, scenario: { invitro: eng.control } });
    expect(cli.apply.calibrations.localEffect.params).toEqual(eng.record.params);
    const merged = join(dir, 'izb-applied.json');
    writeFileSync(merged, JSON.stringify({ ...doc, calibrations: { ...(doc.calibrations ?? {}), ...cli.apply.calibrations }, scenario: { ...doc.scenario, invitro: { ...doc.scenario.invitro, ...cli.apply.scenario.invitro } } }));
    const after = run([merged]);
    for (const k of Object.keys(cli.predicted.ser)) expect(after.clonogenic.ser[k]).toBeCloseTo(cli.predicted.ser[k], 9);
    expect(after.clonogenic.control.alphaPerGy).toBeCloseTo(cli.controlLq.controlAlphaPerGy, 9);
    // after Apply the model's treated arm is the fitted one: SER at 2 Gy of the model = that of your fitted curves
    expect(cli.predicted.ser.sfRatioAt2Gy).toBeCloseTo(cli.dataSer.sfRatioAt2Gy, 6);
  });
  it('walk9 #30: a decimal comma is read as the app reads it (--ug-per-ml 12,5 = 12.5); an ambiguous "1,000" is refused naming the flag', () => {
    const comma = run([GOLD, '--ug-per-ml', '12,5', '--hours', '6']);
    const dot = run([GOLD, '--ug-per-ml', '12.5', '--hours', '6']);
    expect(comma.conditions.concentrationUgPerMl).toBe(12.5);
    expect(comma.dosimetry).toEqual(dot.dosimetry);
    expect(() => run([GOLD, '--ug-per-ml', '1,000'])).toThrow(/^--ug-per-ml: "1,000" is ambiguous: 1 or 1000\?/);
    expect(() => run([GOLD, '--ug-per-ml', 'abc'])).toThrow(/^--ug-per-ml: "abc" is not a number/);
    // what Number() read before stays read
    expect(run([GOLD, '--ug-per-ml', '5.', '--hours', '6']).conditions.concentrationUgPerMl).toBe(5);
  });
  it('bad input: the flag and the reason', () => {
    expect(() => run([GOLD, '--cell-line', 'nope'])).toThrow(CliError);
    expect(() => run([GOLD, '--cell-line', 'nope'])).toThrow(/--cell-line: unknown cell line "nope"; valid: hela/);
    expect(() => run([GOLD, '--ug-per-ml', '-1'])).toThrow(/--ug-per-ml: must be ≥ 0/);
    expect(() => run([GOLD, '--doses', '0,x'])).toThrow(/--doses: value 2/);
    expect(() => run([GOLD, '--treated', 'a.csv'])).toThrow(/give both/);
    expect(() => run(['--preset', 'nope'])).toThrow(/--preset: unknown preset/);
  });
});
