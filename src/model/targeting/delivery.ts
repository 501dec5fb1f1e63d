// M3 tumour delivery: TD = k_t / k_total with EPR and homotypic targeting, cell-uptake indices, routes, and per-payload delivery.
import type { CellKind } from '../entities';
import { paramRow, type Explanation } from '../param';
import { bilayerHalfLifeH, eprSizeFactor, hill, mpsSizeFactor, saturatingEffectiveRate, pegRegime, referenceEprRate, renalRate, surfaceRates, tumourSite, type MembraneShare } from './circulation';
import { TARGETING_PARAMS, tp } from './params';
import { exposureAverage } from './quadrature';

const LN2 = Math.LN2;

export type Route = 'iv' | 'intratumoral';

export interface TargetingMembrane extends MembraneShare {
  cellKind: CellKind;
  tumorType: string | null;
}

export interface TargetingInput {
  bareHalfLifeH: number;
  hydrodynamicDiameterNm: number;
  /** Membrane coverage c ∈ [0, 1] (M0). */
  coverage: number;
  membranes: TargetingMembrane[];
  peg: boolean;
  /** PEG chain mass (g/mol) and grafting density (chains/nm²); absent = the reference particle's (#27). */
  pegMolecularWeightDa?: number;
  pegDensityPerNm2?: number;
  /** Lipid surface of the core (liposome bilayer, hybrid shell): its rigidity replaces bareHalfLifeH (#27). */
  lipidShell?: { tmC: number; cholesterolMolPct: number } | null;
  /** Particles injected per animal (#27: liver uptake saturates above ≈ 10¹²); absent or 0 = low dose. */
  particlesInjected?: number;
  /** The scenario's tumour type, e.g. 'cervical'. */
  tumorType: string;
  route: Route;
  overrides?: Record<string, number>;
  /** Build explanations (default true; sweeps skip them). */
  explain?: boolean;
}

export interface TargetingResult {
  hydrodynamicDiameterNm: number;
  circulationHalfLifeH: number;
  tumorDeliveryPctID: number;
  tumorCellUptakeIndex: number;
  cafUptakeIndex: number;
  /** Matching tumour-cell membrane × coverage, matching CAF membrane × coverage, and their sum (homotypic). */
  tumorCellMembraneFraction: number;
  cafMembraneFraction: number;
  homotypicFraction: number;
  activeTargetingRatio: number;
  /** h⁻¹ */
  rates: { surface: number; mpsSizeFactor: number; renal: number; elimination: number; eprPassive: number; tumor: number; total: number };
  /** #27 composition and dose terms: the uncoated surface's half-life used, the liver-saturation factor and the particle count. */
  composition: { bareHalfLifeH: number; bilayerRigidity: number | null; pegRegime: 'mushroom' | 'brush' | null; mpsSaturationFactor: number; particlesInjected: number };
  explanations: Record<string, Explanation[]>;
}

function matches(m: TargetingMembrane, kind: CellKind, tumorType: string): boolean {
  if (m.cellKind !== kind) return false;
  return kind === 'caf' ? m.tumorType === null || m.tumorType === tumorType : m.tumorType === tumorType;
}

/**
 * Circulation, tumour delivery and uptake of one particle (M3).
 * k_el = k_surface · S(d_h) + k_renal(d_h) is the observed blood clearance, which already contains the passive EPR uptake
 * k_EPR(d_h) = k_EPR0 · E(d_h); homotypic membrane raises tumour uptake to k_t = R_t · k_EPR, so
 * k_total = (k_el − k_EPR) + k_t and TD = k_t / k_total. Calibration: k_EPR0 = TD_ref · ln2 / t½_PEG gives the
 * reference particle (PEG-only, d_ref) TD = 0.7 % ID and t½ = 15.8 h exactly.
 * Intratumoral: TD = retained fraction (the particle is placed in the tumour).
 */
export function computeTargeting(input: TargetingInput): TargetingResult {
  const o = input.overrides;
  const d = input.hydrodynamicDiameterNm;
  const shell = input.lipidShell ? bilayerHalfLifeH(input.lipidShell.tmC, input.lipidShell.cholesterolMolPct, o) : null;
  const tBare = shell ? shell.halfLifeH : input.bareHalfLifeH;
  const sr = surfaceRates(shell ? { ...input, bareHalfLifeH: tBare } : input, o);
  const S = mpsSizeFactor(d, o);
  const kRenal = renalRate(d, o);
  const kEl = sr.surface * S + kRenal;
  const variability = tp('targeting.eprVariability', o);
  // #27 tumour type: a tumour in the brain extravasates through the blood–brain tumour barrier's small pores
  const site = tumourSite(input.tumorType);
  const sitePore = site === 'brain' ? tp('targeting.brainTumourPoreDiameterNm', o) : undefined;
  const kEpr0 = referenceEprRate(o) * eprSizeFactor(d, o, sitePore);
  const kEpr = variability === 1 ? kEpr0 : kEpr0 * variability;
  const particles = input.route === 'iv' && input.particlesInjected !== undefined && input.particlesInjected > 0 ? input.particlesInjected : 0;
  const pegR = input.peg ? pegRegime(input.pegMolecularWeightDa, input.pegDensityPerNm2, o) : null;
  const c = Math.min(1, Math.max(0, input.coverage));
  let xTumor = 0;
  let xCaf = 0;
  let fSum = 0;
  for (const m of input.membranes) fSum += Math.max(0, m.fraction);
  for (const m of input.membranes) {
    const f = fSum > 0 ? Math.max(0, m.fraction) / fSum : 0;
    if (matches(m, 'cancer', input.tumorType)) xTumor += f * c;
    if (matches(m, 'caf', input.tumorType)) xCaf += f * c;
  }
  const xHomo = Math.min(1, xTumor + xCaf);
  const gain = tp('targeting.activeTargetingGain', o);
  const Rt = 1 + gain * hill(xHomo, o);
  const uMax = tp('targeting.uMax', o);
  const uTumor = 1 + (uMax - 1) * hill(xTumor, o);
  const uCaf = 1 + (uMax - 1) * hill(xCaf, o);
  const kT = Rt * kEpr;
  // Liver/spleen clearance (surface × size, less the EPR uptake it contains) saturates at high particle dose; renal does
  // not. The saturation follows the circulating count as particles clear (#27): k_total is the effective first-order
  // rate with the same particle AUC (saturatingEffectiveRate); sat is the time-averaged factor on the saturable part.
  let kTotal: number;
  let sat = 1;
  if (particles > 0) {
    const liver = Math.max(sr.surface * S - kEpr, 0);
    const f = Math.min(1, Math.max(0, tp('targeting.mpsSaturableShare', o)));
    const unsat = (1 - f) * liver + kRenal + kT;
    kTotal = Math.max(saturatingEffectiveRate(unsat, f * liver, particles, o), 1e-9 + kT);
    sat = liver > 0 ? Math.min(1, Math.max(0, (kTotal - kRenal - kT) / liver)) : 1;
  } else {
    kTotal = Math.max(kEl - kEpr, 1e-9) + kT;
  }
  const retention = tp('targeting.intratumoralRetention', o);
  const td = input.route === 'intratumoral' ? retention : kT / kTotal;
  const tHalf = LN2 / kTotal;

  const P = TARGETING_PARAMS;
  const explanations: Record<string, Explanation[]> = input.explain === false ? {} : {
    'targeting.circulationHalfLifeH': [
      {
        equation: 'M3.surface-clearance',
        formula:
          'k_j = ln2/(t_bare + (t_RBC − t_bare)·p_j); k_mem = Σ f_j k_j; k_surface = c·k_covered + (1 − c)·k_uncovered (PEG: each patch min(own, k_PEG))',
        inputs: [
          { name: 't_bare', value: tBare, unit: 'h' },
          { name: 'c', value: c, unit: '1' },
          { name: 'peg', value: input.peg ? 'yes' : 'no', unit: '' },
          ...sr.perMembrane.map((m) => ({ name: `t½(${m.id})`, value: m.halfLifeH, unit: 'h' })),
        ],
        params: [paramRow('t½ PEG', P['targeting.pegHalfLifeH'], tp('targeting.pegHalfLifeH', o)), paramRow('t½ RBC', P['targeting.rbcHalfLifeH'], tp('targeting.rbcHalfLifeH', o))],
        result: { name: 'k_surface', value: sr.surface, unit: 'h⁻¹' },
        note: c > 0 && c < 1 ? `incomplete coverage: ${(100 * (1 - c)).toFixed(0)} % of the surface clears like the uncoated particle.` : undefined,
      },
      ...(shell && input.lipidShell
        ? [
            {
              equation: 'M3.bilayer-rigidity',
              formula: 's_T = 1/(1 + e^(−(T_m − 37 °C)/w_T)); s_C = min(1, χ/χ_sat); r = (s_T + s_C)/2; t_bare = t_fluid^(1 − r)·t_rigid^r',
              inputs: [
                { name: 'T_m', value: input.lipidShell.tmC, unit: '°C' },
                { name: 'χ (cholesterol)', value: input.lipidShell.cholesterolMolPct, unit: 'mol %' },
                { name: 'r', value: shell.rigidity, unit: '1' },
              ],
              params: [
                paramRow('t½ fluid', P['targeting.fluidBilayerHalfLifeH'], tp('targeting.fluidBilayerHalfLifeH', o)),
                paramRow('t½ rigid', P['targeting.rigidBilayerHalfLifeH'], tp('targeting.rigidBilayerHalfLifeH', o)),
                paramRow('w_T', P['targeting.bilayerTransitionWidthC'], tp('targeting.bilayerTransitionWidthC', o)),
                paramRow('χ_sat', P['targeting.cholesterolSaturationMolPct'], tp('targeting.cholesterolSaturationMolPct', o)),
              ],
              result: { name: 't_bare', value: tBare, unit: 'h' },
              note: 'The uncoated lipid surface: a gel-phase (high-T_m), cholesterol-rich bilayer resists opsonisation and lipid loss without PEG.',
            } satisfies Explanation,
          ]
        : []),
      ...(pegR
        ? [
            {
              equation: 'M3.peg-regime',
              formula: 'R_F = a·(M/44)^(3/5); D = 2/√(πσ); brush if D < R_F; Γ = σπR_F²; s = Γ/(Γ + Γ½); ln k_PEG = ln k_bare + (s/s_ref)(ln k_PEG,ref − ln k_bare)',
              inputs: [
                { name: 'M_PEG', value: input.pegMolecularWeightDa ?? tp('targeting.pegRefMolecularWeightDa', o), unit: 'g/mol' },
                { name: 'σ', value: input.pegDensityPerNm2 ?? tp('targeting.pegRefDensityPerNm2', o), unit: 'nm⁻²' },
                { name: 'R_F', value: pegR.floryRadiusNm, unit: 'nm' },
                { name: 'D', value: pegR.graftingDistanceNm, unit: 'nm' },
                { name: 'Γ', value: pegR.coverage, unit: '1' },
                { name: 'regime', value: pegR.regime, unit: '' },
              ],
              params: [
                paramRow('a', P['targeting.pegFloryMonomerNm'], tp('targeting.pegFloryMonomerNm', o)),
                paramRow('σ_ref', P['targeting.pegRefDensityPerNm2'], tp('targeting.pegRefDensityPerNm2', o)),
                paramRow('Γ½', P['targeting.pegHalfCoverage'], tp('targeting.pegHalfCoverage', o)),
              ],
              result: { name: 's/s_ref', value: pegR.relativeShielding, unit: '1' },
            } satisfies Explanation,
          ]
        : []),
      {
        equation: 'M3.size-clearance',
        formula: 'k_el = k_surface · S(d_h) + k_renal/(1 + e^((d_h − d_cut)/w)); S = [1 + (d_h/d_MPS)^n]/[1 + (d_ref/d_MPS)^n]',
        inputs: [
          { name: 'd_h', value: d, unit: 'nm' },
          { name: 'S(d_h)', value: S, unit: '1' },
        ],
        params: [
          paramRow('d_MPS', P['targeting.mpsDiameterNm'], tp('targeting.mpsDiameterNm', o)),
          paramRow('n_MPS', P['targeting.mpsExponent'], tp('targeting.mpsExponent', o)),
          paramRow('d_ref', P['targeting.refHydrodynamicDiameterNm'], tp('targeting.refHydrodynamicDiameterNm', o)),
          paramRow('d_cut', P['targeting.renalCutoffNm'], tp('targeting.renalCutoffNm', o)),
          paramRow('k_renal', P['targeting.renalRatePerH'], tp('targeting.renalRatePerH', o)),
        ],
        result: { name: 't½', value: tHalf, unit: 'h' },
      },
    ],
    'targeting.tumorDeliveryPctID':
      input.route === 'intratumoral'
        ? [
            {
              equation: 'M3.intratumoral',
              formula: 'TD = retained fraction of the injected dose',
              inputs: [{ name: 'route', value: 'intratumoral', unit: '' }],
              params: [paramRow('retention', P['targeting.intratumoralRetention'], retention)],
              result: { name: 'TD', value: 100 * td, unit: '% ID' },
            },
          ]
        : [
            {
              equation: 'M3.tumour-delivery',
              formula: 'TD = k_t/k_total; k_t = R_t·k_EPR0·E(d_h); E = [1 + (d_ref/d_pore)²]/[1 + (d_h/d_site)²] (d_site = d_pore, or d_pore,brain for a tumour in the brain); k_total = k_el − k_EPR + k_t; R_t = 1 + a·g(x_homotypic); k_EPR0 = TD_ref·ln2/t½_PEG',
              inputs: [
                { name: 'k_el', value: kEl, unit: 'h⁻¹' },
                { name: 'k_EPR', value: kEpr, unit: 'h⁻¹' },
                { name: 'x_homotypic', value: xHomo, unit: '1' },
                { name: 'R_t', value: Rt, unit: '1' },
                { name: 'tumour site', value: `${site} (tumour type ${input.tumorType})`, unit: '' },
              ],
              params: [
                paramRow('TD_ref', P['targeting.referenceDeliveryPctID'], tp('targeting.referenceDeliveryPctID', o)),
                paramRow('a', P['targeting.activeTargetingGain'], gain),
                paramRow('d_pore', P['targeting.eprPoreDiameterNm'], tp('targeting.eprPoreDiameterNm', o)),
                ...(sitePore !== undefined ? [paramRow('d_pore,brain', P['targeting.brainTumourPoreDiameterNm'], sitePore)] : []),
              ],
              result: { name: 'TD', value: 100 * td, unit: '% ID' },
              note: `Calibrated to the median 0.7 % ID of Wilhelm et al. 2016 (tumours outside the brain); a one-compartment estimate, not a PBPK model. Tumour-to-tumour spread: the factor v on k_EPR (lognormal, GSD 2.5) in the Monte Carlo.${site === 'brain' ? ' A tumour in the brain: its blood–brain tumour barrier passes only particles of ≈ 12 nm or less (Sarin et al. 2008).' : ''}`,
            },
            {
              equation: 'M3.dose-saturation',
              formula: 'dN/dt = −(a + b·φ(N))·N, φ = 1/(1 + (N/N_50)^h), b = f·(k_surface·S − k_EPR), a = (1 − f)·(k_surface·S − k_EPR) + k_renal + k_t; k_total = N0/∫N dt (same particle AUC); N0 = injected mass / particle mass',
              inputs: [
                { name: 'N', value: particles, unit: 'particles' },
                { name: 'saturation factor (time-averaged)', value: sat, unit: '1' },
                { name: 'v (EPR variability)', value: variability, unit: '1' },
              ],
              params: [
                paramRow('N_50', P['targeting.mpsSaturationParticles'], tp('targeting.mpsSaturationParticles', o)),
                paramRow('h', P['targeting.mpsSaturationHill'], tp('targeting.mpsSaturationHill', o)),
                paramRow('f', P['targeting.mpsSaturableShare'], tp('targeting.mpsSaturableShare', o)),
                paramRow('v', P['targeting.eprVariability'], variability),
              ],
              result: { name: 'k_total', value: kTotal, unit: 'h⁻¹' },
              note: particles > 0 && sat < 0.99 ? 'Above ≈ 10¹² particles per mouse Kupffer-cell uptake saturates (Ouyang et al. 2020): circulation lengthens and more reaches the tumour.' : 'Below the saturation threshold: liver uptake at its low-dose rate.',
            },
          ],
    'targeting.tumorCellUptakeIndex': [uptakeExplanation('tumour cells', xTumor, uTumor, o)],
    'targeting.cafUptakeIndex': [uptakeExplanation('CAFs', xCaf, uCaf, o)],
  };
  return {
    hydrodynamicDiameterNm: d,
    circulationHalfLifeH: tHalf,
    tumorDeliveryPctID: 100 * td,
    tumorCellUptakeIndex: uTumor,
    cafUptakeIndex: uCaf,
    tumorCellMembraneFraction: xTumor,
    cafMembraneFraction: xCaf,
    homotypicFraction: xHomo,
    activeTargetingRatio: Rt,
    rates: { surface: sr.surface, mpsSizeFactor: S, renal: kRenal, elimination: kEl, eprPassive: kEpr, tumor: kT, total: kTotal },
    composition: { bareHalfLifeH: tBare, bilayerRigidity: shell ? shell.rigidity : null, pegRegime: pegR ? pegR.regime : null, mpsSaturationFactor: sat, particlesInjected: particles },
    explanations,
  };
}

function uptakeExplanation(who: string, x: number, u: number, o?: Record<string, number>): Explanation {
  const P = TARGETING_PARAMS;
  return {
    equation: 'M3.uptake-index',
    formula: 'U = 1 + (U_max − 1)·g(x), g(x) = x^n(1 + K^n)/(x^n + K^n)',
    inputs: [{ name: `x (matching membrane × coverage, ${who})`, value: x, unit: '1' }],
    params: [
      paramRow('U_max', P['targeting.uMax'], tp('targeting.uMax', o)),
      paramRow('K', P['targeting.hillK'], tp('targeting.hillK', o)),
      paramRow('n', P['targeting.hillN'], tp('targeting.hillN', o)),
    ],
    result: { name: 'U', value: u, unit: '1 (bare = 1)' },
  };
}

export interface PayloadDeliveryInput {
  agent: string;
  route: Route;
  /** Particle tumour delivery (% ID) and total exit rate from blood (h⁻¹). */
  tumorDeliveryPctID: number;
  totalRatePerH: number;
  /** Fraction released at pH 7.4 in the release medium after t hours (M2). */
  releaseInBlood: (tH: number) => number;
  /** Free drug's own tumour delivery (% ID). */
  freeTumorDeliveryPctID: number;
  /** Build the explanation (default true); false returns a minimal one (same numbers). */
  explain?: boolean;
}

export interface PayloadDeliveryResult {
  agent: string;
  /** Fraction of the payload released in blood before the particle leaves circulation. */
  leakedInBloodFraction: number;
  /** Carried by the particle, and leaked then delivered as free drug (% of the payload's injected dose). */
  carriedPctID: number;
  leakedPctID: number;
  payloadDeliveryPctID: number;
  explanation: Explanation;
}

const LEAN_PD_EXPLANATION: Explanation = { equation: 'M3.payload-delivery', formula: 'PD = (1 − L)·TD + L·TD_free', inputs: [], params: [] };

/**
 * Payload delivery (M3): L = ∫ k_total e^(−k_total t) F_7.4(t) dt is the payload released in blood by the time the
 * particle leaves it; that part follows the free drug, the rest arrives with the particle:
 * PD = (1 − L) · TD + L · TD_free. Intratumoral: nothing circulates first (L = 0) and PD = TD.
 */
export function payloadDelivery(input: PayloadDeliveryInput): PayloadDeliveryResult {
  const L = input.route === 'intratumoral' ? 0 : Math.min(1, Math.max(0, exposureAverage(input.totalRatePerH, input.releaseInBlood)));
  const carried = (1 - L) * input.tumorDeliveryPctID;
  const leaked = L * input.freeTumorDeliveryPctID;
  if (input.explain === false)
    return { agent: input.agent, leakedInBloodFraction: L, carriedPctID: carried, leakedPctID: leaked, payloadDeliveryPctID: carried + leaked, explanation: LEAN_PD_EXPLANATION };
  return {
    agent: input.agent,
    leakedInBloodFraction: L,
    carriedPctID: carried,
    leakedPctID: leaked,
    payloadDeliveryPctID: carried + leaked,
    explanation: {
      equation: 'M3.payload-delivery',
      formula: 'L = ∫₀^∞ k_total e^(−k_total t) F_7.4(t) dt; PD = (1 − L)·TD + L·TD_free',
      inputs: [
        { name: 'agent', value: input.agent, unit: '' },
        { name: 'k_total', value: input.totalRatePerH, unit: 'h⁻¹' },
        { name: 'TD', value: input.tumorDeliveryPctID, unit: '% ID' },
        { name: 'TD_free', value: input.freeTumorDeliveryPctID, unit: '% ID' },
      ],
      params: [],
      result: { name: `PD(${input.agent})`, value: carried + leaked, unit: '% ID' },
      note:
        `${(100 * L).toFixed(1)} % of the payload leaks in blood (pH 7.4, release medium) and behaves as free drug` +
        (input.freeTumorDeliveryPctID > 0 ? `; the payload reaches the tumour at ${((carried + leaked) / input.freeTumorDeliveryPctID).toPrecision(3)}× the free drug's delivery (TD_free is a tumour-exposure equivalent of a free bolus).` : '.'),
    },
  };
}
