// Cores and loading anchors: contract ids, sourced parameters, MODEL.md M2 release targets and the M1 anchors (independent arithmetic).
import { describe, expect, it } from 'vitest';
import { LOADING_MODES } from '../model/entities';
import type { Param } from '../model/param';
import { isParam } from '../model/guards';
import { molarMassGPerMol } from '../model/physics/composition';
import { LOADING_ANCHORS } from './anchors';
import { CORES, CORE_IDS } from './cores';

const CONTRACT_CORES = ['none', 'zif-8', 'zif-90', 'mil-100-fe', 'uio-66', 'hf-mof', 'bi-mof', 'hfo2', 'gold', 'bi2s3', 'mesoporous-silica', 'liposome', 'thermosensitive-liposome', 'plga', 'polymeric-micelle', 'albumin', 'polymer-conjugate', 'iron-oxide', 'lnp', 'silica-gold-nanoshell'];

const CATALOG_ADDED_CORES = ['lipid-polymer-hybrid'];

function params(x: unknown, path = ''): [string, Param][] {
  if (isParam(x)) return [[path, x]];
  if (typeof x !== 'object' || x === null) return [];
  return Object.entries(x).flatMap(([k, v]) => params(v, path ? `${path}.${k}` : k));
}

/** MODEL.md M2, written out independently of any model code. */
function released(core: (typeof CORES)['zif-8'], mode: 'one-pot', dNm: number, pH: number, tH: number): number {
  const r = core.release;
  const v = r.vRefNmPerH.value * 10 ** (r.nH.value * (7.4 - pH));
  const k = r.kdPerH.value * 10 ** (r.nD.value * (7.4 - pH));
  const fb = r.burstFraction[mode]?.value ?? 0;
  const x = Math.min(1, (v * tH) / (dNm / 2));
  const fe = 1 - (1 - x) ** 3;
  const fd = 1 - Math.exp(-k * tH);
  return fb * (1 - Math.exp(-r.kbPerH.value * tH)) + (1 - fb) * (1 - (1 - fd) * (1 - fe));
}

describe('cores', () => {
  it('has every contract core id, keyed by its own id', () => {
    // the contract's cores, plus catalog additions (extend, never break): #27 the lipid–polymer hybrid
    expect([...CORE_IDS].sort()).toEqual([...CONTRACT_CORES, ...CATALOG_ADDED_CORES].sort());
    for (const id of CORE_IDS) expect(CORES[id].id).toBe(id);
  });

  it('every parameter has a unit, a source and a provenance; assumptions say so', () => {
    for (const id of CORE_IDS) {
      for (const [path, p] of params(CORES[id])) {
        expect(p.unit, `${id}.${path}`).not.toBe('');
        expect(p.source.length, `${id}.${path}`).toBeGreaterThan(5);
        expect(['data', 'published', 'fitted', 'assumption']).toContain(p.provenance);
        expect(Number.isFinite(p.value), `${id}.${path}`).toBe(true);
        if (p.provenance === 'assumption') expect(p.source.startsWith('assumption'), `${id}.${path}`).toBe(true);
        if (p.min !== undefined) expect(p.value).toBeGreaterThanOrEqual(p.min);
        if (p.max !== undefined) expect(p.value).toBeLessThanOrEqual(p.max);
      }
    }
  });

  it('formulas parse and ZIF-8 is 28.7 % Zn, HfO2 84.8 % Hf (MODEL.md M0)', () => {
    for (const id of CORE_IDS) if (CORES[id].formula) expect(molarMassGPerMol(CORES[id].formula!)).toBeGreaterThan(0);
    expect(65.38 / molarMassGPerMol('Zn(C4H5N2)2')).toBeCloseTo(0.287, 3);
  });

  it('ZIF-8 density equals the Wong-Ng crystal density Z·M/(N_A a³)', () => {
    const rho = (12 * molarMassGPerMol('Zn(C4H5N2)2')) / (6.02214076e23 * (17.01e-8) ** 3);
    expect(CORES['zif-8'].densityGPerCm3.value).toBeCloseTo(rho, 2);
  });

  it('ZIF-8 defaults: 100 nm releases < 20 % in 24 h at pH 7.4 and > 80 % at pH 5.0 (MODEL.md M2)', () => {
    expect(released(CORES['zif-8'], 'one-pot', 100, 7.4, 24)).toBeLessThan(0.2);
    expect(released(CORES['zif-8'], 'one-pot', 100, 5.0, 24)).toBeGreaterThan(0.8);
  });

  it('non-dissolving carriers have v = 0; acid-responsive ones have v_ref > 0 and n_H > 0', () => {
    for (const id of ['hfo2', 'gold', 'iron-oxide', 'silica-gold-nanoshell', 'bi2s3'] as const) expect(CORES[id].release.vRefNmPerH.value).toBe(0);
    for (const id of CORE_IDS) {
      const r = CORES[id].release;
      expect(CORES[id].acidResponsive).toBe(r.vRefNmPerH.value > 0 && r.nH.value > 0);
    }
  });

  it('loading modes match the carrier kinds', () => {
    expect(Object.keys(CORES['zif-8'].loading).sort()).toEqual(['doped', 'one-pot', 'post-loaded']);
    expect(Object.keys(CORES.liposome.loading).sort()).toEqual(['post-loaded', 'remote']);
    expect(Object.keys(CORES.lnp.loading)).toEqual(['complexed']);
    expect(Object.keys(CORES['polymer-conjugate'].loading)).toEqual(['conjugated']);
    expect(Object.keys(CORES.none.loading).sort()).toEqual([...LOADING_MODES].sort());
    expect(CORES['thermosensitive-liposome'].release.thermo?.transitionC.value).toBe(41.5);
    expect(CORES.lnp.release.ionizablePKa?.value).toBe(6.4);
  });
});

/** Langmuir one-payload root by bisection on g(q) = q(1 + K(f − q)) − qmax K (f − q), independent of the closed form. */
function langmuirBisect(qmax: number, K: number, f: number): number {
  let lo = 0;
  let hi = Math.min(qmax, f);
  for (let i = 0; i < 200; i++) {
    const q = (lo + hi) / 2;
    const g = q * (1 + K * (f - q)) - qmax * K * (f - q);
    if (g > 0) hi = q;
    else lo = q;
  }
  return (lo + hi) / 2;
}

describe('loading anchors', () => {
  it.each(LOADING_ANCHORS.map((a) => [a.id, a] as const))('%s reproduces its published loading', (_id, a) => {
    const check = (f: number, t: typeof a.target) => {
      const q = langmuirBisect(a.qmaxMgPerMg.value, a.affinityK.value, f);
      const got = t.metric === 'LC' ? (100 * q) / (1 + q) : t.metric === 'EE' ? (100 * q) / f : q;
      if (t.range) {
        expect(got).toBeGreaterThanOrEqual(t.range[0]);
        expect(got).toBeLessThanOrEqual(t.range[1]);
      } else expect(got).toBeCloseTo(t.value, t.metric === 'q' ? 3 : 1);
    };
    check(a.feedMassRatio, a.target);
    for (const o of a.otherFeeds ?? []) check(o.feedMassRatio, o.target);
    expect(CORES[a.core as keyof typeof CORES].loading[a.mode], `${a.core} can do ${a.mode}`).toBeDefined();
  });

  it('DOX@ZIF-8: 20 wt % exactly at feed 0.5 (hand-derived: q = 0.25)', () => {
    expect(langmuirBisect(0.3, 20, 0.5)).toBeCloseTo(0.25, 9);
  });
});

describe('lipid–polymer hybrid: the PLGA core it is made of (#27 D5)', () => {
  const strip = (x: unknown): unknown => JSON.parse(JSON.stringify(x, (k, v) => (k === 'defaultMethod' ? undefined : v)));
  it('shares PLGA\'s release block and loading rules (one block, not a copy that can drift)', () => {
    expect(CORES['lipid-polymer-hybrid'].release).toEqual(CORES.plga.release);
    expect(strip(CORES['lipid-polymer-hybrid'].loading)).toEqual(strip(CORES.plga.loading));
  });
  it('loads one-pot by M1.partition, made by nanoprecipitation unless the payload says otherwise', () => {
    const p = CORES['lipid-polymer-hybrid'].loading['one-pot']?.partition;
    expect(p).toBeDefined();
    expect(p?.defaultMethod).toBe('nanoprecipitation');
    expect(CORES.plga.loading['one-pot']?.partition?.defaultMethod).toBe('single-emulsion');
  });
});
