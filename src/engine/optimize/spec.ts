// The inverse-design spec, nanoplatform.optimize/1: a frozen zod schema, parse with `path: reason` issues, and the design variables it frees (bounds from the field registry, choices from the catalog).
import { z } from 'zod';
import type { ComponentId } from '../../model/scores';
import { COMPONENT_IDS } from '../../model/scores';
import { getPath } from '../../model/path';
import { FORMULATION_FIELDS, fieldAt, inRange, parseFormulation, rangeText, type Formulation, type Issue, type RegisteredField, type Result } from '../../schema';
import { resolveSchedule } from '../outcome';
import { OPTIMIZE_OUTPUT_KEYS, type OptimizeOutcomeSettings } from './outputs';

/** Never change: the format identifier of version 1 of the spec. */
export const OPTIMIZE_SCHEMA_V1 = 'nanoplatform.optimize/1' as const;
/** Never change: the format identifier of a result (a front) of version 1. */
export const OPTIMIZE_RESULT_SCHEMA_V1 = 'nanoplatform.optimize-result/1' as const;

/** Limits of version 1 (a browser worker and a batch job both finish in minutes at the maxima). */
export const OPTIMIZE_LIMITS = { population: 1000, generations: 2000, objectives: 6, constraints: 20, variables: 64, robustDraws: 4096 } as const;

const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const outputKey = z.string().superRefine((k, ctx) => {
  if (!OPTIMIZE_OUTPUT_KEYS.includes(k)) ctx.addIssue({ code: 'custom', message: `unknown output "${k}"; valid: ${OPTIMIZE_OUTPUT_KEYS.join(', ')}` });
});

const VariableSpec = z
  .object({
    /** Number fields: the searched range (default: the field's sweep range, else its registry range); inside the registry range. */
    from: finite.optional(),
    to: finite.optional(),
    /** Search in log space (default: the field's scale). */
    scale: z.enum(['linear', 'log']).optional(),
    /** Choice and yes/no fields: the allowed values (default: all the registry allows, i.e. the whole catalog list). */
    choices: z.array(z.union([z.string(), z.boolean()])).min(1, 'needs at least one choice').optional(),
  })
  .strict();

export const OptimizeSpecSchemaV1 = z
  .object({
    schema: z.literal(OPTIMIZE_SCHEMA_V1, { message: `must be "${OPTIMIZE_SCHEMA_V1}"` }),
    /** The starting formulation (partial is fine): its structure (payload and membrane slots) and every field not freed. */
    base: z.unknown(),
    /** Freed fields by path ('payloads.*.feedMassRatio' frees every payload's); absent: the design defaults (designVariablePaths). */
    variables: z.record(z.string(), VariableSpec).optional(),
    objectives: z
      .array(z.object({ output: outputKey, direction: z.enum(['max', 'min'], { message: 'must be "max" or "min"' }) }).strict())
      .min(1, 'needs at least one objective')
      .max(OPTIMIZE_LIMITS.objectives, `at most ${OPTIMIZE_LIMITS.objectives} objectives`),
    /** Hard limits on outputs (a candidate outside one is infeasible and never reported when a feasible one exists). */
    constraints: z
      .array(z.object({ output: outputKey, min: finite.optional(), max: finite.optional() }).strict().refine((c) => c.min !== undefined || c.max !== undefined, 'needs min or max').refine((c) => c.min === undefined || c.max === undefined || c.min <= c.max, 'min must be ≤ max'))
      .max(OPTIMIZE_LIMITS.constraints)
      .optional(),
    population: z.number().int('must be a whole number').min(4, 'must be ≥ 4').max(OPTIMIZE_LIMITS.population, `must be ≤ ${OPTIMIZE_LIMITS.population}`).optional(),
    generations: z.number().int('must be a whole number').min(0, 'must be ≥ 0').max(OPTIMIZE_LIMITS.generations, `must be ≤ ${OPTIMIZE_LIMITS.generations}`).optional(),
    seed: z.union([z.number().int('must be a whole number'), z.string().max(64)]).optional(),
    /** Lab precision: every searched number (not whole-number fields) is rounded to this many significant figures before it is scored, so a front point is a recipe a lab can weigh out (absent: full precision). */
    significantDigits: z.number().int('must be a whole number').min(1, 'must be ≥ 1').max(15, 'must be ≤ 15').optional(),
    /** Robust option: each front point's Monte Carlo (draws, seed); objectives then ranked by the pessimistic percentile. */
    robust: z.object({ draws: z.number().int('must be a whole number').min(8, 'must be ≥ 8').max(OPTIMIZE_LIMITS.robustDraws), seed: z.union([z.number().int(), z.string().max(64)]).optional() }).strict().optional(),
    /** Desirability weights per component (as `score --weights`). */
    weights: z.partialRecord(z.enum(COMPONENT_IDS as readonly [ComponentId, ...ComponentId[]]), z.number().min(0, 'must be ≥ 0').refine(Number.isFinite, 'must be finite')).optional(),
    /** The outcome outputs' settings (docs/optimize.md): clinical schedule, concurrent cisplatin, weight of the gain in the ranking value. */
    outcome: z
      .object({
        schedule: z
          .string()
          .max(400, 'at most 400 characters')
          .superRefine((t, ctx) => {
            try {
              resolveSchedule(t);
            } catch (e) {
              ctx.addIssue({ code: 'custom', message: e instanceof Error ? e.message : String(e) });
            }
          })
          .optional(),
        cisplatin: z.boolean({ message: 'must be true or false' }).optional(),
        localControlWeight: z.number().min(0, 'must be ≥ 0').max(100, 'must be ≤ 100').refine(Number.isFinite, 'must be finite').optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export type OptimizeSpecInput = z.infer<typeof OptimizeSpecSchemaV1>;

/** Defaults of a spec's run settings. */
export const OPTIMIZE_DEFAULTS = { population: 64, generations: 30, seed: 1 } as const;

/** One freed field, resolved against the base formulation: a concrete path and how it is searched. */
export type DesignVariable =
  | { kind: 'number'; path: string; field: RegisteredField; from: number; to: number; scale: 'linear' | 'log'; integer: boolean }
  | { kind: 'choice'; path: string; field: RegisteredField; choices: readonly (string | boolean)[] }
  /** The membrane mix: one weight per membrane, fractions = weights / their sum (the schema's sum rule by construction). */
  | { kind: 'membrane-weight'; path: string; field: RegisteredField; from: number; to: number; scale: 'linear'; integer: false };

export interface OptimizeSpec {
  schema: typeof OPTIMIZE_SCHEMA_V1;
  /** The base as given (completion applies to every decoded candidate, so carrier-dependent defaults follow the carrier). */
  base: unknown;
  /** The base completed (validated). */
  baseCompleted: Formulation;
  variables: DesignVariable[];
  objectives: { output: string; direction: 'max' | 'min' }[];
  constraints: { output: string; min?: number; max?: number }[];
  population: number;
  generations: number;
  seed: number | string;
  robust?: { draws: number; seed: number | string };
  /** Searched numbers rounded to this many significant figures before scoring (undefined: full precision). */
  significantDigits?: number;
  weights?: Partial<Record<ComponentId, number>>;
  /** Settings of the outcome outputs (schedule, cisplatin, weight of the local-control gain in the ranking value). */
  outcome?: OptimizeOutcomeSettings;
  /** The variables object exactly as resolved (concrete paths), for the canonical spec that travels in links and results. */
  variablesInput: Record<string, { from?: number; to?: number; scale?: 'linear' | 'log'; choices?: (string | boolean)[] }>;
}

/** The fields a spec frees when it names none: the particle's design (size, feeds, membrane mix, coat ratio, PEG), not the scenario. */
export function designVariablePaths(base: Formulation): string[] {
  const out = ['core.diameterNm'];
  base.payloads.forEach((_, i) => out.push(`payloads.${i}.feedMassRatio`));
  if (base.coating) {
    if (base.coating.membranes.length >= 2) base.coating.membranes.forEach((_, i) => out.push(`coating.membranes.${i}.fraction`));
    out.push('coating.membraneToCoreMassRatio', 'coating.peg');
  }
  return out;
}

/**
 * The searched range of a number field when the spec gives none: its Explore sweep range, else its registry range
 * (an exclusive bound moved 1 % of the range inward, so the range itself is valid).
 */
export function defaultRange(field: { min: number; max: number; exclusiveMin?: boolean; exclusiveMax?: boolean; sweep?: { from: number; to: number } }): { from: number; to: number } {
  if (field.sweep) return { from: field.sweep.from, to: field.sweep.to };
  const pad = (field.max - field.min) * 0.01;
  return { from: field.exclusiveMin ? field.min + pad : field.min, to: field.exclusiveMax ? field.max - pad : field.max };
}

/** 'payloads.*.feedMassRatio' → one concrete path per payload of the base (none when the list is empty). */
function expandPath(path: string, base: Formulation): string[] {
  const star = path.indexOf('*');
  if (star < 0) return [path];
  const list = getPath(base, path.slice(0, star - 1));
  const n = Array.isArray(list) ? list.length : 0;
  return Array.from({ length: n }, (_, i) => path.replace('*', String(i)));
}

function resolveVariable(path: string, v: z.infer<typeof VariableSpec>, base: Formulation, issues: Issue[]): DesignVariable | null {
  const at = `variables.${path}`;
  const field = fieldAt(path);
  if (!field) {
    issues.push({ path: at, message: `not a field of the formulation (fields: ${FORMULATION_FIELDS.filter((f) => f.kind === 'number' || f.kind === 'choice' || f.kind === 'boolean').map((f) => f.path).join(', ')})` });
    return null;
  }
  const segs = path.split('.');
  const listAt = segs.findIndex((s) => /^\d+$/.test(s));
  if (listAt >= 0) {
    const list = getPath(base, segs.slice(0, listAt).join('.'));
    if (!Array.isArray(list) || Number(segs[listAt]) >= list.length) {
      issues.push({ path: at, message: `the base has no ${segs.slice(0, listAt).join('.')} item ${segs[listAt]} (the base sets how many payloads and membranes there are)` });
      return null;
    }
  }
  if (path.startsWith('coating.') && base.coating === null) {
    issues.push({ path: at, message: 'the base has no coating (give base.coating to free its fields)' });
    return null;
  }
  if (field.kind === 'number') {
    if (v.choices) issues.push({ path: `${at}.choices`, message: 'a number field takes from/to, not choices' });
    const membrane = field.crossField === true;
    if (membrane && (base.coating?.membranes.length ?? 0) < 2) {
      issues.push({ path: at, message: 'a membrane fraction is free only with two or more membranes (one membrane is the whole coat)' });
      return null;
    }
    const range = defaultRange(field);
    const from = v.from ?? range.from;
    const to = v.to ?? range.to;
    const scale = membrane ? 'linear' : (v.scale ?? field.sweep?.scale ?? field.scale ?? 'linear');
    let bad = false;
    for (const [k, x] of [['from', from], ['to', to]] as const) {
      if (!inRange(field, field.integer ? Math.round(x) : x)) {
        issues.push({ path: `${at}.${k}`, message: `${rangeText(field)} (${field.label}; got ${x})` });
        bad = true;
      }
    }
    if (!bad && !(from < to)) issues.push({ path: at, message: `from must be < to (got ${from} and ${to})` });
    else if (!bad && scale === 'log' && !(from > 0)) issues.push({ path: `${at}.from`, message: `a log scale needs from > 0 (got ${from})` });
    if (membrane) return { kind: 'membrane-weight', path, field, from, to, scale: 'linear', integer: false };
    return { kind: 'number', path, field, from, to, scale, integer: field.integer === true };
  }
  if (field.kind === 'choice' || field.kind === 'boolean') {
    if (v.from !== undefined || v.to !== undefined) issues.push({ path: at, message: `a ${field.kind === 'boolean' ? 'yes/no' : 'choice'} field takes choices, not from/to` });
    const all: readonly (string | boolean)[] = field.kind === 'boolean' ? [false, true] : field.options;
    const choices = v.choices ?? all;
    choices.forEach((c, i) => {
      if (!all.includes(c)) issues.push({ path: `${at}.choices.${i}`, message: `"${String(c)}" is not a choice of ${field.label}; valid: ${all.map(String).join(', ')}` });
    });
    if (new Set(choices).size !== choices.length) issues.push({ path: `${at}.choices`, message: 'each choice at most once' });
    return { kind: 'choice', path, field, choices };
  }
  issues.push({ path: at, message: `${field.label} is free text, not a design variable` });
  return null;
}

/**
 * Parse and check a spec (never throws): zod for the shape, then each variable against the field registry and the base
 * (its list items exist, bounds inside the registry's range, choices in the catalog's list). Issues name the field:
 * 'variables.core.diameterNm.to: must be > 0 and ≤ 5000 nm (Core diameter; got 9000)'.
 */
export function parseOptimizeSpec(input: unknown): Result<OptimizeSpec> {
  const z1 = OptimizeSpecSchemaV1.safeParse(input);
  if (!z1.success) return { ok: false, issues: z1.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })) };
  const s = z1.data;
  if (s.base === undefined) return { ok: false, issues: [{ path: 'base', message: 'required: the starting formulation' }] };
  const b = parseFormulation(s.base);
  if (!b.ok) return { ok: false, issues: b.issues.map((i) => ({ path: i.path ? `base.${i.path}` : 'base', message: i.message })) };
  const base = b.value;
  const issues: Issue[] = [];
  const given = s.variables ?? Object.fromEntries(designVariablePaths(base).map((p) => [p, {}]));
  const variables: DesignVariable[] = [];
  const variablesInput: OptimizeSpec['variablesInput'] = {};
  for (const [raw, v] of Object.entries(given)) {
    const paths = expandPath(raw, base);
    if (!paths.length) issues.push({ path: `variables.${raw}`, message: 'the base has no such list item' });
    for (const path of paths) {
      if (variables.some((x) => x.path === path)) {
        issues.push({ path: `variables.${raw}`, message: `${path} is freed twice` });
        continue;
      }
      const dv = resolveVariable(path, v, base, issues);
      if (dv) {
        variables.push(dv);
        variablesInput[path] = v;
      }
    }
  }
  if (!variables.length && !issues.length) issues.push({ path: 'variables', message: 'frees no field: name at least one (e.g. "core.diameterNm": {})' });
  if (variables.length > OPTIMIZE_LIMITS.variables) issues.push({ path: 'variables', message: `at most ${OPTIMIZE_LIMITS.variables} variables (got ${variables.length})` });
  const weights = variables.filter((x) => x.kind === 'membrane-weight').length;
  if (weights === 1) issues.push({ path: 'variables', message: 'free every membrane fraction or none (the fractions are one mix summing to 1)' });
  if (issues.length) return { ok: false, issues };
  return {
    ok: true,
    value: {
      schema: OPTIMIZE_SCHEMA_V1,
      base: s.base,
      baseCompleted: base,
      variables,
      objectives: s.objectives,
      constraints: s.constraints ?? [],
      population: s.population ?? OPTIMIZE_DEFAULTS.population,
      generations: s.generations ?? OPTIMIZE_DEFAULTS.generations,
      seed: s.seed ?? OPTIMIZE_DEFAULTS.seed,
      robust: s.robust ? { draws: s.robust.draws, seed: s.robust.seed ?? 1 } : undefined,
      significantDigits: s.significantDigits,
      weights: s.weights,
      outcome: s.outcome,
      variablesInput,
    },
  };
}

/** The spec as a plain JSON document (what results carry and links encode): base as given, variables resolved to concrete paths. */
export function specDocument(s: OptimizeSpec): Record<string, unknown> {
  const doc: Record<string, unknown> = {
    schema: s.schema,
    base: s.base,
    variables: s.variablesInput,
    objectives: s.objectives,
    constraints: s.constraints,
    population: s.population,
    generations: s.generations,
    seed: s.seed,
  };
  if (s.robust) doc.robust = s.robust;
  if (s.significantDigits !== undefined) doc.significantDigits = s.significantDigits;
  if (s.weights) doc.weights = s.weights;
  if (s.outcome) doc.outcome = s.outcome;
  return doc;
}
