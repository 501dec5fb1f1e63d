// M3 payload delivery through the engine: stable carriers (PEG liposome, micelles) land several-fold above the free drug,
// a carrier that dissociates in plasma (albumin-bound paclitaxel in serum) within ±30 % of it; limits and monotonicity.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AGENTS, PRESETS } from '../catalog';
import { scoreFormulation } from './index';

const pd = (f: unknown, agent: string, overrides?: Record<string, number>) => scoreFormulation(f, { lean: true, overrides }).targeting.payloadDeliveryPctID[agent];
const free = (agent: string) => pd({ core: { material: 'none' }, payloads: [{ agent, feedMassRatio: 1 }] }, agent);
const preset = (id: keyof typeof PRESETS) => PRESETS[id].formulation;

describe('carried vs free drug (MODEL.md M3)', () => {
  it('the free drug delivers its own exposure-equivalent TD', () => {
    for (const a of ['doxorubicin', 'paclitaxel', 'cisplatin', 'in10018'] as const) expect(free(a)).toBe(AGENTS[a].freeTumorDeliveryPctID.value);
  });
  it('Doxil (PEG liposome) delivers several-fold the free doxorubicin', () => {
    expect(pd(preset('doxil'), 'doxorubicin') / free('doxorubicin')).toBeGreaterThan(3);
  });
  it('Genexol-PM and NK105 (micelles) deliver several-fold the free paclitaxel', () => {
    // since model 1.2 blood is serum at 37 °C for every scenario, where micelles leak more than in buffer (≈ 2.9×)
    expect(pd(preset('genexol-pm'), 'paclitaxel') / free('paclitaxel')).toBeGreaterThan(2.5);
    expect(pd(preset('nk105'), 'paclitaxel') / free('paclitaxel')).toBeGreaterThan(2.5);
  });
  it('Abraxane (serum: dissociates in plasma) is within ±30 % of free paclitaxel', () => {
    const r = pd(preset('abraxane'), 'paclitaxel') / free('paclitaxel');
    expect(r).toBeGreaterThan(0.7);
    expect(r).toBeLessThan(1.3);
  });
  it('ordering: Doxil > micelles > Abraxane ≈ free', () => {
    const ptx = free('paclitaxel');
    const dox = free('doxorubicin');
    const ratios = { doxil: pd(preset('doxil'), 'doxorubicin') / dox, genexol: pd(preset('genexol-pm'), 'paclitaxel') / ptx, nk105: pd(preset('nk105'), 'paclitaxel') / ptx, abraxane: pd(preset('abraxane'), 'paclitaxel') / ptx };
    expect(ratios.doxil).toBeGreaterThan(Math.max(ratios.genexol, ratios.nk105));
    expect(Math.min(ratios.genexol, ratios.nk105)).toBeGreaterThan(2 * ratios.abraxane);
  });
});

describe('leak-then-free arithmetic: limits and monotonicity', () => {
  const doxil = preset('doxil');
  const td = scoreFormulation(doxil, { lean: true }).targeting.tumorDeliveryPctID;
  it('a carrier that never leaks delivers its own TD; one that leaks at once delivers the free drug', () => {
    const tight = pd(doxil, 'doxorubicin', { 'core.release.kdPerH': 0, 'core.release.burstFraction.remote': 0 });
    expect(Math.abs(tight / td - 1)).toBeLessThan(1e-9);
    const leaky = pd(doxil, 'doxorubicin', { 'core.release.kdPerH': 1e4, 'core.release.kbPerH': 1e4 });
    expect(Math.abs(leaky / free('doxorubicin') - 1)).toBeLessThan(1e-3);
  });
  it('property: PD lies between TD and TD_free and falls as leakage rises', () => {
    fc.assert(
      fc.property(fc.double({ min: -4, max: 3, noNaN: true }), fc.double({ min: 0.1, max: 3, noNaN: true }), fc.constantFrom('buffer', 'pbs', 'serum'), (lgKd, step, medium) => {
        const f = { ...doxil, scenario: { medium } };
        const a = pd(f, 'doxorubicin', { 'core.release.kdPerH': 10 ** lgKd });
        const b = pd(f, 'doxorubicin', { 'core.release.kdPerH': 10 ** (lgKd + step) });
        const lo = Math.min(td, free('doxorubicin'));
        const hi = Math.max(td, free('doxorubicin'));
        expect(a).toBeGreaterThanOrEqual(lo - 1e-12);
        expect(a).toBeLessThanOrEqual(hi + 1e-12);
        expect(b).toBeLessThanOrEqual(a + 1e-12);
      }),
      { numRuns: 60 },
    );
  });
  it('blood is serum whatever the in-vitro medium: Abraxane delivers the same with the release view in buffer or serum', () => {
    const inBuffer = pd({ ...preset('abraxane'), scenario: { medium: 'buffer' } }, 'paclitaxel');
    const inSerum = pd(preset('abraxane'), 'paclitaxel');
    expect(inBuffer).toBe(inSerum);
    // and serum dissociates albumin particles: close to free paclitaxel
    expect(Math.abs(inSerum / free('paclitaxel') - 1)).toBeLessThan(0.3);
  });
});
