// M3.t delivery advantage vs free drug against published tumour/plasma AUC ratios (src/catalog/delivery-ratios.ts): within a factor 1.5, or on the named expected-miss list with the parameter that would have to change.
import { describe, expect, it } from 'vitest';
import { DELIVERY_RATIOS, type DeliveryRatioRecord } from '../catalog/delivery-ratios';
import { PRESETS } from '../catalog/presets';
import { scoreFormulation } from './index';

const FACTOR = 1.5;

/**
 * Records the model does not reproduce within a factor 1.5, each with what would have to change and why. The test
 * fails if a listed record starts to agree (take it off the list) or an unlisted one misses.
 */
const EXPECTED_MISSES: Record<string, string> = {
  'doxil/tumorAucRatioVsFreeDrug':
    'model ≈ 15 vs 87: the free-doxorubicin AUC was measured only to 24 h (half of its AUC₀^∞ at a 25 h tumour t½), and the model lets Doxil leak L ≈ 18 % in serum (liposome remote-loading leakage × the serum medium factor) where Doxil keeps > 95 % in blood; agent.doxorubicin.freeTumorDeliveryPctID ≈ 0.1 → ≈ 0.03 % ID and a tighter liposome serum leak would close it.',
  'nk105/plasmaAucRatioVsFreeDrug':
    'model ≈ 10 vs 90: the polymeric-micelle core leaks physically entrapped paclitaxel fast in serum (L ≈ 0.71 before the micelle leaves the blood); NK105 needs L ≲ 0.1 — its core.release leakage in serum (kd × mediumFactor.serum of polymeric-micelle) would have to be ≈ 10× slower than the catalog micelle, which also stands for Genexol-PM (which does agree).',
  'nk105/tumorAucRatioVsFreeDrug': 'model ≈ 3 vs 25: the same micelle leakage as the plasma ratio (the drug leaves the micelle before the micelle reaches the tumour).',
  'xyotax/tumorAucRatioVsFreeDrug':
    'model ≈ 2.6 vs 12: the polymer-conjugate core circulates with t½ ≈ 3.5 h in the model (bareHalfLifeH, and its 15 nm size near the renal range), so TD ≈ 0.16 % ID; the PG conjugate circulates for tens of hours in mice — core.bareHalfLifeH of polymer-conjugate ≈ 4× longer would give ≈ 12×.',
  'onivyde/tumorAucRatioVsFreeDrug':
    'model ≈ 13 vs 5: the published quantity is SN-38, the active metabolite, whose intratumoral formation (carboxylesterase) limits it; the model follows irinotecan itself and has no prodrug conversion.',
  'nc-6004/plasmaFreeAucRatioVsFreeDrug':
    'model ≈ 0.7 vs 8.5: a patient study at unequal doses (NC-6004 120 mg/m² vs the cisplatin dose) with days-long micelle circulation; in the model free platinum in plasma only comes from leakage and clears as free cisplatin (0.4 h), so its free-plasma AUC ratio is ≤ 1 at equal dose — human-scale circulation and protein binding of released Pt would have to be modelled.',
};

const key = (r: DeliveryRatioRecord) => `${r.preset}/${r.metric}`;

describe('delivery advantage vs free drug (M3.t) against published ratios', () => {
  for (const r of DELIVERY_RATIOS) {
    it(`${key(r)}: published ${r.value.toPrecision(3)} (${r.status}; ${r.source})`, () => {
      const s = scoreFormulation(PRESETS[r.preset].formulation, { lean: true });
      const m = s.pk.payloads[0][r.metric];
      expect(m !== null && Number.isFinite(m) && m > 0).toBe(true);
      const model = m as number;
      const factor = Math.max(model / r.value, r.value / model);
      const miss = EXPECTED_MISSES[key(r)];
      if (miss) expect(factor, `${key(r)} now agrees (${model.toPrecision(3)}): take it off EXPECTED_MISSES`).toBeGreaterThan(FACTOR);
      else expect(factor, `${key(r)}: model ${model.toPrecision(3)} vs published ${r.value.toPrecision(3)}`).toBeLessThanOrEqual(FACTOR);
    });
  }
  it('every expected miss names a record', () => {
    const keys = new Set(DELIVERY_RATIOS.map(key));
    for (const k of Object.keys(EXPECTED_MISSES)) expect(keys.has(k), k).toBe(true);
  });
  it('a free-drug formulation has ratio 1 (it is its own comparator)', () => {
    const s = scoreFormulation(PRESETS['cisplatin-free'].formulation, { lean: true });
    expect(s.pk.payloads[0].tumorAucRatioVsFreeDrug).toBe(1);
    expect(s.pk.payloads[0].plasmaAucRatioVsFreeDrug).toBe(1);
  });
});
