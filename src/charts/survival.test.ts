// Survival-curve builder against hand-computed LQ values, the engine's SF2 (IZB@CCM and variants), and invariants.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PRESETS } from '../catalog';
import { scoreFormulation } from '../engine';
import { survivalAt, survivalCurves, survivalInputsFromScores, type SurvivalModelInputs } from './survival';

/** No oxygen effect (m = 1 → OMF ≡ 1), no sensitizer, no hypoxia: plain LQ. */
const plain: SurvivalModelInputs = {
  alphaPerGy: 0.3, betaPerGy2: 0.03, doseEnhancementFactor: 1, localEnhancementFactor: 1, fakOccupancy: 0,
  hypoxicFractionControl: 0, hypoxicFractionTreated: 0, pO2OxicMmHg: 20, pO2HypoxicMmHg: 2, omfM: 1, omfKMmHg: 3, epsFak: 0.2,
};

describe('survivalAt: hand-computed LQ', () => {
  it('α 0.3, β 0.03 at 2 Gy → exp(−(0.6 + 0.12)) = 0.4868', () => {
    expect(survivalAt(plain, 'control', 'oxic', 2)).toBeCloseTo(0.4867522559599717, 12);
    expect(survivalAt(plain, 'control', 'tumour', 2)).toBeCloseTo(0.4868, 4);
    expect(survivalAt(plain, 'control', 'oxic', 0)).toBe(1);
  });
  it('oxygen: OMF(20 mmHg) = 63/69, OMF(2 mmHg) = 9/15 (m = 3, K = 3 mmHg); tumour mixes 70 : 30', () => {
    const inp = { ...plain, omfM: 3, hypoxicFractionControl: 0.3 };
    // oxic: α' = 0.3·63/69, β' = 0.03·(63/69)²; exp(−(2α' + 4β')) = 0.523162
    expect(survivalAt(inp, 'control', 'oxic', 2)).toBeCloseTo(0.5231621136864445, 12);
    // hypoxic: α' = 0.18, β' = 0.0108; exp(−0.4032) = 0.668178
    expect(survivalAt(inp, 'control', 'hypoxic', 2)).toBeCloseTo(0.6681784502690465, 12);
    expect(survivalAt(inp, 'control', 'tumour', 2)).toBeCloseTo(0.7 * 0.5231621136864445 + 0.3 * 0.6681784502690465, 12);
  });
  it('treated: α × LEF (1 + ε O), dose × DEF, hypoxic fraction after relief', () => {
    const inp = { ...plain, omfM: 3, hypoxicFractionControl: 0.3, hypoxicFractionTreated: 0.2, doseEnhancementFactor: 1.1, localEnhancementFactor: 1.2, fakOccupancy: 0.5 };
    // m = 1.2 · (1 + 0.2 · 0.5) = 1.32; D_eff = 2.2 Gy
    expect(survivalAt(inp, 'treated', 'oxic', 2)).toBeCloseTo(0.39992061064794465, 12);
    expect(survivalAt(inp, 'treated', 'hypoxic', 2)).toBeCloseTo(0.5627093704639127, 12);
    expect(survivalAt(inp, 'treated', 'tumour', 2)).toBeCloseTo(0.4324783626111383, 12);
  });
});

describe('survivalCurves', () => {
  it('0–10 Gy in 0.1 Gy steps for 2 arms × 3 compartments, 2 Gy on the grid', () => {
    const rows = survivalCurves(plain);
    expect(rows).toHaveLength(2 * 3 * 101);
    expect(rows.some((r) => r.doseGy === 2 && r.arm === 'treated' && r.compartment === 'tumour')).toBe(true);
    expect(Math.max(...rows.map((r) => r.doseGy))).toBe(10);
  });
  it('rejects a nonsense grid', () => {
    expect(() => survivalCurves(plain, 0)).toThrow(RangeError);
    expect(() => survivalCurves(plain, 10, 0)).toThrow(RangeError);
  });
  it('each curve starts at 1 and falls with dose; treated ≤ control when every factor sensitizes', () => {
    const arb = fc.record({
      alphaPerGy: fc.double({ min: 0.01, max: 2, noNaN: true }), betaPerGy2: fc.double({ min: 0, max: 0.5, noNaN: true }),
      doseEnhancementFactor: fc.double({ min: 1, max: 3, noNaN: true }), localEnhancementFactor: fc.double({ min: 1, max: 3, noNaN: true }),
      fakOccupancy: fc.double({ min: 0, max: 0.999, noNaN: true }), hypoxicFractionControl: fc.double({ min: 0, max: 1, noNaN: true }),
      relief: fc.double({ min: 0, max: 1, noNaN: true }), pO2OxicMmHg: fc.double({ min: 0, max: 160, noNaN: true }),
      pO2HypoxicMmHg: fc.double({ min: 0, max: 160, noNaN: true }), omfM: fc.double({ min: 1, max: 5, noNaN: true }),
      omfKMmHg: fc.double({ min: 0.01, max: 50, noNaN: true }), epsFak: fc.double({ min: 0, max: 5, noNaN: true }),
    });
    fc.assert(fc.property(arb, ({ relief, ...r }) => {
      const inp: SurvivalModelInputs = { ...r, hypoxicFractionTreated: r.hypoxicFractionControl * (1 - relief) };
      const rows = survivalCurves(inp, 10, 20);
      for (const arm of ['control', 'treated'] as const) for (const c of ['oxic', 'hypoxic', 'tumour'] as const) {
        const s = rows.filter((x) => x.arm === arm && x.compartment === c).map((x) => x.survival);
        expect(s[0]).toBeCloseTo(1, 12);
        for (let i = 1; i < s.length; i++) expect(s[i]).toBeLessThanOrEqual(s[i - 1] * (1 + 1e-12));
      }
      // per compartment the treated α', β' and dose are all ≥ control's
      for (const c of ['oxic', 'hypoxic'] as const)
        for (const d of [1, 2, 5]) expect(survivalAt(inp, 'treated', c, d)).toBeLessThanOrEqual(survivalAt(inp, 'control', c, d) * (1 + 1e-12));
    }), { numRuns: 200 });
  });
});

describe('the chart shows the engine’s numbers', () => {
  const base = PRESETS['izb-ccm'].formulation;
  const cases: [string, unknown][] = [
    ['IZB@CCM', base],
    ['IZB@CCM, other cells and oxygen overrides', { ...base, scenario: { ...(base as { scenario?: object }).scenario, cells: { alphaPerGy: 0.4, betaPerGy2: 0.05 } }, overrides: { 'radiobiology.pO2HypoxicMmHg': 0.8, 'radiobiology.hypoxicFraction': 0.45, 'radiobiology.omfM': 2.7, 'radiobiology.epsFak': 0.35 } }],
    ['IZB@CCM, α override and 6 MV', { ...base, scenario: { ...(base as { scenario?: object }).scenario, beam: '6MV' }, overrides: { 'radiobiology.alphaPerGy': 0.15 } }],
    ['bare PLGA (no sensitizer)', { core: { material: 'plga', diameterNm: 100 }, payloads: [], coating: null }],
  ];
  for (const [label, f] of cases) {
    it(`${label}: tumour survival at 2 Gy = sf2Control and sf2Treated`, () => {
      const s = scoreFormulation(f);
      const inp = survivalInputsFromScores(s);
      expect(inp).not.toBeNull();
      const rows = survivalCurves(inp!);
      const at2 = (arm: string) => rows.find((r) => r.doseGy === 2 && r.arm === arm && r.compartment === 'tumour')!.survival;
      expect(at2('control')).toBeCloseTo(s.radiosensitization.sf2Control, 12);
      expect(at2('treated')).toBeCloseTo(s.radiosensitization.sf2Treated, 12);
    });
  }
});
