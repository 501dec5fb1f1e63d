// nanoplatform.formulation/1 and nanoplatform.workspace/1 as zod schemas of the *input* (every field optional, types,
// bounds and ids checked, unknown keys dropped). Defaults and cross-field rules are applied after this, in ../complete.
// FROZEN with version 1 (the id lists come from the catalog, which may only grow).
import { z } from 'zod';
import { AGENT_IDS, CELL_LINE_IDS, COPOLYMER_IDS, CORE_IDS, MEMBRANE_IDS, VEHICLE_IDS } from '../../catalog';
import { PREP_METHODS } from '../../model/entities';
import { RANKING_COMPONENTS, RANKING_WEIGHT_LIMIT } from '../ranking-settings';
import {
  CANDIDATE_ID,
  DIAMETER_FIELD,
  FEED_FIELD,
  FORMULATION_SCHEMA_V1,
  LOADING_CONCENTRATION_FIELD,
  FRACTION_FIELD,
  LIMITS,
  LOADING_MODES,
  LOCAL_EFFECT_STRENGTH_KEYS,
  VIABILITY_ARMS,
  BENCH_BATCH_FIELD,
  BENCH_EE_FIELD,
  BENCH_PRODUCT_MASS_FIELD,
  BENCH_LC_FIELD,
  BENCH_RELEASE_FIELD,
  BENCH_RELEASE_PHS,
  BENCH_SIZE_FIELD,
  BENCH_ZETA_FIELD,
  MEASURED_EE_FIELD,
  MEASURED_LC_FIELD,
  MEASURED_PH_FIELD,
  MEASURED_RELEASE_FIELD,
  MEASURED_TIME_FIELD,
  MEASUREMENT_LIMITS,
  MEMBRANE_RATIO_FIELD,
  NAME_FIELD,
  OVERRIDE_KEY,
  RELEASE_MODEL_EXPRESSION_FIELD,
  RELEASE_MODEL_MAX_PARAMS,
  RELEASE_MODEL_PARAM_NAME_FIELD,
  SCENARIO_FIELDS,
  INJECTED_CONCENTRATION_FIELD,
  LIPID_TM_FIELD,
  CHOLESTEROL_FIELD,
  PEG_MW_FIELD,
  PEG_DENSITY_FIELD,
  SCHEDULE_FIELDS,
  INVITRO_FIELDS,
  SETTING_FIELD,
  OUTCOME_SCHEDULE_FIELD,
  WORKSPACE_SCHEMA_V1,
  rangeText,
  type FieldDescriptor,
  type NumberField,
} from './fields';

/** A short description of a value for messages: '"120"', 'null', 'an array', 'Infinity'. */
export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'object') return 'an object';
  return typeof v;
}

type ErrIssue = { input?: unknown };
const typeError = (what: string) => (iss: ErrIssue) => (iss.input === undefined ? `${what} is required` : `must be ${what} (got ${describeValue(iss.input)})`);

/** A number field's schema; `what` (e.g. 'time') starts the messages of values that sit in lists without a key name. */
function numberSchema(f: NumberField, what?: string) {
  const pre = what ? `${what} ` : '';
  const range = (iss: ErrIssue) => `${pre}${rangeText(f)} (got ${describeValue(iss.input)})`;
  let s = z.number({ error: (iss: ErrIssue) => (iss.input === undefined ? `${what ?? 'a number'} is required` : `${pre}${typeError('a number')(iss)}`) });
  if (f.integer) s = s.int({ error: range });
  s = f.exclusiveMin ? s.gt(f.min, { error: range }) : s.gte(f.min, { error: range });
  return f.exclusiveMax ? s.lt(f.max, { error: range }) : s.lte(f.max, { error: range });
}

function idSchema<T extends string>(kind: string, ids: readonly [T, ...T[]]) {
  return z.enum(ids, {
    error: (iss) =>
      typeof iss.input === 'string'
        ? `unknown ${kind} ${describeValue(iss.input)}; valid ids: ${ids.join(', ')}`
        : iss.input === undefined
          ? `${kind} is required; valid ids: ${ids.join(', ')}`
          : `must be a ${kind} id (got ${describeValue(iss.input)}); valid ids: ${ids.join(', ')}`,
  });
}

const text = (max: number, what = 'text') =>
  z.string({ error: typeError(what) }).max(max, { error: `must be at most ${max} characters` });

const obj = <S extends z.core.$ZodLooseShape>(shape: S) => z.object(shape, { error: typeError('an object') });
const list = <T extends z.core.SomeType>(item: T, max: number, what: string) =>
  z.array(item, { error: typeError('a list') }).max(max, { error: `at most ${max} ${what}` });

function fieldSchema(f: FieldDescriptor) {
  switch (f.kind) {
    case 'number':
      return numberSchema(f);
    case 'choice':
      return z.enum(f.options as [string, ...string[]], {
        error: (iss) => `must be one of ${f.options.join(', ')} (got ${describeValue(iss.input)})`,
      });
    case 'text': {
      const pattern = f.pattern;
      const s = text(f.maxLength);
      return pattern ? s.regex(pattern, { error: 'must be lower-case words joined by hyphens (e.g. cervical, soft-tissue-sarcoma)' }) : s;
    }
    case 'boolean':
      return z.boolean({ error: typeError('true or false') });
    case 'beam':
      // The beam grammar is checked after parsing with the physics parser (one owner of that grammar).
      return text(f.maxLength, 'a beam id');
    default: {
      const never: never = f;
      throw new Error(`unhandled field ${JSON.stringify(never)}`);
    }
  }
}

/** The scenario object built from SCENARIO_FIELDS (nested keys like 'cells.alphaPerGy' become nested objects). */
function scenarioSchema() {
  const top: Record<string, z.ZodType> = {};
  const nested: Record<string, Record<string, z.ZodType>> = {};
  for (const f of SCENARIO_FIELDS) {
    const [head, tail] = f.key.split('.');
    if (tail === undefined) top[head] = fieldSchema(f).optional();
    else (nested[head] ??= {})[tail] = fieldSchema(f).optional();
  }
  for (const [k, shape] of Object.entries(nested)) top[k] = obj(shape).optional();
  top[INJECTED_CONCENTRATION_FIELD.key] = fieldSchema(INJECTED_CONCENTRATION_FIELD).optional();
  for (const f of SCHEDULE_FIELDS) top[f.key] = fieldSchema(f).optional();
  top[SETTING_FIELD.key] = fieldSchema(SETTING_FIELD).optional();
  const iv: Record<string, z.ZodType> = {};
  for (const f of INVITRO_FIELDS) iv[f.key] = fieldSchema(f).optional();
  top.invitro = obj(iv).optional();
  top[OUTCOME_SCHEDULE_FIELD.key] = fieldSchema(OUTCOME_SCHEDULE_FIELD).optional();
  return obj(top);
}

let scenarioInput: ReturnType<typeof scenarioSchema> | null = null;

/** The scenario's input schema (built once, on the first call; the largest part of inputSchemasV1, which uses it). */
export function scenarioInputSchemaV1(): ReturnType<typeof scenarioSchema> {
  return (scenarioInput ??= scenarioSchema());
}

/**
 * The input schemas, built on first use rather than when the module loads: constructing some hundred zod schemas is a
 * noticeable share of the app's start-up script work (#21), and the first parse runs in a task of its own.
 */
function buildInputSchemasV1() {
  const PayloadInputV1 = obj({
    agent: idSchema('agent', AGENT_IDS).optional(),
    loading: z.enum(LOADING_MODES, {
      error: (iss) => `must be a loading mode: ${LOADING_MODES.join(', ')} (got ${describeValue(iss.input)})`,
    }).optional(),
    feedMassRatio: numberSchema(FEED_FIELD).optional(),
    // #27, added within v1 (optional, no default filled: absent = the carrier's default preparation method)
    method: z.enum(PREP_METHODS, {
      error: (iss) => `must be a preparation method: ${PREP_METHODS.join(', ')} (got ${describeValue(iss.input)})`,
    }).optional(),
    // #27, added within v1 (optional, no default filled: absent = the unformulated drug in saline)
    freeDrugVehicle: idSchema('vehicle', VEHICLE_IDS).optional(),
    // #27 load4, added within v1 (optional, no default filled: absent = the carrier rule's affinity as it is)
    loadingConcentrationMgPerMl: numberSchema(LOADING_CONCENTRATION_FIELD).optional(),
  });

  const MembraneInputV1 = obj({
    source: idSchema('membrane source', MEMBRANE_IDS).optional(),
    fraction: numberSchema(FRACTION_FIELD).optional(),
  });

  const CoatingInputV1 = obj({
    membranes: list(MembraneInputV1, LIMITS.membranes, 'membranes').optional(),
    membraneToCoreMassRatio: numberSchema(MEMBRANE_RATIO_FIELD).optional(),
    peg: z.boolean({ error: typeError('true or false') }).optional(),
    pegMolecularWeightDa: numberSchema(PEG_MW_FIELD).optional(),
    pegDensityPerNm2: numberSchema(PEG_DENSITY_FIELD).optional(),
  }).nullable();

  const CoreInputV1 = obj({
    material: idSchema('core', CORE_IDS).optional(),
    diameterNm: numberSchema(DIAMETER_FIELD).optional(),
    lipidTmC: numberSchema(LIPID_TM_FIELD).optional(),
    cholesterolMolPct: numberSchema(CHOLESTEROL_FIELD).optional(),
    // #27, added within v1 (optional, no default filled: absent = the micelle core's class CMC and M2 serum release)
    copolymer: idSchema('copolymer', COPOLYMER_IDS).optional(),
  });

  const finite = z.number({ error: typeError('a number') }).refine(Number.isFinite, { error: 'must be a finite number' });
  const positive = (what: string) => z.number({ error: typeError('a number') }).gt(0, { error: (iss) => `${what} must be > 0 (got ${describeValue(iss.input)})` });

  const OverridesV1 = z
    .record(
      z.string().max(LIMITS.overrideKeyLength, { error: `override keys are at most ${LIMITS.overrideKeyLength} characters` }).regex(OVERRIDE_KEY, { error: 'override keys are dotted ids like targeting.uMax' }),
      finite,
      { error: typeError('an object of numbers') },
    )
    .refine((r) => Object.keys(r).length <= LIMITS.overrides, { error: `at most ${LIMITS.overrides} overrides` });

  const LoadingCalibrationV1 = obj({
    core: idSchema('core', CORE_IDS),
    agent: idSchema('agent', AGENT_IDS),
    mode: z.enum(LOADING_MODES, {
      error: (iss) => `must be a loading mode: ${LOADING_MODES.join(', ')} (got ${describeValue(iss.input)})`,
    }),
    qmaxMgPerMg: positive('qmaxMgPerMg'),
    affinityK: positive('affinityK'),
  });

  const ReleaseCalibrationV1 = obj({
    core: idSchema('core', CORE_IDS),
    params: z
      .record(z.string().max(LIMITS.overrideKeyLength).regex(OVERRIDE_KEY, { error: 'parameter names are ids like vRefNmPerH' }), finite, { error: typeError('an object of numbers') })
      .refine((r) => Object.keys(r).length <= LIMITS.releaseParams, { error: `at most ${LIMITS.releaseParams} parameters` }),
    fittedTo: text(LIMITS.notesLength).optional(),
    /** Fingerprint of the measured release data the fit used (measuredReleaseKey: 8 hex digits); when the stored data no longer match it, the app says the data were replaced (walk11 #14). */
    dataKey: z.string().regex(/^[0-9a-f]{8}$/, { error: 'must be 8 hexadecimal digits (the fingerprint of the measured data)' }).optional(),
  });

  /** The local-effect strength fitted to your clonogenic assay (In vitro tab / `invitro --control --treated`): gold's s at the anchor beams, with the fit's record (files, date, SE). */
  const LocalEffectCalibrationV1 = obj({
    params: z
      .record(z.string().max(LIMITS.overrideKeyLength), z.number({ error: typeError('a number') }).min(0, { error: 'must be ≥ 0' }).max(1e3, { error: 'must be ≤ 1000' }), { error: typeError('an object of numbers') })
      .superRefine((r, ctx) => {
        for (const k of Object.keys(r)) if (!(LOCAL_EFFECT_STRENGTH_KEYS as readonly string[]).includes(k)) ctx.addIssue({ code: 'custom', path: [k], message: `unknown strength "${k}"; valid: ${LOCAL_EFFECT_STRENGTH_KEYS.join(', ')}` });
      }),
    fittedTo: text(LIMITS.notesLength).optional(),
  });

  /**
   * A viability curve fitted to your MTT / CCK-8 data (In vitro tab / formulation file): the arm, the drug (drug alone,
   * loaded carrier), IC50 (M for the drug alone, µg/mL of particles for a carrier), Hill slope, the fit's top and bottom
   * (reported), the assay's exposure (h) and the fit's record.
   */
  const ViabilityCalibrationV1 = obj({
    arm: z.enum(VIABILITY_ARMS, { error: (iss) => `must be one of ${VIABILITY_ARMS.join(', ')} (got ${describeValue(iss.input)})` }),
    agent: idSchema('agent', AGENT_IDS).optional(),
    cellLine: idSchema('cell line', CELL_LINE_IDS).optional(),
    ic50M: positive('ic50M').refine(Number.isFinite, { error: 'must be a finite number' }).optional(),
    ic50UgPerMl: positive('ic50UgPerMl').refine(Number.isFinite, { error: 'must be a finite number' }).optional(),
    hill: z.number({ error: typeError('a number') }).min(0, { error: 'must be ≥ 0' }).max(20, { error: 'must be ≤ 20' }),
    top: z.number({ error: typeError('a number') }).min(-0.5, { error: 'must be ≥ −0.5' }).max(2, { error: 'must be ≤ 2' }).optional(),
    bottom: z.number({ error: typeError('a number') }).min(-0.5, { error: 'must be ≥ −0.5' }).max(2, { error: 'must be ≤ 2' }).optional(),
    exposureH: positive('exposureH').max(1000, { error: 'must be ≤ 1000 h' }).optional(),
    fittedTo: text(LIMITS.notesLength).optional(),
  }).superRefine((v, ctx) => {
    const drug = v.arm !== 'empty-carrier';
    if (v.arm === 'drug-alone') {
      if (v.ic50M === undefined) ctx.addIssue({ code: 'custom', path: ['ic50M'], message: 'a drug-alone fit needs ic50M (the IC50 in mol/L)' });
      if (v.ic50UgPerMl !== undefined) ctx.addIssue({ code: 'custom', path: ['ic50UgPerMl'], message: 'a drug-alone fit gives ic50M (mol/L), not ic50UgPerMl' });
    } else {
      if (v.ic50UgPerMl === undefined) ctx.addIssue({ code: 'custom', path: ['ic50UgPerMl'], message: `a ${v.arm} fit needs ic50UgPerMl (µg/mL of particles)` });
      if (v.ic50M !== undefined) ctx.addIssue({ code: 'custom', path: ['ic50M'], message: `a ${v.arm} fit gives ic50UgPerMl (µg/mL of particles), not ic50M` });
    }
    if (drug && v.agent === undefined) ctx.addIssue({ code: 'custom', path: ['agent'], message: `a ${v.arm} fit names its drug (agent)` });
  });

  const CalibrationsV1 = obj({
    loading: list(LoadingCalibrationV1, LIMITS.loadingCalibrations, 'loading calibrations').optional(),
    release: list(ReleaseCalibrationV1, LIMITS.releaseCalibrations, 'release calibrations').optional(),
    localEffect: LocalEffectCalibrationV1.optional(),
    viability: list(ViabilityCalibrationV1, LIMITS.viabilityCalibrations, 'viability calibrations').optional(),
  });

  /** One measured release curve: [time h, cumulative release %] pairs at one pH (optionally for one payload). */
  const MeasuredReleaseCurveV1 = obj({
    pH: numberSchema(MEASURED_PH_FIELD, 'pH'),
    agent: idSchema('agent', AGENT_IDS).optional(),
    label: text(MEASUREMENT_LIMITS.labelLength).optional(),
    points: list(
      z.tuple([numberSchema(MEASURED_TIME_FIELD, 'time'), numberSchema(MEASURED_RELEASE_FIELD, 'released')], { error: typeError('a [time h, released %] pair') }),
      MEASUREMENT_LIMITS.releasePoints,
      'points per curve',
    ).min(MEASUREMENT_LIMITS.releasePointsMin, { error: `at least ${MEASUREMENT_LIMITS.releasePointsMin} points per curve` }),
    /** Error bars (added later, optional): the SD or SEM of each point in % points, one per point, as the file gave them. */
    spread: obj({
      kind: z.enum(['sd', 'sem'], { error: 'must be "sd" or "sem"' }),
      values: list(z.number({ error: typeError('a number') }).min(0, { error: 'must be ≥ 0' }).max(100, { error: 'must be ≤ 100 (% points)' }), MEASUREMENT_LIMITS.releasePoints, 'error bars per curve'),
      /** Points (0-based) whose SD/SEM the file did not give: their value is a weight (the curve's largest given one), not a measurement (added later, optional). */
      missing: list(z.number({ error: typeError('a point index') }).int({ error: 'must be a whole number' }).min(0, { error: 'must be ≥ 0' }), MEASUREMENT_LIMITS.releasePoints, 'missing error bars').optional(),
    }).optional(),
  });

  /** One measured loading point: feed (mg/mg) with EE % or LC % (exactly one of the two). */
  const MeasuredLoadingPointV1 = obj({
    feedMassRatio: numberSchema(FEED_FIELD, 'feed'),
    encapsulationEfficiencyPct: numberSchema(MEASURED_EE_FIELD, 'EE').optional(),
    loadingCapacityPct: numberSchema(MEASURED_LC_FIELD, 'LC').optional(),
    /** The SD of the EE or LC value in % points (added later, optional): weights 1/SD² in the Langmuir fit. */
    sdPct: z.number({ error: typeError('a number') }).min(0, { error: 'must be ≥ 0' }).max(100, { error: 'must be ≤ 100 (% points)' }).optional(),
  }).superRefine((p, ctx) => {
  const ee = p.encapsulationEfficiencyPct !== undefined;
  const lc = p.loadingCapacityPct !== undefined;
    if (ee === lc) ctx.addIssue({ code: 'custom', path: [ee ? 'loadingCapacityPct' : 'encapsulationEfficiencyPct'], message: ee ? 'give EE or LC, not both' : 'needs encapsulationEfficiencyPct or loadingCapacityPct' });
  });

  const MeasuredLoadingSetV1 = obj({
    agent: idSchema('agent', AGENT_IDS),
    points: list(MeasuredLoadingPointV1, MEASUREMENT_LIMITS.loadingPoints, 'points per payload').min(1, { error: 'at least 1 point' }),
  });

  /** The user's own release model (extension): an expression in t with per-parameter starts and bounds. */
  const ReleaseModelV1 = obj({
    expression: text(RELEASE_MODEL_EXPRESSION_FIELD.maxLength),
    params: list(
      obj({
        name: text(RELEASE_MODEL_PARAM_NAME_FIELD.maxLength).regex(RELEASE_MODEL_PARAM_NAME_FIELD.pattern as RegExp, { error: 'parameter names start with a letter or _, then letters, digits or _' }),
        initial: finite.optional(),
        lower: finite.optional(),
        upper: finite.optional(),
      }),
      RELEASE_MODEL_MAX_PARAMS,
      'parameters',
    ).optional(),
  });

  /** The Bench sheet's checklist as measured (extension): each value optional; one entry per payload and per pH. */
  const BenchMeasurementsV1 = obj({
    batchMg: numberSchema(BENCH_BATCH_FIELD, 'batchMg').optional(),
    productMassMg: numberSchema(BENCH_PRODUCT_MASS_FIELD, 'productMassMg').optional(),
    hydrodynamicDiameterNm: numberSchema(BENCH_SIZE_FIELD, 'hydrodynamicDiameterNm').optional(),
    zetaPotentialMv: numberSchema(BENCH_ZETA_FIELD, 'zetaPotentialMv').optional(),
    loading: list(
      obj({
        agent: idSchema('agent', AGENT_IDS),
        encapsulationEfficiencyPct: numberSchema(BENCH_EE_FIELD, 'EE').optional(),
        loadingCapacityPct: numberSchema(BENCH_LC_FIELD, 'LC').optional(),
      }),
      LIMITS.payloads,
      'payloads',
    ).optional(),
    release24h: list(
      obj({
        pH: z.number({ error: typeError('a number') }).refine((v) => (BENCH_RELEASE_PHS as readonly number[]).includes(v), { error: `must be one of ${BENCH_RELEASE_PHS.map((p) => p.toFixed(1)).join(', ')} (the checklist pHs)` }),
        releasedPct: numberSchema(BENCH_RELEASE_FIELD, 'released'),
      }),
      BENCH_RELEASE_PHS.length,
      'release values',
    ).optional(),
  });

  const MeasurementsV1 = obj({
    release: list(MeasuredReleaseCurveV1, MEASUREMENT_LIMITS.releaseCurves, 'release curves').optional(),
    loading: list(MeasuredLoadingSetV1, MEASUREMENT_LIMITS.loadingSets, 'loading sets').optional(),
    releaseModel: ReleaseModelV1.optional(),
    bench: BenchMeasurementsV1.optional(),
  });

  const FormulationInputV1 = obj({
    schema: z.literal(FORMULATION_SCHEMA_V1, { error: `must be "${FORMULATION_SCHEMA_V1}"` }).optional(),
    id: z.string({ error: typeError('text') }).regex(CANDIDATE_ID, { error: 'ids are 1–64 letters, digits, - or _' }).optional(),
    name: text(NAME_FIELD.maxLength).optional(),
    core: CoreInputV1.optional(),
    payloads: list(PayloadInputV1, LIMITS.payloads, 'payloads').optional(),
    coating: CoatingInputV1.optional(),
    scenario: scenarioInputSchemaV1().optional(),
    overrides: OverridesV1.optional(),
    calibrations: CalibrationsV1.optional(),
    measurements: MeasurementsV1.optional(),
    notes: text(LIMITS.notesLength).optional(),
  });

  const WorkspaceInputV1 = obj({
    schema: z.literal(WORKSPACE_SCHEMA_V1, { error: `must be "${WORKSPACE_SCHEMA_V1}"` }).optional(),
    name: text(LIMITS.nameLength).optional(),
    /** Formulations are validated one by one (so each gets its own path); here only the list itself. */
    formulations: list(z.unknown(), LIMITS.formulations, 'formulations').optional(),
    activeId: z.string({ error: typeError('text') }).regex(CANDIDATE_ID, { error: 'ids are 1–64 letters, digits, - or _' }).optional(),
    /** Compare's ranking settings (extension): the weight of the outcome's local-control gain (absent = 0). */
    ranking: obj({
      localControlWeight: z
        .number({ error: typeError('a number') })
        .min(0, { error: (iss) => `must be ≥ 0 and ≤ 1000 (got ${describeValue(iss.input)})` })
        .max(1000, { error: (iss) => `must be ≥ 0 and ≤ 1000 (got ${describeValue(iss.input)})` })
        .optional(),
      /** The ranking's own weights of the Score's components (extension; absent = the Score's weight, 1). */
      weights: obj(Object.fromEntries(RANKING_COMPONENTS.map((id) => [id, z
        .number({ error: typeError('a number') })
        .min(0, { error: (iss) => `must be ≥ 0 and ≤ ${RANKING_WEIGHT_LIMIT} (got ${describeValue(iss.input)})` })
        .max(RANKING_WEIGHT_LIMIT, { error: (iss) => `must be ≥ 0 and ≤ ${RANKING_WEIGHT_LIMIT} (got ${describeValue(iss.input)})` })
        .optional()])) as Record<(typeof RANKING_COMPONENTS)[number], z.ZodOptional<z.ZodNumber>>).optional(),
    }).optional(),
  });
  return { PayloadInputV1, MembraneInputV1, CoatingInputV1, CoreInputV1, OverridesV1, LoadingCalibrationV1, ReleaseCalibrationV1, CalibrationsV1, MeasuredReleaseCurveV1, MeasuredLoadingPointV1, MeasuredLoadingSetV1, ReleaseModelV1, BenchMeasurementsV1, MeasurementsV1, FormulationInputV1, WorkspaceInputV1 };
}

let inputSchemas: ReturnType<typeof buildInputSchemasV1> | null = null;

/** The zod schemas of formulation/1 and workspace/1 input (built once, on the first call). */
export function inputSchemasV1(): ReturnType<typeof buildInputSchemasV1> {
  return (inputSchemas ??= buildInputSchemasV1());
}

export type FormulationInputV1 = z.infer<ReturnType<typeof buildInputSchemasV1>['FormulationInputV1']>;
export type WorkspaceInputV1 = z.infer<ReturnType<typeof buildInputSchemasV1>['WorkspaceInputV1']>;
