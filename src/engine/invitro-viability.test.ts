// Your viability calibration in the bench (#26): calibrateViability maps a CCK-8/MTT fit into calibrations.viability, the bench then passes through your IC50, explains the values as fitted to your data, keeps them per cell line, and links/files carry the record.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalFormulation, parseFormulation } from '../schema';
import { micromolarToUgPerMl } from '../model/units/quantity';
import { parseViabilityCsv } from '../model/invitro';
import { CATALOG_LOOKUP } from './index';
import { calibrateViability, invitroOfCompleted } from './invitro';

const doc = (extra: Record<string, unknown> = {}) => ({
  schema: 'nanoplatform.formulation/1',
  core: { material: 'zif-8', diameterNm: 100 },
  payloads: [{ agent: 'doxorubicin', loading: 'one-pot', feedMassRatio: 0.2 }],
  scenario: { setting: 'in-vitro', invitro: { incubationH: 48 } },
  ...extra,
});
const completed = (d: unknown) => {
  const r = parseFormulation(d, {});
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};
const f = completed(doc());
// hand-written Hill data: IC50 0.8 µM, h 1.5, in % of control
const hill = (c: number) => 100 / (1 + (c / 0.8) ** 1.5);
const cs = [0, 0.05, 0.1, 0.3, 1, 3, 10, 30];
const csv = (unit: string, scale: number) => `Conc (${unit});Mean;SD\n` + cs.map((c) => [c * scale, hill(c), 3].map((x) => String(+x.toPrecision(8)).replace('.', ',')).join(';')).join('\n');
const DOX_MW = 543.52; // C27H29NO11, g/mol (hand value)

describe('calibrateViability', () => {
  it('drug alone: recovers IC50 and Hill; µg/mL and µM files give the same fit (molar mass from the catalog, through mathjs)', () => {
    const m = calibrateViability(f, CATALOG_LOOKUP, parseViabilityCsv(csv('µM', 1)), 'drug-alone', 'doxorubicin', { file: 'a.csv', date: '2026-12-07' });
    expect(m.fit.ic50).toBeCloseTo(0.8, 5);
    expect(m.fit.hill).toBeCloseTo(1.5, 5);
    const perUm = micromolarToUgPerMl(1, DOX_MW);
    expect(perUm).toBeCloseTo(0.54352, 5);
    const g = calibrateViability(f, CATALOG_LOOKUP, parseViabilityCsv(csv('µg/mL', perUm)), 'drug-alone', 'doxorubicin', { file: 'b.csv' });
    expect(g.fit.ic50).toBeCloseTo(0.8, 2);
    expect(g.record.ic50M).toBeCloseTo(0.8e-6, 8);
    expect(m.record).toMatchObject({ arm: 'drug-alone', agent: 'doxorubicin', cellLine: 'hela', exposureH: 48 });
  });
  it('after Apply the bench’s drug-alone curve passes through your IC50 with your slope, and its viability prediction moves', () => {
    const cal = calibrateViability(f, CATALOG_LOOKUP, parseViabilityCsv(csv('µM', 1)), 'drug-alone', 'doxorubicin', { file: 'a.csv' });
    // the fitted plateaus of hand-written Hill data are 1 and 0 to ~1e-9; applied, held to [0, 1]
    const t = Math.min(1, cal.fit.top);
    const b = Math.max(0, cal.fit.bottom);
    expect(cal.explanation.result!.value).toBeCloseTo((t + b) / 2, 12);
    expect(cal.explanation.result!.value).toBeCloseTo(0.5, 8);
    cal.grid.forEach((x, i) => expect(cal.after[i]).toBeCloseTo(b + (t - b) / (1 + (x / cal.fit.ic50) ** cal.fit.hill), 9));
    expect(cal.after).not.toEqual(cal.before);
    const g = { ...f, calibrations: { viability: [cal.record] } };
    const r = invitroOfCompleted(g, CATALOG_LOOKUP);
    expect(r.conditions.viabilityFitted).toEqual(['drug-alone doxorubicin']);
    expect(r.cytotoxicity.viabilityLoaded).not.toBe(invitroOfCompleted(f, CATALOG_LOOKUP).cytotoxicity.viabilityLoaded);
    const ex = r.explanations.find((e) => e.equation === 'IV3-viability')!;
    const row = ex.params.find((p) => p.name.startsWith('IC50 doxorubicin alone'))!;
    expect(row.provenance).toBe('fitted');
    expect(row.source).toMatch(/^fitted to your data \(viability drug-alone doxorubicin “a.csv”/);
  });
  it('loaded carrier (drug-equivalent µM): the bench’s loaded curve is 1/2 at your IC50', () => {
    const cal = calibrateViability(f, CATALOG_LOOKUP, parseViabilityCsv(csv('µM', 1)), 'loaded-carrier', 'doxorubicin');
    expect(cal.axis).toBe('µg/mL particles');
    expect(cal.explanation.result!.value).toBeCloseTo((Math.min(1, cal.fit.top) + Math.max(0, cal.fit.bottom)) / 2, 9);
    expect(cal.explanation.result!.value).toBeCloseTo(0.5, 8);
    const frac = invitroOfCompleted(f, CATALOG_LOOKUP).cytotoxicity.drugMassFractions[0];
    expect(cal.fit.ic50).toBeCloseTo((0.8 * micromolarToUgPerMl(1, DOX_MW)) / frac, 3);
  });
  it('empty carrier: a carrier toxicity on the empty and the loaded carrier; a molar file is refused', () => {
    const cal = calibrateViability(f, CATALOG_LOOKUP, parseViabilityCsv(csv('µg/mL', 100)), 'empty-carrier');
    const g = { ...f, calibrations: { viability: [cal.record] } };
    const before = invitroOfCompleted(f, CATALOG_LOOKUP).cytotoxicity;
    const after = invitroOfCompleted(g, CATALOG_LOOKUP).cytotoxicity;
    expect(before.emptyCarrier.every((v) => v === 1)).toBe(true);
    expect(after.emptyCarrier.some((v) => v < 0.99)).toBe(true);
    after.loadedCarrier.forEach((v, i) => expect(v).toBeLessThanOrEqual(before.loadedCarrier[i] + 1e-15));
    expect(() => calibrateViability(f, CATALOG_LOOKUP, parseViabilityCsv(csv('µM', 1)), 'empty-carrier')).toThrow(/molar.*µg\/mL of particles/);
  });
  it('a fit for another cell line is not used; a drug not in the candidate is refused', () => {
    const cal = calibrateViability(f, CATALOG_LOOKUP, parseViabilityCsv(csv('µM', 1)), 'drug-alone', 'doxorubicin');
    const other = completed(doc({ scenario: { setting: 'in-vitro', invitro: { incubationH: 48, cellLine: 'siha' } }, calibrations: { viability: [cal.record] } }));
    expect(invitroOfCompleted(other, CATALOG_LOOKUP).conditions.viabilityFitted).toEqual([]);
    expect(() => calibrateViability(f, CATALOG_LOOKUP, parseViabilityCsv(csv('µM', 1)), 'drug-alone', 'cisplatin')).toThrow(/“cisplatin” is not a drug/);
  });
  it('the record survives the schema, its canonical form and a second parse (files and links carry it); a bad record names the field', () => {
    const cal = calibrateViability(f, CATALOG_LOOKUP, parseViabilityCsv(csv('µM', 1)), 'drug-alone', 'doxorubicin', { file: 'a.csv', date: '2026-12-07' });
    const g = completed(doc({ calibrations: { viability: [cal.record] } }));
    const again = completed(canonicalFormulation(g));
    expect(again.calibrations?.viability?.[0]).toMatchObject({ arm: 'drug-alone', agent: 'doxorubicin', cellLine: 'hela', fittedTo: cal.record.fittedTo });
    expect(again.calibrations!.viability![0].ic50M).toBeCloseTo(cal.record.ic50M!, 12);
    const bad = parseFormulation(doc({ calibrations: { viability: [{ arm: 'drug-alone', agent: 'doxorubicin', ic50UgPerMl: 3, hill: 1 }] } }), {});
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['calibrations.viability.0.ic50M', 'calibrations.viability.0.ic50UgPerMl']));
  });
  it('your plateaus are applied (#26 item 2): a 4PL with top 0.9, bottom 0.25 (IC50 0.8 µM, h 1.5) → the bench’s drug-alone curve is that 4PL, 0.575 at the IC50, and the record’s top/bottom explain themselves', () => {
    const fourPl = (c: number) => 100 * (0.25 + 0.65 / (1 + (c / 0.8) ** 1.5));
    const csv4 = 'Conc (µM);Mean;SD\n' + cs.map((c) => [c, fourPl(c), 2].map((x) => String(+x.toPrecision(10))).join(';')).join('\n');
    const cal = calibrateViability(f, CATALOG_LOOKUP, parseViabilityCsv(csv4), 'drug-alone', 'doxorubicin', { file: 'p.csv' });
    expect(cal.fit.top).toBeCloseTo(0.9, 5);
    expect(cal.fit.bottom).toBeCloseTo(0.25, 5);
    expect(cal.record.top).toBeCloseTo(0.9, 5);
    expect(cal.explanation.result!.value).toBeCloseTo((cal.fit.top + cal.fit.bottom) / 2, 9); // 0.575 by hand
    expect(cal.explanation.result!.value).toBeCloseTo(0.575, 5);
    cal.grid.forEach((x, i) => expect(cal.after[i]).toBeCloseTo(fourPl(x) / 100, 4));
    const r = invitroOfCompleted({ ...f, calibrations: { viability: [cal.record] } }, CATALOG_LOOKUP);
    const rows = r.explanations.find((e) => e.equation === 'IV3-viability')!.params;
    expect(rows.find((p) => p.name === 'top doxorubicin alone')!.value).toBeCloseTo(0.9, 5);
    expect(rows.find((p) => p.name === 'bottom doxorubicin alone')!.source).toMatch(/^fitted to your data \(viability drug-alone doxorubicin “p.csv”/);
    expect(r.cytotoxicity.drugParams[0].alone.bottom).toBeCloseTo(0.25, 5);
  });
  it('assay hours (#26 item 3): absent = the incubation; given, the record’s exposure is the assay’s, kept only when given (canonical form and a second parse)', () => {
    expect(invitroOfCompleted(f, CATALOG_LOOKUP).conditions.assayH).toBe(48);
    expect(canonicalFormulation(f).scenario.invitro).not.toHaveProperty('assayH');
    const g = completed(doc({ scenario: { setting: 'in-vitro', invitro: { incubationH: 24, assayH: 72 } } }));
    expect(g.scenario.invitro!.assayH).toBe(72);
    expect(completed(canonicalFormulation(g)).scenario.invitro!.assayH).toBe(72);
    const r = invitroOfCompleted(g, CATALOG_LOOKUP);
    expect(r.conditions).toMatchObject({ incubationH: 24, assayH: 72 });
    expect(r.cytotoxicity.assayH).toBe(72);
    const cal = calibrateViability(g, CATALOG_LOOKUP, parseViabilityCsv(csv('µM', 1)), 'drug-alone', 'doxorubicin', { file: 'a.csv' });
    expect(cal.record.exposureH).toBe(72);
    expect(cal.record.fittedTo).toMatch(/72 h assay exposure/);
    // the drug-alone curve still passes through your fit: the exposure of the fit is the assay's
    cal.grid.forEach((x, i) => expect(cal.after[i]).toBeCloseTo(Math.max(0, cal.fit.bottom) + (Math.min(1, cal.fit.top) - Math.max(0, cal.fit.bottom)) / (1 + (x / cal.fit.ic50) ** cal.fit.hill), 9));
    const bad = parseFormulation(doc({ scenario: { setting: 'in-vitro', invitro: { assayH: 0 } } }), {});
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues.map((i) => i.path)).toContain('scenario.invitro.assayH');
  });
  it('property: with any fitted calibration the bench’s curves stay in [0, 1] and do not rise with concentration', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-9, max: 1e-4, noNaN: true }), fc.double({ min: 0, max: 5, noNaN: true }), fc.double({ min: 0.1, max: 1e3, noNaN: true }), fc.double({ min: 0, max: 5, noNaN: true }), fc.double({ min: -0.5, max: 2, noNaN: true }), fc.double({ min: -0.5, max: 2, noNaN: true }), (ic50M, h, ic50Ug, hc, top, bottom) => {
        const g = { ...f, calibrations: { viability: [{ arm: 'drug-alone' as const, agent: 'doxorubicin' as const, ic50M, hill: h, top, bottom }, { arm: 'loaded-carrier' as const, agent: 'doxorubicin' as const, ic50UgPerMl: ic50Ug, hill: h, top, bottom }, { arm: 'empty-carrier' as const, ic50UgPerMl: ic50Ug * 3, hill: hc, top, bottom }] } };
        const cy = invitroOfCompleted(g, CATALOG_LOOKUP).cytotoxicity;
        for (const curve of [cy.loadedCarrier, cy.emptyCarrier, cy.drugAlone[0].viability]) {
          curve.forEach((v, i) => {
            expect(v).toBeGreaterThanOrEqual(0);
            expect(v).toBeLessThanOrEqual(1);
            if (i) expect(v).toBeLessThanOrEqual(curve[i - 1] + 1e-12);
          });
        }
      }),
      { numRuns: 25 },
    );
  });
});
