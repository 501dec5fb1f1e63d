// Your clonogenic calibration's strengths (#26 items 3, 4): stored as calibrations.localEffect with the fit's record, they act like overrides beneath explicit ones, explain themselves as "fitted to your data" (files, date, SE) in and out of the dish (links and files: src/share/local-effect-calibration.test.ts), and the calibration explains itself from the engine (IV5: equation, inputs).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../catalog/presets';
import { parseFormulation, LOCAL_EFFECT_STRENGTH_KEYS } from '../schema';
import { LOCAL_EFFECT_ANCHOR_BEAMS } from '../model/physics';
import { CATALOG_LOOKUP, scoreFormulation } from './index';
import { calibrateInvitro, invitroOfCompleted, parseClonogenicCsv } from './invitro';
import type { SurvivalPoint } from '../model/radiobiology';

const gold = (extra: Record<string, unknown> = {}) => ({ schema: 'nanoplatform.formulation/1', core: { material: 'gold', diameterNm: 50 }, scenario: { beam: 'kvp:105:2mmAl', setting: 'in-vitro', invitro: { concentrationUgPerMl: 10 } }, ...extra });
const completed = (doc: unknown) => {
  const r = parseFormulation(doc, {});
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};
const lq = (a: number, b: number, k = 1, def = 1): SurvivalPoint[] => [0, 1, 2, 4, 6, 8].map((D) => ({ doseGy: D, sf: Math.exp(-a * k * def * D - b * (def * D) ** 2) * (1 + 0.01 * Math.sin(3 * D)) }));
const rows = (ex: { params: { name: string; value: number; source: string; provenance: string }[] }[]) => ex.flatMap((e) => e.params);

describe('calibrations.localEffect', () => {
  it('the schema’s strength keys are the model’s anchor beams', () => {
    expect([...LOCAL_EFFECT_STRENGTH_KEYS]).toEqual(LOCAL_EFFECT_ANCHOR_BEAMS.map((a) => a.key));
  });

  const record = { params: { s105kVp: 1.9, s220kVp: 1.2, s6MV: 0.3 }, fittedTo: 'fitted to your data: clonogenic “lab.csv” (control n = 6, treated n = 6); strength × 1.23 ± 0.05 (SE); 2026-12-07' };
  const asOverrides = Object.fromEntries(Object.entries(record.params).map(([k, v]) => [`localEffect.${k}`, v]));

  it('acts as the same local-effect overrides (in vivo and in the dish), and an explicit override wins', () => {
    const cal = scoreFormulation(gold({ scenario: { beam: 'kvp:105:2mmAl' }, calibrations: { localEffect: record } }));
    const ovr = scoreFormulation(gold({ scenario: { beam: 'kvp:105:2mmAl' }, overrides: asOverrides }));
    expect(cal.radiosensitization.sensitizerEnhancementRatio).toBe(ovr.radiosensitization.sensitizerEnhancementRatio);
    expect(cal.radiosensitization.localEnhancementFactor).toBeGreaterThan(1);
    const dishCal = invitroOfCompleted(completed(gold({ calibrations: { localEffect: record } })), CATALOG_LOOKUP);
    const dishOvr = invitroOfCompleted(completed(gold({ overrides: asOverrides })), CATALOG_LOOKUP);
    expect(dishCal.clonogenic.ser).toEqual(dishOvr.clonogenic.ser);
    const both = invitroOfCompleted(completed(gold({ calibrations: { localEffect: record }, overrides: { 'localEffect.s105kVp': 0.5 } })), CATALOG_LOOKUP);
    const only = invitroOfCompleted(completed(gold({ overrides: { ...asOverrides, 'localEffect.s105kVp': 0.5 } })), CATALOG_LOOKUP);
    expect(both.clonogenic.localEnhancementFactor).toBe(only.clonogenic.localEnhancementFactor);
  });

  it('explains itself as fitted to your data, with the record (files, SE, date), in the score and in the dish; a user override is not', () => {
    const s = scoreFormulation(gold({ scenario: { beam: 'kvp:105:2mmAl' }, calibrations: { localEffect: record } }));
    const fitted = rows(Object.values(s.explanations).flat()).filter((p) => p.provenance === 'fitted' && /^s at 105 kVp/.test(p.name));
    expect(fitted.length).toBeGreaterThan(0);
    expect(fitted[0].value).toBe(1.9);
    expect(fitted[0].source).toMatch(/^fitted to your data \(clonogenic calibration: clonogenic “lab\.csv” .*± 0\.05 \(SE\); 2026-12-07\)/);
    const dish = invitroOfCompleted(completed(gold({ calibrations: { localEffect: record } })), CATALOG_LOOKUP);
    expect(rows(dish.explanations).some((p) => p.provenance === 'fitted' && p.name === 's at 105 kVp' && /lab\.csv/.test(p.source))).toBe(true);
    const user = scoreFormulation(gold({ scenario: { beam: 'kvp:105:2mmAl' }, overrides: asOverrides }));
    const u = rows(Object.values(user.explanations).flat()).filter((p) => /^s at 105 kVp/.test(p.name));
    expect(u.length).toBeGreaterThan(0);
    expect(u.every((p) => p.provenance !== 'fitted' && /^user override/.test(p.source))).toBe(true);
  });

  it('bad records get a message naming the field', () => {
    const r = parseFormulation(gold({ calibrations: { localEffect: { params: { s105kVP: 1 } } } }), {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => `${i.path}: ${i.message}`).join('\n')).toMatch(/calibrations\.localEffect\.params\.s105kVP: unknown strength "s105kVP"; valid: s105kVp, s220kVp, s6MV/);
    const neg = parseFormulation(gold({ calibrations: { localEffect: { params: { s6MV: -1 } } } }), {});
    expect(neg.ok).toBe(false);
  });
});

describe('calibrateInvitro explains itself (IV5-calibration, built in the engine)', () => {
  const f = completed(gold());
  const base = invitroOfCompleted(f, CATALOG_LOOKUP).clonogenic;
  const ctl = lq(0.3, 0.04);
  const trt = lq(0.3, 0.04, 1.35, base.doseEnhancementFactor);
  const cal = calibrateInvitro(f, CATALOG_LOOKUP, ctl, trt, {}, { files: { control: 'c.csv', treated: 't.csv' }, date: '2026-12-07' });
  const ex = cal.explanation;
  const param = (n: string) => ex.params.find((p) => p.name === n)!;
  const input = (n: string) => ex.inputs.find((p) => p.name.startsWith(n))!;

  it('equation and inputs: the model’s DEF, G and LEF now; the point counts', () => {
    expect(ex.equation).toBe('IV5-calibration');
    expect(ex.formula).toContain('LEF = α_t / (α_c·G)');
    expect(ex.formula).toContain('x = DEF·D');
    expect(input('control points').value).toBe(6);
    expect(input('treated points').value).toBe(6);
    expect(input('DEF').value).toBe(base.doseEnhancementFactor);
    expect(input('LEF_model').value).toBe(base.localEnhancementFactor);
    expect(input('G').value).toBeCloseTo(1, 12); // gold alone carries no drug
  });

  it('fitted values with their SE and provenance; the SEs by hand (first order)', () => {
    expect(param('α_c').value).toBe(cal.fit.control.alpha);
    expect(param('α_t').value).toBe(cal.fit.alphaTreatedPerGy);
    const lef = cal.fit.localEnhancementFactor;
    expect(param('LEF').value).toBe(lef);
    expect(lef).toBeCloseTo(cal.fit.alphaTreatedPerGy / cal.fit.control.alpha, 12);
    const lefSE = lef * Math.sqrt((cal.fit.alphaTreatedSE / cal.fit.alphaTreatedPerGy) ** 2 + (cal.fit.control.alphaSE / cal.fit.control.alpha) ** 2);
    expect(cal.localEnhancementFactorSE).toBeCloseTo(lefSE, 14);
    expect(cal.strengthScaleSE).toBeCloseTo((cal.strengthScale * lefSE) / (lef - 1), 12);
    for (const p of ex.params) {
      expect(p.provenance).toBe('fitted');
      expect(p.source).toMatch(/^fitted to your data \(control “c\.csv”, treated “t\.csv”, 2026-12-07: /);
    }
    expect(ex.result!.value).toBe(cal.predicted.ser.doseRatioAtSf10);
  });

  it('the record Apply stores: the strengths of the overrides, and the files, n, SE and date', () => {
    expect(Object.keys(cal.record.params).sort()).toEqual(['s105kVp', 's220kVp', 's6MV']);
    for (const [k, v] of Object.entries(cal.record.params)) expect(cal.overrides[`localEffect.${k}`]).toBe(v);
    expect(cal.record.fittedTo).toMatch(/^fitted to your data: clonogenic control “c\.csv” \(n = 6\), treated “t\.csv” \(n = 6\); .*LEF [0-9.]+ ± [0-9.e-]+; strength × [0-9.]+ ± [0-9.e-]+ \(SE\); 2026-12-07$/);
    // applied as a calibration, the plate reproduces the calibration's prediction
    const after = invitroOfCompleted(completed(gold({ scenario: { beam: 'kvp:105:2mmAl', setting: 'in-vitro', invitro: { concentrationUgPerMl: 10, ...cal.control } }, calibrations: { localEffect: cal.record } })), CATALOG_LOOKUP);
    expect(after.clonogenic.ser.doseRatioAtSf10).toBeCloseTo(cal.predicted.ser.doseRatioAtSf10, 12);
  });
});

describe('walkthrough 8 (#26): the fit of your file does not move with what you applied; a far-off strength is flagged', () => {
  const izb = (extra: Record<string, unknown> = {}, iv: Record<string, unknown> = {}) => {
    const p = PRESETS['izb-ccm'].formulation;
    return completed({ ...p, ...extra, scenario: { ...(p.scenario ?? {}), setting: 'in-vitro', invitro: iv } });
  };
  const read = parseClonogenicCsv(readFileSync(new URL('../../tests/fixtures/clonogenic/clonogenic.csv', import.meta.url), 'utf8'));
  it('α_c, α_t, their SEs and the fitted LEF are the same before and after Apply; after Apply k = 1', () => {
    const before = calibrateInvitro(izb(), CATALOG_LOOKUP, read.control!, read.treated!);
    const after = calibrateInvitro(izb({ calibrations: { localEffect: before.record } }, before.control), CATALOG_LOOKUP, read.control!, read.treated!);
    for (const k of ['alphaTreatedPerGy', 'alphaTreatedSE', 'localEnhancementFactor'] as const) expect(after.fit[k]).toBeCloseTo(before.fit[k], 12);
    expect(after.fit.control.alpha).toBeCloseTo(before.fit.control.alpha, 12);
    expect(after.strengthScale).toBeCloseTo(1, 9);
  });
  it('a strength factor beyond × 5 carries a warning that names the uptake; after Apply (k = 1) none', () => {
    const before = calibrateInvitro(izb(), CATALOG_LOOKUP, read.control!, read.treated!);
    expect(before.strengthScale).toBeGreaterThan(5);
    expect(before.fit.warnings.some((w) => /current local-effect strength/.test(w) && /uptake per cell/.test(w) && /ICP-MS/.test(w))).toBe(true);
    const after = calibrateInvitro(izb({ calibrations: { localEffect: before.record } }, before.control), CATALOG_LOOKUP, read.control!, read.treated!);
    expect(after.fit.warnings.some((w) => /current local-effect strength/.test(w))).toBe(false);
  });
});
