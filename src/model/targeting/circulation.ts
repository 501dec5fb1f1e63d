// M3 circulation: blood elimination from the surface (bare, PEG, membranes, hybrids, partial coverage) and from size (kidney, liver/spleen).
import { tp } from './params';

const LN2 = Math.LN2;

export interface MembraneShare {
  id: string;
  /** Fraction of the membrane coat (fractions sum to 1). */
  fraction: number;
  /** Half-life prolongation relative to RBC membrane's (RBC = 1). */
  prolongationVsRbc: number;
}

export interface SurfaceInput {
  /** Blood half-life of the bare ≈100 nm core (h). */
  bareHalfLifeH: number;
  /** Membrane coverage c ∈ [0, 1]. */
  coverage: number;
  membranes: MembraneShare[];
  peg: boolean;
}

export interface SurfaceRates {
  bare: number;
  peg: number;
  membrane: number | null;
  perMembrane: { id: string; halfLifeH: number; ratePerH: number }[];
  /** Rate of the membrane-covered surface patch and of the uncovered patch (h⁻¹). */
  covered: number | null;
  uncovered: number;
  /** Coverage-weighted surface elimination rate at the reference size (h⁻¹). */
  surface: number;
}

/**
 * Surface-driven elimination rate (h⁻¹) at the reference size.
 * Membrane j: t_j = t_bare + (t_RBC − t_bare) · p_j; a hybrid averages the rates k_j = ln2/t_j by fraction;
 * coverage c blends the covered and uncovered patches by rate: k = c · k_covered + (1 − c) · k_uncovered.
 * PEG rule (documented in docs/model/targeting.md): PEG-lipid inserts into the membrane and brushes the uncovered
 * core, so each patch takes the slower-clearing of its own surface and PEG (no synergy assumed):
 * k_covered = min(k_mem, k_PEG), k_uncovered = min(k_bare, k_PEG).
 */
export function surfaceRates(input: SurfaceInput, overrides?: Record<string, number>): SurfaceRates {
  const tBare = input.bareHalfLifeH;
  const tRbc = tp('targeting.rbcHalfLifeH', overrides);
  const kBare = LN2 / tBare;
  const kPeg = LN2 / tp('targeting.pegHalfLifeH', overrides);
  const c = Math.min(1, Math.max(0, input.coverage));
  const perMembrane = input.membranes.map((m) => {
    const t = Math.max(1e-3, tBare + (tRbc - tBare) * Math.max(0, m.prolongationVsRbc));
    return { id: m.id, halfLifeH: t, ratePerH: LN2 / t };
  });
  let membrane: number | null = null;
  if (perMembrane.length > 0) {
    let sf = 0;
    let sk = 0;
    input.membranes.forEach((m, i) => {
      const f = Math.max(0, m.fraction);
      sf += f;
      sk += f * perMembrane[i].ratePerH;
    });
    membrane = sf > 0 ? sk / sf : perMembrane.reduce((a, p) => a + p.ratePerH, 0) / perMembrane.length;
  }
  const uncovered = input.peg ? Math.min(kBare, kPeg) : kBare;
  const covered = membrane === null ? null : input.peg ? Math.min(membrane, kPeg) : membrane;
  const surface = covered === null ? uncovered : c * covered + (1 - c) * uncovered;
  return { bare: kBare, peg: kPeg, membrane, perMembrane, covered, uncovered, surface };
}

/** Size factor on surface clearance, S(d) = [1 + (d/d_MPS)^n] / [1 + (d_ref/d_MPS)^n]; S(d_ref) = 1, rising steeply above d_MPS. */
export function mpsSizeFactor(hydrodynamicDiameterNm: number, overrides?: Record<string, number>): number {
  const dM = tp('targeting.mpsDiameterNm', overrides);
  const n = tp('targeting.mpsExponent', overrides);
  const dRef = tp('targeting.refHydrodynamicDiameterNm', overrides);
  return (1 + Math.pow(hydrodynamicDiameterNm / dM, n)) / (1 + Math.pow(dRef / dM, n));
}

/** Renal filtration rate (h⁻¹): k_renal / (1 + exp((d_h − d_cut)/w)), a smooth switch at the 5.5 nm threshold. */
export function renalRate(hydrodynamicDiameterNm: number, overrides?: Record<string, number>): number {
  const cut = tp('targeting.renalCutoffNm', overrides);
  const w = tp('targeting.renalWidthNm', overrides);
  const k = tp('targeting.renalRatePerH', overrides);
  const z = (hydrodynamicDiameterNm - cut) / w;
  return z > 700 ? 0 : k / (1 + Math.exp(z));
}

/** EPR extravasation size factor E(d)/E(d_ref), E(d) = 1/(1 + (d/d_pore)²): particles near the vessel pore size extravasate less. */
export function eprSizeFactor(hydrodynamicDiameterNm: number, overrides?: Record<string, number>): number {
  const dp = tp('targeting.eprPoreDiameterNm', overrides);
  const dRef = tp('targeting.refHydrodynamicDiameterNm', overrides);
  return (1 + (dRef / dp) ** 2) / (1 + (hydrodynamicDiameterNm / dp) ** 2);
}

/** Passive EPR uptake rate of the calibration particle (h⁻¹): k_EPR0 = TD_ref · ln2 / t½_PEG (its observed clearance includes it). */
export function referenceEprRate(overrides?: Record<string, number>): number {
  return (tp('targeting.referenceDeliveryPctID', overrides) / 100) * (LN2 / tp('targeting.pegHalfLifeH', overrides));
}

/** Saturating Hill function normalised to g(0) = 0, g(1) = 1: g(x) = x^n (1 + K^n) / (x^n + K^n), x clamped to [0, 1]. */
export function hill(x: number, overrides?: Record<string, number>): number {
  const K = tp('targeting.hillK', overrides);
  const n = tp('targeting.hillN', overrides);
  const xc = Math.min(1, Math.max(0, x));
  if (xc === 0) return 0;
  const xn = Math.pow(xc, n);
  const Kn = Math.pow(K, n);
  return (xn * (1 + Kn)) / (xn + Kn);
}
