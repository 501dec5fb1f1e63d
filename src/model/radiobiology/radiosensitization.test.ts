// Tests of the combined radiosensitization chain (MODEL.md M4): identities that pin each factor, hand-computed SF2, invariants.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { radiosensitization } from './radiosensitization';
import { eqd2Gy } from './lq';
import { doseEnhancementFactor, LOCAL_EFFECT_ANCHOR_BEAMS, LOCAL_EFFECT_PARAMS } from '../physics';

describe('radiosensitization', () => {
  it('control = treated without particle or drug: SER 1, EQD2 gain 0', () => {
    const r = radiosensitization({ beam: '225kVp', fractions: 25, doseGyPerFraction: 2 });
    expect(r.sensitizerEnhancementRatio).toBeCloseTo(1, 12);
    expect(r.eqd2GainGy).toBeCloseTo(0, 8);
    expect(r.sf2Treated).toBe(r.sf2Control);
    expect(r.doseEnhancementFactor).toBe(1);
    expect(r.localEnhancementFactor).toBe(1);
    expect(r.fakOccupancy).toBe(0);
  });
  it('hand-computed default SF2: 0.7·exp(−(α·o·2 + β·o²·4)) + 0.3·exp(−(α·0.6·2 + β·0.36·4)), o = 63/69', () => {
    const o = 63 / 69;
    const want = 0.7 * Math.exp(-(0.25 * o * 2 + 0.025 * o * o * 4)) + 0.3 * Math.exp(-(0.25 * 0.6 * 2 + 0.025 * 0.36 * 4));
    expect(radiosensitization({ beam: '6MV' }).sf2Control).toBeCloseTo(want, 14);
  });
  it('pure dose modification (no hypoxia, DEF only): SER = DEF exactly and d* = DEF·d', () => {
    const def = doseEnhancementFactor({ elements: { Bi: 20 }, beam: '160kVp' }).def;
    const r = radiosensitization({ beam: '160kVp', elements: { Bi: 20 }, hypoxicFraction: 0, fractions: 10, doseGyPerFraction: 3 });
    expect(r.doseEnhancementFactor).toBeCloseTo(def, 14);
    expect(r.sensitizerEnhancementRatio).toBeCloseTo(def, 9);
    expect(r.equivalentControlDoseGy).toBeCloseTo(3 * def, 8);
    expect(r.eqd2GainGy).toBeCloseTo(eqd2Gy(10, 3 * def, 10) - eqd2Gy(10, 3, 10), 7);
  });
  it('pure α modification with β = 0 and no hypoxia: SER = LEF·(1 + ε·O)', () => {
    const r = radiosensitization({ beam: '225kVp', intracellularPgPerCell: { Au: 7.6 }, freeDrugM: 1e-7, ic50M: 1e-7, betaPerGy2: 0, hypoxicFraction: 0 });
    expect(r.fakOccupancy).toBe(0.5);
    expect(r.sensitizerEnhancementRatio).toBeCloseTo(r.localEnhancementFactor * 1.1, 9);
  });
  it('FAK inhibition with CAF uptake lowers the hypoxic fraction (h · (1 − ρ O g)) and raises SER', () => {
    const base = radiosensitization({ beam: '225kVp', hypoxicFraction: 0.3 });
    const r = radiosensitization({ beam: '225kVp', hypoxicFraction: 0.3, freeDrugM: 3e-7, ic50M: 1e-7, cafUptakeG: 0.8, params: { epsFak: 0 } });
    expect(r.hypoxicFraction).toBeCloseTo(0.3 * (1 - 0.5 * 0.75 * 0.8), 14);
    expect(r.sensitizerEnhancementRatio).toBeGreaterThan(base.sensitizerEnhancementRatio);
  });
  it('EQD2 gain: the treated schedule survival equals the control schedule at d*', () => {
    for (const reoxygenation of ['full', 'none'] as const) {
      const r = radiosensitization({ beam: '225kVp', elements: { Bi: 5 }, intracellularPgPerCell: { Bi: 2 }, fractions: 5, doseGyPerFraction: 4, reoxygenation });
      const ctrlAtDStar = radiosensitization({ beam: '225kVp', fractions: 5, doseGyPerFraction: r.equivalentControlDoseGy, reoxygenation });
      expect(ctrlAtDStar.survivalControl / r.survivalTreated).toBeCloseTo(1, 7);
      expect(r.eqd2GainGy).toBeGreaterThan(0);
    }
  });
  it('one fraction: reoxygenation assumption makes no difference', () => {
    const a = radiosensitization({ beam: 'Co-60', elements: { Au: 1 }, reoxygenation: 'full' });
    const b = radiosensitization({ beam: 'Co-60', elements: { Au: 1 }, reoxygenation: 'none' });
    expect(a.eqd2GainGy).toBeCloseTo(b.eqd2GainGy, 9);
  });
  it('explanations: equation ids, inputs with units, parameters with sources', () => {
    const r = radiosensitization({ beam: '225kVp', elements: { Bi: 0.05 }, intracellularPgPerCell: { Bi: 0.1 }, freeDrugM: 1e-8 });
    const ids = r.explanations.map((e) => e.equation);
    expect(ids).toEqual(expect.arrayContaining(['M4.2-def-mixture', 'M4.3-local-effect', 'M4.4-fak-occupancy', 'M4.4-hypoxia-relief', 'M4.5-omf', 'M4.6-lq-two-compartment', 'M4.7-ser', 'M4.7-eqd2-gain']));
    for (const e of r.explanations) {
      for (const i of e.inputs) expect(typeof i.unit).toBe('string');
      for (const p of e.params) expect(p.source.length).toBeGreaterThan(3);
    }
  });
  it('rejects invalid input naming the field', () => {
    expect(() => radiosensitization({ beam: 'x' })).toThrow(/valid forms/);
    expect(() => radiosensitization({ beam: '6MV', hypoxicFraction: 1.2 })).toThrow(/hypoxicFraction/);
    expect(() => radiosensitization({ beam: '6MV', alphaPerGy: 0 })).toThrow(/alpha/);
    expect(() => radiosensitization({ beam: '6MV', fractions: 0 })).toThrow(/fractions/);
    expect(() => radiosensitization({ beam: '6MV', freeDrugM: -1 })).toThrow(/freeDrugM/);
    expect(() => radiosensitization({ beam: '6MV', params: { omfM: 0.5 } })).toThrow(/omfM/);
  });
  it('property: outputs finite, fractions in [0, 1], SER ≥ 1 when every factor enhances, SER rising with Bi at 225 kVp', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 50, noNaN: true }),
        fc.double({ min: 0, max: 20, noNaN: true }),
        fc.double({ min: 0, max: 1e-5, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.01, max: 1.5, noNaN: true }),
        fc.double({ min: 0, max: 0.3, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 40 }),
        fc.double({ min: 0, max: 20, noNaN: true }),
        fc.constantFrom('160kVp', '225kVp', 'kvp:120:2mmAl', 'mono:0.08'),
        (cBi, pg, drug, g, a, b, h, n, d, beam) => {
          const r = radiosensitization({ beam, elements: { Bi: cBi }, intracellularPgPerCell: { Bi: pg }, freeDrugM: drug, cafUptakeG: g, alphaPerGy: a, betaPerGy2: b, hypoxicFraction: h, fractions: n, doseGyPerFraction: d });
          const more = radiosensitization({ beam, elements: { Bi: cBi + 5 }, intracellularPgPerCell: { Bi: pg }, freeDrugM: drug, cafUptakeG: g, alphaPerGy: a, betaPerGy2: b, hypoxicFraction: h, fractions: n, doseGyPerFraction: d });
          const { explanations: _e, compartmentsControl: _c, compartmentsTreated: _t, ...nums } = r;
          return (
            Object.values(nums).every((v) => Number.isFinite(v)) &&
            r.hypoxicFraction >= 0 && r.hypoxicFraction <= 1 &&
            r.sf2Treated <= r.sf2Control + 1e-12 &&
            r.sensitizerEnhancementRatio >= 1 - 1e-9 &&
            r.eqd2GainGy >= -1e-6 &&
            more.sensitizerEnhancementRatio > r.sensitizerEnhancementRatio
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('calibration experiment reproduced (Chithrani et al. 2010, HeLa + 50 nm Au; issue #16 §2)', () => {
  it('the app’s SER (D10 ratio, DEF from the cell-average gold fraction + LEF) equals the published 1.66 / 1.43 / 1.17', () => {
    const P = LOCAL_EFFECT_PARAMS;
    const mg = P.mRefPg.value / P.calCellMassNg.value; // pg per ng = mg per g of cell
    const want = { s105kVp: 1.66, s220kVp: 1.43, s6MV: 1.17 };
    for (const a of LOCAL_EFFECT_ANCHOR_BEAMS) {
      // in vitro: oxic cells (no hypoxic compartment), the calibration line's α and β, the measured uptake per cell
      const r = radiosensitization({ beam: a.beam, elements: { Au: mg }, intracellularPgPerCell: { Au: P.mRefPg.value }, alphaPerGy: P.calAlphaPerGy.value, betaPerGy2: P.calBetaPerGy2.value, hypoxicFraction: 0 });
      expect(r.sensitizerEnhancementRatio).toBeCloseTo(want[a.key], 10);
    }
  });
});
