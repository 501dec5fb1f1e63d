// Formulations: parse untrusted input (size cap → JSON → version → upgrade → zod → defaults → cross-field rules) into a
// completed nanoplatform.formulation/1, field by field from the defaults (unknown keys are dropped, and reported as
// warnings with a did-you-mean). Never throws.
import { overrideParam } from '../catalog';
import { rangeProblem } from '../model/param';
import { fail, ok, okWithWarnings, prefixIssues, type Issue, type Result } from './result';
import { unknownFieldWarnings } from './unknown-fields';
import { isRecord, upgradeTo } from './upgrade';
import { completeMeasurements, completeValid } from './v1/complete';
import { describeValue, inputSchemasV1 } from './v1/schema';
import type { BenchMeasurementsV1, CalibrationsV1, CoatingV1, FormulationV1, MeasuredLoadingSetV1, MeasuredReleaseCurveV1, MeasurementsV1, PayloadV1, ScenarioV1 } from './v1/types';

export type Formulation = FormulationV1;
export type Payload = PayloadV1;
export type Coating = CoatingV1;
export type Scenario = ScenarioV1;
export type Calibrations = CalibrationsV1;
export type Measurements = MeasurementsV1;
export type BenchMeasurements = BenchMeasurementsV1;
export type MeasuredReleaseCurve = MeasuredReleaseCurveV1;
export type MeasuredLoadingSet = MeasuredLoadingSetV1;

export { FORMULATION_DEFAULTS, LOADING_MODE_NEEDS, defaultLoadingMode, defaultScenario, loadingModesOf } from './v1/complete';

/** Largest JSON text parseFormulation accepts (characters). */
export const MAX_JSON_CHARS = 1_000_000;

/**
 * Validate measured data on their own (e.g. a candidate's draft.measurements, or data kept in browser storage by an
 * older version): the same rules as inside a formulation, paths starting with `prefix`. Never throws.
 * `value` undefined = nothing measured (ok, undefined).
 */
export function parseMeasurements(input: unknown, prefix = 'measurements'): Result<Measurements | undefined> {
  try {
    if (input === undefined) return ok(undefined);
    const z = inputSchemasV1().MeasurementsV1.safeParse(input);
    if (!z.success) return fail(zodIssues(z.error).map((i) => ({ path: i.path ? `${prefix}.${i.path}` : prefix, message: i.message })));
    const issues: Issue[] = [];
    const m = completeMeasurements(z.data, issues, prefix);
    return issues.length ? fail(issues) : ok(m);
  } catch (e) {
    return fail([{ path: prefix, message: `could not read the measured data: ${e instanceof Error ? e.message : String(e)}` }]);
  }
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

/** The formulation pipeline on an already-decoded value. */
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

export function parseFormulationValue(input: unknown, opts: ParseOptions = {}): Result<Formulation> {
  try {
    if (!isRecord(input)) return fail([{ path: '', message: `expected a formulation object (got ${Array.isArray(input) ? 'a list' : input === null ? 'null' : typeof input})` }]);
    const up = upgradeTo('formulation', input);
    if (!up.ok) return up;
    const z = inputSchemasV1().FormulationInputV1.safeParse(up.value);
    if (!z.success) return fail(zodIssues(z.error));
    const r = completeValid(z.data);
    if (!r.ok) return r;
    const unknown = unknownFieldWarnings(inputSchemasV1().FormulationInputV1, up.value);
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
