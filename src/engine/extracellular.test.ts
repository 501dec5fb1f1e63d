// M3.ecf in the engine (#27): a sub-pore particle's tumour metal at irradiation includes its interstitial share and explains it; a larger particle neither.
import { describe, expect, it } from 'vitest';
import { extracellularDistribution } from '../model/pk';
import { scoreFormulation } from './index';

const gold = (diameterNm: number, irradiationDelayH: number) =>
  scoreFormulation({ schema: 'nanoplatform.formulation/1', core: { material: 'gold', diameterNm }, payloads: [], coating: null, scenario: { doseMgPerKg: 100, irradiationDelayH } } as never);

describe('M3.ecf through the engine', () => {
  it('1.9 nm gold at 6 min: C_Au = dose·e^(−k t)·Φ·v_e/V_d (+ EPR), explained by M3.ecf', () => {
    const s = gold(1.9, 0.1);
    const au = s.radiosensitization.highZ.find((h) => h.element === 'Au')!.mgPerGTumor;
    const r = extracellularDistribution({ hydrodynamicDiameterNm: 1.9, bodyMassKg: 0.02, tumorMassG: 0.3 });
    const k = Math.LN2 / s.targeting.circulationHalfLifeH;
    const ecfOnly = (100 * 0.02 * Math.exp(-k * 0.1) * r.tumourShare) / 0.3; // mg/g (2 mg injected)
    expect(au).toBeGreaterThanOrEqual(ecfOnly);
    expect(au).toBeLessThan(ecfOnly * 1.01); // the EPR part is < 1 % of it within minutes
    expect(s.explanations['radiosensitization.highZ'].some((e) => e.equation === 'M3.ecf')).toBe(true);
  });
  it('50 nm gold: no interstitial share, no M3.ecf explanation', () => {
    const s = gold(50, 0.1);
    expect(s.explanations['radiosensitization.highZ'].some((e) => e.equation === 'M3.ecf')).toBe(false);
  });
});
