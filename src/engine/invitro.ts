// The in-vitro bench for a formulation (issue #26; a second engine entry like ./fitting, so the bench stays a lazy chunk): the formulation's particle (M0 geometry, M1 loading, M2 release in the medium) in a plate with a cell line from the catalog → model/invitro.
import { AGENT_VIABILITY_IC50M, CELL_LINES, DEFAULT_HILL, PLATES, isCellLineId, isPlateId, type CellLineId, type PlateId } from '../catalog/cell-lines';
import type { Medium } from '../model/entities';
import type { Explanation } from '../model/param';
import { computeGeometry } from '../model/geometry';
import { fitSensitization, fitViability, invitroBench, logistic4, serDefinitions, type InvitroBenchResult, type InvitroDrug, type SensitizationFit, type SerDefinitions, type ViabilityFit, type ViabilityRead } from '../model/invitro';
import { micromolarToUgPerMl } from '../model/units/quantity';
import type { SurvivalPoint } from '../model/radiobiology';
import { computeLoading, type PayloadLoadingInput } from '../model/loading';
import { massFractions } from '../model/physics/composition';
import { anchorSlope, elementInfo, LOCAL_EFFECT_ANCHOR_BEAMS, normalizeElementSymbol, type LocalEffectOverrides } from '../model/physics';
import { makeReleaseContext, releaseFraction, releaseRates } from '../model/release';
import { particleHighZFractions, type ParticleComponent } from '../model/targeting';
import { payloadMassShares } from '../model/targeting/free-drug';
import { applyOverrideList } from './entity-overrides';
import { loadingCalibrations, localEffectCalibrationOverrides, localEffectCalibrationSource, releaseCalibrationSource, resolveOverrides } from './resolve-overrides';
import type { CompletedFormulation, EntityLookup } from './types';

/** The plate experiment of an in-vitro scenario; every field optional with a default. */
export interface InvitroScenario {
  cellLine?: CellLineId;
  plate?: PlateId;
  /** overrides of the plate's well area (cm²) and medium volume (mL) */
  wellAreaCm2?: number;
  mediumVolumeMl?: number;
  /** particle concentration: µg/mL of particles (default 50), or particles/mL (wins when given) */
  concentrationUgPerMl?: number;
  particlesPerMl?: number;
  incubationH?: number;
  /** the viability assay's exposure (h): released drug integrated over it for the viability curves; default the incubation */
  assayH?: number;
  serumFraction?: number;
  temperatureC?: number;
  cellsPerCm2?: number;
  /** agglomerates (DG): diameter (nm), fractal dimension, or a measured effective density (g/cm³, e.g. by VCM) */
  agglomerateDiameterNm?: number;
  fractalDimension?: number;
  effectiveDensityGPerCm3?: number;
  /** Langmuir binding at the cell layer (DG): K_D (µg/mL of particles) and capacity (µg/cm²; default a jammed monolayer); absent = absorbing */
  bindingKdUgPerMl?: number;
  bindingCapacityUgPerCm2?: number;
  /**
   * your control arm's LQ fit (In vitro tab, Apply): the plate's control then IS this curve — the cell line's α, β are
   * taken as these divided by the incubator's oxygen modification (α / OMF, β / OMF²), so the model's control equals
   * the fit; absent = the catalog cell line's α, β
   */
  controlAlphaPerGy?: number;
  controlBetaPerGy2?: number;
  /** measured uptake, pg per cell, per element symbol or 'particle'; a number = the element named by measuredElement */
  measuredPgPerCell?: Record<string, number> | number;
  /** the element your ICP-MS measured (symbol); default the particle's highest-Z element */
  measuredElement?: string;
  /** assay beam (default: the formulation's scenario beam) and dose series (Gy) */
  beam?: string;
  dosesGy?: number[];
}

export const INVITRO_DEFAULTS = {
  cellLine: 'hela' as CellLineId,
  plate: '24-well' as PlateId,
  concentrationUgPerMl: 50,
  incubationH: 24,
  serumFraction: 0.1,
  temperatureC: 37,
  /** assumption: a sub-confluent monolayer at irradiation (HeLa confluence ≈ 1–2 × 10⁵ cells/cm²) */
  cellsPerCm2: 5e4,
  dosesGy: [0, 1, 2, 4, 6, 8],
};

/** Density assumed for the organic part of a particle (membrane, payload), g/cm³ (assumption: lipid/protein/drug ≈ 1.1–1.3). */
const ORGANIC_DENSITY = 1.15;

export interface InvitroReport extends InvitroBenchResult {
  setting: 'in-vitro';
  conditions: {
    cellLine: CellLineId;
    plate: PlateId;
    wellAreaCm2: number;
    mediumVolumeMl: number;
    concentrationUgPerMl: number;
    particlesPerMl: number;
    incubationH: number;
    /** the viability assay's exposure (h): scenario.invitro.assayH, or the incubation when absent */
    assayH: number;
    serumFraction: number;
    temperatureC: number;
    cellsPerCm2: number;
    beam: string;
    hydrodynamicDiameterNm: number;
    particleDensityGPerCm3: number;
    particleMassPg: number;
    /** where the control arm's α, β come from: the catalog cell line, or your fitted control (scenario.invitro.controlAlphaPerGy/BetaPerGy2) */
    controlLq: 'catalog' | 'fitted to your data';
    /** where the release and dissolution in the well come from: the M2 model (catalog values), or your release calibration from Calibrate (calibrations.release, at the medium's pH) */
    release: 'model' | 'fitted to your data';
    /** the element a measured uptake refers to (null: no measured value) */
    measuredElement: string | null;
    /** your viability fits in use on this plate (calibrations.viability of this cell line), e.g. "drug-alone doxorubicin" */
    viabilityFitted: string[];
  };
}

/** The element a measured uptake refers to by default: the particle's highest-Z (radiosensitizing) element. */
export function defaultMeasuredElement(highZ: Record<string, number>): string | undefined {
  let best: string | undefined;
  for (const el in highZ) if (highZ[el] > 0 && (best === undefined || elementInfo(el).Z > elementInfo(best).Z)) best = el;
  return best;
}

/** A measured number refers to the element the user measured (default: the highest-Z element); a record is per element. */
function measuredRecord(m: InvitroScenario['measuredPgPerCell'], element: string | undefined, highZ: Record<string, number>): Record<string, number> | undefined {
  if (m === undefined) return undefined;
  if (typeof m !== 'number') return m;
  const els = Object.keys(highZ).filter((e) => highZ[e] > 0);
  if (!els.length) throw new RangeError('invitro.measuredPgPerCell: the particle has no high-Z element to which a measured uptake could refer');
  if (element === undefined) return { [defaultMeasuredElement(highZ)!]: m };
  const sym = normalizeElementSymbol(element);
  if (element === 'particle') return { particle: m };
  if (!sym || !els.includes(sym)) throw new RangeError(`invitro.measuredElement: "${element}" is not an element of this particle; choose one of ${els.join(', ')} (or particle)`);
  return { [sym]: m };
}

/** The in-vitro bench of a completed formulation from its scenario.invitro block (defaults when absent). */
export function invitroOfCompleted(f: CompletedFormulation, lookup: EntityLookup, extra: Partial<InvitroScenario> = {}, viabilityConcentrationsUgPerMl?: readonly number[]): InvitroReport {
  const iv = f.scenario.invitro;
  const sc: InvitroScenario = iv
    ? {
        cellLine: iv.cellLine as CellLineId,
        plate: iv.plate as PlateId,
        ...(iv.beam !== undefined ? { beam: iv.beam } : {}),
        concentrationUgPerMl: iv.concentrationUgPerMl,
        incubationH: iv.incubationH,
        ...(iv.assayH !== undefined ? { assayH: iv.assayH } : {}),
        serumFraction: iv.serumFraction,
        temperatureC: iv.temperatureC,
        cellsPerCm2: iv.cellsPerCm2,
        ...(iv.measuredPgPerCell !== undefined ? { measuredPgPerCell: iv.measuredPgPerCell } : {}),
        ...(iv.measuredElement !== undefined ? { measuredElement: iv.measuredElement } : {}),
        ...(iv.agglomerateDiameterNm !== undefined ? { agglomerateDiameterNm: iv.agglomerateDiameterNm } : {}),
        ...(iv.fractalDimension !== undefined ? { fractalDimension: iv.fractalDimension } : {}),
        ...(iv.effectiveDensityGPerCm3 !== undefined ? { effectiveDensityGPerCm3: iv.effectiveDensityGPerCm3 } : {}),
        ...(iv.bindingKdUgPerMl !== undefined ? { bindingKdUgPerMl: iv.bindingKdUgPerMl } : {}),
        ...(iv.bindingCapacityUgPerCm2 !== undefined ? { bindingCapacityUgPerCm2: iv.bindingCapacityUgPerCm2 } : {}),
        ...(iv.controlAlphaPerGy !== undefined ? { controlAlphaPerGy: iv.controlAlphaPerGy } : {}),
        ...(iv.controlBetaPerGy2 !== undefined ? { controlBetaPerGy2: iv.controlBetaPerGy2 } : {}),
      }
    : {};
  return invitroForFormulation(f, lookup, { ...sc, ...extra }, viabilityConcentrationsUgPerMl);
}

type ViabilityCalibration = NonNullable<NonNullable<CompletedFormulation['calibrations']>['viability']>[number];

/** The source text of a viability calibration: "fitted to your data (viability calibration: the record)". */
/** A viability record's plateaus (top, bottom), when it has them (records from before #26 item 2 may not). */
function plateausOf(v: ViabilityCalibration): { top?: number; bottom?: number } {
  return { ...(v.top !== undefined ? { top: v.top } : {}), ...(v.bottom !== undefined ? { bottom: v.bottom } : {}) };
}

export function viabilitySource(v: ViabilityCalibration): string {
  return `fitted to your data (${v.fittedTo ? v.fittedTo.replace(/^fitted to your data: /, '') : `viability ${v.arm}${v.agent ? ` ${v.agent}` : ''}`})`;
}

function fractionsOf(formula: string | null): Record<string, number> {
  return formula ? massFractions(formula) : {};
}

/** Run the in-vitro bench for a completed formulation. Throws a RangeError naming the field for bad input. */
export function invitroForFormulation(f: CompletedFormulation, lookup: EntityLookup, sc: InvitroScenario = {}, viabilityConcentrationsUgPerMl?: readonly number[]): InvitroReport {
  const cellId = sc.cellLine ?? INVITRO_DEFAULTS.cellLine;
  if (!isCellLineId(cellId)) throw new RangeError(`invitro.cellLine: unknown cell line "${String(cellId)}"; valid: ${Object.keys(CELL_LINES).join(', ')}`);
  const plateId = sc.plate ?? INVITRO_DEFAULTS.plate;
  if (!isPlateId(plateId)) throw new RangeError(`invitro.plate: unknown plate "${String(plateId)}"; valid: ${Object.keys(PLATES).join(', ')}`);
  const cell = CELL_LINES[cellId];
  const plate = PLATES[plateId];
  // your calibrations beneath the explicit overrides, as in the in-vivo score (one resolver): the release fit from
  // Calibrate (calibrations.release → core.release.*, so the well's release and dissolution are yours) and the
  // clonogenic fit (calibrations.localEffect → localEffect.*); entity overrides act on the catalog core and agents
  const resolved = resolveOverrides(f, {});
  const ov = resolved.all;
  const leSource = localEffectCalibrationOverrides(f) ? localEffectCalibrationSource(f) : null;
  const parts = resolved.entity;
  const core = parts ? applyOverrideList(lookup.core(f.core.material), parts.get('core')) : lookup.core(f.core.material);
  const free = core.coreClass === 'free-drug';
  const agents = f.payloads.map((p) => {
    const a = lookup.agent(p.agent);
    return parts ? applyOverrideList(a, parts.get(`agent.${a.id}`)) : a;
  });
  const releaseSource = releaseCalibrationSource(f);
  const geo = computeGeometry({ core, diameterNm: f.core.diameterNm, coating: f.coating, overrides: ov, explain: false });
  const loadingPayloads: PayloadLoadingInput[] = f.payloads.map((p, i) => ({ agent: agents[i], mode: p.loading, feedMassRatio: p.feedMassRatio, method: p.method, loadingConcentrationMgPerMl: p.loadingConcentrationMgPerMl }));
  const load = computeLoading({ core, geometry: geo, payloads: loadingPayloads, anchors: lookup.anchors, calibrations: loadingCalibrations(f), overrides: ov, explain: false });
  const perCore = 1 + load.totalLoadedMgPerMgCarrier + geo.membraneMassPerCoreMass;
  const shares = payloadMassShares(load.payloads.map((p, i) => ({ ...p, feedMassRatio: f.payloads[i].feedMassRatio })), free, perCore);
  const components: ParticleComponent[] = [];
  if (!free) components.push({ shareOfParticle: 1 / perCore, elementMassFractions: geo.elementMassFractions });
  agents.forEach((a, i) => {
    if (a.highZElement) components.push({ shareOfParticle: shares[i], elementMassFractions: fractionsOf(a.formula ?? a.highZElement) });
  });
  const highZ = particleHighZFractions(components, ov);

  // the particle as it settles: total mass in the hydrodynamic sphere, with the medium filling the rest
  const particleMassG = geo.coreMassG * perCore;
  const dH = geo.hydrodynamicDiameterNm;
  const vHcm3 = (Math.PI / 6) * (dH * 1e-7) ** 3;
  const vMaterial = geo.coreMassG / core.densityGPerCm3.value + (particleMassG - geo.coreMassG) / ORGANIC_DENSITY;
  const rhoMedium = 1.007;
  const rhoEff = Math.max(rhoMedium, rhoMedium + (particleMassG - rhoMedium * Math.min(vMaterial, vHcm3)) / vHcm3);

  const conc = sc.particlesPerMl !== undefined ? sc.particlesPerMl * particleMassG * 1e6 : (sc.concentrationUgPerMl ?? INVITRO_DEFAULTS.concentrationUgPerMl);
  const serum = sc.serumFraction ?? INVITRO_DEFAULTS.serumFraction;
  const temperatureC = sc.temperatureC ?? INVITRO_DEFAULTS.temperatureC;
  const medium: Medium = serum > 0 ? 'serum' : 'pbs';
  const contexts = f.payloads.map((p, i) => makeReleaseContext({ core, agent: agents[i], mode: p.loading, diameterNm: f.core.diameterNm, membraneCoverage: geo.membraneCoverage, medium, temperatureC, overrides: ov }));
  const incubationH = sc.incubationH ?? INVITRO_DEFAULTS.incubationH;
  const assayH = sc.assayH;
  if (assayH !== undefined && !(Number.isFinite(assayH) && assayH > 0)) throw new RangeError(`invitro.assayH: must be a finite number > 0 h, got ${assayH}`);
  // viability calibrations of this plate's cell line (a record without a cell line applies to any)
  const viabilityCals = (f.calibrations?.viability ?? []).filter((v) => v.cellLine === undefined || v.cellLine === cellId);
  const emptyFit = viabilityCals.find((v) => v.arm === 'empty-carrier' && v.ic50UgPerMl !== undefined);
  const drugs: InvitroDrug[] = [];
  const drugIdx: number[] = [];
  agents.forEach((a, i) => {
    if (a.kind === 'element' || a.highZElement) return;
    // the viability IC50: the cell line's where the catalog has it, else the agent's 2-D viability value; the FAK
    // occupancy keeps the target-engagement IC50 (fakIc50CellM)
    const ic50 = cell.ic50M[a.id] ?? AGENT_VIABILITY_IC50M[a.id];
    if (!ic50 && !a.fakIc50CellM) return;
    // your viability fits for this drug on this cell line (calibrations.viability), beneath nothing else: no explicit override of a viability IC50 exists
    const alone = viabilityCals.find((v) => v.arm === 'drug-alone' && v.agent === a.id);
    const loadedFit = viabilityCals.find((v) => v.arm === 'loaded-carrier' && v.agent === a.id);
    drugs.push({
      agent: a.id,
      massFraction: shares[i],
      molecularWeightGPerMol: a.molecularWeightGPerMol.value,
      ic50M: ic50 ? ic50.value : Infinity,
      hill: DEFAULT_HILL.value,
      fak: !!a.fakIc50CellM,
      ...(a.fakIc50CellM ? { occupancyIc50M: a.fakIc50CellM.value } : {}),
      ...(alone?.ic50M !== undefined ? { fittedAlone: { ic50M: alone.ic50M, hill: alone.hill, exposureH: alone.exposureH ?? assayH ?? incubationH, source: viabilitySource(alone), ...plateausOf(alone) } } : {}),
      ...(loadedFit?.ic50UgPerMl !== undefined ? { fittedLoaded: { ic50UgPerMl: loadedFit.ic50UgPerMl, hill: loadedFit.hill, source: viabilitySource(loadedFit), ...plateausOf(loadedFit) } } : {}),
    });
    drugIdx.push(i);
  });
  const meanRelease = (pH: number) => (t: number): number => {
    if (!drugIdx.length) return 0;
    let s = 0;
    for (const i of drugIdx) s += releaseFraction(t, pH, contexts[i]);
    return s / drugIdx.length;
  };
  // carrier dissolution: the erosion part of M2 at the medium's pH, F_e = 1 − (1 − v t / r)³
  const erosion = contexts.length ? releaseRates(7.4, contexts[0]) : null;
  const r0 = f.core.diameterNm / 2;
  const dissolved = (t: number): number => {
    if (!erosion || !(erosion.vNmPerH > 0)) return 0;
    const x = Math.min(1, (erosion.vNmPerH * t) / r0);
    return 1 - (1 - x) ** 3;
  };
  const localEffect: LocalEffectOverrides = {};
  if (ov) for (const k in ov) if (k.startsWith('localEffect.')) (localEffect as Record<string, number>)[k.slice(12)] = ov[k];
  const area = sc.wellAreaCm2 ?? plate.wellAreaCm2.value;
  const volume = sc.mediumVolumeMl ?? plate.mediumVolumeMl.value;
  const beam = sc.beam ?? f.scenario.beam;
  const cellsPerCm2 = sc.cellsPerCm2 ?? INVITRO_DEFAULTS.cellsPerCm2;
  const benchCell = { id: cellId, alphaPerGy: cell.alphaPerGy.value, betaPerGy2: cell.betaPerGy2.value, cellVolumeUm3: cell.cellVolumeUm3.value, platingEfficiency: cell.platingEfficiency.value, doublingTimeH: cell.doublingTimeH.value };
  const ctlA = sc.controlAlphaPerGy;
  const ctlB = sc.controlBetaPerGy2;
  if (ctlA !== undefined && !(Number.isFinite(ctlA) && ctlA > 0)) throw new RangeError(`invitro.controlAlphaPerGy: must be a finite number > 0 Gy⁻¹, got ${ctlA}`);
  if (ctlB !== undefined && !(Number.isFinite(ctlB) && ctlB >= 0)) throw new RangeError(`invitro.controlBetaPerGy2: must be a finite number ≥ 0 Gy⁻², got ${ctlB}`);
  const benchInput = {
    cell: benchCell,
    wellAreaCm2: area,
    mediumVolumeMl: volume,
    concentrationUgPerMl: conc,
    incubationH,
    serumFraction: serum,
    temperatureC,
    cellsPerCm2,
    diameterNm: dH,
    particleDensityGPerCm3: rhoEff,
    particleMassPg: particleMassG * 1e12,
    agglomerateDiameterNm: sc.agglomerateDiameterNm,
    fractalDimension: sc.fractalDimension,
    effectiveDensityGPerCm3: sc.effectiveDensityGPerCm3,
    cellBinding: sc.bindingKdUgPerMl !== undefined ? { kdUgPerMl: sc.bindingKdUgPerMl, ...(sc.bindingCapacityUgPerCm2 !== undefined ? { capacityUgPerCm2: sc.bindingCapacityUgPerCm2 } : {}) } : undefined,
    highZMassFractions: highZ,
    drugs,
    releasedInMedium: meanRelease(7.4),
    releasedInCells: meanRelease(5.0),
    dissolved,
    freeDrug: free,
    measuredPgPerCell: measuredRecord(sc.measuredPgPerCell, sc.measuredElement, highZ),
    beam,
    dosesGy: sc.dosesGy ?? INVITRO_DEFAULTS.dosesGy,
    ...(viabilityConcentrationsUgPerMl ? { viabilityConcentrationsUgPerMl } : {}),
    localEffect: Object.keys(localEffect).length ? localEffect : undefined,
    ...(leSource ? { localEffectSource: leSource } : {}),
    ...(releaseSource ? { releaseSource } : {}),
    ...(emptyFit && !free ? { carrierToxicity: { ic50UgPerMl: emptyFit.ic50UgPerMl!, hill: emptyFit.hill, source: viabilitySource(emptyFit), ...plateausOf(emptyFit) } } : {}),
    ...(assayH !== undefined ? { assayH } : {}),
  };
  let res = invitroBench(benchInput);
  if (ctlA !== undefined || ctlB !== undefined) {
    // the bench's control arm is linear in the cell's α and β (α·OMF, β·OMF² at the incubator's pO₂): scale the cell's
    // α, β so that the control arm equals your fit (one more bench run, only when a fitted control is given)
    const gA = res.clonogenic.control.alphaPerGy / benchCell.alphaPerGy;
    const gB = benchCell.betaPerGy2 > 0 ? res.clonogenic.control.betaPerGy2 / benchCell.betaPerGy2 : gA * gA;
    res = invitroBench({ ...benchInput, cell: { ...benchCell, alphaPerGy: ctlA !== undefined ? ctlA / gA : benchCell.alphaPerGy, betaPerGy2: ctlB !== undefined ? ctlB / gB : benchCell.betaPerGy2 } });
  }
  return {
    setting: 'in-vitro',
    conditions: {
      cellLine: cellId,
      plate: plateId,
      wellAreaCm2: area,
      mediumVolumeMl: volume,
      concentrationUgPerMl: conc,
      particlesPerMl: conc / (particleMassG * 1e6),
      incubationH,
      assayH: assayH ?? incubationH,
      serumFraction: serum,
      temperatureC,
      cellsPerCm2,
      beam,
      hydrodynamicDiameterNm: dH,
      particleDensityGPerCm3: rhoEff,
      particleMassPg: particleMassG * 1e12,
      controlLq: ctlA !== undefined || ctlB !== undefined ? 'fitted to your data' : 'catalog',
      release: releaseSource ? 'fitted to your data' : 'model',
      viabilityFitted: viabilityCals.filter((v) => (v.arm === 'empty-carrier' ? !free : drugs.some((d) => d.agent === v.agent))).map((v) => `${v.arm}${v.agent ? ` ${v.agent}` : ''}`),
      measuredElement: sc.measuredPgPerCell === undefined ? null : typeof sc.measuredPgPerCell === 'number' ? (sc.measuredElement === 'particle' ? 'particle' : sc.measuredElement !== undefined ? normalizeElementSymbol(sc.measuredElement) ?? sc.measuredElement : defaultMeasuredElement(highZ) ?? null) : Object.keys(sc.measuredPgPerCell).join(','),
    },
    ...res,
  };
}

export { fitSensitization, SER_LABELS, serDefinitions, type SensitizationFit } from '../model/invitro';

export interface InvitroCalibration {
  fit: SensitizationFit;
  /** scenario.invitro edits that make the plate's control your fitted control */
  control: { controlAlphaPerGy: number; controlBetaPerGy2: number };
  /** local-effect overrides (gold's strength s at each anchor) that make the model's LEF your fitted LEF */
  overrides: Record<string, number>;
  /** the strength factor on the candidate's current s (1 = unchanged) */
  strengthScale: number;
  /** the factor is beyond × STRENGTH_PLAUSIBLE (or below ÷) of the current strength: flagged, and the tab asks before applying it (walk9 #10) */
  implausibleStrength: boolean;
  /** its standard error (first order: from the SEs of α_t and α_c, covariance neglected; NaN when LEF ≤ 1) */
  strengthScaleSE: number;
  /** SE of the fitted LEF (first order, as strengthScaleSE) */
  localEnhancementFactorSE: number;
  /** the plate's clonogenic arms after Apply (the same engine) */
  predicted: InvitroReport['clonogenic'];
  /** SER of your fitted curves (control LQ fit, treated α at the control's β with DEF) */
  dataSer: SerDefinitions;
  /**
   * What Apply stores (formulation.calibrations.localEffect): s at the anchor beams and the fit's record — your files,
   * their points, LEF and strength with SE, the date — so the values explain themselves as "fitted to your data" in
   * links, files and reports. Empty params when the strength cannot be scaled (no local effect in the model).
   */
  record: { params: Record<string, number>; fittedTo: string };
  /** The calibration explains itself (IV5-calibration: equation, inputs, fitted values with SE and provenance). */
  explanation: Explanation;
}

/** Where the clonogenic data came from: file names (control, treated; one name when one file had both arms) and the fit's date (YYYY-MM-DD; the caller's clock: the model has none). */
export interface CalibrationMeta {
  files?: { control?: string; treated?: string };
  date?: string;
}

/**
 * assumption: a fitted strength beyond × 5 (or below ÷ 5) of the current one is flagged before Apply — the literature
 * anchors' own spread (SER 1.45–1.85 at 105 kVp around 1.66) moves s by well under × 2, so a larger factor says more
 * about the modelled uptake per cell than about the strength
 */
export const STRENGTH_PLAUSIBLE = 5;

/**
 * A stored strength record against the catalog (walk9 #9): the factor by which `params` (gold's s at the anchor beams,
 * calibrations.localEffect.params) exceed the catalog's back-solved s, as the geometric mean over the anchors given;
 * NaN when none is given or a catalog s is 0.
 */
export function strengthVsCatalog(params: Readonly<Record<string, number | undefined>>): number {
  const logs: number[] = [];
  for (const a of LOCAL_EFFECT_ANCHOR_BEAMS) {
    const v = params[a.key];
    const cat = anchorSlope(a);
    if (v !== undefined && cat > 0 && v > 0) logs.push(Math.log(v / cat));
  }
  return logs.length ? Math.exp(logs.reduce((x, y) => x + y, 0) / logs.length) : NaN;
}

const sig = (v: number, d = 3): string => (Number.isFinite(v) ? v.toPrecision(d) : '—');

/** The fit's record, as stored with the calibrated values (calibrations.localEffect.fittedTo). */
function fittedToText(fit: SensitizationFit, k: number, kSE: number, lefSE: number, n: { control: number; treated: number }, meta: CalibrationMeta): string {
  const fc = meta.files?.control;
  const ft = meta.files?.treated;
  const files = fc && ft && fc === ft ? `“${fc}” (control n = ${n.control}, treated n = ${n.treated})` : `control “${fc ?? 'unnamed'}” (n = ${n.control}), treated “${ft ?? 'unnamed'}” (n = ${n.treated})`;
  return `fitted to your data: clonogenic ${files}; α_c ${sig(fit.control.alpha)} ± ${sig(fit.control.alphaSE, 2)} Gy⁻¹, α_t ${sig(fit.alphaTreatedPerGy)} ± ${sig(fit.alphaTreatedSE, 2)} Gy⁻¹ (SE); LEF ${sig(fit.localEnhancementFactor, 4)} ± ${sig(lefSE, 2)}; strength × ${sig(k, 4)} ± ${sig(kSE, 2)} (SE)${meta.date ? `; ${meta.date}` : ''}`;
}

/** The calibration as an explanation (IV5-calibration): the fit, the model's drug gain, the resulting LEF and strength, with provenance. */
function calibrationExplanation(fit: SensitizationFit, k: number, kSE: number, lefSE: number, n: { control: number; treated: number }, c: InvitroReport['clonogenic'], after: InvitroReport['clonogenic'], meta: CalibrationMeta): Explanation {
  const fc = meta.files?.control;
  const ft = meta.files?.treated;
  const where = fc || ft ? (fc === ft ? `“${fc}”` : `control “${fc ?? '—'}”, treated “${ft ?? '—'}”`) : 'your data';
  const yours = (what: string) => ({ source: `fitted to your data (${where}${meta.date ? `, ${meta.date}` : ''}: ${what})`, provenance: 'fitted' as const });
  return {
    equation: 'IV5-calibration',
    formula: 'control: −ln S = α_c D + β_c D² (weighted least squares); treated: −ln S = α_t x + β_c x², x = DEF·D; LEF = α_t / (α_c·G); k = (LEF − 1) / (LEF_model − 1), s_new = k · s_now at every anchor beam (secant steps on the engine when LEF is not linear in s); SE(LEF) = LEF·√((SE α_t/α_t)² + (SE α_c/α_c)²), SE(k) = k·SE(LEF)/(LEF − 1)',
    inputs: [
      { name: 'control points', value: n.control, unit: '' },
      { name: 'treated points', value: n.treated, unit: '' },
      { name: 'DEF (cell average, this uptake and beam)', value: c.doseEnhancementFactor, unit: '1' },
      { name: 'G (the drug’s modelled α gain, FAK occupancy)', value: fit.otherAlphaFactor, unit: '1' },
      { name: 'LEF_model (now)', value: c.localEnhancementFactor, unit: '1' },
    ],
    params: [
      { name: 'α_c', value: fit.control.alpha, unit: 'Gy⁻¹', ...yours(`control LQ fit, SE ${sig(fit.control.alphaSE, 2)}`) },
      { name: 'β_c', value: fit.control.beta, unit: 'Gy⁻²', ...yours(`control LQ fit, SE ${sig(fit.control.betaSE, 2)}`) },
      { name: 'α_t', value: fit.alphaTreatedPerGy, unit: 'Gy⁻¹', ...yours(`treated at β_c, SE ${sig(fit.alphaTreatedSE, 2)}`) },
      { name: 'LEF', value: fit.localEnhancementFactor, unit: '1', ...yours(`α_t / (α_c·G), SE ${sig(lefSE, 2)}`) },
      { name: 'strength factor k', value: k, unit: '1', ...yours(`on gold’s strength s at every anchor beam, SE ${sig(kSE, 2)}`) },
    ],
    result: { name: 'SER at SF 0.1 after Apply', value: after.ser.doseRatioAtSf10, unit: '1' },
    note: 'Apply (the In vitro tab’s button; on the command line, merging the output’s calibration.apply into the formulation file) sets your control α, β as the plate’s control and scales the local-effect strength so the model’s treated curve is your fitted treated curve; the strengths are stored with this record (calibrations.localEffect), so links, files and reports show them as fitted to your data. The drug’s own α gain (G) stays the model’s, so it is not counted twice. In vivo the same strength acts per cell on tumour cells — an assumption: the same uptake-to-effect relation in a tumour as in a dish.',
  };
}

/**
 * Calibration from your clonogenic assay (issue #26), consistent with the model's treated arm α_t = α_c·LEF·G, dose × DEF:
 * (1) the control's LQ fit becomes the plate's control (scenario.invitro.controlAlphaPerGy/BetaPerGy2); (2) the treated
 * arm's α at the control's β gives LEF = α_t / (α_c·G), G the model's non-local gain (FAK occupancy) — so the drug's
 * share is not counted twice; (3) gold's strength s is scaled from the candidate's current value so that the model's
 * LEF equals it — solved on the engine itself (secant steps when the LEF is not linear in s). After Apply the model's
 * treated curve is the fitted treated curve. `extra`: plate conditions beyond scenario.invitro (the CLI's flags); the
 * one implementation behind the In vitro tab's Apply and `invitro --control --treated`.
 */
export function calibrateInvitro(f: CompletedFormulation, lookup: EntityLookup, control: readonly SurvivalPoint[], treated: readonly SurvivalPoint[], extra: Partial<InvitroScenario> = {}, meta: CalibrationMeta = {}): InvitroCalibration {
  // the strengths now: your earlier calibration beneath your explicit overrides, else the catalog's back-solved s
  const strengthsOf = (g: CompletedFormulation) => {
    const le: LocalEffectOverrides = {};
    const o = { ...(localEffectCalibrationOverrides(g) ?? {}), ...(g.overrides ?? {}) };
    for (const key in o) if (key.startsWith('localEffect.')) (le as Record<string, number>)[key.slice(12)] = o[key];
    return Object.fromEntries(LOCAL_EFFECT_ANCHOR_BEAMS.map((a) => [a.key, anchorSlope(a, le)]));
  };
  let base = invitroOfCompleted(f, lookup, extra);
  let current = strengthsOf(f);
  const hasStrength = (g: CompletedFormulation) => LOCAL_EFFECT_ANCHOR_BEAMS.some((a) => g.overrides?.[`localEffect.${a.key}`] !== undefined || g.calibrations?.localEffect?.params[a.key] !== undefined);
  if (!(base.clonogenic.localEnhancementFactor > 1) && hasStrength(f)) {
    // an earlier calibration set s to 0: scale from the catalog's s again, so new data can be fitted
    const ov = { ...f.overrides };
    for (const a of LOCAL_EFFECT_ANCHOR_BEAMS) delete ov[`localEffect.${a.key}`];
    const { localEffect: _old, ...cals } = f.calibrations ?? {};
    f = { ...f, overrides: ov, calibrations: cals };
    base = invitroOfCompleted(f, lookup, extra);
    current = strengthsOf(f);
  }
  const c = base.clonogenic;
  const g = c.treated.alphaPerGy / (c.control.alphaPerGy * c.localEnhancementFactor);
  const fit = fitSensitization({ control, treated, doseEnhancementFactor: c.doseEnhancementFactor, modelLocalEnhancementFactor: c.localEnhancementFactor, otherAlphaFactor: g, currentStrength: current });
  const ctl = { controlAlphaPerGy: fit.control.alpha, controlBetaPerGy2: Math.max(0, fit.control.beta) };
  const iv = f.scenario.invitro;
  const applied = (k: number): { ov: Record<string, number>; r: InvitroReport } => {
    const ov: Record<string, number> = {};
    if (Number.isFinite(k)) for (const a of LOCAL_EFFECT_ANCHOR_BEAMS) ov[`localEffect.${a.key}`] = k * current[a.key];
    const g2: CompletedFormulation = { ...f, overrides: { ...(f.overrides ?? {}), ...ov }, scenario: { ...f.scenario, ...(iv ? { invitro: { ...iv, ...ctl } } : {}) } };
    return { ov, r: invitroOfCompleted(g2, lookup, iv ? extra : { ...extra, ...ctl }) };
  };
  let k = fit.strengthScale;
  let out = applied(k);
  if (Number.isFinite(k) && k > 0) {
    // the LEF is linear in s today; if a model form is not, secant steps on LEF(k) = LEF_fit from (1, LEF now)
    const target = fit.localEnhancementFactor;
    let k0 = 1;
    let l0 = c.localEnhancementFactor;
    for (let i = 0; i < 12 && Math.abs(out.r.clonogenic.localEnhancementFactor - target) > 1e-9 * target; i++) {
      const l1 = out.r.clonogenic.localEnhancementFactor;
      if (l1 === l0) break;
      const k2 = Math.max(0, k - ((l1 - target) * (k - k0)) / (l1 - l0));
      k0 = k;
      l0 = l1;
      k = k2;
      out = applied(k);
    }
  }
  const lef = fit.localEnhancementFactor;
  const lefSE = lef * Math.hypot(fit.alphaTreatedSE / fit.alphaTreatedPerGy, fit.control.alphaSE / fit.control.alpha);
  const kSE = lef > 1 && Number.isFinite(k) ? (k * lefSE) / (lef - 1) : NaN;
  const n = { control: control.length, treated: treated.length };
  const params: Record<string, number> = {};
  for (const [key, v] of Object.entries(out.ov)) params[key.slice(12)] = v;
  const ctlArm = { alphaPerGy: ctl.controlAlphaPerGy, betaPerGy2: ctl.controlBetaPerGy2, doseFactor: 1 };
  const trtArm = { alphaPerGy: fit.alphaTreatedPerGy, betaPerGy2: ctl.controlBetaPerGy2, doseFactor: c.doseEnhancementFactor };
  const warnings = [...fit.warnings];
  const implausibleStrength = Number.isFinite(k) && k > 0 && (k > STRENGTH_PLAUSIBLE || k < 1 / STRENGTH_PLAUSIBLE);
  if (implausibleStrength) {
    warnings.push(`the fit asks for ${k >= 1 ? `${sig(k)} ×` : `1/${sig(1 / k)} of`} the current local-effect strength: at this uptake (${base.uptake.provenance}) the model’s local effect (LEF ${sig(c.localEnhancementFactor, 4)}) is far from your data’s (LEF ${sig(lef, 4)}). A factor this large more often means the uptake per cell is off than the strength — measure it (ICP-MS, pg/cell) and give it as the measured uptake (the tab's Measured uptake field, or --measured-pg-per-cell) before applying; applied as is, the same factor acts on every in-vivo prediction of this candidate`);
  }
  return {
    fit: { ...fit, warnings, strengthScale: k, overrides: out.ov },
    control: ctl,
    overrides: out.ov,
    strengthScale: k,
    implausibleStrength,
    strengthScaleSE: kSE,
    localEnhancementFactorSE: lefSE,
    predicted: out.r.clonogenic,
    dataSer: serDefinitions(ctlArm, trtArm),
    record: { params, fittedTo: fittedToText(fit, k, kSE, lefSE, n, meta) },
    explanation: calibrationExplanation(fit, k, kSE, lefSE, n, c, out.r.clonogenic, meta),
  };
}

/** Model helpers the In-vitro tab needs (the UI reaches model code only through the engine). */
export { localEnhancementFactor } from '../model/physics';
export { parseClonogenicCsv, parseSurvivalCsv, SurvivalDataError, type SurvivalPoint } from '../model/radiobiology';
export { fitViability, logistic4, parseViabilityCsv, viabilityArmHint, ViabilityCsvError, ViabilityFitError, type ViabilityFit, type ViabilityPoint, type ViabilityRead, type ViabilityArmHint } from '../model/invitro';

/** What a viability file's wells held. */
export type ViabilityArm = ViabilityCalibration['arm'];

export interface ViabilityCalibrationResult {
  arm: ViabilityArm;
  agent: string | null;
  /** the axis the fit and the points are on: drug µM (drug alone) or particle µg/mL (carriers) */
  axis: 'µM drug' | 'µg/mL particles';
  /** your points on that axis (molar ↔ mass through the drug's molar mass; drug-equivalent µM of a carrier through its drug mass fraction) */
  points: { c: number; v: number; sd?: number }[];
  fit: ViabilityFit;
  /** the bench's predicted viability on that axis, now and after Apply (the same engine), at `grid` */
  grid: number[];
  before: number[];
  after: number[];
  /** your fitted 4PL curve at `grid` */
  fitted: number[];
  /** what Apply stores (calibrations.viability: replaces an earlier fit of the same arm, drug and cell line) */
  record: ViabilityCalibration;
  notes: string[];
  explanation: Explanation;
}

/**
 * Fit your viability data (parseViabilityCsv) for one arm — the drug alone, the empty carrier or the loaded carrier —
 * with the 4-parameter logistic, and say what Apply changes: the record for calibrations.viability (IC50, Hill, top,
 * bottom with SE, the assay's exposure = this plate's incubation, the cell line) and the bench's curve before and after
 * on the data's axis. Throws a RangeError naming the problem (no such drug in this candidate, a molar unit for an empty
 * carrier, …).
 */
export function calibrateViability(f: CompletedFormulation, lookup: EntityLookup, read: ViabilityRead, arm: ViabilityArm, agentId?: string, meta: { file?: string; date?: string } = {}, extra: Partial<InvitroScenario> = {}): ViabilityCalibrationResult {
  const base = invitroOfCompleted(f, lookup, extra);
  const cellLine = base.conditions.cellLine;
  const drugIds = base.cytotoxicity.drugParams.map((d) => d.agent);
  let agent: string | null = null;
  if (arm !== 'empty-carrier') {
    agent = agentId ?? drugIds[0] ?? null;
    if (!agent || !drugIds.includes(agent)) throw new RangeError(`viability (${arm}): ${agent ? `“${agent}” is not a drug with a viability IC50 in this candidate` : 'this candidate carries no drug with a viability IC50'}${drugIds.length ? `; choose ${drugIds.join(', ')}` : '; choose the empty carrier'}`);
  } else if (lookup.core(f.core.material).coreClass === 'free-drug') throw new RangeError('viability (empty-carrier): this candidate has no carrier (a free drug); choose the drug alone');
  const a = agent ? lookup.agent(agent) : null;
  const ugPerMicroM = a ? micromolarToUgPerMl(1, a.molecularWeightGPerMol.value) : NaN; // µg/mL of drug per µM
  const idx = agent ? drugIds.indexOf(agent) : -1;
  // the drug's mass fraction in the particle, from the bench (drug-alone x axis: particle-equivalent µg/mL)
  const massFraction = agent ? drugMassFraction(f, lookup, agent, extra) : 1;
  const notes = [...read.notes];
  let points: ViabilityCalibrationResult['points'];
  let axis: ViabilityCalibrationResult['axis'];
  if (arm === 'drug-alone') {
    axis = 'µM drug';
    const toMicroM = read.unit.kind === 'molar' ? 1 : 1 / ugPerMicroM;
    if (read.unit.kind === 'mass') notes.push(`µg/mL of ${agent} → µM through its molar mass ${a!.molecularWeightGPerMol.value.toPrecision(5)} g/mol (catalog): 1 µM = ${ugPerMicroM.toPrecision(4)} µg/mL`);
    points = read.points.map((p) => ({ ...p, c: p.c * toMicroM }));
  } else {
    axis = 'µg/mL particles';
    let toUg = 1;
    if (read.unit.kind === 'molar') {
      if (arm === 'empty-carrier') throw new RangeError('viability (empty-carrier): the concentration is molar, but an empty carrier has no drug to count in moles; give it in µg/mL of particles');
      if (!(massFraction > 0)) throw new RangeError(`viability (loaded-carrier): the candidate holds no ${agent}, so a drug-equivalent µM cannot be turned into µg/mL of particles`);
      toUg = ugPerMicroM / massFraction;
      notes.push(`drug-equivalent µM of ${agent} → µg/mL of particles: × ${ugPerMicroM.toPrecision(4)} µg/mL per µM (molar mass, catalog) ÷ ${massFraction.toPrecision(3)} (the drug's mass fraction in this particle, M1 loading)`);
    }
    points = read.points.map((p) => ({ ...p, c: p.c * toUg }));
  }
  const fit = fitViability(points);
  const pos = points.filter((p) => p.c > 0).map((p) => p.c);
  const lo = Math.min(...pos) / 3;
  const hi = Math.max(...pos) * 3;
  const grid = Array.from({ length: 25 }, (_, i) => lo * Math.pow(hi / lo, i / 24));
  const date = meta.date;
  const sig = (v: number | null, d = 3) => (v !== null && Number.isFinite(v) ? v.toPrecision(d) : '—');
  const unitTxt = axis === 'µM drug' ? 'µM' : 'µg/mL';
  const fittedTo = `fitted to your data: viability ${arm}${agent ? ` ${agent}` : ''} “${meta.file ?? 'unnamed'}” (n = ${fit.n}, ${fit.levels} concentrations${fit.weighted ? ', weighted by your SD' : ''}); ${CELL_LINES[cellLine].name}, ${base.conditions.assayH} h ${base.conditions.assayH === base.conditions.incubationH ? 'exposure (the incubation)' : 'assay exposure'}; IC50 ${sig(fit.ic50)} ± ${sig(fit.se.ic50, 2)} ${unitTxt}, Hill ${sig(fit.hill)} ± ${sig(fit.se.hill, 2)}, top ${sig(fit.top)}${fit.fixed.top ? ' (held)' : ` ± ${sig(fit.se.top, 2)}`}, bottom ${sig(fit.bottom)}${fit.fixed.bottom ? ' (held)' : ` ± ${sig(fit.se.bottom, 2)}`} (SE)${date ? `; ${date}` : ''}`;
  const record: ViabilityCalibration = {
    arm,
    ...(agent ? { agent: agent as ViabilityCalibration['agent'] } : {}),
    cellLine,
    ...(arm === 'drug-alone' ? { ic50M: fit.ic50 * 1e-6, exposureH: base.conditions.assayH } : { ic50UgPerMl: fit.ic50 }),
    hill: fit.hill,
    top: fit.top,
    bottom: fit.bottom,
    fittedTo,
  };
  const others = (f.calibrations?.viability ?? []).filter((v) => !(v.arm === arm && (v.agent ?? null) === agent && (v.cellLine === undefined || v.cellLine === cellLine)));
  const applied: CompletedFormulation = { ...f, calibrations: { ...(f.calibrations ?? {}), viability: [...others, record] } };
  // the bench's curve on the data's axis: particle µg/mL for the bench (drug alone: the same drug amount as particles)
  const toParticle = (x: number) => (arm === 'drug-alone' ? (x * ugPerMicroM) / massFraction : x);
  const curve = (g: CompletedFormulation): number[] => {
    const r = invitroOfCompleted(g, lookup, extra, grid.map(toParticle)).cytotoxicity;
    return arm === 'drug-alone' ? r.drugAlone[idx].viability : arm === 'empty-carrier' ? r.emptyCarrier : r.loadedCarrier;
  };
  if (arm === 'drug-alone' && !(massFraction > 0)) throw new RangeError(`viability (drug-alone): the candidate holds no ${agent}`);
  const before = curve(f);
  const after = curve(applied);
  if (fit.top > 1.001 || fit.bottom < -0.001) notes.push(`viability is a fraction of your control: the bench applies your plateaus held to 0 ≤ bottom ≤ top ≤ 1 (fitted top ${sig(fit.top)}, bottom ${sig(fit.bottom)} → ${sig(Math.min(1, Math.max(0, fit.top)))}, ${sig(Math.min(Math.min(1, Math.max(0, fit.top)), Math.max(0, fit.bottom)))})`);
  const yours = (what: string) => ({ source: `fitted to your data (“${meta.file ?? 'unnamed'}”${date ? `, ${date}` : ''}: ${what})`, provenance: 'fitted' as const });
  return {
    arm,
    agent,
    axis,
    points,
    fit,
    grid,
    before,
    after,
    fitted: grid.map((x) => logistic4(x, fit.ic50, fit.hill, fit.top, fit.bottom)),
    record,
    notes: [...notes, ...fit.notes],
    explanation: {
      equation: 'IV6-viability-calibration',
      formula: `V(c) = bottom + (top − bottom) / (1 + (c / IC50)^h), weighted least squares (weights 1/SD² when every point has one), SE from the covariance (IC50 through log10 IC50); applied: ${arm === 'drug-alone' ? 'the drug’s IC50 (nominal, over your exposure), Hill slope, top and bottom in the bench' : arm === 'empty-carrier' ? 'V_carrier = bottom + (top − bottom)/(1 + (c/IC50)^h) on the empty and loaded carrier' : 'the loaded curve’s drug IC50 set so the bench gives (top + bottom)/2 at your IC50, slope h, your top and bottom'}`,
      inputs: [
        { name: 'points', value: fit.n, unit: '' },
        { name: 'concentrations', value: fit.levels, unit: '' },
        { name: base.conditions.assayH === base.conditions.incubationH ? 'incubation (the assay’s exposure)' : 'the assay’s exposure (assay hours)', value: base.conditions.assayH, unit: 'h' },
        { name: 'cell line', value: CELL_LINES[cellLine].name, unit: '' },
      ],
      params: [
        { name: 'IC50', value: fit.ic50, unit: unitTxt, ...yours(`SE ${sig(fit.se.ic50, 2)}`) },
        { name: 'Hill slope', value: fit.hill, unit: '1', ...yours(`SE ${sig(fit.se.hill, 2)}`) },
        { name: 'top', value: fit.top, unit: '1', ...yours(fit.fixed.top ? 'held' : `SE ${sig(fit.se.top, 2)}`) },
        { name: 'bottom', value: fit.bottom, unit: '1', ...yours(fit.fixed.bottom ? 'held' : `SE ${sig(fit.se.bottom, 2)}`) },
      ],
      result: { name: `bench viability at your IC50 after Apply`, value: curveAt(applied, lookup, arm, idx, toParticle(fit.ic50), extra), unit: '1' },
      note: 'Apply stores this record in calibrations.viability (links, files and reports carry it) for this cell line; the bench then uses it in place of the catalog IC50 and Hill slope, its values explained as fitted to your data. Top and bottom are applied as the curve’s plateaus, held to 0 ≤ bottom ≤ top ≤ 1 (viability is a fraction of your control).',
    },
  };
}

function curveAt(g: CompletedFormulation, lookup: EntityLookup, arm: ViabilityArm, idx: number, c: number, extra: Partial<InvitroScenario>): number {
  const r = invitroOfCompleted(g, lookup, extra, [c]).cytotoxicity;
  return arm === 'drug-alone' ? r.drugAlone[idx].viability[0] : arm === 'empty-carrier' ? r.emptyCarrier[0] : r.loadedCarrier[0];
}

/** The drug's mass fraction in the particle (g drug per g particle; 1 for a free drug), as the bench computes it. */
function drugMassFraction(f: CompletedFormulation, lookup: EntityLookup, agent: string, extra: Partial<InvitroScenario>): number {
  const r = invitroOfCompleted(f, lookup, extra, [1]);
  const i = r.cytotoxicity.drugParams.findIndex((d) => d.agent === agent);
  return i < 0 ? 0 : r.cytotoxicity.drugMassFractions[i];
}
