// NIST photon coefficients: log–log interpolation within a segment, never across an absorption edge.
import { ELEMENT_TABLES } from './data/elements';
import { MATERIAL_TABLES } from './data/materials';
import { ELEMENT_PROPERTIES } from './data/element-properties';
import type { PhotonTable } from './data/types';

/**
 * The element tables in use: the catalog's and beams' elements from the start (./data/elements), the other elements of
 * Z = 1…92 once ./elements-all has run (the CLI, the workers and the tests load it at start; the app a moment after its
 * first paint — its own catalog never needs them, #21 initial JS).
 */
const TABLES: Record<string, PhotonTable> = { ...ELEMENT_TABLES };

/** Adds element tables (./elements-all adds ./data/elements-rest). */
export function addElementTables(tables: Readonly<Record<string, PhotonTable>>): void {
  Object.assign(TABLES, tables);
}

function elementTable(symbol: string): PhotonTable {
  const t = TABLES[symbol];
  if (!t) throw new Error(`the NIST photon table of ${symbol} is not loaded yet (the app loads the elements its catalog does not use a moment after it starts); try again`);
  return t;
}

export type { PhotonTable } from './data/types';

/** Tissue (reference medium) ids accepted everywhere a tissue is chosen. */
export type TissueId = 'water' | 'soft-tissue';
export const TISSUES: readonly TissueId[] = ['water', 'soft-tissue'];

/** Range of the NIST tables (MeV). */
export const MIN_ENERGY_MEV = 0.001;
export const MAX_ENERGY_MEV = 20;

/** Which side of an absorption edge to take when the energy is exactly an edge energy (default: above, NIST's second row). */
export type EdgeSide = 'above' | 'below';

export interface ElementInfo {
  symbol: string;
  Z: number;
  /** relative atomic mass, g/mol */
  atomicMassGPerMol: number;
  /** g/cm³ (NISTIR 5632 Table 1) */
  densityGPerCm3: number;
}

const BY_SYMBOL = new Map<string, ElementInfo>();
const BY_LOWER = new Map<string, string>();
for (const [symbol, Z, m, rho] of ELEMENT_PROPERTIES) {
  BY_SYMBOL.set(symbol, { symbol, Z, atomicMassGPerMol: m, densityGPerCm3: rho });
  BY_LOWER.set(symbol.toLowerCase(), symbol);
}

/** All 92 element symbols, H…U, in Z order. */
export const ELEMENT_SYMBOLS: readonly string[] = ELEMENT_PROPERTIES.map((p) => p[0]);

/** Canonical symbol for a case-insensitive element symbol ('bi' → 'Bi'), or undefined. */
export function normalizeElementSymbol(symbol: string): string | undefined {
  return BY_SYMBOL.has(symbol) ? symbol : BY_LOWER.get(symbol.trim().toLowerCase());
}

/** Element properties by symbol (case-insensitive); throws naming the symbol if unknown. */
export function elementInfo(symbol: string): ElementInfo {
  const s = normalizeElementSymbol(symbol);
  if (!s) throw new Error(`unknown element "${symbol}"; use a chemical symbol H…U (Z 1–92)`);
  return BY_SYMBOL.get(s)!;
}

/** The NIST table for an element symbol (case-insensitive) or 'water' | 'soft-tissue'. */
export function photonTable(material: string): PhotonTable {
  if (material === 'water' || material === 'soft-tissue') return MATERIAL_TABLES[material];
  const s = normalizeElementSymbol(material);
  if (!s) throw new Error(`unknown material "${material}"; use an element symbol (H…U), 'water' or 'soft-tissue'`);
  return elementTable(s);
}

/** Throws a RangeError unless 1 keV ≤ E ≤ 20 MeV (a relative slack of 1e-9 absorbs rounding at the ends). */
export function checkEnergy(energyMeV: number): number {
  if (!Number.isFinite(energyMeV)) throw new RangeError(`photon energy must be a finite number of MeV, got ${energyMeV}`);
  if (energyMeV < MIN_ENERGY_MEV * (1 - 1e-9) || energyMeV > MAX_ENERGY_MEV * (1 + 1e-9))
    throw new RangeError(`photon energy ${energyMeV} MeV is outside the NIST tables (0.001–20 MeV)`);
  return Math.min(MAX_ENERGY_MEV, Math.max(MIN_ENERGY_MEV, energyMeV));
}

/**
 * Log–log interpolation of column `y` of a table at energy E.
 * Segments between duplicated energies (edges) are never used, so values never blend across an edge; at exactly an
 * edge energy the row above the edge is used (or the row below with side = 'below').
 */
export function interpolateLogLog(e: readonly number[], y: readonly number[], energyMeV: number, side: EdgeSide = 'above'): number {
  const E = checkEnergy(energyMeV);
  // largest i with e[i] ≤ E (the row above the edge when E is an edge energy)
  let lo = 0;
  let hi = e.length - 1;
  if (E >= e[hi]) lo = hi;
  else {
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (e[mid] <= E) lo = mid;
      else hi = mid;
    }
  }
  let i = lo;
  if (e[i] === E) {
    if (side === 'below' && i > 0 && e[i - 1] === E) i--;
    return y[i];
  }
  // e[i] < E < e[i+1], and e[i] ≠ e[i+1] because E lies strictly between them
  const x0 = e[i];
  const x1 = e[i + 1];
  const t = Math.log(E / x0) / Math.log(x1 / x0);
  return y[i] * Math.pow(y[i + 1] / y[i], t);
}

/** Mass energy-absorption coefficient μen/ρ (cm²/g) of an element symbol, 'water' or 'soft-tissue'. Provenance: data (NIST). */
export function muEnOverRho(material: string, energyMeV: number, side: EdgeSide = 'above'): number {
  const t = photonTable(material);
  return interpolateLogLog(t.e, t.muen, energyMeV, side);
}

/** Mass attenuation coefficient μ/ρ (cm²/g, with coherent scattering) of an element symbol, 'water' or 'soft-tissue'. */
export function muOverRho(material: string, energyMeV: number, side: EdgeSide = 'above'): number {
  const t = photonTable(material);
  return interpolateLogLog(t.e, t.mu, energyMeV, side);
}

export interface AbsorptionEdge {
  /** K, L1, L2, L3, M1 … assigned by sorting the element's edges from highest energy down (as the shared README does) */
  label: string;
  energyMeV: number;
}

const SHELLS = ['K', 'L1', 'L2', 'L3', 'M1', 'M2', 'M3', 'M4', 'M5', 'N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'O1', 'O2', 'O3', 'O4', 'O5'];
const edgeCache = new Map<string, AbsorptionEdge[]>();

/** Absorption edges ≥ 1 keV of an element (duplicated energies of its NIST table), highest first. */
export function absorptionEdges(symbol: string): AbsorptionEdge[] {
  const s = elementInfo(symbol).symbol;
  let edges = edgeCache.get(s);
  if (!edges) {
    const e = elementTable(s).e;
    const energies: number[] = [];
    for (let i = 1; i < e.length; i++) if (e[i] === e[i - 1]) energies.push(e[i]);
    energies.sort((a, b) => b - a);
    edges = energies.map((energyMeV, k) => ({ label: SHELLS[k] ?? `edge${k + 1}`, energyMeV }));
    edgeCache.set(s, edges);
  }
  return edges.map((x) => ({ ...x }));
}
