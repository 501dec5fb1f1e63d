// The viability calibration through the command line (#26): a formulation file's calibrations.viability moves `invitro` and `score`'s in-vitro block; `invitro --viability` fits a CSV with the tab's reader and prints the record to store.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from '../args';
import { CliError } from '../errors';
import { invitroCommand } from './invitro';
import { scoreCommand } from './score';

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON report read by key
const dir = mkdtempSync(join(tmpdir(), 'invitro-viab-'));
const base = { schema: 'nanoplatform.formulation/1', core: { material: 'zif-8', diameterNm: 100 }, payloads: [{ agent: 'doxorubicin', loading: 'one-pot', feedMassRatio: 0.2 }], scenario: { setting: 'in-vitro', invitro: { incubationH: 48 } } };
const record = { arm: 'drug-alone', agent: 'doxorubicin', cellLine: 'hela', ic50M: 5e-8, hill: 2, exposureH: 48, fittedTo: 'fitted to your data: viability drug-alone doxorubicin “lab.csv” (n = 8); 2026-12-07' };
const write = (name: string, doc: unknown) => {
  const p = join(dir, name);
  writeFileSync(p, JSON.stringify(doc));
  return p;
};
const PLAIN = write('plain.json', base);
const CAL = write('cal.json', { ...base, calibrations: { viability: [record] } });

describe('viability calibration on the command line', () => {
  it('invitro: the formulation file’s calibrations.viability is used (and said), the catalog’s otherwise', () => {
    const a = invitroCommand(parseArgs([PLAIN])) as Obj;
    const b = invitroCommand(parseArgs([CAL])) as Obj;
    expect(a.conditions.viabilityFitted).toEqual([]);
    expect(b.conditions.viabilityFitted).toEqual(['drug-alone doxorubicin']);
    // a more potent drug (IC50 50 nM vs the catalog's) lowers the loaded carrier's viability
    expect(b.cytotoxicity.viabilityLoaded).toBeLessThan(a.cytotoxicity.viabilityLoaded);
    expect(b.cytotoxicity.drugParams[0].alone.source).toMatch(/^fitted to your data \(viability drug-alone doxorubicin “lab.csv”/);
  });
  it('score: the in-vitro block of an in-vitro scenario uses it too; the in-vivo scores do not move', () => {
    const a = scoreCommand(parseArgs([PLAIN])) as Obj;
    const b = scoreCommand(parseArgs([CAL])) as Obj;
    expect(b.invitro.cytotoxicity.viabilityLoaded).toBe((invitroCommand(parseArgs([CAL])) as Obj).cytotoxicity.viabilityLoaded);
    expect(b.invitro.cytotoxicity.viabilityLoaded).not.toBe(a.invitro.cytotoxicity.viabilityLoaded);
    expect(b.overall).toBe(a.overall);
  });
  it('invitro --assay-hours: the viability assay’s exposure (default the incubation); a longer assay integrates more released drug; 0 is refused naming the flag', () => {
    const a = invitroCommand(parseArgs([PLAIN])) as Obj;
    const b = invitroCommand(parseArgs([PLAIN, '--assay-hours', '96'])) as Obj;
    expect(a.conditions.assayH).toBe(48);
    expect(b.conditions.assayH).toBe(96);
    expect(b.cytotoxicity.effectiveDrugM[0]).toBeGreaterThan(a.cytotoxicity.effectiveDrugM[0]);
    expect(b.cytotoxicity.viabilityLoaded).toBeLessThanOrEqual(a.cytotoxicity.viabilityLoaded);
    expect(b.clonogenic.ser).toEqual(a.clonogenic.ser); // the irradiation stays at the end of the incubation
    expect(() => invitroCommand(parseArgs([PLAIN, '--assay-hours', '0']))).toThrow(/--assay-hours: must be > 0 h/);
  });
  it('invitro --viability fits a CSV (IC50 and Hill of hand-written data) and prints the record to store', () => {
    const csv = join(dir, 'v.csv');
    const rows = [0, 0.01, 0.03, 0.1, 0.3, 1, 3].map((c) => `${String(c).replace(".", ",")};${String(100 / (1 + (c / 0.2) ** 1.4)).replace('.', ',')}`);
    writeFileSync(csv, `\ufeffDose (µM);Viability (%)\n${rows.join('\n')}\n`);
    const r = invitroCommand(parseArgs([PLAIN, '--viability', csv, '--viability-arm', 'drug-alone'])) as Obj;
    expect(r.viabilityCalibration.fit.ic50).toBeCloseTo(0.2, 5);
    expect(r.viabilityCalibration.fit.hill).toBeCloseTo(1.4, 5);
    const rec = r.viabilityCalibration.calibrations.viability[0];
    expect(rec).toMatchObject({ arm: 'drug-alone', agent: 'doxorubicin', cellLine: 'hela', exposureH: 48 });
    expect(rec.ic50M).toBeCloseTo(0.2e-6, 11);
    // the printed record, put in the file, is what the bench then uses
    const back = invitroCommand(parseArgs([write('back.json', { ...base, calibrations: r.viabilityCalibration.calibrations })])) as Obj;
    expect(back.conditions.viabilityFitted).toEqual(['drug-alone doxorubicin']);
  });
  it('errors name the flag and the file’s line and column', () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'conc (µM),viability\n0,1\n1,x\n');
    expect(() => invitroCommand(parseArgs([PLAIN, '--viability', bad]))).toThrow(CliError);
    expect(() => invitroCommand(parseArgs([PLAIN, '--viability', bad]))).toThrow(/--viability .*bad\.csv: line 3, column 2 \("viability"\): viability "x" is not a number/);
    expect(() => invitroCommand(parseArgs([PLAIN, '--viability', bad, '--viability-arm', 'wells']))).toThrow(/--viability-arm: must be one of drug-alone, empty-carrier, loaded-carrier/);
    expect(() => invitroCommand(parseArgs([PLAIN, '--viability-arm', 'drug-alone']))).toThrow(/give the viability CSV/);
  });
});
