// M1 loading: closed form vs solver, competitive balance residuals, bounds (fast-check), size exclusion, precedence, free drug, doping.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeGeometry } from '../geometry';
import type { LoadingAnchor, LoadingMode } from '../entities';
import { param } from '../param';
import { computeLoading, langmuirSingle, loadingPool, solveCompetitiveLangmuir, specificSurfaceM2PerG } from './index';
import { BI, core, DRUG, FREE, HFO2, rule, SMALL_DRUG, ZIF8, agent } from './test-fixtures';

const pos = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
const logPos = (lo: number, hi: number) => pos(Math.log10(lo), Math.log10(hi)).map((e) => 10 ** e);

/**
 * Error in q implied by the residual of q_i = qmax_i K_i (f_i − q_i)/(1 + S): |r_i| / (∂r_i/∂q_i), ∂r_i/∂q_i ≈ 1 + qmax_i K_i/(1 + S).
 * The raw residual is ill-conditioned when qmax·K ≫ 1 (f − q cancels, and a 1-ulp error in q is amplified by qmax·K),
 * so convergence "to 1e-10" is checked on q itself.
 */
function qError(q: number, f: number, qmax: number, K: number, S: number): number {
  return Math.abs(q - (qmax * K * (f - q)) / (1 + S)) / (1 + (qmax * K) / (1 + S));
}

describe('single-payload Langmuir', () => {
  it('hand value: K = 1, f = 1, qmax = 1 → q = (3 − √5)/2', () => expect(langmuirSingle(1, 1, 1)).toBeCloseTo((3 - Math.sqrt(5)) / 2, 14));
  it('hand value: K = 20, f = 0.5, qmax = 0.3 → q = (17 − 7)/40 = 0.25', () => expect(langmuirSingle(0.5, 0.3, 20)).toBeCloseTo(0.25, 14));
  it('closed form satisfies the balance and matches the numeric solver', () => {
    fc.assert(
      fc.property(logPos(1e-4, 1e3), logPos(1e-4, 1e2), logPos(1e-3, 1e5), (f, qmax, K) => {
        const q = langmuirSingle(f, qmax, K);
        const s = solveCompetitiveLangmuir([f], [qmax], [K]);
        expect(Math.abs(s.q[0] - q)).toBeLessThanOrEqual(1e-10 * Math.max(1, q));
        expect(qError(q, f, qmax, K, K * (f - q))).toBeLessThanOrEqual(1e-10 * Math.max(1, q));
        expect(q).toBeGreaterThanOrEqual(0);
        expect(q).toBeLessThanOrEqual(Math.min(f, qmax));
      }),
    );
  });
});

describe('competitive Langmuir (several payloads)', () => {
  it('two-payload solutions satisfy both equations to 1e-9 (raw residual where well conditioned, q-error everywhere) and stay within [0, min(f, qmax)]', () => {
    // well-conditioned hand case: raw residuals
    const h = solveCompetitiveLangmuir([0.2, 0.3], [0.4, 0.5], [20, 5]);
    const Sh = 20 * (0.2 - h.q[0]) + 5 * (0.3 - h.q[1]);
    expect(Math.abs(h.q[0] - (0.4 * 20 * (0.2 - h.q[0])) / (1 + Sh))).toBeLessThan(1e-12);
    expect(Math.abs(h.q[1] - (0.5 * 5 * (0.3 - h.q[1])) / (1 + Sh))).toBeLessThan(1e-12);
    fc.assert(
      fc.property(fc.array(fc.tuple(logPos(1e-4, 1e2), logPos(1e-4, 1e2), logPos(1e-3, 1e5)), { minLength: 2, maxLength: 5 }), (ps) => {
        const f = ps.map((p) => p[0]);
        const qmax = ps.map((p) => p[1]);
        const K = ps.map((p) => p[2]);
        const { q } = solveCompetitiveLangmuir(f, qmax, K);
        const S = q.reduce((s, qi, i) => s + K[i] * (f[i] - qi), 0);
        q.forEach((qi, i) => {
          expect(qi).toBeGreaterThanOrEqual(0);
          expect(qi).toBeLessThanOrEqual(Math.min(f[i], qmax[i]));
          expect(qError(qi, f[i], qmax[i], K[i], S)).toBeLessThanOrEqual(1e-9);
        });
      }),
    );
  });
  it('a competitor lowers the loading of the other payload', () => {
    const alone = langmuirSingle(0.2, 0.4, 20);
    const { q } = solveCompetitiveLangmuir([0.2, 0.3], [0.4, 0.4], [20, 20]);
    expect(q[0]).toBeLessThan(alone);
  });
  it('zero feed or K gives zero loading and leaves the other payload as if alone', () => {
    const { q } = solveCompetitiveLangmuir([0.2, 0], [0.4, 0.4], [20, 20]);
    expect(q[1]).toBe(0);
    expect(q[0]).toBeCloseTo(langmuirSingle(0.2, 0.4, 20), 12);
  });
});

const geo = (d = 120, r = 1) => computeGeometry({ core: ZIF8, diameterNm: d, coating: { membranes: [{ fraction: 1 }], membraneToCoreMassRatio: r, peg: false } });

describe('computeLoading', () => {
  it('EE ≤ 1, LC ∈ [0, 1], total LC = Σ LC < 100 % over feeds, K, qmax and diameters', () => {
    fc.assert(
      fc.property(
        logPos(5, 1000),
        logPos(1e-3, 10),
        logPos(1e-3, 10),
        logPos(1e-2, 1e4),
        logPos(1e-3, 5),
        logPos(1e-3, 5),
        fc.double({ min: 0, max: 3, noNaN: true }),
        (d, qmax, f1, K, f2, f3, r) => {
          const c = core('z', { loading: { 'one-pot': rule(qmax, K, K / 3, K / 10), 'post-loaded': { ...rule(qmax, K), sizeExclusion: true }, doped: rule(qmax) } });
          const g = computeGeometry({ core: c, diameterNm: d, coating: { membranes: [{ fraction: 1 }], membraneToCoreMassRatio: r, peg: false } });
          const res = computeLoading({
            core: c,
            geometry: g,
            payloads: [
              { agent: DRUG, mode: 'one-pot', feedMassRatio: f1 },
              { agent: SMALL_DRUG, mode: 'post-loaded', feedMassRatio: f2 },
              { agent: BI, mode: 'doped', feedMassRatio: f3 },
            ],
          });
          let sumLc = 0;
          for (const p of res.payloads) {
            expect(p.encapsulationEfficiencyPct).toBeGreaterThanOrEqual(0);
            expect(p.encapsulationEfficiencyPct).toBeLessThanOrEqual(100 + 1e-9);
            expect(p.loadingCapacityPct).toBeGreaterThanOrEqual(0);
            expect(p.loadingCapacityPct).toBeLessThanOrEqual(100);
            expect(Number.isFinite(p.moleculesPerParticle)).toBe(true);
            sumLc += p.loadingCapacityPct;
          }
          expect(res.totalLoadingPct).toBeCloseTo(sumLc, 9);
          expect(res.totalLoadingPct).toBeLessThan(100);
        },
      ),
    );
  });

  it('molecules per particle = q · m_core · N_A / MW (hand: q 0.25 → 1.0789e5·2.5)', () => {
    // DRUG on a rule with qmax 0.3, K 20 at f 0.5 → q = 0.25 (hand value above).
    // m_core(120 nm) = 8.3239639e-16 g; 0.25 · 8.3239639e-16 · 6.02214076e23 / 464.6 = 2.69737e5.
    const c = core('z', { loading: { 'one-pot': rule(0.3, 20) } });
    const res = computeLoading({ core: c, geometry: geo(), payloads: [{ agent: DRUG, mode: 'one-pot', feedMassRatio: 0.5 }] });
    expect(res.payloads[0].loadedMgPerMgCarrier).toBeCloseTo(0.25, 12);
    expect(res.payloads[0].moleculesPerParticle / 2.69737e5).toBeCloseTo(1, 4);
    // LC = 0.25/(1 + 0.25 + 0.20652174) = 17.164 %
    expect(res.payloads[0].loadingCapacityPct).toBeCloseTo((100 * 0.25) / 1.45652174, 6);
    expect(res.particleMassG).toBeCloseTo(8.3239639e-16 * 1.45652174, 22);
  });

  it('size exclusion: a drug wider than the aperture post-loads only on the surface, qmax = 6000/(ρ d) mg/g · Γ', () => {
    // ZIF-8 120 nm: 6/(0.92e6 g/m³ · 120e-9 m) = 54.348 m²/g; × 1 mg/m² = 0.054348 mg/mg.
    expect(specificSurfaceM2PerG(0.92, 120)).toBeCloseTo(54.348, 3);
    const res = computeLoading({ core: ZIF8, geometry: geo(), payloads: [{ agent: DRUG, mode: 'post-loaded', feedMassRatio: 1 }] });
    expect(res.payloads[0].ruleOrigin).toBe('size-exclusion');
    expect(res.payloads[0].qmaxMgPerMg).toBeCloseTo(0.054348, 6);
    const small = computeLoading({ core: ZIF8, geometry: geo(), payloads: [{ agent: SMALL_DRUG, mode: 'post-loaded', feedMassRatio: 1 }] });
    expect(small.payloads[0].ruleOrigin).toBe('rule');
    expect(small.payloads[0].loadedMgPerMgCarrier).toBeGreaterThan(res.payloads[0].loadedMgPerMgCarrier);
    // one-pot has no size exclusion
    const onePot = computeLoading({ core: ZIF8, geometry: geo(), payloads: [{ agent: DRUG, mode: 'one-pot', feedMassRatio: 1 }] });
    expect(onePot.payloads[0].ruleOrigin).toBe('rule');
  });

  it('precedence: user calibration > published anchor > rule', () => {
    const anchor: LoadingAnchor = { core: ZIF8.id, agent: DRUG.id, mode: 'one-pot', qmaxMgPerMg: param(0.3, 'mg/mg', 'test', 'published'), affinityK: param(20, '1', 'test', 'published') };
    const base = { core: ZIF8, geometry: geo(), payloads: [{ agent: DRUG, mode: 'one-pot' as LoadingMode, feedMassRatio: 0.5 }] };
    expect(computeLoading(base).payloads[0].ruleOrigin).toBe('rule');
    const a = computeLoading({ ...base, anchors: [anchor] }).payloads[0];
    expect(a.ruleOrigin).toBe('anchor');
    expect(a.loadedMgPerMgCarrier).toBeCloseTo(0.25, 12);
    const c = computeLoading({ ...base, anchors: [anchor], calibrations: [{ core: ZIF8.id, agent: DRUG.id, mode: 'one-pot', qmaxMgPerMg: 1, affinityK: 1 }] }).payloads[0];
    expect(c.ruleOrigin).toBe('calibration');
    expect(c.loadedMgPerMgCarrier).toBeCloseTo(langmuirSingle(0.5, 1, 1), 12);
  });

  it('affinity class picks K', () => {
    const strong = computeLoading({ core: ZIF8, geometry: geo(), payloads: [{ agent: agent('s', 'strong'), mode: 'one-pot', feedMassRatio: 0.2 }] });
    const weak = computeLoading({ core: ZIF8, geometry: geo(), payloads: [{ agent: agent('w', 'weak'), mode: 'one-pot', feedMassRatio: 0.2 }] });
    expect(strong.payloads[0].affinityK).toBe(20);
    expect(weak.payloads[0].affinityK).toBe(1);
    expect(strong.payloads[0].encapsulationEfficiencyPct).toBeGreaterThan(weak.payloads[0].encapsulationEfficiencyPct);
  });

  it('doped: EE ≈ 1 up to the lattice capacity, then capped; no competition with adsorbed payloads', () => {
    const g = computeGeometry({ core: HFO2, diameterNm: 50, coating: null });
    const low = computeLoading({ core: HFO2, geometry: g, payloads: [{ agent: BI, mode: 'doped', feedMassRatio: 0.05 }] });
    expect(low.payloads[0].encapsulationEfficiencyPct).toBeGreaterThan(97);
    const high = computeLoading({ core: HFO2, geometry: g, payloads: [{ agent: BI, mode: 'doped', feedMassRatio: 1 }] });
    expect(high.payloads[0].loadedMgPerMgCarrier).toBeLessThanOrEqual(0.1);
    expect(high.payloads[0].loadedMgPerMgCarrier).toBeGreaterThan(0.098);
    const mixed = computeLoading({ core: ZIF8, geometry: geo(), payloads: [{ agent: BI, mode: 'doped', feedMassRatio: 0.05 }, { agent: DRUG, mode: 'one-pot', feedMassRatio: 0.2 }] });
    const alone = computeLoading({ core: ZIF8, geometry: geo(), payloads: [{ agent: DRUG, mode: 'one-pot', feedMassRatio: 0.2 }] });
    expect(mixed.payloads[1].loadedMgPerMgCarrier).toBeCloseTo(alone.payloads[0].loadedMgPerMgCarrier, 12);
  });

  it('element agents loaded one-pot join the lattice pool: the drug loads as if alone, the element as its own Langmuir root', () => {
    // hand references: the fixture's one-pot rule with the strong-class K, each payload alone (closed form)
    const r1 = ZIF8.loading['one-pot']!;
    const both = computeLoading({ core: ZIF8, geometry: geo(), payloads: [{ agent: DRUG, mode: 'one-pot', feedMassRatio: 0.2 }, { agent: BI, mode: 'one-pot', feedMassRatio: 0.3 }] });
    expect(both.payloads[0].loadedMgPerMgCarrier).toBeCloseTo(langmuirSingle(0.2, r1.qmaxMgPerMg.value, r1.affinityK.strong.value), 12);
    expect(both.payloads[1].loadedMgPerMgCarrier).toBeCloseTo(langmuirSingle(0.3, r1.qmaxMgPerMg.value, r1.affinityK.strong.value), 12);
    expect(both.explanations.map((e) => e.equation)).toEqual(['M1.langmuir-competitive', 'M1.lattice-doping', 'M1.loading-content']);
    // a high-Z *drug* (not an element agent, e.g. a Pt complex) still competes for the adsorption sites
    const ptDrug = agent('pt-drug', 'strong', { formula: 'Pt(NH3)2Cl2', highZElement: 'Pt' });
    const competing = computeLoading({ core: ZIF8, geometry: geo(), payloads: [{ agent: DRUG, mode: 'one-pot', feedMassRatio: 0.2 }, { agent: ptDrug, mode: 'one-pot', feedMassRatio: 0.3 }] });
    expect(competing.payloads[0].loadedMgPerMgCarrier).toBeLessThan(both.payloads[0].loadedMgPerMgCarrier - 1e-3);
    expect(loadingPool(BI, 'one-pot')).toBe('lattice');
    expect(loadingPool(BI, 'doped')).toBe('lattice');
    expect(loadingPool(BI, 'post-loaded')).toBe('adsorption');
    expect(loadingPool(DRUG, 'one-pot')).toBe('adsorption');
  });

  it('property: adding an element (one-pot or doped) never changes any drug payload\'s loading', () => {
    const drugs = [DRUG, SMALL_DRUG, agent('m', 'moderate'), agent('w', 'weak')];
    fc.assert(
      fc.property(
        fc.constantFrom(...drugs),
        fc.constantFrom<LoadingMode>('one-pot', 'post-loaded'),
        logPos(1e-3, 10),
        fc.constantFrom<LoadingMode>('one-pot', 'doped'),
        logPos(1e-3, 10),
        logPos(20, 500),
        (drug, drugMode, fDrug, biMode, fBi, d) => {
          const g = computeGeometry({ core: ZIF8, diameterNm: d, coating: null });
          const alone = computeLoading({ core: ZIF8, geometry: g, payloads: [{ agent: drug, mode: drugMode, feedMassRatio: fDrug }] });
          const withBi = computeLoading({ core: ZIF8, geometry: g, payloads: [{ agent: drug, mode: drugMode, feedMassRatio: fDrug }, { agent: BI, mode: biMode, feedMassRatio: fBi }] });
          expect(withBi.payloads[0].loadedMgPerMgCarrier).toBe(alone.payloads[0].loadedMgPerMgCarrier);
          expect(withBi.payloads[1].loadedMgPerMgCarrier).toBeGreaterThan(0);
        },
      ),
    );
  });

  it('free drug: EE 100 %, LC 100 % (split by feed), molecules per particle 0, explained', () => {
    const g = computeGeometry({ core: FREE, diameterNm: 1, coating: null });
    const r = computeLoading({ core: FREE, geometry: g, payloads: [{ agent: DRUG, mode: 'one-pot', feedMassRatio: 1 }] });
    expect(r.payloads[0].encapsulationEfficiencyPct).toBe(100);
    expect(r.payloads[0].loadingCapacityPct).toBe(100);
    expect(r.totalLoadingPct).toBe(100);
    expect(r.payloads[0].moleculesPerParticle).toBe(0);
    expect(r.explanations[0].equation).toBe('M1.free-drug');
  });

  it('rejects a mode the carrier cannot do, naming the possible ones', () => {
    expect(() => computeLoading({ core: ZIF8, geometry: geo(), payloads: [{ agent: DRUG, mode: 'remote', feedMassRatio: 0.1 }] })).toThrow(/cannot do 'remote'.*one-pot/);
  });
});
