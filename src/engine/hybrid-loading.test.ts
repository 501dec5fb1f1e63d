// #27 D5 through the engine: the lipid–polymer hybrid encapsulates a drug by PLGA's M1.partition (made by nanoprecipitation), as plain PLGA made the same way does.
import { describe, expect, it } from 'vitest';
import { scoreFormulation } from './index';

const score = (material: string, method?: string) =>
  scoreFormulation({ core: { material }, payloads: [{ agent: 'docetaxel', loading: 'one-pot', feedMassRatio: 0.1, ...(method ? { method } : {}) }], coating: { membranes: [], peg: true } });

describe('lipid–polymer hybrid loading', () => {
  it('docetaxel, feed 0.1: EE = 1 − min(V/(V + K v_p), S_w V/f) = 95 % (nanoprecipitation, V = 1 mL/mg)', () => {
    // K = 10^4.1 = 12 589; v_p = 1/(1000 · 1.3) mL/mg → K v_p = 9.68; V/(V + K v_p) = 0.0936; S_w V/f = 0.005 · 1/0.1 = 0.05
    // → EE = 1 − 0.05 = 0.95; q = 0.095 mg/mg below q_max 0.15
    const s = score('lipid-polymer-hybrid');
    expect(s.loading.payloads[0].encapsulationEfficiencyPct).toBeCloseTo(95, 9);
    expect(s.explanations['loading.totalLoadingPct'].map((e) => e.equation)).toContain('M1.partition');
  });
  it('equals plain PLGA made by the same method', () => {
    const h = score('lipid-polymer-hybrid', 'single-emulsion').loading.payloads[0].encapsulationEfficiencyPct;
    const p = score('plga', 'single-emulsion').loading.payloads[0].encapsulationEfficiencyPct;
    expect(h).toBeCloseTo(p, 12);
    expect(score('lipid-polymer-hybrid').loading.payloads[0].encapsulationEfficiencyPct).toBeCloseTo(score('plga', 'nanoprecipitation').loading.payloads[0].encapsulationEfficiencyPct, 12);
  });
});

describe('the explanation names the preparation method', () => {
  it('given, or the carrier\'s usual one, with its aqueous volume V', () => {
    const inputs = (material: string, method?: string) => score(material, method).explanations['loading.totalLoadingPct'].find((e) => e.equation === 'M1.partition')!.inputs;
    expect(inputs('plga', 'double-emulsion')).toContainEqual({ name: 'preparation method (docetaxel)', value: 'double-emulsion', unit: '' });
    expect(inputs('lipid-polymer-hybrid')).toContainEqual({ name: 'preparation method (docetaxel)', value: "nanoprecipitation (the carrier's usual method)", unit: '' });
    expect(inputs('plga')).toContainEqual({ name: 'V(docetaxel)', value: 0.4, unit: 'mL/mg' });
  });
});
