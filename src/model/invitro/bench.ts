// The in-vitro bench (issue #26): particles in the well → delivered dose → uptake per cell → cytotoxicity and clonogenic survival with SER under every common definition.
import type { Explanation } from '../param';
import { paramRow, type LocalEffectOverrides } from '../physics';
import { radiosensitization } from '../radiobiology/radiosensitization';
import { INVITRO_PARAMS, type InvitroParamKey } from './params';
import { armSurvival, serDefinitions, type LqArm, type SerDefinitions } from './ser';
import { agglomerateDensity, mediumViscosityPaS, settleAndDiffuse } from './transport';

export interface InvitroCellLine {
  id: string;
  alphaPerGy: number;
  betaPerGy2: number;
  cellVolumeUm3: number;
  platingEfficiency: number;
  doublingTimeH: number;
}

export interface InvitroDrug {
  agent: string;
  /** drug mass per particle mass (g/g); for a free drug, 1 */
  massFraction: number;
  molecularWeightGPerMol: number;
  /** viability IC50 of this cell line (M, medium concentration, continuous exposure over ic50ExposureH) and its Hill slope */
  ic50M: number;
  hill: number;
  /** exposure time of that IC50 (h); default the ic50ExposureH parameter (72 h) */
  ic50ExposureH?: number;
  /** a FAK inhibitor: its occupancy enters the radiosensitization (α × (1 + ε O)) */
  fak: boolean;
  /** target-engagement (cellular FAK) IC50 (M) for the occupancy O = C/(C + IC50); default ic50M */
  occupancyIc50M?: number;
  /**
   * your drug-alone viability fit (calibrations.viability): IC50 as a nominal medium concentration (M) after an exposure
   * of exposureH, and its Hill slope; replaces ic50M/hill/ic50ExposureH (the bench's IC50 becomes IC50 · V_medium / V_dist)
   */
  fittedAlone?: { ic50M: number; hill: number; exposureH: number; source: string; top?: number; bottom?: number };
  /**
   * your loaded-carrier viability fit: IC50 in µg/mL of particles and Hill slope; the loaded curve's drug IC50 is set so
   * that the bench's loaded viability at that concentration is 1/2 (through this bench's release and uptake), slope h
   */
  fittedLoaded?: { ic50UgPerMl: number; hill: number; source: string; top?: number; bottom?: number };
}

/** The carrier's own toxicity (your empty-carrier viability fit): V = bottom + (top − bottom) / (1 + (c / IC50)^h), c in µg/mL of particles. */
export interface CarrierToxicity {
  ic50UgPerMl: number;
  hill: number;
  source: string;
  /** the fit's plateaus (fractions of control); absent = 1 and 0 */
  top?: number;
  bottom?: number;
}

/** A viability term's parameters in the bench: IC50 on its concentration scale, Hill slope, plateaus, the IC50's exposure. */
export interface ViabilityTerm {
  ic50M: number;
  hill: number;
  exposureH: number;
  source: string;
  /** plateau at low concentration (fraction of control, in [0, 1]) */
  top: number;
  /** plateau at high concentration (in [0, top]) */
  bottom: number;
}

/**
 * The plateaus a fit's top and bottom give the bench: viability is a fraction of the untreated control, so the top is
 * held to [0, 1] and the bottom to [0, top] (a fitted top above 1 — hormesis or a normalisation offset — is applied as 1).
 */
export function viabilityPlateaus(top: number | undefined, bottom: number | undefined): { top: number; bottom: number; clamped: boolean } {
  const t0 = top ?? 1;
  const b0 = bottom ?? 0;
  const t = Math.min(1, Math.max(0, Number.isFinite(t0) ? t0 : 1));
  const b = Math.min(t, Math.max(0, Number.isFinite(b0) ? b0 : 0));
  return { top: t, bottom: b, clamped: t !== t0 || b !== b0 };
}

/** Four-parameter viability term: bottom + (top − bottom) / (1 + (C / IC50)^h). */
export function viabilityTerm(cM: number, p: { ic50M: number; hill: number; top: number; bottom: number }): number {
  return p.bottom + (p.top - p.bottom) * hillViability(cM, p.ic50M, p.hill);
}

/** Langmuir binding at the cell layer (DG model): K_D as a medium concentration of particles, capacity as mass per area. */
export interface CellBinding {
  kdUgPerMl: number;
  /** binding capacity (µg/cm²); default: a monolayer of the settling unit at the jamming coverage */
  capacityUgPerCm2?: number;
}

export interface InvitroBenchInput {
  cell: InvitroCellLine;
  /** well area (cm²) and medium volume (mL) */
  wellAreaCm2: number;
  mediumVolumeMl: number;
  /** particle mass concentration administered, µg/mL */
  concentrationUgPerMl: number;
  incubationH: number;
  /**
   * the viability assay's exposure (h): released drug is integrated over it (concentration × time) for the viability
   * curves; default the incubation. Dosimetry, uptake and the clonogenic arms stay at the incubation.
   */
  assayH?: number;
  serumFraction: number;
  temperatureC: number;
  /** cells on the well bottom per cm² */
  cellsPerCm2: number;
  /** hydrodynamic diameter of the primary particle (nm) and its density (g/cm³) */
  diameterNm: number;
  particleDensityGPerCm3: number;
  /** mass of one primary particle (pg); default ρ π d³ / 6 */
  particleMassPg?: number;
  /** optional agglomerate diameter (nm) and fractal dimension (DG model), or the agglomerate's measured effective density */
  agglomerateDiameterNm?: number;
  fractalDimension?: number;
  effectiveDensityGPerCm3?: number;
  /** Langmuir binding at the cell layer; absent = fully absorbing (ISDD) */
  cellBinding?: CellBinding;
  /** high-Z element mass per particle mass (g/g) */
  highZMassFractions: Record<string, number>;
  drugs: InvitroDrug[];
  /** released fraction of the payload in the medium (pH 7.4) at time t (h); the M2 release model */
  releasedInMedium: (tH: number) => number;
  /** released fraction inside cells (endolysosomal pH 5.0) at time t (h) */
  releasedInCells: (tH: number) => number;
  /** dissolved fraction of the carrier at time t (h) (0 for gold) */
  dissolved: (tH: number) => number;
  /** no carrier: the drug is dissolved in the medium from the start */
  freeDrug: boolean;
  /** measured uptake (pg per cell) per element or 'particle': replaces the model's uptake */
  measuredPgPerCell?: Record<string, number>;
  beam: string;
  dosesGy: readonly number[];
  /** concentrations of the viability curve, µg/mL of particles (default 12 points, log-spaced to 10 × the input) */
  viabilityConcentrationsUgPerMl?: readonly number[];
  localEffect?: LocalEffectOverrides;
  /** where overridden local-effect strengths come from (explanations only; e.g. "fitted to your data (…)") */
  localEffectSource?: string;
  /** the carrier's own toxicity (your empty-carrier fit); absent = not modelled (viability 1) */
  carrierToxicity?: CarrierToxicity;
  /** where the release in the medium comes from when it is not the catalog's M2 (explanations only; e.g. "fitted to your data (release calibration: …)") */
  releaseSource?: string;
  params?: Partial<Record<InvitroParamKey, number>>;
}

export interface InvitroBenchResult {
  dosimetry: {
    heightMm: number;
    /** 'absorbing' (ISDD) or 'langmuir' (DG) */
    boundary: 'absorbing' | 'langmuir';
    /** binding capacity of the cell layer (µg/cm²; Infinity when absorbing) */
    bindingCapacityUgPerCm2: number;
    velocityMmPerH: number;
    diffusivityCm2PerS: number;
    peclet: number;
    timesH: number[];
    deliveredFraction: number[];
    suspendedFraction: number[];
    dissolvedFraction: number[];
    deliveredUgPerCm2: number[];
  };
  uptake: {
    pgPerCellParticle: number;
    pgPerCell: Record<string, number>;
    provenance: 'model' | 'measured by you';
    internalizedFraction: number;
    /** uptake without saturation (f_int · delivered / cells) and the size-dependent plateau, pg/cell */
    linearPgPerCell: number;
    maxPgPerCell: number;
    /**
     * the uptake is modelled (not measured) and the settling unit lies outside UPTAKE_SOURCED_RANGE_NM, the sizes whose
     * measured uptake sets the size dependence: the modelled uptake is an extrapolation of the log-normal form
     */
    sizeExtrapolated: boolean;
  };
  cytotoxicity: {
    concentrationsUgPerMl: number[];
    /** per drug: viability of the drug alone (same drug amount, free) */
    drugAlone: { agent: string; viability: number[] }[];
    emptyCarrier: number[];
    loadedCarrier: number[];
    /** at the input concentration */
    viabilityLoaded: number;
    /** per drug: the concentration × time-equivalent medium concentration compared with the IC50 (M) */
    effectiveDrugM: number[];
    /** per drug: the medium concentration at the end of the incubation (M; the FAK occupancy at irradiation) */
    mediumAtEndM: number[];
    /** per drug: its mass per particle mass (g/g; 1 for a free drug) */
    drugMassFractions: number[];
    /** share of a dissolved drug in the medium, V_medium / (V_medium + n_cells V_cell K_p) */
    mediumShare: number;
    /** per drug: the IC50 (M, bench terms: C_eq scale) and Hill slope of the drug-alone and loaded curves, and where they come from */
    drugParams: { agent: string; alone: ViabilityTerm; loaded: ViabilityTerm }[];
    /** the viability assay's exposure (h) over which the released drug is integrated (default the incubation) */
    assayH: number;
  };
  clonogenic: {
    dosesGy: number[];
    sfControl: number[];
    sfTreated: number[];
    doseEnhancementFactor: number;
    localEnhancementFactor: number;
    fakOccupancy: number;
    control: LqArm;
    treated: LqArm;
    ser: SerDefinitions;
  };
  explanations: Explanation[];
}

function pv(k: InvitroParamKey, o?: Partial<Record<InvitroParamKey, number>>): number {
  const v = o?.[k];
  return v === undefined ? INVITRO_PARAMS[k].value : v;
}

function pos(name: string, v: number, allowZero = false): number {
  if (!(Number.isFinite(v) && (allowZero ? v >= 0 : v > 0))) throw new RangeError(`${name}: must be a finite number ${allowZero ? '≥' : '>'} 0, got ${v}`);
  return v;
}

/**
 * Particle diameters (nm) whose HeLa uptake the size dependence of the uptake rests on: Chithrani et al., Nano Lett 6,
 * 662 (2006) studied 14–100 nm citrate gold (recalled). Outside it the log-normal form is an extrapolation: at 1.9 nm it
 * gives ≈ 1.5 particles per cell at saturation, a number no measurement supports or refutes here (none was read).
 */
export const UPTAKE_SOURCED_RANGE_NM: readonly [number, number] = [14, 100];

/** Internalized share of delivered particles: f_max · exp(−ln²(d / d_opt) / (2 w²)). */
export function internalizedFraction(diameterNm: number, o?: Partial<Record<InvitroParamKey, number>>): number {
  const l = Math.log(diameterNm / pv('uptakeOptimumNm', o));
  const w = pv('uptakeWidthLn', o);
  return pv('internalizedFractionMax', o) * Math.exp(-(l * l) / (2 * w * w));
}

/**
 * Saturable uptake per cell (pg): m = x m_max / (x + m_max), x = f_int · delivered mass / cells (the linear uptake),
 * m_max = N_max(d) · m_unit, N_max(d) = N_opt exp(−ln²(d/d_opt)/(2w²)) (Chithrani 2006: the uptake saturates at a
 * size-dependent number per cell). Monotone in x, → x for x ≪ m_max, bounded by m_max.
 */
export function saturableUptakePg(linearPg: number, unitDiameterNm: number, unitMassPg: number, o?: Partial<Record<InvitroParamKey, number>>): { pg: number; maxPg: number } {
  const l = Math.log(unitDiameterNm / pv('uptakeOptimumNm', o));
  const w = pv('uptakeWidthLn', o);
  const maxPg = pv('uptakeMaxParticlesPerCell', o) * Math.exp(-(l * l) / (2 * w * w)) * unitMassPg;
  if (!(linearPg > 0)) return { pg: 0, maxPg };
  return { pg: (linearPg * maxPg) / (linearPg + maxPg), maxPg };
}

/** Hill viability: 1 / (1 + (C / IC50)^h). */
export function hillViability(cM: number, ic50M: number, hill: number): number {
  if (!(cM > 0)) return 1;
  return 1 / (1 + Math.pow(cM / ic50M, hill));
}

export function invitroBench(inp: InvitroBenchInput): InvitroBenchResult {
  const o = inp.params;
  pos('wellAreaCm2', inp.wellAreaCm2);
  pos('mediumVolumeMl', inp.mediumVolumeMl);
  pos('concentrationUgPerMl', inp.concentrationUgPerMl, true);
  pos('incubationH', inp.incubationH, true);
  if (inp.assayH !== undefined) pos('assayH', inp.assayH);
  pos('cellsPerCm2', inp.cellsPerCm2);
  pos('diameterNm', inp.diameterNm);
  pos('cell.cellVolumeUm3', inp.cell.cellVolumeUm3);
  if (!(inp.serumFraction >= 0 && inp.serumFraction <= 1)) throw new RangeError(`serumFraction: must be in [0, 1], got ${inp.serumFraction}`);
  const T = inp.incubationH;
  const heightCm = inp.mediumVolumeMl / inp.wellAreaCm2;
  const rhoM = pv('mediumDensityGPerCm3', o);
  const mu = mediumViscosityPaS(inp.temperatureC, inp.serumFraction);
  const dA = inp.agglomerateDiameterNm && inp.agglomerateDiameterNm > inp.diameterNm ? inp.agglomerateDiameterNm : inp.diameterNm;
  const fractal = inp.fractalDimension ?? 2.1;
  if (!(fractal > 1 && fractal <= 3)) throw new RangeError(`fractalDimension: must be in (1, 3], got ${fractal}`);
  if (inp.effectiveDensityGPerCm3 !== undefined && !(inp.effectiveDensityGPerCm3 > 0)) throw new RangeError(`effectiveDensityGPerCm3: must be > 0, got ${inp.effectiveDensityGPerCm3}`);
  const rhoEff = inp.effectiveDensityGPerCm3 ?? agglomerateDensity(inp.particleDensityGPerCm3, rhoM, inp.diameterNm, dA, fractal);
  // the settling unit: a primary particle, or an agglomerate of N = (d_a/d_p)^D_F primaries (DG)
  const primaryPg = inp.particleMassPg ?? inp.particleDensityGPerCm3 * (Math.PI / 6) * (inp.diameterNm * 1e-7) ** 3 * 1e12;
  const unitPg = primaryPg * Math.pow(dA / inp.diameterNm, fractal);
  // Langmuir cell layer: K_D and capacity in the solver's normalised units (c / (C0 H), σ / (C0 H))
  const massPerAreaUg = inp.concentrationUgPerMl * heightCm; // µg/cm² if all of it settled
  let binding: { kdPerM: number; capacityFraction: number } | undefined;
  let capacityUgPerCm2 = Infinity;
  if (inp.cellBinding) {
    const kd = inp.cellBinding.kdUgPerMl;
    if (!(Number.isFinite(kd) && kd >= 0)) throw new RangeError(`cellBinding.kdUgPerMl: must be a finite number ≥ 0, got ${kd}`);
    const capGiven = inp.cellBinding.capacityUgPerCm2;
    if (capGiven !== undefined && !(capGiven > 0)) throw new RangeError(`cellBinding.capacityUgPerCm2: must be > 0, got ${capGiven}`);
    capacityUgPerCm2 = capGiven ?? (pv('jammingCoverage', o) * unitPg * 1e-6) / ((Math.PI / 4) * (dA * 1e-7) ** 2);
    if (kd > 0 && massPerAreaUg > 0) binding = { kdPerM: kd / (inp.concentrationUgPerMl * (heightCm / 100)), capacityFraction: capacityUgPerCm2 / massPerAreaUg };
  }
  const explanations: Explanation[] = [];

  // dosimetry (a free drug is dissolved: nothing settles, its concentration is the medium's)
  const tr = inp.freeDrug ? null : settleAndDiffuse({ diameterNm: dA, densityGPerCm3: rhoEff, mediumDensityGPerCm3: rhoM, viscosityPaS: mu, temperatureC: inp.temperatureC, heightM: heightCm / 100, hours: T, binding });
  const timesH = tr ? tr.timesH : Array.from({ length: 49 }, (_, i) => (T * i) / 48);
  const dissolvedFraction = timesH.map((t) => (inp.freeDrug ? 0 : Math.min(1, Math.max(0, inp.dissolved(t)))));
  const deliveredFraction = tr ? tr.delivered.map((d, i) => d * (1 - dissolvedFraction[i])) : timesH.map(() => 0);
  const suspendedFraction = tr ? tr.suspended.map((s, i) => s * (1 - dissolvedFraction[i])) : timesH.map(() => 1);
  const massUgPerWell = inp.concentrationUgPerMl * inp.mediumVolumeMl;
  const deliveredUgPerCm2 = deliveredFraction.map((f) => (f * massUgPerWell) / inp.wellAreaCm2);
  const fDelivered = deliveredFraction[deliveredFraction.length - 1];
  if (tr)
    explanations.push({
      equation: 'IV1-transport',
      formula: 'v = (ρ_eff − ρ_m) g d² / (18 μ); D = k_B T / (3π μ d); ∂c/∂t = ∂/∂z (D ∂c/∂z + v c), c = 0 at the cells, no flux at the surface',
      inputs: [
        { name: 'd (settling unit)', value: dA, unit: 'nm' },
        { name: 'ρ_eff', value: rhoEff, unit: 'g/cm³' },
        { name: 'μ (medium)', value: mu * 1000, unit: 'mPa·s' },
        { name: 'H = V / A', value: heightCm * 10, unit: 'mm' },
        { name: 'incubation', value: T, unit: 'h' },
      ],
      params: [paramRow('ρ_m', INVITRO_PARAMS.mediumDensityGPerCm3, rhoM)],
      result: { name: 'deliveredFraction', value: fDelivered, unit: '1' },
      note: `Settling ${(tr.velocityMPerS * 3.6e6).toPrecision(3)} mm/h, diffusivity ${(tr.diffusivityM2PerS * 1e4).toExponential(3)} cm²/s, Péclet vH/D = ${tr.peclet.toPrecision(3)} (${tr.peclet > 1 ? 'settling' : 'diffusion'} dominates). ${binding ? `DG-like Langmuir cell layer: K_D ${inp.cellBinding?.kdUgPerMl} µg/mL, capacity ${capacityUgPerCm2.toPrecision(3)} µg/cm²` : 'ISDD-like: absorbing cell layer'}, uniform start.`,
    });

  // uptake per cell: linear in the delivered dose at low dose, saturating at a size-dependent plateau (Chithrani 2006)
  const fInt = inp.freeDrug ? 0 : internalizedFraction(dA, o);
  const uptakeAt = (deliveredUgPerCm2: number): { pg: number; linear: number; maxPg: number } => {
    const linear = (fInt * deliveredUgPerCm2 * 1e6) / inp.cellsPerCm2; // µg → pg
    const sat = saturableUptakePg(linear, dA, unitPg, o);
    return { pg: sat.pg, linear, maxPg: sat.maxPg };
  };
  const up = uptakeAt(deliveredUgPerCm2[deliveredUgPerCm2.length - 1]);
  const pgModel = up.pg;
  const measured = inp.measuredPgPerCell;
  let pgParticle = pgModel;
  const pgPerCell: Record<string, number> = {};
  const hz = inp.highZMassFractions;
  if (measured && Object.keys(measured).length) {
    if (measured.particle !== undefined) pgParticle = pos('measuredPgPerCell.particle', measured.particle, true);
    else {
      // the particle mass in the cell from the measured element(s) (the first with a mass fraction)
      const el = Object.keys(measured).find((e) => hz[e] > 0);
      if (!el) throw new RangeError(`measuredPgPerCell: ${Object.keys(measured).join(', ')} is not an element of this particle (it holds ${Object.keys(hz).join(', ') || 'no high-Z element'})`);
      pgParticle = pos(`measuredPgPerCell.${el}`, measured[el], true) / hz[el];
    }
  }
  for (const el in hz) pgPerCell[el] = measured?.[el] ?? pgParticle * hz[el];
  const provenance = measured && Object.keys(measured).length ? 'measured by you' : 'model';
  const sizeExtrapolated = provenance === 'model' && !inp.freeDrug && (dA < UPTAKE_SOURCED_RANGE_NM[0] || dA > UPTAKE_SOURCED_RANGE_NM[1]);
  explanations.push({
    equation: 'IV2-uptake',
    formula: 'm_cell = x m_max / (x + m_max), x = f_int(d) · M_delivered / n_cells, f_int = f_max · exp(−ln²(d/d_opt) / (2w²)), m_max = N_max exp(−ln²(d/d_opt) / (2w²)) · m_particle',
    inputs: [
      { name: 'M_delivered', value: deliveredUgPerCm2[deliveredUgPerCm2.length - 1], unit: 'µg/cm²' },
      { name: 'n_cells', value: inp.cellsPerCm2, unit: 'cells/cm²' },
      { name: 'm_particle (settling unit)', value: unitPg, unit: 'pg' },
      { name: 'x (linear uptake)', value: up.linear, unit: 'pg/cell' },
      { name: 'm_max', value: up.maxPg, unit: 'pg/cell' },
    ],
    params: [paramRow('f_max', INVITRO_PARAMS.internalizedFractionMax, pv('internalizedFractionMax', o)), paramRow('d_opt', INVITRO_PARAMS.uptakeOptimumNm, pv('uptakeOptimumNm', o)), paramRow('w', INVITRO_PARAMS.uptakeWidthLn, pv('uptakeWidthLn', o)), paramRow('N_max', INVITRO_PARAMS.uptakeMaxParticlesPerCell, pv('uptakeMaxParticlesPerCell', o))],
    result: { name: 'pgPerCellParticle', value: pgParticle, unit: 'pg/cell' },
    note: provenance === 'model' ? `Modelled uptake (no measured value given), saturable per cell.${sizeExtrapolated ? ` The settling unit (${dA.toPrecision(3)} nm) lies outside ${UPTAKE_SOURCED_RANGE_NM[0]}–${UPTAKE_SOURCED_RANGE_NM[1]} nm, the sizes whose measured uptake (Chithrani 2006, HeLa) sets this size dependence: the uptake here is an extrapolation of the log-normal form (plateau ${(up.maxPg / unitPg).toPrecision(2)} particles per cell), not a prediction — measure the uptake (ICP-MS, pg/cell) and enter it.` : ''}` : `Measured by you (${Object.keys(measured ?? {}).join(', ')}): the ICP-MS value replaces the model’s uptake; the other elements follow the particle’s composition.`,
  });

  // cytotoxicity: the drug released in the well (from particles in the medium at pH 7.4 and inside cells at pH 5.0)
  // distributes between medium and cells; the medium concentration over the incubation, as concentration × time,
  // is compared with the IC50 (a medium concentration for continuous exposure over t_ref)
  const vCellL = inp.cell.cellVolumeUm3 * 1e-15;
  const nCells = inp.cellsPerCm2 * inp.wellAreaCm2;
  const vMediumL = inp.mediumVolumeMl * 1e-3;
  const kp = pv('drugCellPartition', o);
  const distVolumeL = vMediumL + nCells * vCellL * kp;
  // the viability assay's exposure: its own time grid when it differs from the incubation (release is a function of t;
  // the internalized share stays at its end-of-incubation value — no uptake modelled after the incubation)
  const Ta = inp.assayH ?? T;
  const assayTimes = Ta === T ? timesH : Array.from({ length: 49 }, (_, i) => (Ta * i) / 48);
  const fMedAt = (t: number): number => (inp.freeDrug ? 1 : Math.min(1, Math.max(0, inp.releasedInMedium(t))));
  const fCellAt = (t: number): number => (inp.freeDrug ? 0 : Math.min(1, Math.max(0, inp.releasedInCells(t))));
  const fMedT = assayTimes.map(fMedAt);
  const fCellT = assayTimes.map(fCellAt);
  const fMed = fMedAt(T);
  const fCell = fCellAt(T);
  const top = inp.concentrationUgPerMl * 10;
  const concs = inp.viabilityConcentrationsUgPerMl ? [...inp.viabilityConcentrationsUgPerMl] : Array.from({ length: 13 }, (_, i) => top * Math.pow(10, -4 + i / 3));
  const massWellUg = inp.concentrationUgPerMl * inp.mediumVolumeMl;
  // internalized share of the particles at concentration c (the delivered fraction scales with c; the uptake saturates)
  const internalizedShare = (c: number): number => {
    if (inp.freeDrug || !(c > 0)) return 0;
    const pg = measured && Object.keys(measured).length ? pgParticle * (inp.concentrationUgPerMl > 0 ? c / inp.concentrationUgPerMl : 0) : uptakeAt(deliveredUgPerCm2[deliveredUgPerCm2.length - 1] * (inp.concentrationUgPerMl > 0 ? c / inp.concentrationUgPerMl : 0)).pg;
    return Math.min(1, (pg * 1e-6 * nCells) / (c * inp.mediumVolumeMl));
  };
  // released moles per litre of distribution volume at each output time, per µg/mL of particles and per g/g of drug
  const releasedConc = (c: number, d: InvitroDrug): number[] => {
    const phi = internalizedShare(c);
    const totalMol = (c * inp.mediumVolumeMl * 1e-6 * d.massFraction) / d.molecularWeightGPerMol; // µg → g
    return assayTimes.map((_, i) => (totalMol * ((1 - phi) * fMedT[i] + phi * fCellT[i])) / distVolumeL);
  };
  const auc = (y: number[]): number => {
    let s = 0;
    for (let i = 1; i < y.length; i++) s += 0.5 * (y[i] + y[i - 1]) * (assayTimes[i] - assayTimes[i - 1]);
    return s;
  };
  const mediumShare = vMediumL / distVolumeL;
  const catalogSource = 'catalog (the cell line’s IC50 where listed, else the agent’s 2-D viability IC50; Hill slope assumed)';
  // each drug's IC50 and Hill slope, drug alone (your drug-alone fit: nominal IC50 × medium share, over its exposure)
  // (your fit's top and bottom: the plateaus of its four-parameter curve, held to 0 ≤ bottom ≤ top ≤ 1)
  const alonePar: ViabilityTerm[] = inp.drugs.map((d) => {
    if (!d.fittedAlone) return { ic50M: d.ic50M, hill: d.hill, exposureH: d.ic50ExposureH ?? pv('ic50ExposureH', o), source: catalogSource, top: 1, bottom: 0 };
    const pl = viabilityPlateaus(d.fittedAlone.top, d.fittedAlone.bottom);
    return { ic50M: d.fittedAlone.ic50M * mediumShare, hill: d.fittedAlone.hill, exposureH: d.fittedAlone.exposureH, source: d.fittedAlone.source, top: pl.top, bottom: pl.bottom };
  });
  const effectiveOver = (c: number, d: InvitroDrug, exposureH: number): number => (Ta > 0 ? auc(releasedConc(c, d)) / exposureH : 0);
  // the medium concentration at the end of the incubation (irradiation): the FAK occupancy
  const atEnd = (c: number, d: InvitroDrug): number => {
    const phi = internalizedShare(c);
    const totalMol = (c * inp.mediumVolumeMl * 1e-6 * d.massFraction) / d.molecularWeightGPerMol;
    return (totalMol * ((1 - phi) * fMed + phi * fCell)) / distVolumeL;
  };
  const carrierPl = inp.carrierToxicity ? viabilityPlateaus(inp.carrierToxicity.top, inp.carrierToxicity.bottom) : null;
  const carrierV = (c: number): number => (inp.carrierToxicity && carrierPl ? viabilityTerm(c, { ic50M: inp.carrierToxicity.ic50UgPerMl, hill: inp.carrierToxicity.hill, ...carrierPl }) : 1);
  // the loaded curve: the drug's own parameters, or your loaded-carrier fit — the IC50 (C_eq scale) that puts the
  // bench's loaded viability at 1/2 at your fitted IC50, given the carrier's toxicity and the other drugs there
  // (with your plateaus: at your IC50 the four-parameter curve is (top + bottom)/2, so the drug's term there is
  // (top + bottom)/(2 · others) and its Hill part H = (term − bottom)/(top − bottom))
  const loadedPar: ViabilityTerm[] = inp.drugs.map((d, i) => {
    const fl = d.fittedLoaded;
    if (!fl) return alonePar[i];
    const exposureH = alonePar[i].exposureH;
    const pl = viabilityPlateaus(fl.top, fl.bottom);
    const others = inp.drugs.reduce((v, e, k) => (k === i ? v : v * viabilityTerm(effectiveOver(fl.ic50UgPerMl, e, alonePar[k].exposureH), alonePar[k])), carrierV(fl.ic50UgPerMl));
    const span = pl.top - pl.bottom;
    const term = others > 0 ? (pl.top + pl.bottom) / (2 * others) : pl.top;
    const H = span > 1e-12 ? Math.min(1 - 1e-9, Math.max(1e-9, (term - pl.bottom) / span)) : 1;
    const ceq = effectiveOver(fl.ic50UgPerMl, d, exposureH);
    return { ic50M: ceq > 0 && span > 1e-12 ? ceq * Math.pow(1 / H - 1, -1 / Math.max(fl.hill, 1e-9)) : Infinity, hill: fl.hill, exposureH, source: fl.source, top: pl.top, bottom: pl.bottom };
  });
  const effective = (c: number, d: InvitroDrug): number => effectiveOver(c, d, loadedPar[inp.drugs.indexOf(d)].exposureH);
  const viabilityAt = (c: number): number => inp.drugs.reduce((v, d, i) => v * viabilityTerm(effectiveOver(c, d, loadedPar[i].exposureH), loadedPar[i]), carrierV(c));
  // drug alone: the same drug amount dissolved in the medium from the start, over the assay's exposure
  const drugAlone = inp.drugs.map((d, i) => ({ agent: d.agent, viability: concs.map((c) => viabilityTerm((((c * 1e-3 * d.massFraction) / d.molecularWeightGPerMol) * mediumShare) * (Ta / alonePar[i].exposureH), alonePar[i])) }));
  const loaded = concs.map(viabilityAt);
  const viabilityLoaded = viabilityAt(inp.concentrationUgPerMl);
  const effectiveDrugM = inp.drugs.map((d) => effective(inp.concentrationUgPerMl, d));
  const mediumAtEndM = inp.drugs.map((d) => atEnd(inp.concentrationUgPerMl, d));
  // your fit's plateaus as applied (a value held to [0, 1] says so in its source)
  const plateauRows = (what: string, fit: { top?: number; bottom?: number; source: string }, applied: { top: number; bottom: number }) => {
    const held = viabilityPlateaus(fit.top, fit.bottom).clamped ? ` — fitted top ${fit.top ?? 1}, bottom ${fit.bottom ?? 0}, held to 0 ≤ bottom ≤ top ≤ 1` : '';
    return [
      { name: `top ${what}`, value: applied.top, unit: '1', source: fit.source + held, provenance: 'fitted' as const },
      { name: `bottom ${what}`, value: applied.bottom, unit: '1', source: fit.source + held, provenance: 'fitted' as const },
    ];
  };
  const fittedRows = [
    ...inp.drugs.flatMap((d, i) => [
      ...(d.fittedAlone ? [{ name: `IC50 ${d.agent} alone (nominal, ${alonePar[i].exposureH} h)`, value: d.fittedAlone.ic50M, unit: 'M', source: d.fittedAlone.source, provenance: 'fitted' as const }, { name: `Hill slope ${d.agent}`, value: d.fittedAlone.hill, unit: '1', source: d.fittedAlone.source, provenance: 'fitted' as const }, ...plateauRows(`${d.agent} alone`, d.fittedAlone, alonePar[i])] : []),
      ...(d.fittedLoaded ? [{ name: `IC50 loaded carrier (${d.agent})`, value: d.fittedLoaded.ic50UgPerMl, unit: 'µg/mL', source: d.fittedLoaded.source, provenance: 'fitted' as const }, { name: `Hill slope loaded carrier (${d.agent})`, value: d.fittedLoaded.hill, unit: '1', source: d.fittedLoaded.source, provenance: 'fitted' as const }, ...plateauRows(`loaded carrier (${d.agent})`, d.fittedLoaded, loadedPar[i])] : []),
    ]),
    ...(inp.carrierToxicity && carrierPl ? [{ name: 'IC50 empty carrier', value: inp.carrierToxicity.ic50UgPerMl, unit: 'µg/mL', source: inp.carrierToxicity.source, provenance: 'fitted' as const }, { name: 'Hill slope empty carrier', value: inp.carrierToxicity.hill, unit: '1', source: inp.carrierToxicity.source, provenance: 'fitted' as const }, ...plateauRows('empty carrier', inp.carrierToxicity, carrierPl)] : []),
  ];
  if (inp.drugs.length || inp.carrierToxicity)
    explanations.push({
      equation: 'IV3-viability',
      formula: 'V = V_carrier(c) · Π_drugs [b + (t − b) / (1 + (C_eq / IC50)^h)], C_eq = (1/t_ref) ∫₀^T_assay n_rel(t) / (V_medium + n_cells V_cell K_p) dt, n_rel = n_drug [(1 − φ_int) F_medium(t) + φ_int F_cell(t)]; V_carrier = b_c + (t_c − b_c) / (1 + (c / IC50_carrier)^h_carrier) when you fitted it, else 1; t = 1, b = 0 unless your fit gives them',
      inputs: [
        { name: 'drug in the well', value: inp.drugs.reduce((s, d) => s + (massWellUg * d.massFraction) / d.molecularWeightGPerMol, 0) * 1e-6 * 1e9, unit: 'nmol' },
        { name: 'F_medium (pH 7.4) at T', value: fMed, unit: '1' },
        { name: 'F_cell (pH 5.0) at T', value: fCell, unit: '1' },
        { name: 'φ_int (internalized share)', value: internalizedShare(inp.concentrationUgPerMl), unit: '1' },
        { name: 'T (incubation)', value: T, unit: 'h' },
        { name: 'T_assay (viability assay exposure)', value: Ta, unit: 'h' },
        ...(inp.drugs.length ? [{ name: 'C_eq', value: effectiveDrugM[0], unit: 'M' }, { name: 'IC50 (loaded curve, C_eq scale)', value: loadedPar[0].ic50M, unit: 'M' }, { name: 'h (loaded curve)', value: loadedPar[0].hill, unit: '1' }] : []),
        ...(inp.carrierToxicity ? [{ name: 'V_carrier (your empty-carrier fit)', value: carrierV(inp.concentrationUgPerMl), unit: '1' }] : []),
      ],
      params: [paramRow('t_ref', INVITRO_PARAMS.ic50ExposureH, pv('ic50ExposureH', o)), paramRow('K_p', INVITRO_PARAMS.drugCellPartition, kp), ...fittedRows],
      result: { name: 'viabilityLoaded', value: viabilityLoaded, unit: '1' },
      note: `The IC50 is a medium concentration under continuous exposure over t_ref; released drug (not the total loaded) is what the cells see, as concentration × time. Release in the well (F_medium at pH 7.4, F_cell at pH 5.0) and the carrier's dissolution: ${inp.releaseSource ? `your release calibration, ${inp.releaseSource}, at the medium's pH` : "the M2 release model with the catalog's parameters"}. ${inp.carrierToxicity ? `Empty carrier: your fitted carrier toxicity (${inp.carrierToxicity.source}), applied to the loaded carrier too.` : 'Empty carrier: no carrier toxicity is modelled (viability 1).'} Drug alone: the same drug amount dissolved in the medium over the assay's exposure. ${inp.assayH !== undefined && inp.assayH !== T ? `The viability assay's exposure (${Ta} h) differs from the incubation (${T} h): released drug is integrated over ${Ta} h; the internalized share stays at its end-of-incubation value (no uptake after the incubation is modelled).` : 'The viability assay’s exposure is the incubation (no separate assay hours given).'}${inp.drugs.some((d) => d.fittedAlone || d.fittedLoaded) ? ' Your viability fit replaces the catalog IC50, Hill slope and the plateaus (top, bottom; held to 0 ≤ bottom ≤ top ≤ 1) — drug alone: your nominal IC50 × the medium share over your exposure; loaded carrier: the IC50 that puts this bench at (top + bottom)/2 at your fitted concentration.' : ''}`,
    });

  // clonogenic survival: control vs treated, oxic cells (no hypoxic compartment), the cell-average DEF of the metal in the cell
  const cellMassNg = inp.cell.cellVolumeUm3 * 1e-3 * pv('cellMassDensityGPerCm3', o); // µm³ × g/cm³ → ng
  const elements: Record<string, number> = {};
  for (const el in pgPerCell) elements[el] = pgPerCell[el] / cellMassNg; // pg/ng = mg/g
  const fakDrug = inp.drugs.find((d) => d.fak);
  const rs = radiosensitization({
    beam: inp.beam,
    elements,
    intracellularPgPerCell: pgPerCell,
    cellMassNg,
    freeDrugM: fakDrug ? atEnd(inp.concentrationUgPerMl, fakDrug) : 0,
    ic50M: fakDrug ? fakDrug.occupancyIc50M ?? fakDrug.ic50M : undefined,
    alphaPerGy: inp.cell.alphaPerGy,
    betaPerGy2: inp.cell.betaPerGy2,
    hypoxicFraction: 0,
    pO2OxicMmHg: pv('incubatorPO2MmHg', o),
    params: inp.localEffect,
    ...(inp.localEffectSource !== undefined ? { localEffectSource: inp.localEffectSource } : {}),
    explain: true,
  });
  const c0 = rs.compartmentsControl[0];
  const t0 = rs.compartmentsTreated[0];
  const control: LqArm = { alphaPerGy: c0.alphaPerGy, betaPerGy2: c0.betaPerGy2, doseFactor: 1 };
  const treated: LqArm = { alphaPerGy: t0.alphaPerGy, betaPerGy2: t0.betaPerGy2, doseFactor: rs.doseEnhancementFactor };
  const ser = serDefinitions(control, treated);
  for (const e of rs.explanations) if (e.equation.startsWith('M4.2') || e.equation.startsWith('M4.3') || e.equation === 'M4.4-fak-occupancy') explanations.push(e);
  explanations.push({
    equation: 'IV4-ser',
    formula: 'S(D) = exp(−α′ k D − β′ (k D)²), control k = 1, treated k = DEF_cell, α′ = α·LEF·(1 + ε O)·OMF; SER = D_c(SF)/D_t(SF) at SF 0.5, 0.1, 1/e, and SF_c(2)/SF_t(2)',
    inputs: [
      { name: 'DEF_cell', value: rs.doseEnhancementFactor, unit: '1' },
      { name: 'LEF', value: rs.localEnhancementFactor, unit: '1' },
      { name: 'α (cells)', value: inp.cell.alphaPerGy, unit: 'Gy⁻¹' },
      { name: 'β (cells)', value: inp.cell.betaPerGy2, unit: 'Gy⁻²' },
    ],
    params: [paramRow('incubator pO₂', INVITRO_PARAMS.incubatorPO2MmHg, pv('incubatorPO2MmHg', o))],
    result: { name: 'SER (SF 0.1)', value: ser.doseRatioAtSf10, unit: '1' },
  });
  const doses = [...inp.dosesGy];
  return {
    dosimetry: {
      heightMm: heightCm * 10,
      boundary: binding ? 'langmuir' : 'absorbing',
      bindingCapacityUgPerCm2: binding ? capacityUgPerCm2 : Infinity,
      velocityMmPerH: tr ? tr.velocityMPerS * 3.6e6 : 0,
      diffusivityCm2PerS: tr ? tr.diffusivityM2PerS * 1e4 : 0,
      peclet: tr ? tr.peclet : 0,
      timesH,
      deliveredFraction,
      suspendedFraction,
      dissolvedFraction,
      deliveredUgPerCm2,
    },
    uptake: { pgPerCellParticle: pgParticle, pgPerCell, provenance, internalizedFraction: fInt, linearPgPerCell: up.linear, maxPgPerCell: up.maxPg, sizeExtrapolated },
    cytotoxicity: { concentrationsUgPerMl: concs, drugAlone, emptyCarrier: concs.map(carrierV), loadedCarrier: loaded, viabilityLoaded, effectiveDrugM, mediumAtEndM, drugMassFractions: inp.drugs.map((d) => d.massFraction), mediumShare, drugParams: inp.drugs.map((d, i) => ({ agent: d.agent, alone: alonePar[i], loaded: loadedPar[i] })), assayH: Ta },
    clonogenic: {
      dosesGy: doses,
      sfControl: doses.map((d) => armSurvival(control, d)),
      sfTreated: doses.map((d) => armSurvival(treated, d)),
      doseEnhancementFactor: rs.doseEnhancementFactor,
      localEnhancementFactor: rs.localEnhancementFactor,
      fakOccupancy: rs.fakOccupancy,
      control,
      treated,
      ser,
    },
    explanations,
  };
}
