// Engine-level M3.t invariants: in-blood leakage does not depend on the in-vitro medium or temperature; irradiation timing and washout move what the fractions see; the scenario timing fields are read.
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../catalog/presets';
import { scoreFormulation } from './index';

type Draft = Record<string, unknown> & { scenario?: Record<string, unknown> };
const withScenario = (id: keyof typeof PRESETS, sc: Record<string, unknown>): Draft => {
  const f = PRESETS[id].formulation as unknown as Draft;
  return { ...f, scenario: { ...(f.scenario ?? {}), ...sc } };
};

describe('leakage in blood is always serum at 37 °C', () => {
  it('the same in-blood leakage, premature leakage and delivery whatever the release view’s medium (ThermoDox at 42 °C too)', () => {
    for (const id of ['doxil', 'thermodox', 'izb-ccm', 'nk105'] as const) {
      const base = scoreFormulation(withScenario(id, { medium: 'serum' }), { lean: true });
      for (const medium of ['buffer', 'pbs']) {
        const s = scoreFormulation(withScenario(id, { medium }), { lean: true });
        expect(s.release.prematureLeakagePct).toBe(base.release.prematureLeakagePct);
        expect(s.pk.payloads.map((p) => p.leakedInBloodFraction)).toEqual(base.pk.payloads.map((p) => p.leakedInBloodFraction));
        expect(s.targeting.payloadDeliveryPctID).toEqual(base.targeting.payloadDeliveryPctID);
      }
    }
  });
  it('a thermosensitive liposome heated to 42 °C leaks in blood as at 37 °C but releases more in the tumour', () => {
    const cold = scoreFormulation(withScenario('thermodox', { temperatureC: 37 }), { lean: true });
    const hot = scoreFormulation(withScenario('thermodox', { temperatureC: 42 }), { lean: true });
    expect(hot.pk.payloads[0].leakedInBloodFraction).toBe(cold.pk.payloads[0].leakedInBloodFraction);
    expect(hot.release.prematureLeakagePct).toBe(cold.release.prematureLeakagePct);
    expect(hot.pk.payloads[0].releasedInTumorFraction).toBeGreaterThanOrEqual(cold.pk.payloads[0].releasedInTumorFraction);
    // the in-vitro view keeps the user's temperature
    expect(hot.release.releasedAt24hPct['7.4']).toBeGreaterThan(cold.release.releasedAt24hPct['7.4']);
  });
});

describe('irradiation timing', () => {
  it('0 h, 24 h and 168 h after injection give different drug occupancy, element levels and SER', () => {
    const at = (h: number) => scoreFormulation(withScenario('izb-ccm', { irradiationDelayH: h }), { lean: true });
    const [a, b, c] = [at(0), at(24), at(168)];
    expect(a.radiosensitization.fakOccupancy).not.toBe(b.radiosensitization.fakOccupancy);
    expect(b.radiosensitization.fakOccupancy).not.toBe(c.radiosensitization.fakOccupancy);
    expect(c.radiosensitization.fakOccupancy).toBeLessThan(b.radiosensitization.fakOccupancy);
    const bi = (s: typeof a) => s.radiosensitization.highZ.find((h) => h.element === 'Bi')?.mgPerGTumor ?? 0;
    expect(bi(a)).toBeLessThan(1e-15); // nothing has reached the tumour at 0 h (round-off of the modal solution only)
    expect(bi(b)).toBeGreaterThan(0);
    expect(bi(c)).not.toBeCloseTo(bi(b), 8);
    expect(a.radiosensitization.sensitizerEnhancementRatio).not.toBe(b.radiosensitization.sensitizerEnhancementRatio);
  });
  it('a shorter tumour washout lowers what a late fraction sees', () => {
    const slow = scoreFormulation(withScenario('izb-ccm', { irradiationDelayH: 96 }), { lean: true });
    const fast = scoreFormulation(withScenario('izb-ccm', { irradiationDelayH: 96 }), { lean: true, overrides: { 'pk.carrierTumorHalfLifeH': 24 } });
    const bi = (s: typeof slow) => s.radiosensitization.highZ.find((h) => h.element === 'Bi')!.mgPerGTumor;
    expect(bi(fast)).toBeLessThan(bi(slow));
  });
  it('one exposure per fraction, at delay + i × fractionIntervalH; a second injection raises the AUC twofold', () => {
    const s = scoreFormulation(withScenario('izb-ccm', { fractions: 5, fractionIntervalH: 24, irradiationDelayH: 24 }), { lean: true });
    expect(s.pk.fractions.map((x) => x.tH)).toEqual([24, 48, 72, 96, 120]);
    const one = scoreFormulation(withScenario('doxil', {}), { lean: true });
    const two = scoreFormulation(withScenario('doxil', { injections: 2, injectionIntervalH: 168 }), { lean: true });
    expect(two.pk.payloads[0].aucTumorMgHPerG).toBeCloseTo(2 * one.pk.payloads[0].aucTumorMgHPerG, 10);
  });
  it('custom fraction times (ScoreOptions.fractionTimesH) give one exposure each, in time order; the SER reads the first', () => {
    const s = scoreFormulation(PRESETS['izb-ccm'].formulation, { lean: true, fractionTimesH: [168, 24, 48] });
    expect(s.pk.fractions.map((x) => x.tH)).toEqual([24, 48, 168]);
    const at24 = scoreFormulation(withScenario('izb-ccm', { irradiationDelayH: 24 }), { lean: true });
    expect(s.radiosensitization.sensitizerEnhancementRatio).toBe(at24.radiosensitization.sensitizerEnhancementRatio);
  });
  it('AUCs rise in proportion to the dose when the liver does not saturate (linear PK), faster when it does (#27)', () => {
    const linear = { lean: true, overrides: { 'targeting.mpsSaturableShare': 0 } };
    const lo = scoreFormulation(withScenario('doxil', { doseMgPerKg: 5 }), linear);
    const hi = scoreFormulation(withScenario('doxil', { doseMgPerKg: 10 }), linear);
    expect(hi.pk.payloads[0].aucTumorMgHPerG).toBeCloseTo(2 * lo.pk.payloads[0].aucTumorMgHPerG, 10);
    expect(hi.pk.payloads[0].tumorAucRatioVsFreeDrug!).toBeCloseTo(lo.pk.payloads[0].tumorAucRatioVsFreeDrug!, 10);
    // Doxil's 87 nm vesicles: 10 mg/kg lipid ≈ 2·10¹² particles per mouse, 100 mg/kg ≈ 2·10¹³ — Kupffer cells saturate
    const a = scoreFormulation(withScenario('doxil', { doseMgPerKg: 50 }), { lean: true });
    const b = scoreFormulation(withScenario('doxil', { doseMgPerKg: 100 }), { lean: true });
    expect(b.pk.payloads[0].aucTumorMgHPerG).toBeGreaterThan(2 * a.pk.payloads[0].aucTumorMgHPerG);
  });
  it('curves come with the full (not lean) result and are non-negative', () => {
    const s = scoreFormulation(PRESETS.nbtxr3.formulation);
    expect(s.pk.curves.tH.length).toBeGreaterThan(1);
    const hf = s.pk.curves.elements.find((e) => e.element === 'Hf')!;
    for (const v of hf.tumorMgPerG) expect(v).toBeGreaterThanOrEqual(0);
    expect(s.explanations['pk.payloads']).toBeUndefined(); // nbtxr3 has no payload
    const d = scoreFormulation(PRESETS.doxil.formulation);
    expect(d.explanations['pk.payloads'][0].equation).toBe('M3.t-compartments');
  });
});
