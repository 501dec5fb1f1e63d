// The viability assay's exposure (assayH) and a viability fit's plateaus (top, bottom) in the bench (#26 items 2–3), against hand-derived values.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { invitroBench, viabilityPlateaus, viabilityTerm, type InvitroBenchInput } from './index';
import { TEST_WELL } from './test-well';

const GOLD: InvitroBenchInput = { ...TEST_WELL, concentrationUgPerMl: 50, highZMassFractions: { Bi: 0.1 } };
// the well: 0.5 mL medium, 5e4 × 1.9 = 95,000 cells × 3000 µm³ × K_p 10 = 2.85e-3 mL of cells (partition) → medium share
const SHARE = 0.5 / (0.5 + 95000 * 3000e-12 * 10);
// 15 % IN10018 (464.6 g/mol) at 50 µg/mL → 7.5 µg/mL of drug = 16.143 µM if all released; × the medium share
const C_TOTAL = (7.5e-3 / 464.6) * SHARE;
const drug = { agent: 'in10018', massFraction: 0.15, molecularWeightGPerMol: 464.6, ic50M: 1e-5, hill: 1, fak: true, occupancyIc50M: 1e-7 };
// release at a constant rate, 40 % per 24 h (unbounded within 48 h: 80 % at 48 h)
const linear = (t: number) => (0.4 * t) / 24;

describe('assay hours: the viability assay’s exposure', () => {
  it('absent = the incubation: every number is what it was (assayH = incubationH gives the same result)', () => {
    const a = invitroBench({ ...GOLD, drugs: [drug], releasedInMedium: linear, releasedInCells: linear });
    const b = invitroBench({ ...GOLD, drugs: [drug], releasedInMedium: linear, releasedInCells: linear, assayH: 24 });
    expect(b).toEqual(a);
    expect(a.cytotoxicity.assayH).toBe(24);
  });
  it('48 h assay after a 24 h incubation, released 0.4 t/24: ∫₀⁴⁸ F dt = 0.4 × 48²/(2 × 24) = 19.2 h (vs 4.8 h), so C_eq = C_total × 19.2/72 (by hand)', () => {
    const r = invitroBench({ ...GOLD, drugs: [drug], releasedInMedium: linear, releasedInCells: linear, assayH: 48 });
    expect(C_TOTAL).toBeCloseTo(1.6051e-5, 8);
    const cEq = (C_TOTAL * 19.2) / 72;
    expect(r.cytotoxicity.effectiveDrugM[0]).toBeCloseTo(cEq, 12);
    expect(r.cytotoxicity.viabilityLoaded).toBeCloseTo(1 / (1 + cEq / 1e-5), 10); // 0.700
    expect(r.cytotoxicity.viabilityLoaded).toBeCloseTo(0.70026, 4);
    // the irradiation is still at the end of the incubation: FAK occupancy, uptake and the clonogenic arms do not move
    const r24 = invitroBench({ ...GOLD, drugs: [drug], releasedInMedium: linear, releasedInCells: linear });
    expect(r.cytotoxicity.mediumAtEndM[0]).toBeCloseTo(C_TOTAL * 0.4, 12);
    expect(r.clonogenic).toEqual(r24.clonogenic);
    expect(r.uptake).toEqual(r24.uptake);
    expect(r.dosimetry).toEqual(r24.dosimetry);
    expect(r.explanations.find((e) => e.equation === 'IV3-viability')!.note).toMatch(/assay’s exposure \(48 h\) differs from the incubation \(24 h\)|assay's exposure \(48 h\) differs from the incubation \(24 h\)/);
  });
  it('drug alone (dissolved from the start) scales with the assay hours: C_eq = C·share·T_assay/t_ref, 72 h at the IC50 gives 0.5, 24 h gives 1/(1 + 1/3)', () => {
    const mw = 300;
    const ic50 = 1e-6;
    const cAtIc50 = (ic50 * mw * 1e3) / SHARE;
    const d = { agent: 'x', massFraction: 1, molecularWeightGPerMol: mw, ic50M: ic50, hill: 1, fak: false };
    const free = { ...GOLD, incubationH: 24, freeDrug: true, highZMassFractions: {}, drugs: [d], concentrationUgPerMl: cAtIc50, viabilityConcentrationsUgPerMl: [cAtIc50] };
    expect(invitroBench({ ...free, assayH: 72 }).cytotoxicity.drugAlone[0].viability[0]).toBeCloseTo(0.5, 12);
    expect(invitroBench({ ...free, assayH: 72 }).cytotoxicity.viabilityLoaded).toBeCloseTo(0.5, 12);
    expect(invitroBench(free).cytotoxicity.viabilityLoaded).toBeCloseTo(1 / (1 + 1 / 3), 12);
  });
  it('a bad assay time names the field', () => {
    expect(() => invitroBench({ ...GOLD, assayH: 0 })).toThrow(/assayH/);
    expect(() => invitroBench({ ...GOLD, assayH: Number.NaN })).toThrow(/assayH/);
  });
});

describe('viability plateaus (your 4PL fit’s top and bottom) applied', () => {
  it('held to 0 ≤ bottom ≤ top ≤ 1: (0.9, 0.2) kept; (1.1, −0.1) → (1, 0); (0.3, 0.5) → (0.3, 0.3); absent → (1, 0)', () => {
    expect(viabilityPlateaus(0.9, 0.2)).toEqual({ top: 0.9, bottom: 0.2, clamped: false });
    expect(viabilityPlateaus(1.1, -0.1)).toEqual({ top: 1, bottom: 0, clamped: true });
    expect(viabilityPlateaus(0.3, 0.5)).toEqual({ top: 0.3, bottom: 0.3, clamped: true });
    expect(viabilityPlateaus(undefined, undefined)).toEqual({ top: 1, bottom: 0, clamped: false });
    // the term at the IC50 is (top + bottom)/2; at 3 × IC50 with h = 2: 0.2 + 0.7/(1 + 9) = 0.27
    expect(viabilityTerm(1e-6, { ic50M: 1e-6, hill: 2, top: 0.9, bottom: 0.2 })).toBeCloseTo(0.55, 15);
    expect(viabilityTerm(3e-6, { ic50M: 1e-6, hill: 2, top: 0.9, bottom: 0.2 })).toBeCloseTo(0.27, 15);
    expect(viabilityTerm(0, { ic50M: 1e-6, hill: 2, top: 0.9, bottom: 0.2 })).toBeCloseTo(0.9, 15);
  });
  it('drug alone with your fit (IC50 2 µM nominal, h 1.5, top 0.95, bottom 0.2, 24 h): the bench’s curve is that 4PL in the nominal concentration', () => {
    const fitted = { ...drug, fittedAlone: { ic50M: 2e-6, hill: 1.5, exposureH: 24, source: 'fitted to your data (test)', top: 0.95, bottom: 0.2 } };
    // particle µg/mL giving nominal drug µM: c × 0.15 / 464.6 × 1e-3 mol/L
    const cs = [0.5, 2, 6.1947, 20, 80, 400];
    const r = invitroBench({ ...GOLD, drugs: [fitted], releasedInMedium: linear, releasedInCells: linear, viabilityConcentrationsUgPerMl: cs });
    cs.forEach((c, i) => {
      const nominal = (c * 1e-3 * 0.15) / 464.6;
      expect(r.cytotoxicity.drugAlone[0].viability[i]).toBeCloseTo(0.2 + 0.75 / (1 + (nominal / 2e-6) ** 1.5), 12);
    });
    // 6.1947 µg/mL of particles = 2.0000 µM of drug: (0.95 + 0.2)/2 = 0.575
    expect(r.cytotoxicity.drugAlone[0].viability[2]).toBeCloseTo(0.575, 4);
    const ex = r.explanations.find((e) => e.equation === 'IV3-viability')!;
    expect(ex.params.find((p) => p.name === 'top in10018 alone')).toMatchObject({ value: 0.95, provenance: 'fitted' });
    expect(ex.params.find((p) => p.name === 'bottom in10018 alone')).toMatchObject({ value: 0.2, provenance: 'fitted' });
  });
  it('loaded carrier with your fit (IC50 30 µg/mL, h 2, top 0.9, bottom 0.3): the bench gives (0.9 + 0.3)/2 = 0.6 at 30 µg/mL, tends to 0.9 at low and stays ≥ 0.3 at high concentration', () => {
    const fitted = { ...drug, fittedLoaded: { ic50UgPerMl: 30, hill: 2, source: 'fitted to your data (test)', top: 0.9, bottom: 0.3 } };
    const r = invitroBench({ ...GOLD, drugs: [fitted], releasedInMedium: linear, releasedInCells: linear, viabilityConcentrationsUgPerMl: [1e-4, 30, 1e5] });
    const [low, at, high] = r.cytotoxicity.loadedCarrier;
    expect(at).toBeCloseTo(0.6, 9);
    expect(low).toBeCloseTo(0.9, 6);
    expect(high).toBeGreaterThanOrEqual(0.3);
    expect(high).toBeLessThan(0.31);
  });
  it('empty carrier with your fit (IC50 100 µg/mL, h 1, top 0.8, bottom 0.1): V = 0.1 + 0.7/(1 + c/100) on the empty carrier', () => {
    const r = invitroBench({ ...GOLD, carrierToxicity: { ic50UgPerMl: 100, hill: 1, source: 'fitted to your data (test)', top: 0.8, bottom: 0.1 }, viabilityConcentrationsUgPerMl: [10, 100, 1000] });
    expect(r.cytotoxicity.emptyCarrier[0]).toBeCloseTo(0.1 + 0.7 / 1.1, 12);
    expect(r.cytotoxicity.emptyCarrier[1]).toBeCloseTo(0.45, 12);
    expect(r.cytotoxicity.emptyCarrier[2]).toBeCloseTo(0.1 + 0.7 / 11, 12);
  });
  it('a fitted top above 1 is applied as 1 and the explanation says it was held', () => {
    const fitted = { ...drug, fittedAlone: { ic50M: 2e-6, hill: 1.5, exposureH: 24, source: 'fitted to your data (test)', top: 1.08, bottom: -0.05 } };
    const r = invitroBench({ ...GOLD, drugs: [fitted], releasedInMedium: linear, releasedInCells: linear });
    expect(r.cytotoxicity.drugParams[0].alone).toMatchObject({ top: 1, bottom: 0 });
    const row = r.explanations.find((e) => e.equation === 'IV3-viability')!.params.find((p) => p.name === 'top in10018 alone')!;
    expect(row.source).toMatch(/fitted top 1\.08, bottom -0\.05, held to 0 ≤ bottom ≤ top ≤ 1/);
  });
  it('property: with any plateaus and assay hours, every curve stays in [0, 1] and does not rise with concentration', () => {
    fc.assert(
      fc.property(fc.double({ min: -0.5, max: 2, noNaN: true }), fc.double({ min: -0.5, max: 2, noNaN: true }), fc.double({ min: 0, max: 5, noNaN: true }), fc.double({ min: 0.5, max: 200, noNaN: true }), fc.double({ min: 1, max: 300, noNaN: true }), (top, bottom, h, assayH, ic50Ug) => {
        const d = { ...drug, fittedAlone: { ic50M: 1e-6, hill: h, exposureH: 24, source: 's', top, bottom }, fittedLoaded: { ic50UgPerMl: ic50Ug, hill: h, source: 's', top, bottom } };
        const r = invitroBench({ ...GOLD, drugs: [d], assayH, releasedInMedium: (t) => Math.min(1, linear(t)), releasedInCells: (t) => Math.min(1, linear(t)), carrierToxicity: { ic50UgPerMl: ic50Ug * 2, hill: h, source: 's', top, bottom } });
        const cy = r.cytotoxicity;
        for (const curve of [cy.loadedCarrier, cy.emptyCarrier, cy.drugAlone[0].viability]) {
          curve.forEach((v, i) => {
            expect(Number.isFinite(v)).toBe(true);
            expect(v).toBeGreaterThanOrEqual(0);
            expect(v).toBeLessThanOrEqual(1);
            if (i) expect(v).toBeLessThanOrEqual(curve[i - 1] + 1e-12);
          });
        }
      }),
      { numRuns: 40 },
    );
  });
});
