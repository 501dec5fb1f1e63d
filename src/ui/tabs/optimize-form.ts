// The Optimize tab's form ⇄ a nanoplatform.optimize/1 spec: which fields of the selected candidate can be freed (registry + catalog), defaults, and the spec the form describes.
import { FORMULATION_FIELDS, type Formulation, type RegisteredField } from '../../schema';
import { DEFAULT_OPTIMIZE_LOCAL_CONTROL_WEIGHT, defaultRange, designVariablePaths, OPTIMIZE_SCHEMA_V1, OUTCOME_OPTIMIZE_OUTPUTS, optimizeOutput } from '../../engine/optimize';
import { getPath } from '../../state/path';
import { agentVisual, coreVisual, membraneVisual } from '../../catalog';
import { fieldAt } from '../../schema';

export interface VariableOption {
  path: string;
  label: string;
  field: RegisteredField;
  kind: 'number' | 'choice';
  /** Number fields: the default searched range (the registry's sweep range, else its whole range). */
  from?: number;
  to?: number;
}

export interface FormVariable {
  on: boolean;
  from?: number;
  to?: number;
}

export interface OptimizeForm {
  variables: Record<string, FormVariable>;
  objectives: { output: string; direction: 'max' | 'min' }[];
  constraints: { output: string; min?: number; max?: number }[];
  population: number;
  generations: number;
  seed: number;
  robust: boolean;
  draws: number;
  /** Lab precision of the searched numbers (significant figures; null = full precision, as links made before it). */
  significantDigits: number | null;
  /** Settings of the outcome outputs (sent as spec.outcome only when an objective or limit is one): schedule id ('' = the candidate's own, else the default), cisplatin, weight of the gain in the ranking value. */
  outcome: { schedule: string; cisplatin: boolean; localControlWeight: number };
}

/** True when an objective or a limit is an outcome output (local control of a clinical course). */
export function usesOutcome(form: Pick<OptimizeForm, 'objectives' | 'constraints'>): boolean {
  return form.objectives.some((o) => OUTCOME_OPTIMIZE_OUTPUTS.has(o.output)) || form.constraints.some((c) => OUTCOME_OPTIMIZE_OUTPUTS.has(c.output));
}

/** True when the ranking value with the local-control gain is an objective or a limit (its weight then matters). */
export function usesRankingWithLocalControl(form: Pick<OptimizeForm, 'objectives' | 'constraints'>): boolean {
  return form.objectives.some((o) => o.output === 'ranking.withLocalControl') || form.constraints.some((c) => c.output === 'ranking.withLocalControl');
}

/** A list item as the user knows it: "payload 1 (IN10018 (ifebemtinib))", "membrane 2 (cervical CAF)". */
function itemName(f: Formulation, pattern: string, index: number): string {
  const listPath = pattern.slice(0, pattern.indexOf('.*'));
  const list = getPath(f, listPath);
  const item = Array.isArray(list) ? (list[index] as Record<string, unknown> | undefined) : undefined;
  const kind = listPath.endsWith('payloads') ? 'payload' : listPath.endsWith('membranes') ? 'membrane' : 'item';
  const id = item?.agent ?? item?.source;
  const name = typeof id === 'string' ? (item?.agent !== undefined ? agentVisual(id)?.label : membraneVisual(id)?.label) ?? id : null;
  return `${kind} ${index + 1}${name ? ` (${name})` : ''}`;
}

/** A chosen value as the user knows it: a catalog id by its display name; anything else as it is. */
export function choiceValueName(path: string, v: unknown): string {
  const s = String(v);
  const key = path.split('.').pop();
  if (key === 'material') return coreVisual(s)?.label ?? s;
  if (key === 'agent') return agentVisual(s)?.label ?? s;
  if (key === 'source') return membraneVisual(s)?.label ?? s;
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  return s;
}

/** A field path of this formulation in words with its unit ("Core diameter (nm)", "Feed ratio of payload 1 (IN10018) (mg/mg)"). */
export function variableLabel(f: Formulation, path: string): string {
  const o = variableOptions(f).find((x) => x.path === path);
  if (o) return o.label;
  const field = fieldAt(path);
  return field ? `${field.label}${field.unit && field.unit !== '1' ? ` (${field.unit})` : ''}` : path;
}

/** Every field of this formulation the optimiser can free: number fields (per list item), choice and yes/no fields; not free text. */
export function variableOptions(f: Formulation): VariableOption[] {
  const out: VariableOption[] = [];
  for (const field of FORMULATION_FIELDS) {
    if (field.kind === 'text' || field.kind === 'beam') continue;
    if (field.path.startsWith('coating.') && !f.coating) continue;
    if (field.path === 'scenario.injectedConcentrationGPerL' || field.path === 'scenario.species') continue;
    const star = field.path.indexOf('*');
    const paths: [string, string][] = [];
    if (star < 0) paths.push([field.path, field.label]);
    else {
      const list = getPath(f, field.path.slice(0, star - 1));
      const n = Array.isArray(list) ? list.length : 0;
      if (field.kind === 'number' && field.crossField && n < 2) continue;
      for (let i = 0; i < n; i++) paths.push([field.path.replace('*', String(i)), `${field.label} of ${itemName(f, field.path, i)}`]);
    }
    for (const [path, label] of paths) {
      if (field.kind === 'number') out.push({ path, label: `${label}${field.unit && field.unit !== '1' ? ` (${field.unit})` : ''}`, field, kind: 'number', ...defaultRange(field) });
      else out.push({ path, label, field, kind: 'choice' });
    }
  }
  return out;
}

/** The form's starting state for a formulation: the design defaults freed; loading, acid selectivity and SER maximised; size 50–200 nm. */
export function defaultForm(f: Formulation): OptimizeForm {
  const on = new Set(designVariablePaths(f));
  const variables: Record<string, FormVariable> = {};
  for (const o of variableOptions(f)) variables[o.path] = { on: on.has(o.path), from: o.from, to: o.to };
  return {
    variables,
    objectives: ['loading.totalLoadingPct', 'release.selectivityIndex', 'radiosensitization.sensitizerEnhancementRatio'].map((output) => ({ output, direction: optimizeOutput(output)!.better })),
    constraints: [{ output: 'geometry.hydrodynamicDiameterNm', min: 50, max: 200 }],
    population: 48,
    generations: 25,
    seed: 1,
    robust: false,
    draws: 64,
    significantDigits: 3,
    outcome: { schedule: '', cisplatin: true, localControlWeight: DEFAULT_OPTIMIZE_LOCAL_CONTROL_WEIGHT },
  };
}

/** The spec the form describes (base = the candidate's completed formulation without its workspace id). */
export function specOf(base: Formulation, form: OptimizeForm, options: readonly VariableOption[]): Record<string, unknown> {
  const { id: _id, ...b } = base as Formulation & { id?: string };
  const variables: Record<string, Record<string, number>> = {};
  for (const o of options) {
    const v = form.variables[o.path];
    if (!v?.on) continue;
    variables[o.path] = o.kind === 'number' ? { from: v.from ?? o.from!, to: v.to ?? o.to! } : {};
  }
  const spec: Record<string, unknown> = {
    schema: OPTIMIZE_SCHEMA_V1,
    base: b,
    variables,
    objectives: form.objectives,
    constraints: form.constraints,
    population: form.population,
    generations: form.generations,
    seed: form.seed,
  };
  if (form.robust) spec.robust = { draws: form.draws, seed: form.seed };
  if (form.significantDigits !== null) spec.significantDigits = form.significantDigits;
  if (usesOutcome(form)) {
    const o = form.outcome;
    spec.outcome = { ...(o.schedule ? { schedule: o.schedule } : {}), cisplatin: o.cisplatin, ...(usesRankingWithLocalControl(form) ? { localControlWeight: o.localControlWeight } : {}) };
  }
  return spec;
}

/** A spec (from a link or file) back into the form, for the variables this formulation offers. Unknown parts keep the defaults. */
export function formOfSpec(spec: Record<string, unknown>, base: Formulation): OptimizeForm {
  const form = defaultForm(base);
  const vars = (spec.variables ?? {}) as Record<string, { from?: number; to?: number }>;
  if (spec.variables) for (const k of Object.keys(form.variables)) form.variables[k] = { ...form.variables[k], on: k in vars, ...(vars[k]?.from !== undefined ? { from: vars[k].from } : {}), ...(vars[k]?.to !== undefined ? { to: vars[k].to } : {}) };
  if (Array.isArray(spec.objectives)) form.objectives = spec.objectives as OptimizeForm['objectives'];
  if (Array.isArray(spec.constraints)) form.constraints = spec.constraints as OptimizeForm['constraints'];
  for (const k of ['population', 'generations', 'seed'] as const) if (typeof spec[k] === 'number') form[k] = spec[k] as number;
  // a spec without it searched at full precision: keep that, so the link reproduces its front
  form.significantDigits = typeof spec.significantDigits === 'number' ? spec.significantDigits : null;
  const robust = spec.robust as { draws?: number } | undefined;
  if (robust) {
    form.robust = true;
    if (typeof robust.draws === 'number') form.draws = robust.draws;
  }
  const outcome = spec.outcome as { schedule?: unknown; cisplatin?: unknown; localControlWeight?: unknown } | undefined;
  if (outcome && typeof outcome === 'object') {
    if (typeof outcome.schedule === 'string') form.outcome.schedule = outcome.schedule;
    if (typeof outcome.cisplatin === 'boolean') form.outcome.cisplatin = outcome.cisplatin;
    if (typeof outcome.localControlWeight === 'number') form.outcome.localControlWeight = outcome.localControlWeight;
  }
  return form;
}
