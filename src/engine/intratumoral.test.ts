// Intratumoral route: with an injected concentration, the amount in the tumour is C_inj · vf · V_tumour · retention
// (MODEL.md M3/V7), so it scales with the injected volume fraction; without one, the dose (mg/kg) sets the amount.
import { describe, expect, it } from 'vitest';
import { pkp } from '../model/pk';
import { PRESETS } from '../catalog';
import { tp } from '../model/targeting';
import { canonicalFormulation, parseFormulation } from '../schema';
import { scoreFormulation } from './index';

// Hf mass fraction of HfO2 from standard atomic weights (Hf 178.49, O 15.999), by hand: 178.49 / 210.488 (the app's NIST
// atomic masses differ in the 6th digit, hence relative tolerances of 1e-4)
const W_HF = 178.49 / (178.49 + 2 * 15.999);
const hfOf = (f: unknown) => scoreFormulation(f).radiosensitization.highZ.find((h) => h.element === 'Hf')!.mgPerGTumor;

describe('intratumoral injected concentration', () => {
  // the retained depot washes out slowly (pk.intratumoralDepotHalfLifeH) until irradiation (24 h by default)
  const retention = tp('targeting.intratumoralRetention') * Math.exp((-Math.LN2 * 24) / pkp('pk.intratumoralDepotHalfLifeH'));
  it('NBTXR3 preset: Hf = 53.3 g/L × vf × w_Hf × retention at every volume fraction (V7 at 10 %: ≈ 3.6 mg/g)', () => {
    for (const vf of [0.025, 0.05, 0.1, 0.2]) {
      const f = structuredClone(PRESETS.nbtxr3.formulation) as { scenario: Record<string, unknown> };
      f.scenario.intratumoralVolumeFraction = vf;
      expect(Math.abs(hfOf(f) / (53.3 * vf * W_HF * retention) - 1), `vf ${vf}`).toBeLessThan(1e-4);
    }
    expect(Math.abs(hfOf(PRESETS.nbtxr3.formulation) / 3.6 - 1)).toBeLessThan(0.02);
  });
  it('independent of tumour mass (a concentration, not a per-kg dose) and of doseMgPerKg', () => {
    const base = { core: { material: 'hfo2', diameterNm: 50 }, coating: null, scenario: { route: 'intratumoral', intratumoralVolumeFraction: 0.15, injectedConcentrationGPerL: 20 } };
    const a = hfOf(base);
    expect(Math.abs(a / (20 * 0.15 * W_HF * retention) - 1)).toBeLessThan(1e-4);
    expect(hfOf({ ...base, scenario: { ...base.scenario, tumorMassG: 1.2, doseMgPerKg: 500 } })).toBeCloseTo(a, 9);
  });
  it('without a concentration the dose sets the amount: dose · m_body · retention · w_Hf / m_tumour, whatever vf', () => {
    const body = tp('targeting.mouseBodyMassKg');
    for (const vf of [0.05, 0.3]) {
      const f = { core: { material: 'hfo2', diameterNm: 50 }, coating: null, scenario: { route: 'intratumoral', intratumoralVolumeFraction: vf, doseMgPerKg: 40, tumorMassG: 0.5 } };
      expect(Math.abs(hfOf(f) / ((40 * body * retention * W_HF) / 0.5) - 1)).toBeLessThan(1e-4);
    }
  });
  it('iv ignores the concentration; the completed and canonical forms keep it only when given', () => {
    const iv = { core: { material: 'hfo2', diameterNm: 50 }, scenario: { route: 'iv' } };
    expect(hfOf({ ...iv, scenario: { route: 'iv', injectedConcentrationGPerL: 999 } })).toBe(hfOf(iv));
    const plain = parseFormulation({ core: { material: 'hfo2' } });
    expect(plain.ok && 'injectedConcentrationGPerL' in plain.value.scenario).toBe(false);
    const given = parseFormulation({ scenario: { route: 'intratumoral', injectedConcentrationGPerL: 53.3 } });
    expect(given.ok && canonicalFormulation(given.value).scenario.injectedConcentrationGPerL).toBe(53.3);
    const bad = parseFormulation({ scenario: { injectedConcentrationGPerL: -1 } });
    expect(bad.ok ? [] : bad.issues.map((i) => i.path)).toEqual(['scenario.injectedConcentrationGPerL']);
  });
});
