// M3 checks against MODEL.md V4 and hand-derived values; property tests over the input domain.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeTargeting, hill, payloadDelivery, surfaceRates, exposureAverage, gaussLaguerre, tumorConcentrations, particleHighZFractions, type TargetingInput } from './index';

const base: TargetingInput = { bareHalfLifeH: 1, hydrodynamicDiameterNm: 108, coverage: 0, membranes: [], peg: true, tumorType: 'cervical', route: 'iv' };
const rbc = { id: 'rbc', fraction: 1, prolongationVsRbc: 1, cellKind: 'blood' as const, tumorType: null };

describe('V4 circulation and delivery', () => {
  it('PEG-only 100 nm PLGA (d_h 108): t½ 15.8 h, TD 0.7 % ID', () => {
    const t = computeTargeting(base);
    expect(t.circulationHalfLifeH).toBeCloseTo(15.8, 6);
    expect(t.tumorDeliveryPctID).toBeCloseTo(0.7, 6);
  });
  it('full RBC coat: 39.6 h within 5 %', () => {
    const t = computeTargeting({ ...base, peg: false, coverage: 1, membranes: [rbc], hydrodynamicDiameterNm: 110 });
    expect(Math.abs(t.circulationHalfLifeH / 39.6 - 1)).toBeLessThan(0.05);
  });
  it('bare is shorter than PEG; 400 nm PEG clears faster than 100 nm', () => {
    const bare = computeTargeting({ ...base, peg: false, hydrodynamicDiameterNm: 100 });
    expect(bare.circulationHalfLifeH).toBeLessThan(15.8 * 0.95);
    const big = computeTargeting({ ...base, hydrodynamicDiameterNm: 408 });
    expect(big.circulationHalfLifeH).toBeLessThan(15.8 * 0.95);
  });
  it('renal filtration below 5.5 nm', () => {
    const small = computeTargeting({ ...base, hydrodynamicDiameterNm: 3 });
    expect(small.circulationHalfLifeH).toBeLessThan(1);
  });
  it('hybrid rates are fraction-weighted averages of elimination rates (hand-derived)', () => {
    const r = surfaceRates({
      bareHalfLifeH: 1,
      coverage: 1,
      peg: false,
      membranes: [
        { id: 'a', fraction: 0.5, prolongationVsRbc: 0.6 },
        { id: 'b', fraction: 0.5, prolongationVsRbc: 0.3 },
      ],
    });
    const ta = 1 + 38.6 * 0.6;
    const tb = 1 + 38.6 * 0.3;
    expect(r.surface).toBeCloseTo(0.5 * (Math.LN2 / ta) + 0.5 * (Math.LN2 / tb), 12);
  });
  it('half coverage blends rates with bare', () => {
    const r = surfaceRates({ bareHalfLifeH: 2, coverage: 0.5, peg: false, membranes: [{ id: 'rbc', fraction: 1, prolongationVsRbc: 1 }] });
    expect(r.surface).toBeCloseTo(0.5 * (Math.LN2 / 39.6) + 0.5 * (Math.LN2 / 2), 12);
  });
  it('active targeting: full homotypic coat raises TD by ≈ 1.5 at equal clearance', () => {
    const hela = { id: 'hela', fraction: 1, prolongationVsRbc: 0.6, cellKind: 'cancer' as const, tumorType: 'cervical' };
    const wrong = { ...hela, tumorType: 'breast' };
    const a = computeTargeting({ ...base, peg: false, coverage: 1, membranes: [hela] });
    const b = computeTargeting({ ...base, peg: false, coverage: 1, membranes: [wrong] });
    expect(a.activeTargetingRatio).toBeCloseTo(1.5, 9);
    expect(b.activeTargetingRatio).toBe(1);
    expect(a.tumorDeliveryPctID / b.tumorDeliveryPctID).toBeGreaterThan(1.45);
    expect(a.tumorCellUptakeIndex).toBeCloseTo(3, 9);
    expect(b.tumorCellUptakeIndex).toBe(1);
  });
  it('hybrid trade-off: tumour-cell and CAF uptake each below a pure coat of their own', () => {
    const hela = { id: 'hela', fraction: 0.5, prolongationVsRbc: 0.6, cellKind: 'cancer' as const, tumorType: 'cervical' };
    const caf = { id: 'caf', fraction: 0.5, prolongationVsRbc: 0.3, cellKind: 'caf' as const, tumorType: 'cervical' };
    const t = computeTargeting({ ...base, peg: false, coverage: 1, membranes: [hela, caf] });
    expect(t.tumorCellUptakeIndex).toBeGreaterThan(1);
    expect(t.tumorCellUptakeIndex).toBeLessThan(3);
    expect(t.cafUptakeIndex).toBeCloseTo(t.tumorCellUptakeIndex, 12);
  });
  it('intratumoral: TD = retention', () => {
    expect(computeTargeting({ ...base, route: 'intratumoral' }).tumorDeliveryPctID).toBeCloseTo(80, 9);
  });
});

describe('quadrature and payload delivery', () => {
  it('Gauss–Laguerre integrates e^-x x^k exactly (k! )', () => {
    const { x, w } = gaussLaguerre(24);
    for (const [k, fact] of [[0, 1], [3, 6], [7, 5040]] as const) {
      let s = 0;
      for (let i = 0; i < x.length; i++) s += w[i] * x[i] ** k;
      expect(s / fact).toBeCloseTo(1, 10);
    }
  });
  it('first-order release in first-order exit: L = k_r/(k_r + k)', () => {
    const k = 0.05;
    const kr = 0.2;
    expect(exposureAverage(k, (t) => 1 - Math.exp(-kr * t))).toBeCloseTo(kr / (kr + k), 6);
  });
  it('fast dissociation → free drug; stable carrier → particle delivery', () => {
    const fast = payloadDelivery({ agent: 'ptx', route: 'iv', tumorDeliveryPctID: 1, totalRatePerH: 0.1, releaseInBlood: (t) => 1 - Math.exp(-20 * t), freeTumorDeliveryPctID: 0.1 });
    const stable = payloadDelivery({ agent: 'dox', route: 'iv', tumorDeliveryPctID: 1, totalRatePerH: 0.1, releaseInBlood: (t) => 1 - Math.exp(-0.001 * t), freeTumorDeliveryPctID: 0.1 });
    expect(Math.abs(fast.payloadDeliveryPctID - 0.1)).toBeLessThan(0.01);
    expect(stable.payloadDeliveryPctID).toBeGreaterThan(0.95);
  });
});

describe('M4.1 tumour concentrations', () => {
  it('NBTXR3-like: 53.3 g/L HfO2 at 10 % of a 0.3 g tumour, 80 % retained → ≈ 3.6 mg Hf/g', () => {
    const doseMgPerKg = (53.3 * 0.1 * 0.3) / 0.02; // mg injected / body mass
    const hf = particleHighZFractions([{ shareOfParticle: 1, elementMassFractions: { Hf: 0.848, O: 0.152 } }]);
    const t = computeTargeting({ ...base, route: 'intratumoral' });
    const r = tumorConcentrations({ doseMgPerKg, tumorMassG: 0.3, route: 'intratumoral', intratumoralVolumeFraction: 0.1, tumorDeliveryPctID: t.tumorDeliveryPctID, highZFractions: hf, payloads: [], tumorCellUptakeIndex: 1 });
    expect(r.injectedConcentrationGPerL).toBeCloseTo(53.3, 9);
    expect(r.highZ[0].element).toBe('Hf');
    expect(r.highZ[0].mgPerGTumor).toBeCloseTo(53.3 * 0.1 * 0.8 * 0.848, 9);
    expect(Math.abs(r.highZ[0].mgPerGTumor - 3.6)).toBeLessThan(0.1);
  });
  it('IV: C_Z = dose·0.02·TD·w/m (hand value) and m_cell, free molar', () => {
    const r = tumorConcentrations({
      doseMgPerKg: 10, tumorMassG: 0.3, route: 'iv', intratumoralVolumeFraction: 0.1, tumorDeliveryPctID: 1.5, highZFractions: { Bi: 0.2 },
      payloads: [{ agent: 'x', shareOfParticle: 0.1, molecularWeightGPerMol: 500, carriedPctID: 1.2, leakedPctID: 0.1, releasedByIrradiation: 0.5 }],
      tumorCellUptakeIndex: 3,
    });
    const c = (10 * 0.02 * 0.015 * 0.2) / 0.3;
    expect(r.highZ[0].mgPerGTumor).toBeCloseTo(c, 12);
    expect(r.intracellularShare).toBe(1);
    expect(r.mCellPg.Bi).toBeCloseTo(c * 3, 12);
    const total = (10 * 0.02 * 0.1 * 0.013) / 0.3;
    expect(r.drugs[0].freeMolar).toBeCloseTo((total * ((0.1 + 0.6) / 1.3)) / 500, 14);
  });
  it('light elements are not counted as high-Z', () => {
    expect(particleHighZFractions([{ shareOfParticle: 1, elementMassFractions: { C: 0.5, O: 0.5 } }])).toEqual({});
  });
});

describe('V8 properties', () => {
  it('fractions in range, finite, TD in (0, 100]', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 100, noNaN: true }),
        fc.double({ min: 1, max: 2000, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.boolean(),
        fc.array(fc.record({ fraction: fc.double({ min: 0.01, max: 1, noNaN: true }), p: fc.double({ min: 0, max: 1.5, noNaN: true }), kind: fc.constantFrom('cancer', 'caf', 'blood', 'immune') }), { maxLength: 4 }),
        fc.constantFrom('iv', 'intratumoral'),
        (tb, d, c, peg, ms, route) => {
          const t = computeTargeting({
            bareHalfLifeH: tb, hydrodynamicDiameterNm: d, coverage: c, peg, tumorType: 'cervical', route: route as 'iv',
            membranes: ms.map((m, i) => ({ id: `m${i}`, fraction: m.fraction, prolongationVsRbc: m.p, cellKind: m.kind as 'cancer', tumorType: 'cervical' })),
          });
          for (const v of [t.circulationHalfLifeH, t.tumorDeliveryPctID, t.tumorCellUptakeIndex, t.cafUptakeIndex]) expect(Number.isFinite(v)).toBe(true);
          expect(t.tumorDeliveryPctID).toBeGreaterThan(0);
          expect(t.tumorDeliveryPctID).toBeLessThanOrEqual(100);
          expect(t.homotypicFraction).toBeGreaterThanOrEqual(0);
          expect(t.homotypicFraction).toBeLessThanOrEqual(1);
          expect(t.tumorCellUptakeIndex).toBeGreaterThanOrEqual(1);
        },
      ),
    );
  });
  it('hill is monotone with g(0)=0, g(1)=1', () => {
    expect(hill(0)).toBe(0);
    expect(hill(1)).toBeCloseTo(1, 12);
    fc.assert(fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (a, b) => (a <= b ? hill(a) <= hill(b) + 1e-15 : hill(a) >= hill(b) - 1e-15)));
  });
});
