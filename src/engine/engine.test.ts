// Engine end-to-end against MODEL.md validation targets (V4–V7 model side), contract §2 keys, determinism, and V8 properties.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AGENT_IDS, CORE_IDS, CORES, MEMBRANE_IDS, PRESET_IDS, PRESETS } from '../catalog';
import type { Scores } from '../model/scores';
import { parseFormulation } from '../schema';
import { FormulationError, scoreFormulation, scoreWorkspace, uncertainty } from './index';

const preset = (id: string) => scoreFormulation(PRESETS[id as keyof typeof PRESETS].formulation);
const plga = (coating: unknown, diameterNm = 100) => scoreFormulation({ core: { material: 'plga', diameterNm }, payloads: [], coating });
const within = (x: number, ref: number, tol = 0.05) => expect(Math.abs(x / ref - 1)).toBeLessThan(tol);

describe('V4 circulation and delivery through the engine', () => {
  const peg = plga({ membranes: [], membraneToCoreMassRatio: 0, peg: true });
  it('PLGA 100 nm PEG-only: t½ 15.8 h and TD 0.7 % ID (5 %)', () => {
    within(peg.targeting.circulationHalfLifeH, 15.8);
    within(peg.targeting.tumorDeliveryPctID, 0.7);
  });
  it('fully RBC-coated: 39.6 h; bare shorter than PEG; 400 nm PEG clears faster', () => {
    const rbc = plga({ membranes: [{ source: 'rbc', fraction: 1 }], membraneToCoreMassRatio: 10, peg: false });
    expect(rbc.geometry.membraneCoverage).toBe(1);
    within(rbc.targeting.circulationHalfLifeH, 39.6);
    const bare = plga(null);
    expect(bare.targeting.circulationHalfLifeH).toBeLessThan(peg.targeting.circulationHalfLifeH * 0.95);
    const big = plga({ membranes: [], membraneToCoreMassRatio: 0, peg: true }, 400);
    expect(big.targeting.circulationHalfLifeH).toBeLessThan(peg.targeting.circulationHalfLifeH * 0.95);
  });
});

describe('presets (V5–V7 model side)', () => {
  const all = Object.fromEntries(PRESET_IDS.map((id) => [id, preset(id)])) as Record<string, Scores>;
  it('all 20 presets score with every number finite', () => {
    expect(PRESET_IDS.length).toBe(20);
    for (const id of PRESET_IDS) expect(nonFinite(all[id]), id).toEqual([]);
  });
  it('V6 izb-ccm: selectivity > 3, pH 7.4 release at 24 h < 20 %, t50 at pH 5.0 < 12 h', () => {
    const s = all['izb-ccm'];
    expect(s.release.selectivityIndex!).toBeGreaterThan(3);
    expect(s.release.releasedAt24hPct['7.4']).toBeLessThan(20);
    expect(s.release.t50h['5.0']!).toBeLessThan(12);
  });
  it('V6 removing the membrane shortens circulation and raises pH 7.4 leakage', () => {
    expect(all['izb-bare'].targeting.circulationHalfLifeH).toBeLessThan(all['izb-ccm'].targeting.circulationHalfLifeH);
    expect(all['izb-bare'].release.releasedAt24hPct['7.4']).toBeGreaterThan(all['izb-ccm'].release.releasedAt24hPct['7.4']);
  });
  it('V6 removing IN10018 raises the hypoxic fraction', () => {
    expect(all['zb-ccm'].radiosensitization.hypoxicFraction).toBeGreaterThan(all['izb-ccm'].radiosensitization.hypoxicFraction);
  });
  it("V6 removing bismuth's physics (all else equal) lowers SER; Bi adds tumour Bi", () => {
    const base = PRESETS['izb-ccm'].formulation;
    const withBi = scoreFormulation(base);
    const noHighZ = scoreFormulation(base, { overrides: { 'targeting.highZMinZ': 92.5 } });
    expect(withBi.radiosensitization.highZ.some((h) => h.element === 'Bi' && h.mgPerGTumor > 0)).toBe(true);
    expect(noHighZ.radiosensitization.sensitizerEnhancementRatio).toBeLessThan(withBi.radiosensitization.sensitizerEnhancementRatio);
    expect(all['iz-ccm'].radiosensitization.highZ.some((h) => h.element === 'Bi')).toBe(false);
  });
  it('V7 nbtxr3: ≈ 3.6 mg Hf per g tumour; macroscopic DEF at 6 MV < 1.01', () => {
    const hf = all.nbtxr3.radiosensitization.highZ.find((h) => h.element === 'Hf')!;
    expect(Math.abs(hf.mgPerGTumor - 3.6)).toBeLessThan(0.2);
    const six = scoreFormulation({ ...PRESETS.nbtxr3.formulation, scenario: { ...PRESETS.nbtxr3.formulation.scenario, beam: '6MV' } });
    expect(six.radiosensitization.doseEnhancementFactor).toBeGreaterThanOrEqual(1);
    expect(six.radiosensitization.doseEnhancementFactor).toBeLessThan(1.01);
    expect(six.warnings.some((w) => w.code === 'def-tiny')).toBe(true);
  });
  it('payload delivery: albumin-bound paclitaxel ≈ free drug; PEG liposome and micelle far above', () => {
    const free = (a: string) => scoreFormulation({ core: { material: 'none' }, payloads: [{ agent: a, feedMassRatio: 1 }] }).targeting.payloadDeliveryPctID[a];
    const ptxFree = free('paclitaxel');
    const abx = all.abraxane.targeting.payloadDeliveryPctID.paclitaxel / ptxFree;
    expect(abx).toBeGreaterThan(0.6);
    expect(abx).toBeLessThan(1.4);
    expect(all['genexol-pm'].targeting.payloadDeliveryPctID.paclitaxel / ptxFree).toBeGreaterThan(1.5);
    expect(all.doxil.targeting.payloadDeliveryPctID.doxorubicin / free('doxorubicin')).toBeGreaterThan(1.2);
  });
});

describe('contract §2 and determinism', () => {
  const s = preset('izb-ccm');
  it('every contract key is present', () => {
    const paths = [
      'formulation', 'loading.payloads', 'loading.totalLoadingPct', 'release.curves', 'release.releasedAt24hPct', 'release.t50h', 'release.selectivityIndex',
      'targeting.hydrodynamicDiameterNm', 'targeting.circulationHalfLifeH', 'targeting.tumorDeliveryPctID', 'targeting.payloadDeliveryPctID',
      'targeting.tumorCellUptakeIndex', 'targeting.cafUptakeIndex', 'radiosensitization.highZ', 'radiosensitization.doseEnhancementFactor',
      'radiosensitization.localEnhancementFactor', 'radiosensitization.hypoxicFraction', 'radiosensitization.sensitizerEnhancementRatio',
      'radiosensitization.sf2Control', 'radiosensitization.sf2Treated', 'radiosensitization.eqd2GainGy', 'score.overall', 'score.components',
      'explanations', 'warnings', 'modelVersion',
    ];
    for (const p of paths) expect(p.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], s), p).toBeDefined();
    for (const k of ['loading', 'release', 'targeting', 'radiosensitization', 'safety']) expect(k in s.score.components).toBe(true);
    for (const c of s.release.curves) expect(c.points[c.points.length - 1][0]).toBe(72);
    expect(s.release.curves.map((c) => c.pH)).toEqual([7.4, 6.5, 5]);
    for (const p of s.loading.payloads) for (const k of ['agent', 'loadingCapacityPct', 'encapsulationEfficiencyPct', 'moleculesPerParticle']) expect(k in p).toBe(true);
    expect(s.modelVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Object.keys(s.explanations)).toEqual(expect.arrayContaining(['loading.totalLoadingPct', 'targeting.tumorDeliveryPctID', 'radiosensitization.doseEnhancementFactor', 'radiosensitization.sensitizerEnhancementRatio', 'score.overall']));
  });
  it('overall is the weighted geometric mean of the applicable components', () => {
    const ds = Object.values(s.score.desirability).filter((d) => d.d !== null);
    const g = 100 * Math.exp(ds.reduce((a, d) => a + d.weight * Math.log(d.d!), 0) / ds.reduce((a, d) => a + d.weight, 0));
    expect(s.score.overall).toBeCloseTo(g, 9);
    const w = scoreFormulation(PRESETS['izb-ccm'].formulation, { weights: { radiosensitization: 3 } });
    expect(w.score.desirability.radiosensitization.weight).toBe(3);
  });
  it('deterministic and lean mode gives the same numbers', () => {
    const lean = scoreFormulation(PRESETS['izb-ccm'].formulation, { lean: true });
    expect(lean.score.overall).toBe(s.score.overall);
    expect(lean.radiosensitization).toEqual(s.radiosensitization);
    expect(preset('izb-ccm')).toEqual(s);
  });
  it('invalid input throws FormulationError with paths; workspaces prefix them', () => {
    expect(() => scoreFormulation({ core: { material: 'nope' } })).toThrow(FormulationError);
    try {
      scoreWorkspace({ formulations: [{ core: { material: 'zif-8' } }, { core: { material: 'nope' } }] });
    } catch (e) {
      expect((e as FormulationError).issues[0].path).toBe('formulations.1.core.material');
    }
    expect(scoreWorkspace({ formulations: [{ core: { material: 'zif-8' } }, { core: { material: 'gold' } }] })).toHaveLength(2);
  });
  it('catalog overrides by dotted id change the result (core.bareHalfLifeH)', () => {
    const a = scoreFormulation(PRESETS['izb-bare'].formulation);
    const b = scoreFormulation(PRESETS['izb-bare'].formulation, { overrides: { 'core.bareHalfLifeH': 5 } });
    expect(b.targeting.circulationHalfLifeH).toBeGreaterThan(a.targeting.circulationHalfLifeH);
  });
});

describe('M6 through the engine', () => {
  it('seeded Monte Carlo is reproducible and brackets the deterministic score', () => {
    const f = PRESETS['izb-ccm'].formulation;
    const a = uncertainty(f, { draws: 64, seed: 11 });
    const b = uncertainty(f, { draws: 64, seed: 11 });
    expect(a).toEqual(b);
    const band = a.bands['score.overall'];
    expect(band.p5).toBeLessThanOrEqual(band.p50);
    expect(band.p50).toBeLessThanOrEqual(band.p95);
    expect(a.sensitivity['targeting.tumorDeliveryPctID'].length).toBeGreaterThan(10);
    expect(uncertainty(f, { draws: 64, seed: 12 }).bands['score.overall'].p50).not.toBe(band.p50);
  });
});

/** Paths of every non-finite number in an object (null allowed). */
function nonFinite(x: unknown, path = ''): string[] {
  if (typeof x === 'number') return Number.isFinite(x) ? [] : [path];
  if (typeof x !== 'object' || x === null) return [];
  return Object.entries(x).flatMap(([k, v]) => nonFinite(v, path ? `${path}.${k}` : k));
}

describe('V8 properties over random valid formulations', () => {
  const beams = ['225kVp', '160kVp', '6MV', 'Co-60', 'Ir-192', 'mono:0.05', 'mono:0.1', 'mono:1', 'kvp:120:2mmAl'];
  const arb = fc
    .record({
      core: fc.constantFrom(...CORE_IDS),
      d: fc.double({ min: 5, max: 800, noNaN: true }),
      payloads: fc.uniqueArray(fc.record({ agent: fc.constantFrom(...AGENT_IDS), mode: fc.nat(5), feed: fc.double({ min: 0.01, max: 3, noNaN: true }) }), { maxLength: 3, selector: (p) => p.agent }),
      coat: fc.option(
        fc.record({
          ms: fc.uniqueArray(fc.record({ source: fc.constantFrom(...MEMBRANE_IDS), w: fc.double({ min: 0.05, max: 1, noNaN: true }) }), { maxLength: 3, selector: (m) => m.source }),
          ratio: fc.double({ min: 0, max: 5, noNaN: true }),
          peg: fc.boolean(),
        }),
      ),
      route: fc.constantFrom('iv', 'intratumoral'),
      dose: fc.double({ min: 0.1, max: 200, noNaN: true }),
      beam: fc.constantFrom(...beams),
      medium: fc.constantFrom('buffer', 'pbs', 'serum'),
      temp: fc.double({ min: 30, max: 45, noNaN: true }),
      delay: fc.double({ min: 0, max: 72, noNaN: true }),
      fractions: fc.integer({ min: 1, max: 35 }),
      fd: fc.double({ min: 0.5, max: 10, noNaN: true }),
    })
    .map((r) => {
      const modes = Object.keys(CORES[r.core].loading);
      const sum = r.coat ? r.coat.ms.reduce((a, m) => a + m.w, 0) : 0;
      return {
        core: { material: r.core, diameterNm: r.d },
        payloads: r.payloads.map((p) => ({ agent: p.agent, loading: modes[p.mode % modes.length], feedMassRatio: p.feed })),
        coating: r.coat ? { membranes: r.coat.ms.map((m) => ({ source: m.source, fraction: m.w / sum })), membraneToCoreMassRatio: r.coat.ratio, peg: r.coat.peg } : null,
        scenario: { route: r.route, doseMgPerKg: r.dose, beam: r.beam, medium: r.medium, temperatureC: r.temp, irradiationDelayH: r.delay, fractions: r.fractions, fractionDoseGy: r.fd },
      };
    });
  it('no NaN/Infinity anywhere; fractions in [0, 1]; DEF ≥ 1; scores in range', () => {
    let scored = 0;
    fc.assert(
      fc.property(arb, (f) => {
        const parsed = parseFormulation(f);
        if (!parsed.ok) return true; // the schema rejects it (e.g. a mode the carrier cannot do): not a valid formulation
        const s = scoreFormulation(parsed.value, { lean: true });
        scored++;
        expect(nonFinite(s)).toEqual([]);
        const r = s.radiosensitization;
        for (const v of [r.hypoxicFraction, r.sf2Control, r.sf2Treated, r.fakOccupancy, s.geometry.membraneCoverage]) expect(v >= 0 && v <= 1).toBe(true);
        for (const v of Object.values(s.release.releasedAt24hPct)) expect(v >= 0 && v <= 100 + 1e-9).toBe(true);
        // DEF ≥ 1 where high-Z atoms out-absorb tissue (kV); at MV, Compton per gram (∝ Z/A) is slightly lower than water's
        if (/kVp|kvp|mono:0\.0|mono:0\.1/.test(String(parsed.value.scenario.beam))) expect(r.doseEnhancementFactor).toBeGreaterThanOrEqual(1);
        else expect(r.doseEnhancementFactor).toBeGreaterThan(0.999);
        expect(r.localEnhancementFactor).toBeGreaterThanOrEqual(1);
        expect(s.targeting.tumorDeliveryPctID).toBeGreaterThanOrEqual(0);
        expect(s.targeting.tumorDeliveryPctID).toBeLessThanOrEqual(100);
        for (const v of Object.values(s.targeting.payloadDeliveryPctID)) expect(v >= 0 && v <= 100).toBe(true);
        expect(s.score.overall >= 0 && s.score.overall <= 100).toBe(true);
      }),
      { numRuns: 150, seed: 20240601 },
    );
    expect(scored).toBeGreaterThan(30);
  });
});
