// M2 release kinetics: burst + first-order leakage + shrinking-sphere erosion, with pH, temperature, medium, membrane and LNP protonation effects; constants are precomputed once per carrier–payload so F(t, pH) is cheap.
import type { AgentProps, CoreProps, LoadingMode, Medium } from '../entities';
import { param, resolveParam, type ParamSet } from '../param';

/** Model-level release parameters (MODEL.md M2). */
export const RELEASE_PARAMS = {
  'release.membraneBarrier': param(
    0.5,
    '1',
    'assumption: a complete membrane coat slows erosion and leakage at neutral pH by this fraction, (1 − 0.5·c); membrane-coated MOFs leak less in circulation (MODEL.md M2)',
    'assumption',
    { spread: { kind: 'uniform', min: 0.2, max: 0.8 }, min: 0, max: 0.95, label: 'membrane barrier', description: 'Fractional slow-down of erosion and leakage by a complete coat at pH 7.4' },
  ),
  'release.membraneOpenPH': param(
    5.5,
    'pH',
    'assumption: at pH ≤ 5.5 (late endosome/lysosome) the coat no longer slows release (MODEL.md M2)',
    'assumption',
    { min: 4, max: 7, label: 'coat open below pH', description: 'pH at or below which the membrane coat has no effect' },
  ),
  'release.membraneClosedPH': param(
    7.4,
    'pH',
    'assumption: the coat has its full effect at blood pH 7.4 and above; between the two pH values its effect follows a smoothstep',
    'assumption',
    { min: 6, max: 8, label: 'coat fully closed above pH', description: 'pH at or above which the membrane coat has its full effect' },
  ),
  'release.crystallinity': param(
    1,
    '1',
    'assumption (#27): crystalline share of a framework carrier; trapped payload in the amorphous share leaves only by dissolution, k_d × χ (amorphized MOFs release slowly: Orellana-Tavra et al., Chem Commun 2015, recalled)',
    'assumption',
    { min: 0, max: 1, label: 'crystallinity χ', description: 'Crystalline share of a framework (MOF) carrier; 1 = fully crystalline' },
  ),
} satisfies ParamSet;

export type ReleaseParamId = keyof typeof RELEASE_PARAMS;

/** The four mechanistic parameters that can be calibrated to measured curves (M2 fitting). */
export type CalibratableReleaseParam = 'vRefNmPerH' | 'nH' | 'kdPerH' | 'burstFraction';

export interface ReleaseContextInput {
  core: CoreProps;
  agent: AgentProps;
  mode: LoadingMode;
  /** Core diameter (nm); the eroding sphere has r = d/2. */
  diameterNm: number;
  /** Membrane coverage c ∈ [0, 1] from M0. */
  membraneCoverage: number;
  medium: Medium;
  temperatureC: number;
  overrides?: Record<string, number>;
}

/** Per carrier–payload constants of M2 (precomputed; all rates at 37 °C for non-thermosensitive carriers). */
export interface ReleaseContext {
  /** Free drug: everything is released from t = 0 (F ≡ 1). */
  free: boolean;
  radiusNm: number;
  /** Base parameters as calibrated (pH 7.4, buffer, uncoated, typical agent). */
  vRefNmPerH: number;
  nH: number;
  kdPerH: number;
  nD: number;
  burstFraction: number;
  kbPerH: number;
  /** Medium multiplier on erosion and on leakage (buffer = 1). */
  mediumFactor: number;
  /** Agent leakage multiplier. */
  leakageFactor: number;
  /** Thermosensitive carriers: k_d(T) = k_low + (k_high − k_low)·σ(T) with k_low = kdPerH; null otherwise. */
  kdHighPerH: number | null;
  /** σ(T) = 1/(1 + e^(−(T − T_m)/w)) at the context's temperature (0 when not thermosensitive). */
  thermoSigma: number;
  /** LNP: pKa of the ionizable lipid (null otherwise); rates scale by φ(pH)/φ(7.4), φ = 1/(1 + 10^(pH − pKa)). */
  pKa: number | null;
  /** Share of the non-burst payload coordinated to the framework (leaves only by dissolution; 0 = all of it leaks). */
  coordinatedFraction: number;
  /** Crystalline share χ of a framework carrier (k_d × χ); 1 for other carriers. */
  crystallinity: number;
  /**
   * #27 M2.surface: the payload was post-loaded but is wider than the widest aperture the framework admits, so it sits on
   * the external surface only (M1 size exclusion). Its non-coordinated share desorbs like the burst, F_b' = F_b + (1 − F_b)(1 − φ);
   * the coordinated rest leaves with the framework (coordinatedFraction = 1). No framework leakage k_d applies to it.
   */
  surfaceOnly: boolean;
  /** F_b of the carrier's rule for the mode, before M2.surface (for explanations). */
  ruleBurstFraction: number;
  /** 0.5·c: fractional slow-down by the coat at neutral pH. */
  barrier: number;
  openPH: number;
  closedPH: number;
  /** Inputs kept for explanations. */
  coreId: string;
  agentId: string;
  mode: LoadingMode;
  medium: Medium;
  temperatureC: number;
  membraneCoverage: number;
}

const LN10 = Math.LN10;

/** Smoothstep weight of the coat effect: 0 at pH ≤ openPH, 1 at pH ≥ closedPH, 3s² − 2s³ between (C¹, monotone). */
export function membraneWeight(pH: number, openPH: number, closedPH: number): number {
  if (pH <= openPH) return 0;
  if (pH >= closedPH) return 1;
  const s = (pH - openPH) / (closedPH - openPH);
  return s * s * (3 - 2 * s);
}

/** Thermosensitive switch σ(T) = 1/(1 + e^(−(T − T_m)/w)). */
export function thermoSwitch(temperatureC: number, transitionC: number, widthC: number): number {
  return 1 / (1 + Math.exp(-(temperatureC - transitionC) / widthC));
}

/** Protonated fraction of an ionizable lipid, 1/(1 + 10^(pH − pKa)). */
export function protonatedFraction(pH: number, pKa: number): number {
  return 1 / (1 + Math.pow(10, pH - pKa));
}

/**
 * #27 M2.surface: whether a payload sits on the carrier's external surface only — post-loaded into a carrier whose rule
 * declares size exclusion, and wider (smallest dimension) than the widest aperture the framework admits (the flexing
 * or larger window where known, else the rigid one). Such a payload never entered the pores, so diffusion through the windows
 * (k_d) does not describe its release.
 */
export function isSurfaceOnlyPayload(core: CoreProps, agent: AgentProps, mode: LoadingMode): boolean {
  if (mode !== 'post-loaded' || core.loading['post-loaded']?.sizeExclusion !== true) return false;
  const rigid = core.poreApertureNm?.value;
  if (rigid === undefined) return false;
  const widest = Math.max(rigid, core.poreApertureFlexNm?.value ?? rigid);
  return agent.minDimensionNm.value > widest;
}

/** Precompute M2 constants for one carrier–payload pair. Pure: entities are passed in. */
export function makeReleaseContext(input: ReleaseContextInput): ReleaseContext {
  const { core, agent, mode, diameterNm, medium, temperatureC, overrides } = input;
  if (!(diameterNm > 0)) throw new Error(`release: diameterNm must be > 0 (got ${diameterNm})`);
  const rel = core.release;
  const c = Math.min(1, Math.max(0, input.membraneCoverage || 0));
  const mediumFactor = medium === 'buffer' ? 1 : rel.mediumFactor[medium].value;
  const sigma = rel.thermo ? thermoSwitch(temperatureC, rel.thermo.transitionC.value, rel.thermo.widthC.value) : 0;
  const barrierP = resolveParam(RELEASE_PARAMS['release.membraneBarrier'], overrides?.['release.membraneBarrier']);
  const phi = rel.coordinatedFraction ? (mode === 'doped' ? 1 : Math.min(1, Math.max(0, rel.coordinatedFraction[agent.affinityClass].value))) : 0;
  const fb = rel.burstFraction[mode]?.value ?? 0;
  const surfaceOnly = isSurfaceOnlyPayload(core, agent, mode);
  return {
    free: core.coreClass === 'free-drug',
    radiusNm: diameterNm / 2,
    vRefNmPerH: rel.vRefNmPerH.value,
    nH: rel.nH.value,
    kdPerH: rel.kdPerH.value,
    nD: rel.nD.value,
    burstFraction: surfaceOnly ? fb + (1 - fb) * (1 - phi) : fb,
    kbPerH: rel.kbPerH.value,
    mediumFactor,
    leakageFactor: agent.leakageFactor.value,
    kdHighPerH: rel.thermo ? rel.thermo.kdHighPerH.value : null,
    thermoSigma: sigma,
    pKa: rel.ionizablePKa ? rel.ionizablePKa.value : null,
    coordinatedFraction: surfaceOnly ? 1 : phi,
    surfaceOnly,
    ruleBurstFraction: fb,
    crystallinity: core.coreClass === 'mof' ? resolveParam(RELEASE_PARAMS['release.crystallinity'], overrides?.['release.crystallinity']) : 1,
    barrier: barrierP * c,
    openPH: resolveParam(RELEASE_PARAMS['release.membraneOpenPH'], overrides?.['release.membraneOpenPH']),
    closedPH: resolveParam(RELEASE_PARAMS['release.membraneClosedPH'], overrides?.['release.membraneClosedPH']),
    coreId: core.id,
    agentId: agent.id,
    mode,
    medium,
    temperatureC,
    membraneCoverage: c,
  };
}

/** A copy of the context with some base parameters replaced (used by calibration and sensitivity). */
export function withReleaseParams(ctx: ReleaseContext, patch: Partial<Record<CalibratableReleaseParam, number>>): ReleaseContext {
  return { ...ctx, ...patch };
}

/** Erosion velocity v (nm/h) and leakage rate k_d (h⁻¹) at one pH. */
export interface ReleaseRates {
  vNmPerH: number;
  kdPerH: number;
}

/**
 * v(pH) = v_ref · [10^(n_H (7.4 − pH)) + medium − 1] · (1 − 0.5 c · s(pH)) [· φ(pH)/φ(7.4) for LNPs]
 *   (proton attack and the medium's own attack — phosphate, proteins — are parallel pathways: their rates add; at pH 7.4,
 *   or without acid sensitivity, this is v_ref · medium as before #27)
 * k_d(pH, T) = (k_low + (k_high − k_low) σ(T)) · 10^(n_D (7.4 − pH)) · leakage(agent) · χ · medium · (1 − 0.5 c · s(pH)) [· φ(pH)/φ(7.4)]
 */
export function releaseRates(pH: number, ctx: ReleaseContext, out: ReleaseRates = { vNmPerH: 0, kdPerH: 0 }): ReleaseRates {
  const dp = 7.4 - pH;
  let common = 1;
  if (ctx.barrier > 0) common *= 1 - ctx.barrier * membraneWeight(pH, ctx.openPH, ctx.closedPH);
  if (ctx.pKa !== null) common *= protonatedFraction(pH, ctx.pKa) / protonatedFraction(7.4, ctx.pKa);
  const acid = ctx.nH !== 0 ? Math.exp(LN10 * ctx.nH * dp) : 1;
  const erosionMedium = ctx.mediumFactor === 1 ? acid : ctx.nH === 0 ? ctx.mediumFactor : Math.max(0, acid + ctx.mediumFactor - 1);
  out.vNmPerH = ctx.vRefNmPerH > 0 ? ctx.vRefNmPerH * erosionMedium * common : 0;
  const kd = ctx.kdHighPerH === null ? ctx.kdPerH : ctx.kdPerH + (ctx.kdHighPerH - ctx.kdPerH) * ctx.thermoSigma;
  out.kdPerH = kd > 0 ? kd * (ctx.nD !== 0 ? Math.exp(LN10 * ctx.nD * dp) : 1) * ctx.leakageFactor * ctx.crystallinity * ctx.mediumFactor * common : 0;
  return out;
}

/**
 * Non-burst release of the two populations (#27): coordinated (share φ) leaves with the framework, F_e; physically
 * trapped (1 − φ) also diffuses out: 1 − (1 − F_d)(1 − F_e). G = F_e + (1 − φ) F_d (1 − F_e); for φ = 0 the pre-#27 form.
 */
function nonBurst(fe: number, remainD: number, phi: number): number {
  return phi === 0 ? 1 - remainD * (1 - fe) : fe + (1 - phi) * (1 - remainD) * (1 - fe);
}

/** F(t) for rates already evaluated at one pH (the hot loop). */
export function fractionWithRates(tH: number, rates: ReleaseRates, ctx: ReleaseContext): number {
  if (ctx.free) return 1;
  if (!(tH > 0)) return 0;
  const x = (rates.vNmPerH * tH) / ctx.radiusNm;
  const fe = x >= 1 ? 1 : 1 - (1 - x) * (1 - x) * (1 - x);
  const remainD = Math.exp(-rates.kdPerH * tH);
  const fb = ctx.burstFraction;
  const burst = fb > 0 ? fb * (1 - Math.exp(-ctx.kbPerH * tH)) : 0;
  const F = burst + (1 - fb) * nonBurst(fe, remainD, ctx.coordinatedFraction);
  return F < 0 ? 0 : F > 1 ? 1 : F;
}

/**
 * F(t) and dF/dt for rates at one pH, written to out[0], out[1] (for Newton's t50). dF/dt = F_b k_b e^(−k_b t) +
 * (1 − F_b)[k_d e^(−k_d t)(1 − F_e) + e^(−k_d t)·3(1 − x)² v/r] with x = v t/r < 1 (the erosion term vanishes at x ≥ 1,
 * smoothly: F is C¹). The same arithmetic as fractionWithRates for F.
 */
export function fractionAndSlope(tH: number, rates: ReleaseRates, ctx: ReleaseContext, out: Float64Array | number[]): void {
  if (ctx.free) {
    out[0] = 1;
    out[1] = 0;
    return;
  }
  if (!(tH > 0)) {
    out[0] = 0;
    tH = 0;
  }
  const vr = rates.vNmPerH / ctx.radiusNm;
  const x = vr * tH;
  const fe = x >= 1 ? 1 : 1 - (1 - x) * (1 - x) * (1 - x);
  const dfe = x >= 1 ? 0 : 3 * (1 - x) * (1 - x) * vr;
  const remainD = Math.exp(-rates.kdPerH * tH);
  const fb = ctx.burstFraction;
  let burst = 0;
  let dburst = 0;
  if (fb > 0) {
    const eb = Math.exp(-ctx.kbPerH * tH);
    burst = fb * (1 - eb);
    dburst = fb * ctx.kbPerH * eb;
  }
  const phi = ctx.coordinatedFraction;
  const F = burst + (1 - fb) * nonBurst(fe, remainD, phi);
  // d/dt [F_e + (1 − φ) F_d (1 − F_e)] = F_e'(1 − (1 − φ) F_d) + (1 − φ) k_d e^(−k_d t)(1 − F_e); φ = 0: the pre-#27 slope
  const dF = dburst + (1 - fb) * (phi === 0 ? rates.kdPerH * remainD * (1 - fe) + remainD * dfe : dfe * (1 - (1 - phi) * (1 - remainD)) + (1 - phi) * rates.kdPerH * remainD * (1 - fe));
  if (tH > 0) out[0] = F < 0 ? 0 : F > 1 ? 1 : F;
  out[1] = F < 0 || F > 1 ? 0 : dF;
}

const scratch: ReleaseRates = { vNmPerH: 0, kdPerH: 0 };

/**
 * M2: fraction released (0..1) at time t (h) and pH:
 * F(t) = F_b (1 − e^(−k_b t)) + (1 − F_b) [1 − (1 − F_d)(1 − F_e)], F_e = 1 − (1 − v t / r)³ (v t < r, else 1), F_d = 1 − e^(−k_d t).
 * Free drug: F ≡ 1 (nothing is encapsulated).
 */
export function releaseFraction(tH: number, pH: number, ctx: ReleaseContext): number {
  if (ctx.free) return 1;
  return fractionWithRates(tH, releaseRates(pH, ctx, scratch), ctx);
}
