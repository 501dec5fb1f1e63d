// Completion of nanoplatform.formulation/1: defaults (from the field registry and frozen v1 tables, never the live catalog's
// defaults) and cross-field rules over a zod-valid input, building the output field by field (the allow-list).
// FROZEN with version 1. The catalog is read only for rules (which loading modes a carrier can do), not for values.
import { AGENTS, CORES, parseBeam, type AgentId, type CoreId, type MembraneId } from '../../catalog';
import type { LoadingMode } from '../../model/entities';
import { fail, ok, type Issue, type Result } from '../result';
import { getPath, setPath } from '../../model/path';
import { checkModelParams, lexModelExpression } from '../../model/fitting/expression-lex';
import {
  DEFAULT_AGENT,
  DEFAULT_CORE,
  DEFAULT_MEMBRANE,
  DEFAULT_NAME,
  FEED_FIELD,
  FORMULATION_SCHEMA_V1,
  FRACTION_SUM_TOLERANCE,
  MEMBRANE_RATIO_FIELD,
  PEG_FIELD,
  SCENARIO_FIELDS,
  INJECTED_CONCENTRATION_FIELD,
  SCHEDULE_FIELDS,
  INVITRO_FIELDS,
  INVITRO_OPTIONAL_KEYS,
  SETTING_FIELD,
  OUTCOME_SCHEDULE_FIELD,
  V1_DEFAULT_DIAMETER_NM,
  type FieldDescriptor,
} from './fields';
import type { FormulationInputV1 } from './schema';
import type { CalibrationsV1 as Calibrations, CoatingV1 as Coating, FormulationV1 as Formulation, MeasurementsV1 as Measurements, PayloadV1 as Payload, ScenarioV1 as Scenario } from './types';

/** Why a loading mode needs a particular kind of carrier (shown when a carrier cannot do it). */
export const LOADING_MODE_NEEDS: Record<LoadingMode, string> = {
  'one-pot': 'one-pot encapsulation needs a carrier that forms around the drug (MOF, polymer, micelle, albumin)',
  'post-loaded': 'post-loading needs a pre-formed carrier with pores or a surface to adsorb on',
  remote: 'remote loading needs a liposome with a transmembrane gradient',
  conjugated: 'conjugation needs a carrier with reactive groups for covalent bonds (polymer conjugate, micelle, gold, silica)',
  complexed: 'complexation needs a cationic or ionizable carrier such as an LNP',
  doped: 'doping needs a crystal lattice the element can enter (MOF or inorganic crystal)',
};

/** Order in which a payload's loading mode is chosen when the file does not give one. */
const MODE_PREFERENCE: readonly LoadingMode[] = ['one-pot', 'remote', 'complexed', 'conjugated', 'post-loaded', 'doped'];
const ELEMENT_MODE_PREFERENCE: readonly LoadingMode[] = ['one-pot', 'doped', 'post-loaded', 'conjugated', 'complexed', 'remote'];

/** The loading modes a carrier can do, in catalog order. */
export function loadingModesOf(core: CoreId): LoadingMode[] {
  return Object.keys(CORES[core].loading) as LoadingMode[];
}

/** The mode used when a payload gives none: the carrier's first possible mode in the preference order. */
export function defaultLoadingMode(core: CoreId, agent: AgentId): LoadingMode {
  const can = CORES[core].loading;
  const order = AGENTS[agent].kind === 'element' ? ELEMENT_MODE_PREFERENCE : MODE_PREFERENCE;
  return order.find((m) => can[m] !== undefined) ?? loadingModesOf(core)[0];
}

/** The scenario with every default (SCENARIO_FIELDS). */
export function defaultScenario(): Scenario {
  let s: Record<string, unknown> = {};
  for (const f of SCENARIO_FIELDS) s = setPath(s, f.key, f.default);
  // built from the field registry by path, so the checker cannot see the shape: registry.test checks SCENARIO_FIELDS are
  // ScenarioSchemaV1's keys and that completion's output is what FormulationSchemaV1 parses (nothing extra or missing)
  return s as Scenario;
}

/** Defaults of every field, for docs and UI. Core diameter and loading mode depend on the carrier (see the functions). */
export const FORMULATION_DEFAULTS = {
  schema: FORMULATION_SCHEMA_V1,
  name: DEFAULT_NAME,
  core: { material: DEFAULT_CORE as CoreId, diameterNm: 'the carrier\'s typical size (V1_DEFAULT_DIAMETER_NM)' },
  payloads: [] as Payload[],
  payload: { agent: DEFAULT_AGENT as AgentId, loading: 'the carrier\'s first possible mode (defaultLoadingMode)', feedMassRatio: FEED_FIELD.default },
  coating: null,
  coatingWhenGiven: { membranes: [], membraneToCoreMassRatio: MEMBRANE_RATIO_FIELD.default, peg: PEG_FIELD.default },
  membraneFraction: 'what the given fractions leave, split equally among the membranes without one',
  scenario: defaultScenario(),
} as const;


type FormulationInput = FormulationInputV1;

function completeScenario(input: unknown, issues: Issue[]): Scenario {
  let s: Record<string, unknown> = {};
  for (const f of SCENARIO_FIELDS as readonly FieldDescriptor[]) {
    let v = getPath(input, f.key) ?? f.default;
    if (f.kind === 'beam') {
      try {
        v = parseBeam(String(v)).id;
      } catch (e) {
        issues.push({ path: `scenario.${f.key}`, message: e instanceof Error ? e.message : String(e) });
      }
    }
    s = setPath(s, f.key, v);
  }
  // optional extension without a default: kept only when given
  const conc = getPath(input, INJECTED_CONCENTRATION_FIELD.key);
  if (typeof conc === 'number') s[INJECTED_CONCENTRATION_FIELD.key] = conc;
  for (const f of SCHEDULE_FIELDS) {
    const v = getPath(input, f.key);
    if (typeof v === 'number') s[f.key] = v;
  }
  // in-vitro extension (issue #26): setting kept when given; the plate block filled when in vitro or given
  const setting = getPath(input, SETTING_FIELD.key);
  if (typeof setting === 'string') s[SETTING_FIELD.key] = setting;
  const iv = getPath(input, 'invitro');
  if (setting === 'in-vitro' || (iv !== undefined && iv !== null)) {
    const out: Record<string, unknown> = {};
    for (const f of INVITRO_FIELDS) {
      const v = getPath(iv, f.key);
      if (INVITRO_OPTIONAL_KEYS.includes(f.key)) {
        if (typeof v === 'number') out[f.key] = v;
        else if (typeof v === 'string' && v.trim() && f.kind === 'beam') {
          // the plate's own beam (walk9 #24): the same grammar and canonical id as scenario.beam
          try {
            out[f.key] = parseBeam(v.trim()).id;
          } catch (e) {
            issues.push({ path: `scenario.invitro.${f.key}`, message: e instanceof Error ? e.message : String(e) });
          }
        } else if (typeof v === 'string' && v.trim()) out[f.key] = v.trim();
      } else out[f.key] = v ?? f.default;
    }
    s.invitro = out;
  }
  const sched = getPath(input, OUTCOME_SCHEDULE_FIELD.key);
  // kept as given (trimmed); its grammar is checked where it is used, by the outcome model's parser (engine/outcome.ts
  // names the field in the error), so the schedule grammar stays out of the initial bundle
  if (typeof sched === 'string' && sched.trim()) s[OUTCOME_SCHEDULE_FIELD.key] = sched.trim();
  return s as Scenario; // built by registry path; checked against ScenarioSchemaV1 in registry.test (see defaultScenario)
}

function completeCoating(input: FormulationInput['coating'], issues: Issue[]): Coating | null {
  if (input === undefined || input === null) return null;
  const given = input.membranes ?? [];
  const sumGiven = given.reduce((a, m) => a + (m.fraction ?? 0), 0);
  const missing = given.filter((m) => m.fraction === undefined).length;
  const share = missing > 0 ? (1 - sumGiven) / missing : 0;
  if (missing > 0 && share <= FRACTION_SUM_TOLERANCE) {
    given.forEach((m, i) => {
      if (m.fraction === undefined) issues.push({ path: `coating.membranes.${i}.fraction`, message: `no share left for this membrane: the given fractions already sum to ${round(sumGiven)}` });
    });
  }
  const membranes = given.map((m) => ({ source: (m.source ?? DEFAULT_MEMBRANE) as MembraneId, fraction: m.fraction ?? share }));
  const seen = new Map<string, number>();
  membranes.forEach((m, i) => {
    if (seen.has(m.source)) issues.push({ path: `coating.membranes.${i}.source`, message: `${m.source} appears twice (also membranes.${seen.get(m.source)}); combine their fractions` });
    else seen.set(m.source, i);
  });
  const sum = membranes.reduce((a, m) => a + m.fraction, 0);
  if (membranes.length > 0 && Math.abs(sum - 1) > FRACTION_SUM_TOLERANCE && !(missing > 0 && share <= FRACTION_SUM_TOLERANCE)) {
    issues.push({ path: 'coating.membranes', message: `membrane fractions sum to ${round(sum)}; they must sum to 1 (±${FRACTION_SUM_TOLERANCE})` });
  }
  return {
    membranes,
    membraneToCoreMassRatio: input.membraneToCoreMassRatio ?? MEMBRANE_RATIO_FIELD.default,
    peg: input.peg ?? PEG_FIELD.default,
    ...(input.pegMolecularWeightDa !== undefined ? { pegMolecularWeightDa: input.pegMolecularWeightDa } : {}),
    ...(input.pegDensityPerNm2 !== undefined ? { pegDensityPerNm2: input.pegDensityPerNm2 } : {}),
  };
}

function round(x: number): number {
  return Number(x.toPrecision(6));
}

function completePayloads(core: CoreId, input: FormulationInput['payloads'], issues: Issue[]): Payload[] {
  const can = CORES[core].loading;
  const seen = new Map<string, number>();
  return (input ?? []).map((p, i) => {
    const agent = (p.agent ?? DEFAULT_AGENT) as AgentId;
    const loading = (p.loading as LoadingMode | undefined) ?? defaultLoadingMode(core, agent);
    if (can[loading] === undefined) {
      issues.push({ path: `payloads.${i}.loading`, message: `${LOADING_MODE_NEEDS[loading]}; ${core} can do ${loadingModesOf(core).join(', ')}` });
    } else if (loading === 'doped' && core !== 'none' && AGENTS[agent].kind !== 'element') {
      issues.push({ path: `payloads.${i}.loading`, message: `only elements can be doped into a lattice; ${agent} is a ${AGENTS[agent].kind} (use ${loadingModesOf(core).filter((m) => m !== 'doped').join(', ') || 'another carrier'})` });
    }
    if (seen.has(agent)) issues.push({ path: `payloads.${i}.agent`, message: `${agent} appears twice (also payloads.${seen.get(agent)}); combine the feeds into one payload` });
    else seen.set(agent, i);
    return { agent, loading, feedMassRatio: p.feedMassRatio ?? FEED_FIELD.default, ...(p.method !== undefined ? { method: p.method } : {}), ...(p.freeDrugVehicle !== undefined ? { freeDrugVehicle: p.freeDrugVehicle } : {}), ...(p.loadingConcentrationMgPerMl !== undefined ? { loadingConcentrationMgPerMl: p.loadingConcentrationMgPerMl } : {}) };
  });
}

/** A viability calibration copied field by field (absent fields stay absent). */
function viabilityCalibration(v: NonNullable<NonNullable<FormulationInput['calibrations']>['viability']>[number]): NonNullable<Calibrations['viability']>[number] {
  const out: NonNullable<Calibrations['viability']>[number] = { arm: v.arm, hill: v.hill };
  if (v.agent !== undefined) out.agent = v.agent;
  if (v.cellLine !== undefined) out.cellLine = v.cellLine;
  if (v.ic50M !== undefined) out.ic50M = v.ic50M;
  if (v.ic50UgPerMl !== undefined) out.ic50UgPerMl = v.ic50UgPerMl;
  if (v.top !== undefined) out.top = v.top;
  if (v.bottom !== undefined) out.bottom = v.bottom;
  if (v.exposureH !== undefined) out.exposureH = v.exposureH;
  if (v.fittedTo !== undefined) out.fittedTo = v.fittedTo;
  return out;
}

function completeCalibrations(input: FormulationInput['calibrations'], issues: Issue[]): Calibrations | undefined {
  if (input === undefined) return undefined;
  const out: Calibrations = {};
  if (input.loading) {
    out.loading = input.loading.map((c, i) => {
      const mode = c.mode as LoadingMode;
      if (CORES[c.core].loading[mode] === undefined) {
        issues.push({ path: `calibrations.loading.${i}.mode`, message: `${LOADING_MODE_NEEDS[mode]}; ${c.core} can do ${loadingModesOf(c.core).join(', ')}` });
      }
      return { core: c.core, agent: c.agent, mode, qmaxMgPerMg: c.qmaxMgPerMg, affinityK: c.affinityK };
    });
  }
  if (input.release) {
    out.release = input.release.map((c) => ({ core: c.core, params: { ...c.params }, ...(c.fittedTo !== undefined ? { fittedTo: c.fittedTo } : {}), ...(c.dataKey !== undefined ? { dataKey: c.dataKey } : {}) }));
  }
  if (input.localEffect) {
    const params: Record<string, number> = {};
    for (const [k, v] of Object.entries(input.localEffect.params)) if (v !== undefined) params[k] = v;
    out.localEffect = { params, ...(input.localEffect.fittedTo !== undefined ? { fittedTo: input.localEffect.fittedTo } : {}) };
  }
  if (input.viability) out.viability = input.viability.map((v) => viabilityCalibration(v));
  return out;
}

/**
 * Measured data over a zod-valid input: copied field by field; a pH (per payload) may have one curve and a payload one
 * loading set; empty lists (and an empty `measurements`) are left out, so "no data" has one form.
 */
export function completeMeasurements(input: FormulationInput['measurements'], issues: Issue[], prefix = 'measurements'): Measurements | undefined {
  if (input === undefined) return undefined;
  const out: Measurements = {};
  if (input.release?.length) {
    const seen = new Map<string, number>();
    out.release = input.release.map((c, i) => {
      const key = `${round(c.pH)}|${c.agent ?? ''}`; // as the canonical form will write it
      if (seen.has(key)) issues.push({ path: `${prefix}.release.${i}.pH`, message: `pH ${c.pH}${c.agent ? ` (${c.agent})` : ''} appears twice (also ${prefix}.release.${seen.get(key)}); one curve per pH` });
      else seen.set(key, i);
      if (c.spread && c.spread.values.length !== c.points.length) issues.push({ path: `${prefix}.release.${i}.spread.values`, message: `${c.spread.values.length} error bars for ${c.points.length} points; one per point` });
      const badMissing = c.spread?.missing?.find((k) => k >= c.points.length);
      if (badMissing !== undefined) issues.push({ path: `${prefix}.release.${i}.spread.missing`, message: `point ${badMissing} does not exist (the curve has ${c.points.length} points, 0-based)` });
      return {
        pH: c.pH,
        ...(c.agent !== undefined ? { agent: c.agent } : {}),
        ...(c.label !== undefined ? { label: c.label } : {}),
        points: c.points.map(([t, F]) => [t, F] as [number, number]),
        ...(c.spread !== undefined ? { spread: { kind: c.spread.kind, values: [...c.spread.values], ...(c.spread.missing?.length ? { missing: [...c.spread.missing] } : {}) } } : {}),
      };
    });
  }
  if (input.loading?.length) {
    const seen = new Map<string, number>();
    out.loading = input.loading.map((set, i) => {
      if (seen.has(set.agent)) issues.push({ path: `${prefix}.loading.${i}.agent`, message: `${set.agent} appears twice (also ${prefix}.loading.${seen.get(set.agent)}); one loading set per payload` });
      else seen.set(set.agent, i);
      return {
        agent: set.agent,
        points: set.points.map((p) => ({
          ...(p.encapsulationEfficiencyPct !== undefined
            ? { feedMassRatio: p.feedMassRatio, encapsulationEfficiencyPct: p.encapsulationEfficiencyPct }
            : { feedMassRatio: p.feedMassRatio, loadingCapacityPct: p.loadingCapacityPct as number }),
          ...(p.sdPct !== undefined ? { sdPct: p.sdPct } : {}),
        })),
      };
    });
  }
  if (input.releaseModel !== undefined) {
    const m = input.releaseModel;
    const base = `${prefix}.releaseModel`;
    const checked = lexModelExpression(m.expression);
    if (!checked.ok) issues.push({ path: `${base}.expression`, message: checked.problem.message });
    else for (const p of checkModelParams(checked.names, m.params ?? [])) issues.push({ path: `${base}.params.${p.index}.${p.key}`, message: p.message });
    out.releaseModel = {
      expression: checked.ok ? checked.expression : m.expression,
      ...(m.params?.length
        ? { params: m.params.map((p) => ({ name: p.name, ...(p.initial !== undefined ? { initial: p.initial } : {}), ...(p.lower !== undefined ? { lower: p.lower } : {}), ...(p.upper !== undefined ? { upper: p.upper } : {}) })) }
        : {}),
    };
  }
  if (input.bench !== undefined) {
    const b = input.bench;
    const base = `${prefix}.bench`;
    const bench: NonNullable<Measurements['bench']> = {};
    if (b.batchMg !== undefined) bench.batchMg = b.batchMg;
    if (b.productMassMg !== undefined) bench.productMassMg = b.productMassMg;
    if (b.hydrodynamicDiameterNm !== undefined) bench.hydrodynamicDiameterNm = b.hydrodynamicDiameterNm;
    if (b.zetaPotentialMv !== undefined) bench.zetaPotentialMv = b.zetaPotentialMv;
    const loading = (b.loading ?? []).filter((l) => l.encapsulationEfficiencyPct !== undefined || l.loadingCapacityPct !== undefined);
    if (loading.length) {
      const seen = new Set<string>();
      bench.loading = loading.map((l, i) => {
        if (seen.has(l.agent)) issues.push({ path: `${base}.loading.${i}.agent`, message: `${l.agent} appears twice; one entry per payload` });
        seen.add(l.agent);
        return {
          agent: l.agent,
          ...(l.encapsulationEfficiencyPct !== undefined ? { encapsulationEfficiencyPct: l.encapsulationEfficiencyPct } : {}),
          ...(l.loadingCapacityPct !== undefined ? { loadingCapacityPct: l.loadingCapacityPct } : {}),
        };
      });
    }
    if (b.release24h?.length) {
      const seen = new Set<number>();
      bench.release24h = b.release24h.map((r, i) => {
        if (seen.has(r.pH)) issues.push({ path: `${base}.release24h.${i}.pH`, message: `pH ${r.pH.toFixed(1)} appears twice; one value per pH` });
        seen.add(r.pH);
        return { pH: r.pH, releasedPct: r.releasedPct };
      });
    }
    if (Object.keys(bench).length) out.bench = bench;
  }
  return out.release || out.loading || out.releaseModel || out.bench ? out : undefined;
}

/** Defaults and cross-field rules over a zod-valid v1 input. Builds the output field by field (the allow-list). */
export function completeValid(input: FormulationInput): Result<Formulation> {
  const issues: Issue[] = [];
  const material = (input.core?.material ?? DEFAULT_CORE) as CoreId;
  const out: Formulation = {
    schema: FORMULATION_SCHEMA_V1,
    ...(input.id !== undefined ? { id: input.id } : {}),
    name: input.name ?? DEFAULT_NAME,
    core: {
      material,
      diameterNm: input.core?.diameterNm ?? V1_DEFAULT_DIAMETER_NM[material],
      ...(input.core?.lipidTmC !== undefined ? { lipidTmC: input.core.lipidTmC } : {}),
      ...(input.core?.cholesterolMolPct !== undefined ? { cholesterolMolPct: input.core.cholesterolMolPct } : {}),
      ...(input.core?.copolymer !== undefined ? { copolymer: input.core.copolymer } : {}),
    },
    payloads: completePayloads(material, input.payloads, issues),
    coating: completeCoating(input.coating, issues),
    scenario: completeScenario(input.scenario, issues),
  };
  if (input.overrides !== undefined) out.overrides = { ...input.overrides };
  const calibrations = completeCalibrations(input.calibrations, issues);
  if (calibrations !== undefined) out.calibrations = calibrations;
  const measurements = completeMeasurements(input.measurements, issues);
  if (measurements !== undefined) out.measurements = measurements;
  if (input.notes !== undefined) out.notes = input.notes;
  return issues.length ? fail(issues) : ok(out);
}

