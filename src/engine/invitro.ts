// The in-vitro bench for a formulation (issue #26; a second engine entry like ./fitting, so the bench stays a lazy chunk): the formulation's particle (M0 geometry, M1 loading, M2 release in the medium) in a plate with a cell line from the catalog → model/invitro.
import { AGENT_VIABILITY_IC50M, CELL_LINES, DEFAULT_HILL, PLATES, isCellLineId, isPlateId, type CellLineId, type PlateId } from '../catalog/cell-lines';
import type { Medium } from '../model/entities';
import { computeGeometry } from '../model/geometry';
import { invitroBench, type InvitroBenchResult, type InvitroDrug } from '../model/invitro';
import { computeLoading, type PayloadLoadingInput } from '../model/loading';
import { massFractions } from '../model/physics/composition';
import { elementInfo, normalizeElementSymbol, type LocalEffectOverrides } from '../model/physics';
import { makeReleaseContext, releaseFraction, releaseRates } from '../model/release';
import { particleHighZFractions, type ParticleComponent } from '../model/targeting';
import { payloadMassShares } from '../model/targeting/free-drug';
import { loadingCalibrations } from './resolve-overrides';
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
    serumFraction: number;
    temperatureC: number;
    cellsPerCm2: number;
    beam: string;
    hydrodynamicDiameterNm: number;
    particleDensityGPerCm3: number;
    particleMassPg: number;
    /** the element a measured uptake refers to (null: no measured value) */
    measuredElement: string | null;
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
export function invitroOfCompleted(f: CompletedFormulation, lookup: EntityLookup, extra: Partial<InvitroScenario> = {}): InvitroReport {
  const iv = f.scenario.invitro;
  const sc: InvitroScenario = iv
    ? {
        cellLine: iv.cellLine as CellLineId,
        plate: iv.plate as PlateId,
        concentrationUgPerMl: iv.concentrationUgPerMl,
        incubationH: iv.incubationH,
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
      }
    : {};
  return invitroForFormulation(f, lookup, { ...sc, ...extra });
}

function fractionsOf(formula: string | null): Record<string, number> {
  return formula ? massFractions(formula) : {};
}

/** Run the in-vitro bench for a completed formulation. Throws a RangeError naming the field for bad input. */
export function invitroForFormulation(f: CompletedFormulation, lookup: EntityLookup, sc: InvitroScenario = {}): InvitroReport {
  const cellId = sc.cellLine ?? INVITRO_DEFAULTS.cellLine;
  if (!isCellLineId(cellId)) throw new RangeError(`invitro.cellLine: unknown cell line "${String(cellId)}"; valid: ${Object.keys(CELL_LINES).join(', ')}`);
  const plateId = sc.plate ?? INVITRO_DEFAULTS.plate;
  if (!isPlateId(plateId)) throw new RangeError(`invitro.plate: unknown plate "${String(plateId)}"; valid: ${Object.keys(PLATES).join(', ')}`);
  const cell = CELL_LINES[cellId];
  const plate = PLATES[plateId];
  const ov = f.overrides;
  const core = lookup.core(f.core.material);
  const free = core.coreClass === 'free-drug';
  const agents = f.payloads.map((p) => lookup.agent(p.agent));
  const geo = computeGeometry({ core, diameterNm: f.core.diameterNm, coating: f.coating, overrides: ov, explain: false });
  const loadingPayloads: PayloadLoadingInput[] = f.payloads.map((p, i) => ({ agent: agents[i], mode: p.loading, feedMassRatio: p.feedMassRatio, method: p.method }));
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
  const drugs: InvitroDrug[] = [];
  const drugIdx: number[] = [];
  agents.forEach((a, i) => {
    if (a.kind === 'element' || a.highZElement) return;
    // the viability IC50: the cell line's where the catalog has it, else the agent's 2-D viability value; the FAK
    // occupancy keeps the target-engagement IC50 (fakIc50CellM)
    const ic50 = cell.ic50M[a.id] ?? AGENT_VIABILITY_IC50M[a.id];
    if (!ic50 && !a.fakIc50CellM) return;
    drugs.push({
      agent: a.id,
      massFraction: shares[i],
      molecularWeightGPerMol: a.molecularWeightGPerMol.value,
      ic50M: ic50 ? ic50.value : Infinity,
      hill: DEFAULT_HILL.value,
      fak: !!a.fakIc50CellM,
      ...(a.fakIc50CellM ? { occupancyIc50M: a.fakIc50CellM.value } : {}),
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
  const incubationH = sc.incubationH ?? INVITRO_DEFAULTS.incubationH;
  const res = invitroBench({
    cell: { id: cellId, alphaPerGy: cell.alphaPerGy.value, betaPerGy2: cell.betaPerGy2.value, cellVolumeUm3: cell.cellVolumeUm3.value, platingEfficiency: cell.platingEfficiency.value, doublingTimeH: cell.doublingTimeH.value },
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
    localEffect: Object.keys(localEffect).length ? localEffect : undefined,
  });
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
      serumFraction: serum,
      temperatureC,
      cellsPerCm2,
      beam,
      hydrodynamicDiameterNm: dH,
      particleDensityGPerCm3: rhoEff,
      particleMassPg: particleMassG * 1e12,
      measuredElement: sc.measuredPgPerCell === undefined ? null : typeof sc.measuredPgPerCell === 'number' ? (sc.measuredElement === 'particle' ? 'particle' : sc.measuredElement !== undefined ? normalizeElementSymbol(sc.measuredElement) ?? sc.measuredElement : defaultMeasuredElement(highZ) ?? null) : Object.keys(sc.measuredPgPerCell).join(','),
    },
    ...res,
  };
}

export { fitSensitization, SER_LABELS, serDefinitions, type SensitizationFit } from '../model/invitro';

/** Model helpers the In-vitro tab needs (the UI reaches model code only through the engine). */
export { localEnhancementFactor } from '../model/physics';
export { parseSurvivalCsv, SurvivalDataError, type SurvivalPoint } from '../model/radiobiology';
