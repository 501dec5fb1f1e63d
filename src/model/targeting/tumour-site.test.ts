// #27 tumour delivery conditioned on tumour type: a tumour in the brain extravasates through the blood–brain tumour barrier's small pores — hand-derived values and property tests.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { eprSizeFactor, tumourSite } from './circulation';
import { computeTargeting, type TargetingInput } from './delivery';

const peg100: TargetingInput = { bareHalfLifeH: 1, hydrodynamicDiameterNm: 108, coverage: 0, membranes: [], peg: true, tumorType: 'cervical', route: 'iv' };

describe('tumour site from the tumour type', () => {
  it('brain words (any hyphen-joined word) place the tumour behind the blood–brain tumour barrier; other types are peripheral', () => {
    for (const t of ['glioblastoma', 'glioma', 'brain', 'breast-brain-metastasis', 'gbm', 'intracranial-melanoma']) expect(tumourSite(t), t).toBe('brain');
    for (const t of ['cervical', 'breast', 'pancreatic', 'colon', 'brainstem-like', 'melanoma']) expect(tumourSite(t), t).toBe('peripheral');
  });
});

describe('EPR size factor with the site pore, hand-derived', () => {
  it('peripheral: E(d_ref) = 1; brain (d_site = 12 nm): E(108) = (1 + (108/500)²)/(1 + (108/12)²) = 1.046656/82', () => {
    expect(eprSizeFactor(108)).toBeCloseTo(1, 12);
    expect(eprSizeFactor(108, {}, 12)).toBeCloseTo(1.046656 / 82, 10);
    // a 6 nm particle: (1.046656)/(1 + 0.25) = 0.8373
    expect(eprSizeFactor(6, {}, 12)).toBeCloseTo(1.046656 / 1.25, 10);
  });
  it('TD of the reference particle: brain = 1.28 % of the peripheral value (TD = k_EPR/k_el with the observed clearance k_el unchanged)', () => {
    const p = computeTargeting(peg100);
    const b = computeTargeting({ ...peg100, tumorType: 'glioblastoma' });
    expect(p.tumorDeliveryPctID).toBeCloseTo(0.7, 9);
    expect(b.circulationHalfLifeH).toBeCloseTo(p.circulationHalfLifeH, 12); // the observed blood clearance is the same
    expect(b.tumorDeliveryPctID / p.tumorDeliveryPctID).toBeCloseTo(1.046656 / 82, 10);
    // every peripheral type gives the same numbers (no per-type factor without data)
    expect(computeTargeting({ ...peg100, tumorType: 'pancreatic' }).tumorDeliveryPctID).toBe(p.tumorDeliveryPctID);
  });
  it('the brain pore is an overridable parameter: at d_site = d_pore the brain equals the periphery', () => {
    const b = computeTargeting({ ...peg100, tumorType: 'glioma', overrides: { 'targeting.brainTumourPoreDiameterNm': 500 } });
    expect(b.tumorDeliveryPctID).toBeCloseTo(computeTargeting(peg100).tumorDeliveryPctID, 12);
  });
});

describe('tumour site, properties', () => {
  it('over sizes and PEG: a brain tumour never receives more than a peripheral one, and the penalty grows with size', () => {
    fc.assert(
      fc.property(fc.double({ min: 2, max: 400, noNaN: true }), fc.double({ min: 1.01, max: 2, noNaN: true }), fc.boolean(), (d, k, peg) => {
        const at = (dh: number, tumorType: string) => computeTargeting({ ...peg100, peg, hydrodynamicDiameterNm: dh, tumorType, explain: false }).tumorDeliveryPctID;
        const r1 = at(d, 'glioma') / at(d, 'cervical');
        const r2 = at(d * k, 'glioma') / at(d * k, 'cervical');
        return Number.isFinite(r1) && r1 <= 1 + 1e-12 && r2 <= r1 + 1e-12;
      }),
    );
  });
});
