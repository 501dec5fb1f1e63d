// Photon beams (contract §1 beam ids): monoenergetic, tabulated clinical spectra and Kramers-law kV tubes with filters.
import { SPECTRA } from './data/spectra';
import { elementInfo, muOverRho, MAX_ENERGY_MEV, MIN_ENERGY_MEV } from './photon';
import type { Provenance } from './explain';

export interface BeamFilter {
  /** element symbol of the filter (e.g. Cu, Al) */
  element: string;
  thicknessMm: number;
}

export type BeamSpec =
  | { kind: 'mono'; energyMeV: number }
  | { kind: 'kvp'; kVp: number; filters: BeamFilter[] }
  | { kind: 'tabulated'; table: '6MV' | 'Co-60' | 'Ir-192' };

/** A photon spectrum on discrete energies. fluence and energyFluence are each normalised to sum 1. */
export interface Spectrum {
  energiesMeV: Float64Array;
  /** photon fluence Φ per energy row (sum 1) */
  fluence: Float64Array;
  /** energy fluence Ψ = E·Φ per row (sum 1) */
  energyFluence: Float64Array;
  /** fluence-weighted mean energy ΣΦE/ΣΦ (MeV) */
  meanEnergyMeV: number;
  /** energy-fluence-weighted mean energy ΣΨE/ΣΨ (MeV) */
  energyFluenceMeanEnergyMeV: number;
}

export interface Beam {
  /** canonical id (named beams keep their name) */
  id: string;
  name: string;
  spec: BeamSpec;
  spectrum: Spectrum;
  /** cache of spectrum-averaged quantities keyed by the computing module (e.g. 'muen:Bi') */
  readonly cache: Map<string, number>;
}

export interface BeamCatalogEntry {
  id: string;
  name: string;
  description: string;
  source: string;
  provenance: Provenance;
}

/** Default filters of the named kV beams (assumptions typical of pre-clinical irradiators; stated in docs/model/radiation.md). */
export const DEFAULT_FILTERS = {
  '225kVp': [{ element: 'Cu', thicknessMm: 0.3 }] as BeamFilter[],
  '160kVp': [
    { element: 'Cu', thicknessMm: 0.5 },
    { element: 'Al', thicknessMm: 2 },
  ] as BeamFilter[],
};

/** Kramers spectra start at this energy (keV): the tube window and air remove softer photons (assumption). */
export const KRAMERS_MIN_KEV = 10;
/** Bin width of Kramers spectra (keV). */
export const KRAMERS_BIN_KEV = 1;
export const KVP_RANGE = { min: 20, max: 1000 } as const;
export const FILTER_MAX_MM = 100;

/** Named beams for UI menus. */
export const BEAMS: readonly BeamCatalogEntry[] = [
  {
    id: '160kVp',
    name: '160 kVp X-ray tube',
    description: 'Kramers thick-target spectrum Φ(E) ∝ (Emax − E)/E from 10 keV, filtered by 0.5 mm Cu + 2 mm Al (default filter, assumption)',
    source: "Kramers' law (H. A. Kramers, Phil. Mag. 46, 836, 1923); filter attenuation NIST XAAMDI μ/ρ (Hubbell & Seltzer, SRD 126 v1.4)",
    provenance: 'assumption',
  },
  {
    id: '225kVp',
    name: '225 kVp X-ray tube',
    description: 'Kramers thick-target spectrum from 10 keV, filtered by 0.3 mm Cu (default filter, assumption)',
    source: "Kramers' law; filter attenuation NIST XAAMDI μ/ρ (Hubbell & Seltzer, SRD 126 v1.4)",
    provenance: 'assumption',
  },
  {
    id: 'Ir-192',
    name: 'Ir-192 brachytherapy',
    description: 'Ir-192 photon lines ≥ 0.1 MeV (X-rays below are absorbed by the source capsule), intensities renormalised',
    source: 'LNHB LARA nuclear data (via ehsteve/roentgen Ir-192.lara.txt)',
    provenance: 'data',
  },
  {
    id: 'Co-60',
    name: 'Co-60 teletherapy',
    description: 'Co-60 teletherapy spectrum including capsule and collimator scatter',
    source: 'Rogers et al. 1987, EGSnrc HEN_HOUSE/spectra/egsnrc/co60.spectrum',
    provenance: 'data',
  },
  {
    id: '6MV',
    name: '6 MV linac',
    description: 'Varian 6 MV bremsstrahlung spectrum, 0.25 MeV bins (bin centres used)',
    source: 'Mohan, Chui & Lidofsky, Med. Phys. 12, 592 (1985), EGSnrc mohan6.spectrum',
    provenance: 'data',
  },
];

/** The accepted beam-id forms, for error messages and help. */
export const BEAM_FORMS =
  'mono:<MeV> (0.001–20, e.g. mono:0.1), 160kVp, 225kVp, Ir-192, Co-60, 6MV, or kvp:<kV>:<filter> (kV 20–1000; filter like 0.3mmCu, 2mmAl, 0.5mmCu+2mmAl, or none)';

function beamError(id: string, reason: string): Error {
  return new Error(`beam "${id}": ${reason}; valid forms: ${BEAM_FORMS}`);
}

const NUM = /^[+]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

function parseFilters(id: string, text: string): BeamFilter[] {
  if (text.toLowerCase() === 'none' || text === '') return [];
  return text.split('+').map((part) => {
    const m = /^([0-9.eE+-]+)\s*mm\s*([A-Za-z]{1,2})$/.exec(part.trim());
    if (!m || !NUM.test(m[1])) throw beamError(id, `filter "${part}" is not <mm>mm<Element>`);
    const t = Number(m[1]);
    if (!(t >= 0 && t <= FILTER_MAX_MM)) throw beamError(id, `filter thickness ${m[1]} mm must be within 0–${FILTER_MAX_MM} mm`);
    let element: string;
    try {
      element = elementInfo(m[2]).symbol;
    } catch {
      throw beamError(id, `filter element "${m[2]}" is not an element symbol`);
    }
    return { element, thicknessMm: t };
  });
}

const NAMED: Record<string, string> = { '160kvp': '160kVp', '225kvp': '225kVp', 'ir-192': 'Ir-192', 'co-60': 'Co-60', '6mv': '6MV' };

/** Parse a beam id (contract §1). Named beams are case-insensitive. Throws an Error naming the valid forms. */
export function parseBeam(id: string): { id: string; name: string; spec: BeamSpec } {
  if (typeof id !== 'string') throw beamError(String(id), 'not a string');
  const raw = id.trim();
  const named = NAMED[raw.toLowerCase()];
  if (named === '160kVp' || named === '225kVp') {
    const filters = DEFAULT_FILTERS[named];
    return { id: named, name: named, spec: { kind: 'kvp', kVp: named === '160kVp' ? 160 : 225, filters } };
  }
  if (named === '6MV' || named === 'Co-60' || named === 'Ir-192') return { id: named, name: named, spec: { kind: 'tabulated', table: named } };
  const lower = raw.toLowerCase();
  if (lower.startsWith('mono:')) {
    const s = raw.slice(5).trim();
    const e = Number(s);
    if (!NUM.test(s) || !Number.isFinite(e)) throw beamError(id, `"${s}" is not a number of MeV`);
    if (e < MIN_ENERGY_MEV || e > MAX_ENERGY_MEV) throw beamError(id, `energy ${s} MeV is outside 0.001–20 MeV`);
    return { id: `mono:${e}`, name: `${e} MeV monoenergetic`, spec: { kind: 'mono', energyMeV: e } };
  }
  if (lower.startsWith('kvp:')) {
    const rest = raw.slice(4);
    const colon = rest.indexOf(':');
    const kvText = (colon < 0 ? rest : rest.slice(0, colon)).trim();
    const kv = Number(kvText);
    if (!NUM.test(kvText) || !Number.isFinite(kv)) throw beamError(id, `"${kvText}" is not a number of kV`);
    if (kv < KVP_RANGE.min || kv > KVP_RANGE.max) throw beamError(id, `tube potential ${kvText} kV is outside ${KVP_RANGE.min}–${KVP_RANGE.max} kV`);
    if (colon < 0) throw beamError(id, 'missing filter (use e.g. kvp:225:0.3mmCu or kvp:100:none)');
    const filters = parseFilters(id, rest.slice(colon + 1).trim());
    const ftext = filters.length ? filters.map((f) => `${f.thicknessMm}mm${f.element}`).join('+') : 'none';
    return { id: `kvp:${kv}:${ftext}`, name: `${kv} kVp, ${ftext === 'none' ? 'unfiltered' : ftext.replace(/\+/g, ' + ')}`, spec: { kind: 'kvp', kVp: kv, filters } };
  }
  throw beamError(id, 'unknown beam');
}

function finishSpectrum(e: number[], phi: number[]): Spectrum {
  const n = e.length;
  const energiesMeV = new Float64Array(e);
  const fluence = new Float64Array(n);
  const energyFluence = new Float64Array(n);
  let sumPhi = 0;
  let sumPsi = 0;
  for (let i = 0; i < n; i++) {
    sumPhi += phi[i];
    sumPsi += phi[i] * e[i];
  }
  if (!(sumPhi > 0) || !(sumPsi > 0)) throw new Error('spectrum has no photons left (filter too thick?)');
  let meanE = 0;
  let meanEPsi = 0;
  for (let i = 0; i < n; i++) {
    fluence[i] = phi[i] / sumPhi;
    energyFluence[i] = (phi[i] * e[i]) / sumPsi;
    meanE += fluence[i] * e[i];
    meanEPsi += energyFluence[i] * e[i];
  }
  return { energiesMeV, fluence, energyFluence, meanEnergyMeV: meanE, energyFluenceMeanEnergyMeV: meanEPsi };
}

/**
 * Kramers thick-target bremsstrahlung Φ(E) ∝ (Emax − E)/E on 1 keV bins from 10 keV to Emax (bin centres),
 * attenuated by exp(−Σ μ/ρ(E)·ρ·t) of each filter (NIST μ/ρ, element densities). Computed in the log domain so a
 * thick filter does not underflow the normalisation.
 */
export function kramersSpectrum(kVp: number, filters: readonly BeamFilter[]): Spectrum {
  const eMaxKeV = kVp;
  const e: number[] = [];
  const logw: number[] = [];
  for (let lo = KRAMERS_MIN_KEV; lo < eMaxKeV - 1e-9; lo += KRAMERS_BIN_KEV) {
    const hi = Math.min(eMaxKeV, lo + KRAMERS_BIN_KEV);
    const c = (lo + hi) / 2;
    const eMeV = c / 1000;
    let lw = Math.log(((eMaxKeV - c) / c) * (hi - lo));
    for (const f of filters) {
      if (f.thicknessMm > 0) lw -= muOverRho(f.element, eMeV) * elementInfo(f.element).densityGPerCm3 * (f.thicknessMm / 10);
    }
    e.push(eMeV);
    logw.push(lw);
  }
  let max = -Infinity;
  for (const v of logw) if (v > max) max = v;
  return finishSpectrum(
    e,
    logw.map((v) => Math.exp(v - max)),
  );
}

function tabulatedSpectrum(table: '6MV' | 'Co-60' | 'Ir-192'): Spectrum {
  const t = SPECTRA[table];
  const e: number[] = [];
  const phi: number[] = [];
  for (let i = 0; i < t.e.length; i++) {
    // Ir-192: gamma-only spectrum of an encapsulated source, drop the X-ray lines below 0.1 MeV
    if (table === 'Ir-192' && t.e[i] < 0.1) continue;
    e.push(t.e[i]);
    phi.push(t.phi[i]);
  }
  return finishSpectrum(e, phi);
}

function buildSpectrum(spec: BeamSpec): Spectrum {
  switch (spec.kind) {
    case 'mono':
      return finishSpectrum([spec.energyMeV], [1]);
    case 'kvp':
      return kramersSpectrum(spec.kVp, spec.filters);
    case 'tabulated':
      return tabulatedSpectrum(spec.table);
    default: {
      const never: never = spec;
      throw new Error(`unhandled beam kind ${JSON.stringify(never)}`);
    }
  }
}

const CACHE_LIMIT = 512;
const byInput = new Map<string, Beam>();
const byCanonical = new Map<string, Beam>();

/** The beam for an id, with its spectrum; cached (by the id as given and by its canonical form). */
export function getBeam(id: string): Beam {
  const hit = byInput.get(id);
  if (hit) return hit;
  const parsed = parseBeam(id);
  let beam = byCanonical.get(parsed.id);
  if (!beam) {
    beam = { ...parsed, spectrum: buildSpectrum(parsed.spec), cache: new Map() };
    if (byCanonical.size >= CACHE_LIMIT) byCanonical.clear();
    byCanonical.set(parsed.id, beam);
  }
  if (byInput.size >= CACHE_LIMIT) byInput.clear();
  byInput.set(id, beam);
  return beam;
}

/** Spectrum-average of f(E) weighted by energy fluence Ψ (the weighting of dose and kerma). */
export function energyFluenceAverage(beam: Beam, f: (energyMeV: number) => number): number {
  const { energiesMeV, energyFluence } = beam.spectrum;
  let s = 0;
  for (let i = 0; i < energiesMeV.length; i++) s += energyFluence[i] * f(energiesMeV[i]);
  return s;
}
