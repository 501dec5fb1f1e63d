// Tests of the empirical local enhancement factor (MODEL.md M4.3): anchor identity, clamping, log-energy interpolation, limits.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LOCAL_EFFECT_ANCHOR_BEAMS, LOCAL_EFFECT_PARAMS, localEnhancementFactor, localSlope, photoabsorptionExcess } from './local-effect';
import { getBeam } from './beams';
import { spectrumAveragedMuEn } from './dose-enhancement';
import { ELEMENT_SYMBOLS } from './photon';

describe('localEnhancementFactor', () => {
  it('gold at m_ref = 7.6 pg/cell in the anchor beams reproduces Chithrani 2010: 1.66 / 1.43 / 1.17', () => {
    const want = [1.66, 1.43, 1.17];
    LOCAL_EFFECT_ANCHOR_BEAMS.forEach((a, i) => {
      expect(localEnhancementFactor({ element: 'Au', mCellPg: 7.6, beam: a.beam }).lef).toBeCloseTo(want[i], 12);
    });
  });
  it('s is clamped outside the anchors and linear in ln(mean photon energy) between them', () => {
    expect(localSlope('mono:0.02')).toBe(0.66);
    expect(localSlope('mono:15')).toBe(0.17);
    const e1 = getBeam('kvp:220:0.3mmCu').spectrum.meanEnergyMeV;
    const e2 = getBeam('6MV').spectrum.meanEnergyMeV;
    const mid = Math.sqrt(e1 * e2);
    expect(localSlope(`mono:${mid}`)).toBeCloseTo((0.43 + 0.17) / 2, 10);
  });
  it('P_Z/P_Au uses Ψ-averaged (μen/ρ − μen/ρ_water); LEF linear in intracellular mass; 1 at zero mass', () => {
    const beam = '225kVp';
    const pBi = spectrumAveragedMuEn(beam, 'Bi') - spectrumAveragedMuEn(beam, 'water');
    const pAu = spectrumAveragedMuEn(beam, 'Au') - spectrumAveragedMuEn(beam, 'water');
    const r = localEnhancementFactor({ element: 'Bi', mCellPg: 3, beam });
    expect(r.lef).toBeCloseTo(1 + localSlope(beam) * (3 / 7.6) * (pBi / pAu), 12);
    expect(localEnhancementFactor({ element: 'Bi', mCellPg: 0, beam }).lef).toBe(1);
    expect(photoabsorptionExcess(beam, 'Bi')).toBeCloseTo(pBi, 14);
  });
  it('elements absorbing less than water give no local gain; no gold advantage (mono 2 MeV) → LEF 1 with a note', () => {
    expect(localEnhancementFactor({ element: 'C', mCellPg: 10, beam: '225kVp' }).lef).toBe(1);
    const r = localEnhancementFactor({ element: 'Bi', mCellPg: 10, beam: 'mono:2' });
    expect(r.lef).toBe(1);
    expect(r.explanation.note).toMatch(/no more than water/);
  });
  it('parameters are sourced and overridable', () => {
    for (const p of Object.values(LOCAL_EFFECT_PARAMS)) expect(p.source.length).toBeGreaterThan(10);
    const r = localEnhancementFactor({ element: 'Au', mCellPg: 7.6, beam: '6MV', params: { s6MV: 0.3 } });
    expect(r.lef).toBeCloseTo(1.3, 12);
    expect(r.explanation.params.find((p) => p.name === 's_6MV')!.source).toMatch(/user override/);
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
