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
  /** Blood half-life of the bare ≈100 nm core (h); for a lipid surface, from its rigidity (bilayerHalfLifeH). */
  bareHalfLifeH: number;
  /** Membrane coverage c ∈ [0, 1]. */
  coverage: number;
  membranes: MembraneShare[];
  peg: boolean;
  /** PEG chain mass (g/mol) and grafting density (chains/nm²); absent = the reference particle's (#27). */
  pegMolecularWeightDa?: number;
  pegDensityPerNm2?: number;
}

/** Flory radius of a PEG chain, R_F = a·N^(3/5), N = M/44 g/mol ethylene-oxide units (nm). */
export function pegFloryRadiusNm(molecularWeightDa: number, overrides?: Record<string, number>): number {
  const a = tp('targeting.pegFloryMonomerNm', overrides);
  return a * Math.pow(Math.max(1, molecularWeightDa) / 44, 0.6);
}

export interface PegRegime {
  floryRadiusNm: number;
  /** Grafting distance D = 2/√(π σ) (nm). */
  graftingDistanceNm: number;
  /** Surface coverage Γ = σ·π·R_F² (1 = mushrooms just touch). */
  coverage: number;
  regime: 'mushroom' | 'brush';
  /** Shielding relative to the reference particle, s(Γ)/s(Γ_ref), s = Γ/(Γ + Γ½). */
  relativeShielding: number;
}

/**
 * PEG regime (#27): R_F = a·N^(3/5); D = 2/√(πσ); brush when D < R_F (mushroom otherwise); coverage Γ = σ·π·R_F²;
 * shielding s(Γ) = Γ/(Γ + Γ½), taken relative to the reference particle (DSPE-PEG2000 at σ_ref), whose half-life is t½ PEG.
 */
export function pegRegime(molecularWeightDa: number | undefined, densityPerNm2: number | undefined, overrides?: Record<string, number>): PegRegime {
  const mRef = tp('targeting.pegRefMolecularWeightDa', overrides);
  const sRef = tp('targeting.pegRefDensityPerNm2', overrides);
  const half = tp('targeting.pegHalfCoverage', overrides);
  const m = molecularWeightDa ?? mRef;
  const sigma = Math.max(0, densityPerNm2 ?? sRef);
  const rf = pegFloryRadiusNm(m, overrides);
  const rfRef = pegFloryRadiusNm(mRef, overrides);
  const gamma = sigma * Math.PI * rf * rf;
  const gammaRef = sRef * Math.PI * rfRef * rfRef;
  const s = gamma / (gamma + half);
  const sR = gammaRef / (gammaRef + half);
  const D = sigma > 0 ? 2 / Math.sqrt(Math.PI * sigma) : Infinity;
  return { floryRadiusNm: rf, graftingDistanceNm: D, coverage: gamma, regime: D < rf ? 'brush' : 'mushroom', relativeShielding: sR > 0 ? s / sR : 0 };
}

/**
 * Half-life of an uncoated lipid surface (#27) from its rigidity: gel phase s_T = 1/(1 + e^(−(T_m − 37 °C)/w_T)),
 * cholesterol s_C = min(1, χ/χ_sat), rigidity r = (s_T + s_C)/2 ∈ [0, 1], and t = t_fluid^(1 − r) · t_rigid^r
 * (log-linear between a fluid cholesterol-free and a gel-phase cholesterol-rich bilayer).
 */
export function bilayerHalfLifeH(tmC: number, cholesterolMolPct: number, overrides?: Record<string, number>): { halfLifeH: number; rigidity: number; gel: number; cholesterol: number } {
  const w = tp('targeting.bilayerTransitionWidthC', overrides);
  const chiSat = tp('targeting.cholesterolSaturationMolPct', overrides);
  const z = -(tmC - 37) / w;
  const gel = z > 700 ? 0 : 1 / (1 + Math.exp(z));
  const cholesterol = Math.min(1, Math.max(0, cholesterolMolPct) / chiSat);
  const r = (gel + cholesterol) / 2;
  const tF = tp('targeting.fluidBilayerHalfLifeH', overrides);
  const tR = tp('targeting.rigidBilayerHalfLifeH', overrides);
  return { halfLifeH: Math.pow(tF, 1 - r) * Math.pow(tR, r), rigidity: r, gel, cholesterol };
}

/**
 * Saturation of liver (Kupffer-cell) uptake by the particle dose (#27, Ouyang et al. 2020): the saturable share f of
 * the liver/spleen clearance runs at φ(N) = 1/(1 + (N/N_50)^h) of its low-dose rate, the rest at its full rate:
 * factor = (1 − f) + f·φ(N). N = 0 (or unknown) gives 1.
 */
export function mpsSaturationFactor(particles: number, overrides?: Record<string, number>): number {
  if (!(particles > 0) || !Number.isFinite(particles)) return particles === Infinity ? 1 - tp('targeting.mpsSaturableShare', overrides) : 1;
  const nSat = tp('targeting.mpsSaturationParticles', overrides);
  const h = tp('targeting.mpsSaturationHill', overrides);
  const f = Math.min(1, Math.max(0, tp('targeting.mpsSaturableShare', overrides)));
  const phi = 1 / (1 + Math.pow(particles / nSat, h));
  return 1 - f + f * phi;
}

/** 8-point Gauss–Legendre nodes and weights on [−1, 1]. */
const GL8_X = [-0.9602898564975363, -0.7966664774136267, -0.525532409916329, -0.1834346424956498, 0.1834346424956498, 0.525532409916329, 0.7966664774136267, 0.9602898564975363];
const GL8_W = [0.1012285362903763, 0.2223810344533745, 0.3137066458778873, 0.362683783378362, 0.362683783378362, 0.3137066458778873, 0.2223810344533745, 0.1012285362903763];

/** ∫_lo^hi f(x) dx by 8-point Gauss–Legendre on `panels` equal panels. */
function gl8(f: (x: number) => number, lo: number, hi: number, panels: number): number {
  if (!(hi > lo)) return 0;
  const w = (hi - lo) / panels;
  let s = 0;
  for (let p = 0; p < panels; p++) {
    const m = lo + (p + 0.5) * w;
    for (let i = 0; i < 8; i++) s += GL8_W[i] * f(m + 0.5 * w * GL8_X[i]);
  }
  return 0.5 * w * s;
}

/**
 * ∫₀^{x0} dx / (a(1 + x^h) + b) (x = N/N_50): the part of the particle-AUC integral the saturation removes. h = 2 in
 * closed form, atan(x0·√(a/(a+b)))/√(a(a+b)); other h by Gauss–Legendre on [0, min(x0, 4)] and, in ln x, on [4, x0].
 */
function saturationIntegral(a: number, b: number, x0: number, h: number): number {
  if (!(x0 > 0)) return 0;
  if (h === 2) return Math.atan(x0 * Math.sqrt(a / (a + b))) / Math.sqrt(a * (a + b));
  const g = (x: number) => 1 / (a * (1 + Math.pow(x, h)) + b);
  const cut = Math.min(x0, 4);
  let s = gl8(g, 0, cut, 8);
  if (x0 > cut) s += gl8((u) => Math.exp(u) * g(Math.exp(u)), Math.log(cut), Math.log(x0), 8);
  return s;
}

/**
 * Liver saturation followed in time (#27): the circulating count N falls as particles clear, and the saturable uptake
 * recovers with it. dN/dt = −(a + b·φ(N))·N, φ = 1/(1 + (N/N_50)^h), with b = f·k_liver the saturable liver/spleen
 * rate and a = (1 − f)·k_liver + k_renal + k_tumour the rest. The particle AUC, ∫₀^∞ N dt = ∫₀^{N0} dN/(a + bφ(N)) =
 * N_50·[x0/a − (b/a)·∫₀^{x0} dx/(a(1 + x^h) + b)], x0 = N0/N_50; the effective first-order rate keeps that AUC,
 * k_eff = N0/AUC (so the tumour share k_t·AUC/N0 = k_t/k_eff, and t½ = ln2/k_eff). Limits: N0 → 0 gives a + b;
 * N0 → ∞ gives a. Returns k_eff (h⁻¹).
 */
export function saturatingEffectiveRate(unsaturableRatePerH: number, saturableRatePerH: number, particles: number, overrides?: Record<string, number>): number {
  const a = Math.max(1e-12, unsaturableRatePerH);
  const b = Math.max(0, saturableRatePerH);
  if (!(particles > 0) || b === 0) return a + b;
  const nSat = tp('targeting.mpsSaturationParticles', overrides);
  const h = tp('targeting.mpsSaturationHill', overrides);
  const x0 = particles / nSat;
  if (!Number.isFinite(x0)) return a;
  // far below N_50 the count never saturates anything: AUC/N0 = 1/(a + b) + O(x0^h)
  if (x0 < 1e-9) return a + b;
  const aucOverN50 = x0 / a - (b / a) * saturationIntegral(a, b, x0, h);
  const auc = aucOverN50 / x0; // ∫N dt / N0 (h)
  // round-off guard: the AUC lies between the unsaturated 1/(a + b) and the fully saturated 1/a
  const k = 1 / Math.min(1 / a, Math.max(1 / (a + b), auc));
  return k;
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
  // PEG (#27): at the reference chain and density, t½ PEG; otherwise log-interpolated from the bare surface by the
  // relative shielding (ln k_PEG = ln k_bare + s_rel·(ln k_PEG,ref − ln k_bare)); never worse than bare (min below).
  const kPegRef = LN2 / tp('targeting.pegHalfLifeH', overrides);
  const sRel = input.pegMolecularWeightDa === undefined && input.pegDensityPerNm2 === undefined ? 1 : pegRegime(input.pegMolecularWeightDa, input.pegDensityPerNm2, overrides).relativeShielding;
  // Beyond the reference (s_rel > 1: denser or longer chains) the extra shielding extends t½ PEG by the reference
  // particle's own bare→PEG gain, ln k_PEG = ln k_PEG,ref − (s_rel − 1)·ln(t½ PEG/t_bare,ref), independent of this core.
  const kPeg =
    sRel === 1
      ? Math.min(kBare, kPegRef)
      : sRel < 1
        ? Math.min(kBare, Math.exp(Math.log(kBare) + sRel * (Math.log(kPegRef) - Math.log(kBare))))
        : Math.min(kBare, kPegRef * Math.pow(tp('targeting.pegRefBareHalfLifeH', overrides) / tp('targeting.pegHalfLifeH', overrides), sRel - 1));
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
  const uncovered = input.peg ? kPeg : kBare;
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
export function eprSizeFactor(hydrodynamicDiameterNm: number, overrides?: Record<string, number>, sitePoreDiameterNm?: number): number {
  const dp = tp('targeting.eprPoreDiameterNm', overrides);
  const dRef = tp('targeting.refHydrodynamicDiameterNm', overrides);
  // the calibration particle sits in a peripheral tumour (pore d_pore); a tumour site with its own pore (the brain) keeps
  // that normalisation, so its smaller pores lower the uptake of every particle, most of all the large ones
  const ds = sitePoreDiameterNm ?? dp;
  return (1 + (dRef / dp) ** 2) / (1 + (hydrodynamicDiameterNm / ds) ** 2);
}

/** Words of a tumour type ('glioblastoma', 'breast-brain-metastasis') that place the tumour behind the blood–brain tumour barrier. */
const BRAIN_SITE_WORDS = new Set(['brain', 'glioma', 'glioblastoma', 'gbm', 'astrocytoma', 'medulloblastoma', 'intracranial', 'cranial']);

/**
 * Where the tumour grows, from the scenario's tumour type (lower-case words joined by hyphens): 'brain' when any word
 * names the brain or a brain tumour — its vessels form the blood–brain tumour barrier, whose pores are far smaller than
 * those of tumours grown elsewhere (Hobbs et al. 1998; Sarin et al. 2008) — else 'peripheral'.
 */
export function tumourSite(tumorType: string): 'brain' | 'peripheral' {
  return tumorType.split('-').some((w) => BRAIN_SITE_WORDS.has(w)) ? 'brain' : 'peripheral';
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
