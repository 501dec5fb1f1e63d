// M1.isotherm (#27 load4): post-synthetic adsorption at the stated loading concentration — Langmuir in C_e with the suspension's mass balance, against a bisection solved here.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
/* eslint-disable @typescript-eslint/no-restricted-imports -- validation tests read the catalog data the model is scored on (the model code itself never imports it) */
import { CORES } from '../../catalog/cores';
import { AGENTS } from '../../catalog/agents';
import { LOADING_ANCHORS } from '../../catalog/anchors';
/* eslint-enable @typescript-eslint/no-restricted-imports */
import { computeGeometry } from '../geometry';
import type { LoadingMode } from '../entities';
import { computeLoading, LOADING_PARAMS } from './index';

const C_REF = LOADING_PARAMS['loading.referenceCarrierMgPerMl'].value;

function q(core: keyof typeof CORES, agent: keyof typeof AGENTS, mode: LoadingMode, f: number, c0?: number, d = 100) {
  const c = CORES[core];
  const geometry = computeGeometry({ core: c, diameterNm: d, coating: null });
  return computeLoading({ core: c, geometry, payloads: [{ agent: AGENTS[agent], mode, feedMassRatio: f, loadingConcentrationMgPerMl: c0 }], anchors: LOADING_ANCHORS }).payloads[0];
}

/** Langmuir q = qmax K_L C_e/(1 + K_L C_e) with C_e = C0 − c q, solved by bisection on C_e ∈ [0, C0]. */
function langmuirSuspension(qmax: number, kL: number, c0: number, carrier: number): number {
  let lo = 0;
  let hi = c0;
  for (let i = 0; i < 200; i++) {
    const ce = (lo + hi) / 2;
    const qe = (qmax * kL * ce) / (1 + kL * ce);
    // too little left in solution if the adsorbed amount exceeds what C0 − C_e can supply
    if (c0 - carrier * qe > ce) lo = ce;
    else hi = ce;
  }
  const ce = (lo + hi) / 2;
  return (qmax * kL * ce) / (1 + kL * ce);
}

describe('M1.isotherm: Langmuir at the loading solution\'s concentration', () => {
  it('doxorubicin on 100 nm UiO-66 from 0.5 mg/mL at f = 0.2: K_L = K/c_ref, c = C₀/f = 2.5 mg/mL, q from the suspension balance', () => {
    const base = q('uio-66', 'doxorubicin', 'post-loaded', 0.2);
    const p = q('uio-66', 'doxorubicin', 'post-loaded', 0.2, 0.5);
    expect(p.ruleOrigin).toBe('size-exclusion');
    expect(p.qmaxMgPerMg).toBeCloseTo(base.qmaxMgPerMg, 12);
    expect(p.affinityK).toBeCloseTo((base.affinityK / C_REF) * 2.5, 12);
    expect(p.loadedMgPerMgCarrier).toBeCloseTo(langmuirSuspension(p.qmaxMgPerMg, base.affinityK / C_REF, 0.5, 2.5), 9);
    expect(p.loadedMgPerMgCarrier).toBeGreaterThan(base.loadedMgPerMgCarrier);
  });
  it('C₀ = f · c_ref reproduces the carrier rule exactly (documents without the field mean what they meant)', () => {
    const f = 0.3;
    expect(q('zif-8', 'cisplatin', 'post-loaded', f, f * C_REF).loadedMgPerMgCarrier).toBeCloseTo(q('zif-8', 'cisplatin', 'post-loaded', f).loadedMgPerMgCarrier, 12);
  });
  it('anchors, one-pot encapsulation and M1.partition keep their own affinity', () => {
    expect(q('zif-8', '5-fluorouracil', 'post-loaded', 1, 0.05).loadedMgPerMgCarrier).toBeCloseTo(q('zif-8', '5-fluorouracil', 'post-loaded', 1).loadedMgPerMgCarrier, 12);
    expect(q('zif-8', 'doxorubicin', 'one-pot', 0.5, 0.05).loadedMgPerMgCarrier).toBeCloseTo(q('zif-8', 'doxorubicin', 'one-pot', 0.5).loadedMgPerMgCarrier, 12);
    expect(q('plga', 'docetaxel', 'one-pot', 0.1, 0.05).loadedMgPerMgCarrier).toBeCloseTo(q('plga', 'docetaxel', 'one-pot', 0.1).loadedMgPerMgCarrier, 12);
  });
  it('property: at one drug:carrier ratio, a more concentrated loading suspension never loads less; q stays below feed and capacity', () => {
    const post = (Object.keys(CORES) as (keyof typeof CORES)[]).filter((c) => CORES[c].loading['post-loaded']);
    const agents = Object.keys(AGENTS) as (keyof typeof AGENTS)[];
    fc.assert(
      fc.property(fc.constantFrom(...post), fc.constantFrom(...agents), fc.double({ min: 0.01, max: 5, noNaN: true }), fc.double({ min: 0.001, max: 50, noNaN: true }), fc.double({ min: 1, max: 20, noNaN: true }), (core, agent, f, c0, k) => {
        const a = q(core, agent, 'post-loaded', f, c0);
        const b = q(core, agent, 'post-loaded', f, c0 * k);
        expect(Number.isFinite(a.loadedMgPerMgCarrier)).toBe(true);
        expect(b.loadedMgPerMgCarrier).toBeGreaterThanOrEqual(a.loadedMgPerMgCarrier - 1e-12);
        expect(a.loadedMgPerMgCarrier).toBeLessThanOrEqual(Math.min(f, a.qmaxMgPerMg) + 1e-12);
      }),
      { numRuns: 200 },
    );
  });
  it('a non-positive concentration is refused with the field named', () => {
    expect(() => q('uio-66', 'doxorubicin', 'post-loaded', 0.2, 0)).toThrow(/loadingConcentrationMgPerMl of doxorubicin must be a finite number > 0/);
  });
});
