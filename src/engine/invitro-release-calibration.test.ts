// The bench uses your release calibration (#26, release in the well): calibrations.release (Calibrate's M2 fit) sets the release and dissolution in the medium, beneath explicit overrides, and says so in its explanation.
import { describe, expect, it } from 'vitest';
import { parseFormulation } from '../schema';
import { CATALOG_LOOKUP } from './index';
import { invitroOfCompleted } from './invitro';

const dox = (extra: Record<string, unknown> = {}) => ({
  schema: 'nanoplatform.formulation/1',
  core: { material: 'zif-8', diameterNm: 100 },
  payloads: [{ agent: 'doxorubicin', loading: 'one-pot', feedMassRatio: 0.2 }],
  scenario: { setting: 'in-vitro', invitro: { concentrationUgPerMl: 50, incubationH: 48 } },
  ...extra,
});
const completed = (doc: unknown) => {
  const r = parseFormulation(doc, {});
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};
const bench = (doc: unknown) => invitroOfCompleted(completed(doc), CATALOG_LOOKUP);
const slow = { core: 'zif-8', params: { vRefNmPerH: 0.0005, kdPerH: 0.0001, burstFraction: 0 }, fittedTo: 'fitted to your data: release “slow.csv” (n = 8); 2026-12-07' };
const fast = { core: 'zif-8', params: { vRefNmPerH: 2, kdPerH: 0.05, burstFraction: 0.3 }, fittedTo: 'fitted to your data: release “fast.csv” (n = 8); 2026-12-07' };

describe('in-vitro bench × release calibration', () => {
  const base = bench(dox());
  it('a calibration that slows release lowers the drug in the medium and raises viability; a faster one does the opposite', () => {
    const s = bench(dox({ calibrations: { release: [slow] } }));
    const q = bench(dox({ calibrations: { release: [fast] } }));
    expect(base.cytotoxicity.effectiveDrugM[0]).toBeGreaterThan(0);
    expect(s.cytotoxicity.effectiveDrugM[0]).toBeLessThan(base.cytotoxicity.effectiveDrugM[0]);
    expect(s.cytotoxicity.mediumAtEndM[0]).toBeLessThan(base.cytotoxicity.mediumAtEndM[0]);
    expect(s.cytotoxicity.viabilityLoaded).toBeGreaterThan(base.cytotoxicity.viabilityLoaded);
    expect(q.cytotoxicity.effectiveDrugM[0]).toBeGreaterThan(base.cytotoxicity.effectiveDrugM[0]);
    expect(q.cytotoxicity.viabilityLoaded).toBeLessThan(base.cytotoxicity.viabilityLoaded);
    // the faster erosion dissolves more of the carrier in the well (the same M2 erosion, at the medium's pH)
    expect(q.dosimetry.dissolvedFraction.at(-1)!).toBeGreaterThan(base.dosimetry.dissolvedFraction.at(-1)!);
  });
  it('acts exactly like the same core.release overrides, and an explicit override wins', () => {
    const cal = bench(dox({ calibrations: { release: [slow] } }));
    const ovr = bench(dox({ overrides: { 'core.release.vRefNmPerH': 0.0005, 'core.release.kdPerH': 0.0001, 'core.release.burstFraction.one-pot': 0 } }));
    expect(cal.cytotoxicity.loadedCarrier).toEqual(ovr.cytotoxicity.loadedCarrier);
    const both = bench(dox({ calibrations: { release: [slow] }, overrides: { 'core.release.vRefNmPerH': 2, 'core.release.kdPerH': 0.05, 'core.release.burstFraction.one-pot': 0.3 } }));
    expect(both.cytotoxicity.loadedCarrier).toEqual(bench(dox({ calibrations: { release: [fast] } })).cytotoxicity.loadedCarrier);
    expect(both.conditions.release).toBe('model');
  });
  it('a calibration of another core does nothing', () => {
    const other = bench(dox({ calibrations: { release: [{ ...slow, core: 'gold' }] } }));
    expect(other.cytotoxicity.loadedCarrier).toEqual(base.cytotoxicity.loadedCarrier);
    expect(other.conditions.release).toBe('model');
  });
  it('the viability explanation says the release is yours', () => {
    const s = bench(dox({ calibrations: { release: [slow] } }));
    expect(s.conditions.release).toBe('fitted to your data');
    expect(base.conditions.release).toBe('model');
    const note = s.explanations.find((e) => e.equation === 'IV3-viability')?.note ?? '';
    expect(note).toContain('your release calibration, fitted to your data (release calibration: release “slow.csv” (n = 8); 2026-12-07)');
    expect(base.explanations.find((e) => e.equation === 'IV3-viability')?.note).toContain('catalog');
  });
});
