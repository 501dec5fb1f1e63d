// The completed nanoplatform.formulation/1 and workspace/1 (every default filled) as frozen zod schemas: the v1
// TypeScript types (./types) are z.infer of these, and completion's output is checked against them in tests.
// FROZEN with version 1 (the id lists come from the catalog, which may only grow).
import { z } from 'zod';
import { AGENT_IDS, COPOLYMER_IDS, CORE_IDS, MEMBRANE_IDS, VEHICLE_IDS } from '../../catalog';
import { PREP_METHODS, type LoadingMode, type PrepMethod } from '../../model/entities';
import { CELL_LINE_IDS, PLATE_IDS } from '../../catalog';
import { DOSE_BASES, FORMULATION_SCHEMA_V1, LOADING_MODES, MEDIA, ROUTES, SETTINGS, SPECIES, VIABILITY_ARMS, WORKSPACE_SCHEMA_V1 } from './fields';

const num = z.number();
const loadingMode = z.enum(LOADING_MODES as readonly [LoadingMode, ...LoadingMode[]]);

/**
 * `method` (#27, optional, added within v1): how a polymer particle was made; absent = the carrier's default method.
 * `freeDrugVehicle` (#27, optional, added within v1): the vehicle of the free drug (a free-drug formulation's own, and the
 * comparator of a carrier's AUC ratios); absent = the unformulated drug.
 * `loadingConcentrationMgPerMl` (#27 load4, optional, added within v1): the drug concentration of a post-loading solution
 * (M1.isotherm); absent = the carrier rule's affinity as it is.
 */
export const PayloadSchemaV1 = z.object({ agent: z.enum(AGENT_IDS), loading: loadingMode, feedMassRatio: num, method: z.enum(PREP_METHODS as readonly [PrepMethod, ...PrepMethod[]]).optional(), freeDrugVehicle: z.enum(VEHICLE_IDS).optional(), loadingConcentrationMgPerMl: num.optional() });

export const MembraneShareSchemaV1 = z.object({ source: z.enum(MEMBRANE_IDS), fraction: num });

export const CoatingSchemaV1 = z.object({
  membranes: z.array(MembraneShareSchemaV1),
  membraneToCoreMassRatio: num,
  peg: z.boolean(),
  /** PEG chain mass (g/mol) and grafting density (chains/nm²) (extensions, #27, optional: kept only when given). */
  pegMolecularWeightDa: num.optional(),
  pegDensityPerNm2: num.optional(),
});

/** Keys in the order of SCENARIO_FIELDS (registry.test checks they are the registry's scenario fields). */
export const ScenarioSchemaV1 = z.object({
  species: z.enum(SPECIES),
  tumor: z.string(),
  tumorMassG: num,
  route: z.enum(ROUTES),
  intratumoralVolumeFraction: num,
  /** Intratumoral route (extension, optional): particle concentration of the injected suspension, g/L; replaces doseMgPerKg for that route. */
  injectedConcentrationGPerL: num.optional(),
  /** Clinical schedule of the outcome model (extension, optional; #16 §3): a schedule id or 'ebrt:25x1.8+hdr:4x7'. */
  outcomeSchedule: z.string().optional(),
  doseMgPerKg: num,
  /**
   * What doseMgPerKg counts: 'carrier' (core mass) or 'particle' (whole particle mass) (extension). Always present in a
   * completed formulation (default 'carrier'); optional in the type so code that builds scenarios by hand keeps compiling.
   */
  doseBasis: z.enum(DOSE_BASES).optional(),
  medium: z.enum(MEDIA),
  temperatureC: num,
  beam: z.string(),
  irradiationDelayH: num,
  fractionDoseGy: num,
  fractions: num,
  cells: z.object({ alphaPerGy: num, betaPerGy2: num }),
  /** Treatment timing (extensions, optional; engine defaults 1 injection, 168 h, fractions every 24 h). */
  injections: num.optional(),
  injectionIntervalH: num.optional(),
  fractionIntervalH: num.optional(),
  /** 'in-vivo' (default, absent) or 'in-vitro' (extension, issue #26): kept only when given. */
  setting: z.enum(SETTINGS).optional(),
  /** The plate experiment (extension): present, with every default filled, when setting is 'in-vitro' or the block is given. */
  invitro: z
    .object({
      cellLine: z.enum(CELL_LINE_IDS),
      plate: z.enum(PLATE_IDS),
      beam: z.string().optional(),
      concentrationUgPerMl: num,
      incubationH: num,
      assayH: num.optional(),
      serumFraction: num,
      temperatureC: num,
      cellsPerCm2: num,
      measuredPgPerCell: num.optional(),
      measuredElement: z.string().optional(),
      agglomerateDiameterNm: num.optional(),
      fractalDimension: num.optional(),
      effectiveDensityGPerCm3: num.optional(),
      bindingKdUgPerMl: num.optional(),
      bindingCapacityUgPerCm2: num.optional(),
      controlAlphaPerGy: num.optional(),
      controlBetaPerGy2: num.optional(),
    })
    .optional(),
});

export const LoadingCalibrationSchemaV1 = z.object({ core: z.enum(CORE_IDS), agent: z.enum(AGENT_IDS), mode: loadingMode, qmaxMgPerMg: num, affinityK: num });

export const ReleaseCalibrationSchemaV1 = z.object({ core: z.enum(CORE_IDS), params: z.record(z.string(), num), fittedTo: z.string().optional(), dataKey: z.string().optional() });

/** The local-effect strength fitted to your clonogenic assay (extension): s at the anchor beams, with the fit's record. */
export const LocalEffectCalibrationSchemaV1 = z.object({ params: z.record(z.string(), num), fittedTo: z.string().optional() });

/** A viability curve fitted to your MTT / CCK-8 data (extension): arm, drug, IC50 (M or µg/mL of particles), Hill slope, top/bottom, exposure, record. */
export const ViabilityCalibrationSchemaV1 = z.object({ arm: z.enum(VIABILITY_ARMS), agent: z.enum(AGENT_IDS).optional(), cellLine: z.enum(CELL_LINE_IDS).optional(), ic50M: num.optional(), ic50UgPerMl: num.optional(), hill: num, top: num.optional(), bottom: num.optional(), exposureH: num.optional(), fittedTo: z.string().optional() });

export const CalibrationsSchemaV1 = z.object({ loading: z.array(LoadingCalibrationSchemaV1).optional(), release: z.array(ReleaseCalibrationSchemaV1).optional(), localEffect: LocalEffectCalibrationSchemaV1.optional(), viability: z.array(ViabilityCalibrationSchemaV1).optional() });

/** A measured release curve (extension): [time h, cumulative release %] pairs at one pH (optionally for one payload). */
export const MeasuredReleaseCurveSchemaV1 = z.object({
  pH: num,
  agent: z.enum(AGENT_IDS).optional(),
  label: z.string().optional(),
  points: z.array(z.tuple([num, num])),
  /** Error bars (optional): SD or SEM of each point in % points, one per point. */
  spread: z.object({ kind: z.enum(['sd', 'sem']), values: z.array(num), missing: z.array(num).optional() }).optional(),
});

/** A measured loading point: feed mg payload per mg carrier and exactly one of EE % or LC %. */
export const MeasuredLoadingPointSchemaV1 = z.object({ feedMassRatio: num, encapsulationEfficiencyPct: num.optional(), loadingCapacityPct: num.optional(), sdPct: num.optional() });

export const MeasuredLoadingSetSchemaV1 = z.object({ agent: z.enum(AGENT_IDS), points: z.array(MeasuredLoadingPointSchemaV1) });

/** Measured data imported for calibration and overlay (extension); empty lists are left out. */
/** The user's own release model (extension): expression in t and per-parameter starts/bounds (absent = unbounded / 1). */
export const ReleaseModelSchemaV1 = z.object({
  expression: z.string(),
  params: z.array(z.object({ name: z.string(), initial: num.optional(), lower: num.optional(), upper: num.optional() })).optional(),
});

/** The Bench sheet's checklist as measured (extension): size, zeta, per payload EE/LC, release at 24 h per checklist pH. */
export const BenchMeasurementsSchemaV1 = z.object({
  batchMg: num.optional(),
  productMassMg: num.optional(),
  hydrodynamicDiameterNm: num.optional(),
  zetaPotentialMv: num.optional(),
  loading: z.array(z.object({ agent: z.enum(AGENT_IDS), encapsulationEfficiencyPct: num.optional(), loadingCapacityPct: num.optional() })).optional(),
  release24h: z.array(z.object({ pH: num, releasedPct: num })).optional(),
});

export const MeasurementsSchemaV1 = z.object({
  release: z.array(MeasuredReleaseCurveSchemaV1).optional(),
  loading: z.array(MeasuredLoadingSetSchemaV1).optional(),
  releaseModel: ReleaseModelSchemaV1.optional(),
  bench: BenchMeasurementsSchemaV1.optional(),
});

export const FormulationSchemaV1 = z.object({
  schema: z.literal(FORMULATION_SCHEMA_V1),
  /** Candidate id within a workspace (extension). */
  id: z.string().optional(),
  name: z.string(),
  /** lipidTmC, cholesterolMolPct, copolymer (extensions, #27, optional: kept only when given; the core's own otherwise). */
  core: z.object({ material: z.enum(CORE_IDS), diameterNm: num, lipidTmC: num.optional(), cholesterolMolPct: num.optional(), copolymer: z.enum(COPOLYMER_IDS).optional() }),
  payloads: z.array(PayloadSchemaV1),
  coating: CoatingSchemaV1.nullable(),
  scenario: ScenarioSchemaV1,
  /** Model parameter overrides by dotted id, e.g. { 'targeting.uMax': 4 } (extension). */
  overrides: z.record(z.string(), num).optional(),
  /** User calibrations of loading and release (extension). */
  calibrations: CalibrationsSchemaV1.optional(),
  /** Measured release curves and loading points behind the calibrations (extension). */
  measurements: MeasurementsSchemaV1.optional(),
  /** Free text, ≤ 2000 characters (extension). */
  notes: z.string().optional(),
});

export const WorkspaceSchemaV1 = z.object({
  schema: z.literal(WORKSPACE_SCHEMA_V1),
  name: z.string().optional(),
  formulations: z.array(FormulationSchemaV1),
  /** The candidate shown first (extension). */
  activeId: z.string().optional(),
  /** Compare's ranking settings (extension): the local-control gain weight, present only when > 0. */
  ranking: z.object({ localControlWeight: z.number(), weights: z.record(z.string(), z.number()).optional() }).optional(),
});
