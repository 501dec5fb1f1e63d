// Formulations: parse untrusted input (size cap → JSON → version → upgrade → zod → defaults → cross-field rules) into a
// completed nanoplatform.formulation/1, field by field from the defaults (unknown keys are dropped, and reported as
// warnings with a did-you-mean). Never throws.
import { AGENTS, CORES, overrideParam, parseBeam, type AgentId, type CoreId, type MembraneId } from '../catalog';
import type { LoadingMode } from '../model/entities';
import { rangeProblem } from '../model/param';
import { getPath, setPath } from '../model/path';
import { fail, ok, okWithWarnings, prefixIssues, type Issue, type Result } from './result';
import { unknownFieldWarnings } from './unknown-fields';
import { isRecord, upgradeTo } from './upgrade';
import {
  DEFAULT_AGENT,
  DEFAULT_CORE,
  DEFAULT_NAME,
  FEED_FIELD,
  FORMULATION_SCHEMA_V1,
  FRACTION_SUM_TOLERANCE,
  MEMBRANE_RATIO_FIELD,
  SCENARIO_FIELDS,
  INJECTED_CONCENTRATION_FIELD,
  type FieldDescriptor,
} from './v1/fields';
import { describeValue, FormulationInputV1, MeasurementsV1 as MeasurementsInputV1 } from './v1/schema';
import type { CalibrationsV1, CoatingV1, FormulationV1, MeasuredLoadingSetV1, MeasuredReleaseCurveV1, MeasurementsV1, PayloadV1, ScenarioV1 } from './v1/types';

export type Formulation = FormulationV1;
export type Payload = PayloadV1;
export type Coating = CoatingV1;
export type Scenario = ScenarioV1;
export type Calibrations = CalibrationsV1;
export type Measurements = MeasurementsV1;
export type MeasuredReleaseCurve = MeasuredReleaseCurveV1;
export type MeasuredLoadingSet = MeasuredLoadingSetV1;

/** Largest JSON text parseFormulation accepts (characters). */
export const MAX_JSON_CHARS = 1_000_000;

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
  return s as unknown as Scenario;
}

/** Defaults of every field, for docs and UI. Core diameter and loading mode depend on the carrier (see the functions). */
export const FORMULATION_DEFAULTS = {
  schema: FORMULATION_SCHEMA_V1,
  name: DEFAULT_NAME,
  core: { material: DEFAULT_CORE as CoreId, diameterNm: 'the carrier\'s defaultDiameterNm (catalog)' },
  payloads: [] as Payload[],
  payload: { agent: DEFAULT_AGENT as AgentId, loading: 'the carrier\'s first possible mode (defaultLoadingMode)', feedMassRatio: FEED_FIELD.default },
  coating: null,
  coatingWhenGiven: { membranes: [], membraneToCoreMassRatio: MEMBRANE_RATIO_FIELD.default, peg: false },
  membraneFraction: 'what the given fractions leave, split equally among the membranes without one',
  scenario: defaultScenario(),
} as const;

type FormulationInput = ReturnType<typeof FormulationInputV1.parse>;

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
  return s as unknown as Scenario;
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
  const membranes = given.map((m) => ({ source: (m.source ?? 'hela') as MembraneId, fraction: m.fraction ?? share }));
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
    peg: input.peg ?? false,
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
    return { agent, loading, feedMassRatio: p.feedMassRatio ?? FEED_FIELD.default };
  });
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
    out.release = input.release.map((c) => ({ core: c.core, params: { ...c.params }, ...(c.fittedTo !== undefined ? { fittedTo: c.fittedTo } : {}) }));
  }
  return out;
}

/**
 * Measured data over a zod-valid input: copied field by field; a pH (per payload) may have one curve and a payload one
 * loading set; empty lists (and an empty `measurements`) are left out, so "no data" has one form.
 */
function completeMeasurements(input: FormulationInput['measurements'], issues: Issue[], prefix = 'measurements'): Measurements | undefined {
  if (input === undefined) return undefined;
  const out: Measurements = {};
  if (input.release?.length) {
    const seen = new Map<string, number>();
    out.release = input.release.map((c, i) => {
      const key = `${round(c.pH)}|${c.agent ?? ''}`; // as the canonical form will write it
      if (seen.has(key)) issues.push({ path: `${prefix}.release.${i}.pH`, message: `pH ${c.pH}${c.agent ? ` (${c.agent})` : ''} appears twice (also ${prefix}.release.${seen.get(key)}); one curve per pH` });
      else seen.set(key, i);
      if (c.spread && c.spread.values.length !== c.points.length) issues.push({ path: `${prefix}.release.${i}.spread.values`, message: `${c.spread.values.length} error bars for ${c.points.length} points; one per point` });
      return {
        pH: c.pH,
        ...(c.agent !== undefined ? { agent: c.agent } : {}),
        ...(c.label !== undefined ? { label: c.label } : {}),
        points: c.points.map(([t, F]) => [t, F] as [number, number]),
        ...(c.spread !== undefined ? { spread: { kind: c.spread.kind, values: [...c.spread.values] } } : {}),
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
        points: set.points.map((p) => (p.encapsulationEfficiencyPct !== undefined
          ? { feedMassRatio: p.feedMassRatio, encapsulationEfficiencyPct: p.encapsulationEfficiencyPct }
          : { feedMassRatio: p.feedMassRatio, loadingCapacityPct: p.loadingCapacityPct as number })),
      };
    });
  }
  return out.release || out.loading ? out : undefined;
}

/**
 * Validate measured data on their own (e.g. a candidate's draft.measurements, or data kept in browser storage by an
 * older version): the same rules as inside a formulation, paths starting with `prefix`. Never throws.
 * `value` undefined = nothing measured (ok, undefined).
 */
export function parseMeasurements(input: unknown, prefix = 'measurements'): Result<Measurements | undefined> {
  try {
    if (input === undefined) return ok(undefined);
    const z = MeasurementsInputV1.safeParse(input);
    if (!z.success) return fail(zodIssues(z.error).map((i) => ({ path: i.path ? `${prefix}.${i.path}` : prefix, message: i.message })));
    const issues: Issue[] = [];
    const m = completeMeasurements(z.data, issues, prefix);
    return issues.length ? fail(issues) : ok(m);
  } catch (e) {
    return fail([{ path: prefix, message: `could not read the measured data: ${e instanceof Error ? e.message : String(e)}` }]);
  }
}

/** Defaults and cross-field rules over a zod-valid v1 input. Builds the output field by field (the allow-list). */
function completeValid(input: FormulationInput): Result<Formulation> {
  const issues: Issue[] = [];
  const material = (input.core?.material ?? DEFAULT_CORE) as CoreId;
  const out: Formulation = {
    schema: FORMULATION_SCHEMA_V1,
    ...(input.id !== undefined ? { id: input.id } : {}),
    name: input.name ?? DEFAULT_NAME,
    core: { material, diameterNm: input.core?.diameterNm ?? CORES[material].defaultDiameterNm.value },
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

function zodIssues(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): Issue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

/** JSON text → value, with a size cap; never throws. */
export function parseJsonText(text: string, maxChars = MAX_JSON_CHARS): Result<unknown> {
  if (text.length > maxChars) return fail([{ path: '', message: `document too large (${text.length} characters; limit ${maxChars})` }]);
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (e) {
    return fail([{ path: '', message: `invalid JSON: ${e instanceof Error ? e.message : String(e)}` }]);
  }
}

/** How strictly a formulation is read. */
export interface ParseOptions {
  /**
   * Refuse an override outside its Param's declared range, naming `overrides.<key>` (default true: the app, links,
   * files and the CLI). The engine's programmatic API passes false: it scores what it is given, like the Monte Carlo
   * draws, which may leave a range.
   */
  overrideRanges?: boolean;
}

/**
 * Each override checked against the Param it names (the one override resolver, catalog overrideParam): out of range →
 * an issue 'overrides.<key>: must be ≤ 5 Gy⁻¹ (got 1e+308)'; a key that names no parameter of this formulation → a
 * warning (the engine ignores it).
 */
export function overrideIssues(f: Pick<Formulation, 'core' | 'overrides'>): { issues: Issue[]; warnings: Issue[] } {
  const issues: Issue[] = [];
  const warnings: Issue[] = [];
  const o = f.overrides;
  if (o === undefined) return { issues, warnings };
  for (const key of Object.keys(o)) {
    const path = `overrides.${key}`;
    const p = overrideParam(key, f.core.material);
    if (p === null) {
      warnings.push({ path, message: `names no parameter of this formulation (core ${f.core.material}); ignored` });
      continue;
    }
    const problem = rangeProblem(p, o[key]);
    if (problem !== null) issues.push({ path, message: `${problem} (got ${describeValue(o[key])})` });
  }
  return { issues, warnings };
}

/** The formulation pipeline on an already-decoded value. */
export function parseFormulationValue(input: unknown, opts: ParseOptions = {}): Result<Formulation> {
  try {
    if (!isRecord(input)) return fail([{ path: '', message: `expected a formulation object (got ${Array.isArray(input) ? 'a list' : input === null ? 'null' : typeof input})` }]);
    const up = upgradeTo('formulation', input);
    if (!up.ok) return up;
    const z = FormulationInputV1.safeParse(up.value);
    if (!z.success) return fail(zodIssues(z.error));
    const r = completeValid(z.data);
    if (!r.ok) return r;
    const unknown = unknownFieldWarnings(FormulationInputV1, up.value);
    if (opts.overrideRanges === false || r.value.overrides === undefined) return okWithWarnings(r.value, unknown);
    const checked = overrideIssues(r.value);
    if (checked.issues.length) return fail(checked.issues);
    return okWithWarnings(r.value, checked.warnings.length ? [...(unknown ?? []), ...checked.warnings] : unknown);
  } catch (e) {
    return fail([{ path: '', message: `could not read the formulation: ${e instanceof Error ? e.message : String(e)}` }]);
  }
}

/**
 * Parse an untrusted formulation (an object, or JSON text) into the completed form. Never throws: every failure is an
 * issue with a dotted path and a reason.
 */
export function parseFormulation(input: unknown, opts: ParseOptions = {}): Result<Formulation> {
  if (typeof input === 'string') {
    const j = parseJsonText(input);
    return j.ok ? parseFormulationValue(j.value, opts) : j;
  }
  return parseFormulationValue(input, opts);
}

/**
 * Complete a trusted partial formulation (e.g. a preset draft) with every default. Throws an Error listing the issues
 * if it is invalid — use parseFormulation for untrusted input.
 */
export function completeFormulation(partial: unknown): Formulation {
  const r = parseFormulation(partial);
  if (!r.ok) throw new Error(`invalid formulation: ${r.issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`);
  return r.value;
}

/** Parse formulations nested in another document, with paths prefixed (e.g. 'formulations.3'). */
export function parseFormulationAt(prefix: string, input: unknown): Result<Formulation> {
  const r = parseFormulationValue(input);
  if (!r.ok) return fail(prefixIssues(prefix, r.issues));
  return prefix && r.warnings ? okWithWarnings(r.value, prefixIssues(prefix, r.warnings)) : r;
}
