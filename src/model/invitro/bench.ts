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
  /** IC50 of this cell line (M) at the assay time and its Hill slope */
  ic50M: number;
  hill: number;
  /** a FAK inhibitor: its occupancy enters the radiosensitization (α × (1 + ε O)) */
  fak: boolean;
}

export interface InvitroBenchInput {
  cell: InvitroCellLine;
  /** well area (cm²) and medium volume (mL) */
  wellAreaCm2: number;
  mediumVolumeMl: number;
  /** particle mass concentration administered, µg/mL */
  concentrationUgPerMl: number;
  incubationH: number;
  serumFraction: number;
  temperatureC: number;
  /** cells on the well bottom per cm² */
  cellsPerCm2: number;
  /** hydrodynamic diameter of the primary particle (nm) and its density (g/cm³) */
  diameterNm: number;
  particleDensityGPerCm3: number;
  /** optional agglomerate diameter (nm) and fractal dimension (DG model) */
  agglomerateDiameterNm?: number;
  fractalDimension?: number;
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
  params?: Partial<Record<InvitroParamKey, number>>;
}

export interface InvitroBenchResult {
  dosimetry: {
    heightMm: number;
    velocityMmPerH: number;
    diffusivityCm2PerS: number;
    peclet: number;
    timesH: number[];
    deliveredFraction: number[];
    suspendedFraction: number[];
    dissolvedFraction: number[];
    deliveredUgPerCm2: number[];
  };
  uptake: { pgPerCellParticle: number; pgPerCell: Record<string, number>; provenance: 'model' | 'measured by you'; internalizedFraction: number };
  cytotoxicity: {
    concentrationsUgPerMl: number[];
    /** per drug: viability of the drug alone (same drug amount, free) */
    drugAlone: { agent: string; viability: number[] }[];
    emptyCarrier: number[];
    loadedCarrier: number[];
    /** at the input concentration */
    viabilityLoaded: number;
    effectiveDrugM: number[];
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

/** Internalized share of delivered particles: f_max · exp(−ln²(d / d_opt) / (2 w²)). */
export function internalizedFraction(diameterNm: number, o?: Partial<Record<InvitroParamKey, number>>): number {
  const l = Math.log(diameterNm / pv('uptakeOptimumNm', o));
  const w = pv('uptakeWidthLn', o);
  return pv('internalizedFractionMax', o) * Math.exp(-(l * l) / (2 * w * w));
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
  pos('cellsPerCm2', inp.cellsPerCm2);
  pos('diameterNm', inp.diameterNm);
  pos('cell.cellVolumeUm3', inp.cell.cellVolumeUm3);
  if (!(inp.serumFraction >= 0 && inp.serumFraction <= 1)) throw new RangeError(`serumFraction: must be in [0, 1], got ${inp.serumFraction}`);
  const T = inp.incubationH;
  const heightCm = inp.mediumVolumeMl / inp.wellAreaCm2;
  const rhoM = pv('mediumDensityGPerCm3', o);
  const mu = mediumViscosityPaS(inp.temperatureC, inp.serumFraction);
  const dA = inp.agglomerateDiameterNm && inp.agglomerateDiameterNm > inp.diameterNm ? inp.agglomerateDiameterNm : inp.diameterNm;
  const rhoEff = agglomerateDensity(inp.particleDensityGPerCm3, rhoM, inp.diameterNm, dA, inp.fractalDimension ?? 2.1);
  const explanations: Explanation[] = [];

  // dosimetry (a free drug is dissolved: nothing settles, its concentration is the medium's)
  const tr = inp.freeDrug ? null : settleAndDiffuse({ diameterNm: dA, densityGPerCm3: rhoEff, mediumDensityGPerCm3: rhoM, viscosityPaS: mu, temperatureC: inp.temperatureC, heightM: heightCm / 100, hours: T });
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
      note: `Settling ${(tr.velocityMPerS * 3.6e6).toPrecision(3)} mm/h, diffusivity ${(tr.diffusivityM2PerS * 1e4).toExponential(3)} cm²/s, Péclet vH/D = ${tr.peclet.toPrecision(3)} (${tr.peclet > 1 ? 'settling' : 'diffusion'} dominates). ISDD-like: absorbing cell layer, uniform start.`,
    });

  // uptake per cell
  const fInt = inp.freeDrug ? 0 : internalizedFraction(dA, o);
  const pgModel = (fInt * deliveredUgPerCm2[deliveredUgPerCm2.length - 1] * 1e6) / inp.cellsPerCm2; // µg → pg
  const measured = inp.measuredPgPerCell;
  let pgParticle = pgModel;
  const pgPerCell: Record<string, number> = {};
  const hz = inp.highZMassFractions;
  if (measured && Object.keys(measured).length) {
    if (measured.particle !== undefined) pgParticle = pos('measuredPgPerCell.particle', measured.particle, true);
    else {
      // scale the particle mass from the first measured element
      const el = Object.keys(measured).find((e) => hz[e] > 0);
      if (el) pgParticle = measured[el] / hz[el];
    }
  }
  for (const el in hz) pgPerCell[el] = measured?.[el] ?? pgParticle * hz[el];
  const provenance = measured && Object.keys(measured).length ? 'measured by you' : 'model';
  explanations.push({
    equation: 'IV2-uptake',
    formula: 'm_cell = f_int(d) · M_delivered / n_cells, f_int = f_max · exp(−ln²(d/d_opt) / (2w²))',
    inputs: [
      { name: 'M_delivered', value: deliveredUgPerCm2[deliveredUgPerCm2.length - 1], unit: 'µg/cm²' },
      { name: 'n_cells', value: inp.cellsPerCm2, unit: 'cells/cm²' },
    ],
    params: [paramRow('f_max', INVITRO_PARAMS.internalizedFractionMax, pv('internalizedFractionMax', o)), paramRow('d_opt', INVITRO_PARAMS.uptakeOptimumNm, pv('uptakeOptimumNm', o)), paramRow('w', INVITRO_PARAMS.uptakeWidthLn, pv('uptakeWidthLn', o))],
    result: { name: 'pgPerCellParticle', value: pgParticle, unit: 'pg/cell' },
    note: provenance === 'model' ? 'Modelled uptake (no measured value given).' : 'Measured by you: the ICP-MS value replaces the model’s uptake.',
  });

  // cytotoxicity: effective drug concentration at the cells after the incubation
  const vCellL = inp.cell.cellVolumeUm3 * 1e-15;
  const fMed = inp.freeDrug ? 1 : inp.releasedInMedium(T);
  const fCell = inp.freeDrug ? 0 : inp.releasedInCells(T);
  const top = inp.concentrationUgPerMl * 10;
  const concs = inp.viabilityConcentrationsUgPerMl ? [...inp.viabilityConcentrationsUgPerMl] : Array.from({ length: 13 }, (_, i) => top * Math.pow(10, -4 + i / 3));
  const scale = (c: number) => (inp.concentrationUgPerMl > 0 ? c / inp.concentrationUgPerMl : 0);
  const effective = (c: number, d: InvitroDrug): number => {
    const totalM = (c * 1e-3 * d.massFraction) / d.molecularWeightGPerMol; // µg/mL = mg/L
    const intraM = (pgParticle * scale(c) * 1e-12 * d.massFraction * fCell) / d.molecularWeightGPerMol / vCellL;
    return fMed * totalM + (Number.isFinite(intraM) ? intraM : 0);
  };
  const viabilityAt = (c: number): number => inp.drugs.reduce((v, d) => v * hillViability(effective(c, d), d.ic50M, d.hill), 1);
  const drugAlone = inp.drugs.map((d) => ({ agent: d.agent, viability: concs.map((c) => hillViability((c * 1e-3 * d.massFraction) / d.molecularWeightGPerMol, d.ic50M, d.hill)) }));
  const loaded = concs.map(viabilityAt);
  const viabilityLoaded = viabilityAt(inp.concentrationUgPerMl);
  if (inp.drugs.length)
    explanations.push({
      equation: 'IV3-viability',
      formula: 'V = Π_drugs 1 / (1 + (C_eff / IC50)^h), C_eff = F_medium(t)·C_total + F_cell(t)·m_drug,cell / (MW · V_cell)',
      inputs: [
        { name: 'F_medium (pH 7.4)', value: fMed, unit: '1' },
        { name: 'F_cell (pH 5.0)', value: fCell, unit: '1' },
        { name: 'V_cell', value: inp.cell.cellVolumeUm3, unit: 'µm³' },
      ],
      params: [],
      result: { name: 'viabilityLoaded', value: viabilityLoaded, unit: '1' },
      note: 'Empty carrier: no carrier toxicity is modelled (viability 1). Drug alone: the same drug amount dissolved in the medium.',
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
    freeDrugM: fakDrug ? effective(inp.concentrationUgPerMl, fakDrug) : 0,
    ic50M: fakDrug?.ic50M,
    alphaPerGy: inp.cell.alphaPerGy,
    betaPerGy2: inp.cell.betaPerGy2,
    hypoxicFraction: 0,
    pO2OxicMmHg: pv('incubatorPO2MmHg', o),
    params: inp.localEffect,
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
      velocityMmPerH: tr ? tr.velocityMPerS * 3.6e6 : 0,
      diffusivityCm2PerS: tr ? tr.diffusivityM2PerS * 1e4 : 0,
      peclet: tr ? tr.peclet : 0,
      timesH,
      deliveredFraction,
      suspendedFraction,
      dissolvedFraction,
      deliveredUgPerCm2,
    },
    uptake: { pgPerCellParticle: pgParticle, pgPerCell, provenance, internalizedFraction: fInt },
    cytotoxicity: { concentrationsUgPerMl: concs, drugAlone, emptyCarrier: concs.map(() => 1), loadedCarrier: loaded, viabilityLoaded, effectiveDrugM: inp.drugs.map((d) => effective(inp.concentrationUgPerMl, d)) },
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
