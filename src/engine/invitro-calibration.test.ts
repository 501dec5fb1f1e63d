// Calibration from a lab's clonogenic assay (#26; walkthrough 7 item 3): after Apply the plate's model passes through the data it was fitted on — the control is the fitted control, the treated SER is the data's — and the drug's modelled α gain is not counted twice.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../catalog/presets';
import { parseFormulation } from '../schema';
import { CATALOG_LOOKUP } from './index';
import { calibrateInvitro, invitroOfCompleted, parseClonogenicCsv, parseSurvivalCsv, serDefinitions, STRENGTH_PLAUSIBLE, strengthVsCatalog } from './invitro';
import type { SurvivalPoint } from '../model/radiobiology';

function izb(invitro: Record<string, unknown> = {}, overrides: Record<string, number> = {}) {
  const p = PRESETS['izb-ccm'].formulation;
  const r = parseFormulation({ ...p, overrides: { ...(p.overrides ?? {}), ...overrides }, scenario: { ...(p.scenario ?? {}), setting: 'in-vitro', invitro } }, {});
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}
const lq = (a: number, b: number, doses: number[]): SurvivalPoint[] => doses.map((D) => ({ doseGy: D, sf: Math.exp(-a * D - b * D * D) }));
const DOSES = [0, 1, 2, 4, 6, 8];
/** apply a calibration the way the tab does: the control edits into scenario.invitro, the overrides into overrides */
const apply = (cal: ReturnType<typeof calibrateInvitro>, iv: Record<string, unknown> = {}) => invitroOfCompleted(izb({ ...iv, ...cal.control }, cal.overrides), CATALOG_LOOKUP);

describe('clonogenic calibration → Apply: the model reproduces the data it was fitted on', () => {
  it('synthetic data from known α, β with the treated arm at a known SER: the model’s SER at 2 Gy and at SF 0.1 after Apply within 2 % of the truth', () => {
    // the treated cells see the physical dose enhancement of their metal (DEF_cell of this uptake), as real cells do
    const def = invitroOfCompleted(izb(), CATALOG_LOOKUP).clonogenic.doseEnhancementFactor;
    expect(def).toBeGreaterThan(1);
    for (const [a, b, L] of [[0.25, 0.03, 1.3], [0.15, 0.05, 1.6], [0.4, 0.02, 1.25]]) {
      // (L above the drug's modelled gain G ≈ 1.18: below it the local effect would have to be negative, and it is held at 0)
      const ctl = lq(a, b, DOSES);
      const trt = DOSES.map((D) => ({ doseGy: D, sf: Math.exp(-a * L * def * D - b * (def * D) ** 2) }));
      // truth: the generating curves (SF ratio at 2 Gy by hand; dose ratio at SF 0.1 from the LQ roots)
      const truth = serDefinitions({ alphaPerGy: a, betaPerGy2: b, doseFactor: 1 }, { alphaPerGy: a * L, betaPerGy2: b, doseFactor: def });
      expect(truth.sfRatioAt2Gy).toBeCloseTo(Math.exp(a * L * def * 2 + b * (2 * def) ** 2 - a * 2 - b * 4), 12);
      const cal = calibrateInvitro(izb(), CATALOG_LOOKUP, ctl, trt);
      const after = apply(cal).clonogenic;
      expect(after.ser.sfRatioAt2Gy / truth.sfRatioAt2Gy).toBeGreaterThan(0.98);
      expect(after.ser.sfRatioAt2Gy / truth.sfRatioAt2Gy).toBeLessThan(1.02);
      expect(after.ser.doseRatioAtSf10 / truth.doseRatioAtSf10).toBeGreaterThan(0.98);
      expect(after.ser.doseRatioAtSf10 / truth.doseRatioAtSf10).toBeLessThan(1.02);
      // the drawn control is the data's control
      after.sfControl.forEach((s, i) => expect(s / ctl[i].sf).toBeCloseTo(1, 6));
      // calibrateInvitro's own prediction is the same engine run
      expect(cal.predicted.ser.doseRatioAtSf10).toBeCloseTo(after.ser.doseRatioAtSf10, 9);
    }
  });
  it('the lab-style files of the walkthrough (control α 0.25, β 0.03; treated α 0.33, β 0.035): after Apply the control equals its fit and the treated curve runs within 6 % of every treated point; SER at 2 Gy ≈ the data’s 1.20, not 1.52', () => {
    const ctl = parseSurvivalCsv(readFileSync('tests/fixtures/clonogenic/clono_control.csv', 'utf8'));
    const trt = parseSurvivalCsv(readFileSync('tests/fixtures/clonogenic/clono_treated.csv', 'utf8'));
    const cal = calibrateInvitro(izb(), CATALOG_LOOKUP, ctl, trt);
    expect(cal.control.controlAlphaPerGy).toBeCloseTo(0.25, 2);
    expect(cal.control.controlBetaPerGy2).toBeCloseTo(0.03, 2);
    const after = apply(cal).clonogenic;
    expect(after.control.alphaPerGy).toBeCloseTo(cal.control.controlAlphaPerGy, 12);
    expect(after.control.betaPerGy2).toBeCloseTo(cal.control.controlBetaPerGy2, 12);
    trt.forEach((p, i) => expect(Math.abs(after.sfTreated[i] / p.sf - 1)).toBeLessThan(0.06));
    const measured2Gy = ctl[2].sf / trt[2].sf; // 0.5379 / 0.4493
    expect(measured2Gy).toBeCloseTo(1.197, 3);
    expect(Math.abs(after.ser.sfRatioAt2Gy / measured2Gy - 1)).toBeLessThan(0.05);
  });
  it('the drug’s modelled α gain (FAK occupancy, G > 1 for IZB@CCM) is divided out: LEF_fit = α_t / (α_c·G), and LEF·G after Apply = α_t / α_c', () => {
    const ctl = lq(0.25, 0.03, DOSES);
    const trt = lq(0.25 * 1.4, 0.03, DOSES);
    const cal = calibrateInvitro(izb(), CATALOG_LOOKUP, ctl, trt);
    expect(cal.fit.otherAlphaFactor).toBeGreaterThan(1.05);
    expect(cal.fit.localEnhancementFactor * cal.fit.otherAlphaFactor).toBeCloseTo(cal.fit.alphaTreatedPerGy / cal.fit.control.alpha, 12);
    const after = apply(cal).clonogenic;
    expect(after.localEnhancementFactor).toBeCloseTo(cal.fit.localEnhancementFactor, 9);
    expect(after.treated.alphaPerGy).toBeCloseTo(cal.fit.alphaTreatedPerGy, 9);
  });
  it('applying twice changes nothing (the strength scales the candidate’s current s, not the catalog’s)', () => {
    const ctl = lq(0.25, 0.03, DOSES);
    const trt = lq(0.4, 0.03, DOSES);
    const first = calibrateInvitro(izb(), CATALOG_LOOKUP, ctl, trt);
    const second = calibrateInvitro(izb(first.control, first.overrides), CATALOG_LOOKUP, ctl, trt);
    expect(second.strengthScale).toBeCloseTo(1, 9);
    for (const k in first.overrides) expect(second.overrides[k]).toBeCloseTo(first.overrides[k], 9);
    // data the drug's gain alone explains set s to 0; later data with a local effect can still be fitted
    const zero = calibrateInvitro(izb(), CATALOG_LOOKUP, ctl, lq(0.26, 0.03, DOSES));
    expect(zero.strengthScale).toBe(0);
    const again = calibrateInvitro(izb(zero.control, zero.overrides), CATALOG_LOOKUP, ctl, trt);
    for (const k in first.overrides) expect(again.overrides[k]).toBeCloseTo(first.overrides[k], 9);
  });
  it('one file with both arms and SD columns reads to the same curves as the two files, SDs as weights (SF/SD)²', () => {
    const both = parseClonogenicCsv(readFileSync('tests/fixtures/clonogenic/clonogenic.csv', 'utf8'));
    const ctl = parseSurvivalCsv(readFileSync('tests/fixtures/clonogenic/clono_control.csv', 'utf8'));
    expect(both.control!.map((p) => [p.doseGy, p.sf])).toEqual(ctl.map((p) => [p.doseGy, p.sf]));
    expect(both.control![1].weight).toBeCloseTo((0.7558 / 0.0605) ** 2, 9);
    expect(both.treated![5].weight).toBeCloseTo((0.0076 / 0.0007) ** 2, 9);
    const cal = calibrateInvitro(izb(), CATALOG_LOOKUP, both.control!, both.treated!);
    expect(cal.control.controlAlphaPerGy).toBeCloseTo(0.25, 2);
  });
});

describe('a flagged strength (walk9 #9/#10): the calibration says so as a flag, and a stored record says how far it is from the catalog', () => {
  it('implausibleStrength is true exactly when the factor is beyond × 5 or below ÷ 5; strengthVsCatalog of the applied record is that factor on the catalog', () => {
    const def = invitroOfCompleted(izb(), CATALOG_LOOKUP).clonogenic.doseEnhancementFactor;
    const a = 0.3, b = 0.04;
    const ctl = lq(a, b, DOSES);
    // a mild treated arm (LEF a little above the drug's gain) and a strong one (LEF 3: far beyond the model's local effect)
    const trt = (L: number) => DOSES.map((D) => ({ doseGy: D, sf: Math.exp(-a * L * def * D - b * (def * D) ** 2) }));
    for (const L of [1.25, 3]) {
      const cal = calibrateInvitro(izb(), CATALOG_LOOKUP, ctl, trt(L));
      const k = cal.strengthScale;
      expect(cal.implausibleStrength).toBe(k > STRENGTH_PLAUSIBLE || k < 1 / STRENGTH_PLAUSIBLE);
      expect(cal.fit.warnings.some((w) => /the fit asks for/.test(w))).toBe(cal.implausibleStrength);
      // the candidate had the catalog's strength: the stored record is k × the catalog's at every anchor
      expect(strengthVsCatalog(cal.record.params)).toBeCloseTo(k, 9);
    }
    expect(calibrateInvitro(izb(), CATALOG_LOOKUP, ctl, trt(3)).implausibleStrength).toBe(true);
    expect(strengthVsCatalog({})).toBeNaN();
  });
});
