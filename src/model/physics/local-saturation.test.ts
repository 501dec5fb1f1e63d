// Tests of the saturation of the local term (M4.3) with the covered share of the cell: hand values, the calibration anchors kept, the linear limit, and properties (monotone, bounded, LEF ≥ 1).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getBeam } from './beams';
import { goldEquivalentPg, LOCAL_EFFECT_PARAMS, localEnhancementValue, localSaturationFactor, localSlope, relativeLocalYield } from './local-effect';
import { radiosensitization } from '../radiobiology/radiosensitization';

const M_REF = LOCAL_EFFECT_PARAMS.mRefPg.value; // 7.6 pg
const CAL = LOCAL_EFFECT_PARAMS.calCellMassNg.value; // 3 ng
const W = LOCAL_EFFECT_PARAMS.saturationMgPerG.value; // 7.6/3 mg/g: m_sat = m_ref in a calibration cell

describe('saturation factor κ = φ(x/m_sat) / φ(m_ref/m_sat,cal), φ(u) = (1 − e^(−u))/u', () => {
  const phi1 = 1 - Math.exp(-1); // φ(1) = 0.63212
  it('default: m_sat = m_ref in the calibration cell (w_sat = 7.6 / 3 mg/g)', () => {
    expect(W * CAL).toBeCloseTo(M_REF, 12);
  });
  it('hand values: κ(0) = 1/φ(1) = 1.58198; κ(m_ref) = 1; κ(2 m_ref) = ((1 − e⁻²)/2)/φ(1) = 0.68394', () => {
    expect(localSaturationFactor(0, CAL)).toBeCloseTo(1 / phi1, 12);
    expect(1 / phi1).toBeCloseTo(1.58198, 5);
    expect(localSaturationFactor(M_REF, CAL)).toBeCloseTo(1, 14);
    expect(localSaturationFactor(2 * M_REF, CAL)).toBeCloseTo((1 - Math.exp(-2)) / 2 / phi1, 12);
    expect(localSaturationFactor(2 * M_REF, CAL)).toBeCloseTo(0.68394, 5);
  });
  it('coverage is a concentration: a cell twice as heavy needs twice the metal for the same κ', () => {
    expect(localSaturationFactor(2 * M_REF, 2 * CAL)).toBeCloseTo(localSaturationFactor(M_REF, CAL), 14);
  });
  it('w_sat = ∞ is the linear model (κ = 1 at every uptake)', () => {
    for (const x of [0, 1, 100]) expect(localSaturationFactor(x, CAL, { saturationMgPerG: Infinity })).toBe(1);
  });
  it('bad input names the field', () => {
    expect(() => localSaturationFactor(1, 0)).toThrow(/cellMassNg/);
    expect(() => localSaturationFactor(1, CAL, { saturationMgPerG: 0 })).toThrow(/saturationMgPerG/);
    expect(() => goldEquivalentPg('225kVp', { Bi: -1 })).toThrow(/Bi/);
  });
});

describe('the saturated LEF in the radiosensitization chain', () => {
  const lef = (pg: Record<string, number>, beam = '225kVp', cellMassNg?: number, explain = false): number =>
    radiosensitization({ beam, intracellularPgPerCell: pg, cellMassNg, hypoxicFraction: 0, explain }).localEnhancementFactor;

  it('gold at m_ref in a calibration cell: LEF = 1 + s(beam) exactly (the anchors are kept), explained and lean alike', () => {
    for (const beam of ['kvp:105:2mmAl', 'kvp:220:0.3mmCu', '6MV', '160kVp']) {
      const s = localSlope(beam);
      expect(lef({ Au: M_REF }, beam)).toBeCloseTo(1 + s, 12);
      expect(lef({ Au: M_REF }, beam, undefined, true)).toBeCloseTo(1 + s, 12);
    }
  });
  it('hand value: 2 m_ref gold at 225 kVp → LEF = 1 + s · 2 · 0.68394 (the linear model said 1 + 2s)', () => {
    const s = localSlope('225kVp');
    expect(lef({ Au: 2 * M_REF })).toBeCloseTo(1 + 2 * s * ((1 - Math.exp(-2)) / 2 / (1 - Math.exp(-1))), 12);
  });
  it('two elements saturate together on the gold-equivalent mass x = Σ R_Z m_Z', () => {
    const b = getBeam('225kVp');
    const pg = { Bi: 20, Zn: 28.7 };
    const x = goldEquivalentPg(b, pg);
    expect(x).toBeCloseTo(20 * relativeLocalYield(b, 'Bi') + 28.7 * relativeLocalYield(b, 'Zn'), 12);
    const linear = 1 + (localEnhancementValue('Bi', 20, b) - 1) + (localEnhancementValue('Zn', 28.7, b) - 1);
    expect(lef(pg)).toBeCloseTo(1 + (linear - 1) * localSaturationFactor(x, undefined), 12);
    expect(lef(pg)).toBeLessThan(linear);
  });
  it('property: LEF ≥ 1, non-decreasing in the metal per cell, below the ceiling 1 + s · R · w_sat m_cell / (m_ref φ(m_ref/m_sat,cal))', () => {
    const s = localSlope('225kVp');
    const rBi = relativeLocalYield('225kVp', 'Bi');
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e4, noNaN: true }), fc.double({ min: 0, max: 1e4, noNaN: true }), fc.double({ min: 0.3, max: 30, noNaN: true }), (a, b, mass) => {
        const [lo, hi] = a < b ? [a, b] : [b, a];
        const l1 = lef({ Bi: lo }, '225kVp', mass);
        const l2 = lef({ Bi: hi }, '225kVp', mass);
        const ceiling = 1 + (s * rBi * W * mass) / (M_REF * (1 - Math.exp(-1)));
        return Number.isFinite(l1) && l1 >= 1 && l2 >= l1 - 1e-12 && l2 <= ceiling + 1e-9;
      }),
      { numRuns: 200 },
    );
  });
  it('SER ≥ 1 and monotone in uptake (oxic cells, 225 kVp, Bi 0–1000 pg/cell)', () => {
    let last = 1;
    for (const pg of [0, 0.01, 0.1, 1, 7.6, 20, 100, 1000]) {
      const ser = radiosensitization({ beam: '225kVp', elements: { Bi: pg / 3 }, intracellularPgPerCell: { Bi: pg }, hypoxicFraction: 0, explain: false }).sensitizerEnhancementRatio;
      expect(ser).toBeGreaterThanOrEqual(last - 1e-12);
      last = ser;
    }
  });
});
