// Tests of the local enhancement factor (MODEL.md M4.3): back-solved anchors, Klein–Nishina check, smooth MV energy dependence, limits.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  anchorSlope,
  calibrationCellDef,
  kleinNishinaEnergyTransferCm2,
  LOCAL_EFFECT_ANCHOR_BEAMS,
  LOCAL_EFFECT_PARAMS,
  localEnhancementFactor,
  localSlope,
  photoelectricMuEn,
  relativeLocalYield,
  spectrumAveragedPhotoelectric,
} from './local-effect';
import { getBeam } from './beams';
import { muEnOverRho, ELEMENT_SYMBOLS } from './photon';

const LN10 = Math.log(10);
const d10 = (a: number, b: number) => (2 * LN10) / (a + Math.sqrt(a * a + 4 * b * LN10));

describe('anchors back-solved from the published SER', () => {
  it('each anchor s solves SER_pub = D10(α, β) / D10(α(1 + s), β) with DEF_cell on the treated dose (by hand)', () => {
    const a = LOCAL_EFFECT_PARAMS.calAlphaPerGy.value;
    const b = LOCAL_EFFECT_PARAMS.calBetaPerGy2.value;
    for (const an of LOCAL_EFFECT_ANCHOR_BEAMS) {
      const s = LOCAL_EFFECT_PARAMS[an.key].value;
      const def = calibrationCellDef(an.beam);
      // the treated physical D10: α(1+s)·DEF·D + β·(DEF·D)² = ln 10
      const dT = d10(a * (1 + s), b) / def;
      expect(d10(a, b) / dT).toBeCloseTo(LOCAL_EFFECT_PARAMS[an.ser].value, 12);
      expect(s).toBeGreaterThan(0);
    }
  });
  it('cell-average DEF uses m_ref / cell mass: 7.6 pg in 3 ng = 2.533 mg/g', () => {
    const beam = getBeam('kvp:105:2mmAl');
    const w = 7.6 / 3 / 1000;
    let num = 0;
    let den = 0;
    const { energiesMeV, energyFluence } = beam.spectrum;
    for (let i = 0; i < energiesMeV.length; i++) {
      num += energyFluence[i] * (w * muEnOverRho('Au', energiesMeV[i]) + (1 - w) * muEnOverRho('water', energiesMeV[i]));
      den += energyFluence[i] * muEnOverRho('water', energiesMeV[i]);
    }
    expect(calibrationCellDef(beam)).toBeCloseTo(num / den, 12);
  });
  it('gold at m_ref in an anchor beam has LEF = 1 + s_anchor; an s override wins over the SER', () => {
    for (const an of LOCAL_EFFECT_ANCHOR_BEAMS) expect(localEnhancementFactor({ element: 'Au', mCellPg: 7.6, beam: an.beam }).lef).toBeCloseTo(1 + LOCAL_EFFECT_PARAMS[an.key].value, 12);
    expect(localEnhancementFactor({ element: 'Au', mCellPg: 7.6, beam: '6MV', params: { s6MV: 0.3 } }).lef).toBeCloseTo(1.3, 12);
    const r = localEnhancementFactor({ element: 'Au', mCellPg: 7.6, beam: '6MV', params: { ser6MV: 1.3 } });
    expect(r.lef).toBeGreaterThan(localEnhancementFactor({ element: 'Au', mCellPg: 7.6, beam: '6MV' }).lef);
    expect(r.explanation.params.find((p) => p.name === 'SER_6MV')!.source).toMatch(/user override/);
  });
  it('SER no larger than the cell-average DEF gives s = 0 (never negative)', () => {
    expect(anchorSlope(LOCAL_EFFECT_ANCHOR_BEAMS[0], { ser105kVp: 1 })).toBe(0);
  });
});

describe('photoelectric energy absorption (the local yield)', () => {
  it('Klein–Nishina σ_tr reproduces water μen/ρ within 0.5 % at 0.3–2 MeV (Compton is all of it there)', () => {
    for (const e of [0.3, 0.5, 1, 1.5, 2]) {
      const kn = 6.02214076e23 * (10 / 18.0153) * kleinNishinaEnergyTransferCm2(e);
      expect(Math.abs(kn / muEnOverRho('water', e) - 1)).toBeLessThan(0.005);
    }
  });
  it('L_Au > 0 at every energy; ≈ μen/ρ at 50 keV (photoelectric dominant); tail falls at least as 1/E above 1 MeV', () => {
    for (let e = 0.001; e <= 20; e *= 1.07) expect(photoelectricMuEn('Au', e)).toBeGreaterThan(0);
    expect(photoelectricMuEn('Au', 0.05) / muEnOverRho('Au', 0.05)).toBeGreaterThan(0.99);
    expect(photoelectricMuEn('Au', 4) / photoelectricMuEn('Au', 2)).toBeLessThanOrEqual(0.5 + 1e-12);
  });
  it('R_Z = ⟨L_Z⟩/⟨L_Au⟩; 1 for gold', () => {
    expect(relativeLocalYield('225kVp', 'Au')).toBe(1);
    expect(relativeLocalYield('225kVp', 'Bi')).toBeCloseTo(spectrumAveragedPhotoelectric('225kVp', 'Bi') / spectrumAveragedPhotoelectric('225kVp', 'Au'), 14);
  });
});

describe('energy dependence at MV: smooth, and monotone towards 1', () => {
  const lef = (el: string, e: number) => localEnhancementFactor({ element: el, mCellPg: 7.6, beam: `mono:${e}`, explain: false }).lef;
  const e6 = getBeam('6MV').spectrum.meanEnergyMeV;
  for (const el of ['Au', 'Bi', 'Hf', 'Gd', 'I']) {
    it(`${el}: (LEF − 1) changes by less than 15 % between energies 3 % apart in 0.2–20 MeV (no jump)`, () => {
      for (let e = 0.2; e * 1.03 <= 20; e *= 1.03) {
        const a = lef(el, e) - 1;
        const b = lef(el, e * 1.03) - 1;
        expect(a).toBeGreaterThan(0);
        expect(Math.abs(Math.log(b / a))).toBeLessThan(0.15);
      }
    });
    it(`${el}: LEF non-increasing above the 6 MV anchor energy and within 1 % of 1 at 20 MeV`, () => {
      let prev = Infinity;
      for (let e = e6; e <= 20; e *= 1.05) {
        const v = lef(el, e);
        expect(v).toBeLessThanOrEqual(prev + 1e-12);
        expect(v).toBeGreaterThanOrEqual(1);
        prev = v;
      }
      expect(lef(el, 20) - 1).toBeLessThan(0.01);
      expect(lef(el, 20) - 1).toBeLessThan(0.05 * (lef(el, 1) - 1));
    });
  }
  it('gold at 1 and 2 MeV: close to each other (the old model gave 1.22 and exactly 1.00)', () => {
    expect(Math.abs(lef('Au', 2) - lef('Au', 1))).toBeLessThan(0.1);
    expect(lef('Au', 2)).toBeGreaterThan(1.1);
  });
  it('s is held at the 105 kVp anchor below it and continuous at the 6 MV anchor', () => {
    expect(localSlope('mono:0.02')).toBe(LOCAL_EFFECT_PARAMS.s105kVp.value);
    expect(localSlope(`mono:${e6 * (1 + 1e-9)}`)).toBeCloseTo(LOCAL_EFFECT_PARAMS.s6MV.value, 6);
    expect(localSlope(`mono:${e6 * (1 - 1e-9)}`)).toBeCloseTo(LOCAL_EFFECT_PARAMS.s6MV.value, 6);
  });
});

describe('localEnhancementFactor', () => {
  it('LEF = 1 + s·(m/m_ref)·R_Z; 1 at zero mass', () => {
    const beam = '225kVp';
    const r = localEnhancementFactor({ element: 'Bi', mCellPg: 3, beam });
    expect(r.lef).toBeCloseTo(1 + localSlope(beam) * (3 / 7.6) * relativeLocalYield(beam, 'Bi'), 12);
    expect(localEnhancementFactor({ element: 'Bi', mCellPg: 0, beam }).lef).toBe(1);
  });
  it('light elements (no photoelectric excess over Compton) give almost no local gain', () => {
    expect(localEnhancementFactor({ element: 'C', mCellPg: 10, beam: '225kVp' }).lef - 1).toBeLessThan(0.01);
  });
  it('parameters are sourced', () => {
    for (const p of Object.values(LOCAL_EFFECT_PARAMS)) {
      expect(p.source.length).toBeGreaterThan(10);
      expect(Number.isFinite(p.value)).toBe(true);
    }
  });
  it('bad input throws', () => {
    expect(() => localEnhancementFactor({ element: 'Zz', mCellPg: 1, beam: '6MV' })).toThrow(/element/);
    expect(() => localEnhancementFactor({ element: 'Au', mCellPg: -1, beam: '6MV' })).toThrow(/mCellPg/);
  });
  it('property: LEF ≥ 1, finite, non-decreasing in mass for every element and beam', () => {
    const beam = fc.oneof(fc.constantFrom('160kVp', '225kVp', 'Ir-192', 'Co-60', '6MV'), fc.double({ min: 0.001, max: 20, noNaN: true }).map((e) => `mono:${e}`));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 92 }), beam, fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (z, b, m, dm) => {
        const el = ELEMENT_SYMBOLS[z - 1];
        const l1 = localEnhancementFactor({ element: el, mCellPg: m, beam: b }).lef;
        const l2 = localEnhancementFactor({ element: el, mCellPg: m + dm, beam: b }).lef;
        return Number.isFinite(l1) && l1 >= 1 && l2 >= l1;
      }),
      { numRuns: 300 },
    );
  });
});
