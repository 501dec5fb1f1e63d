// A spec as an optimisation problem: genes ⇄ formulation (the schema's own completion, so a candidate opens exactly as scored), scored through the engine into objectives and a constraint violation.
import type { Gene } from '../../model/optimize';
import { renormaliseFractions } from '../../model/membrane-fractions';
import { getPath, setPath } from '../../model/path';
import { jsonEqual, parsePath, setLeaves } from '../../model/sweep';
import type { Scores } from '../../model/scores';
import { loadingModesOf, parseFormulation, type Formulation } from '../../schema';
import { CATALOG_LOOKUP } from '../catalog-lookup';
import { scoreCompleted } from '../score';
import { OUTCOME_OPTIMIZE_OUTPUTS, outcomeOutputValues, outputValue } from './outputs';
import type { DesignVariable, OptimizeSpec } from './spec';

/** Violation of a genome whose formulation the schema refuses (any feasible or merely constraint-violating point beats it). */
export const INVALID_VIOLATION = 1e6;
/** Violation added per objective or constrained output that does not apply (null) to a candidate. */
export const MISSING_OUTPUT_VIOLATION = 1e3;

export interface Decoded {
  /** The completed formulation that is scored (null when the schema refuses the decoded input). */
  formulation: Formulation | null;
  /** Why the schema refused it ('path: reason; …'). */
  error: string | null;
}

export interface Evaluated extends Decoded {
  /** Every objective and constraint output (null: does not apply or not scored). */
  values: Record<string, number | null>;
  /** Objectives as minimised (a maximised output negated); +∞ where missing. */
  objectives: number[];
  violation: number;
}

export interface DesignProblem {
  spec: OptimizeSpec;
  genes: Gene[];
  /** Output keys reported per candidate: objectives first, then constrained outputs not already objectives. */
  outputs: string[];
  /** Genome → completed formulation. Fast path: per combination of the choice genes the formulation is parsed once and the number leaves are set on its completed form (checked once per combination against a full parse). */
  decode(x: readonly number[]): Decoded;
  /** The reference decode: build the input and parse it in full (what `decode` must reproduce). */
  decodeFull(x: readonly number[]): Decoded;
  evaluate(x: readonly number[]): Evaluated;
  /** Score one completed formulation into the reported Scores outputs (what evaluate does after decoding; the outcome outputs come from outcomeOutputValues). */
  outputsOf(s: Scores): Record<string, number | null>;
  /** The genome of the base formulation (each freed field at its base value, clipped into the searched range). */
  baseGenome(): number[];
  /** A variable's value in a completed formulation (membrane fractions as fractions). */
  valueOf(f: Formulation, v: DesignVariable): number | string | boolean;
}

const toGene = (v: DesignVariable, value: number) => (v.kind !== 'choice' && v.scale === 'log' ? Math.log10(value) : value);
const fromGene = (v: DesignVariable, g: number) => (v.kind !== 'choice' && v.scale === 'log' ? 10 ** g : g);

/** `value` to `digits` significant figures, kept inside [lo, hi] (a rounded value past a bound takes the bound). */
export function roundToSignificant(value: number, digits: number, lo: number, hi: number): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  const r = Number(value.toPrecision(digits));
  return Math.min(hi, Math.max(lo, r));
}

export function designProblem(spec: OptimizeSpec): DesignProblem {
  const vars = spec.variables;
  const genes: Gene[] = vars.map((v) => (v.kind === 'choice' ? { kind: 'categorical', n: v.choices.length } : { kind: 'real', lo: toGene(v, v.from), hi: toGene(v, v.to), integer: v.integer && v.scale === 'linear' }));
  const weightIdx = vars.map((v, i) => (v.kind === 'membrane-weight' ? i : -1)).filter((i) => i >= 0);
  const materialVaries = vars.some((v) => v.path === 'core.material');
  const agentVaries = vars.some((v) => /^payloads\.\d+\.agent$/.test(v.path));
  const loadingFreed = new Set(vars.filter((v) => /^payloads\.\d+\.loading$/.test(v.path)).map((v) => Number(v.path.split('.')[1])));
  const outputs = [...spec.objectives.map((o) => o.output)];
  for (const c of spec.constraints) if (!outputs.includes(c.output)) outputs.push(c.output);
  const baseJson = JSON.stringify(spec.base);
  const digits = spec.significantDigits;
  // a searched real number as scored: whole-number fields rounded, the others to the spec's lab precision (when given)
  const numberValue = (v: DesignVariable, g: number): number => {
    const value = fromGene(v, g);
    if (v.kind === 'number' && v.integer) return Math.round(value);
    return digits === undefined || v.kind === 'choice' ? value : roundToSignificant(value, digits, v.from, v.to);
  };
  const scoreOpts = { weights: spec.weights, lean: true };

  const decodeFull = (x: readonly number[]): Decoded => {
    let raw = JSON.parse(baseJson) as unknown;
    vars.forEach((v, i) => {
      if (v.kind === 'membrane-weight') return;
      raw = setPath(raw, v.path, v.kind === 'choice' ? v.choices[x[i]] : numberValue(v, x[i]));
    });
    if (weightIdx.length) {
      const fr = renormaliseFractions(weightIdx.map((i) => x[i]));
      if (fr) weightIdx.forEach((i, k) => (raw = setPath(raw, vars[i].path, fr[k])));
    }
    // a loading mode the (new) carrier cannot do is left to the schema's default rule (defaultLoadingMode)
    if (materialVaries || agentVaries || loadingFreed.size) {
      const material = getPath(raw, 'core.material');
      const payloads = getPath(raw, 'payloads');
      if (typeof material === 'string' && Array.isArray(payloads)) {
        let modes: string[] = [];
        try {
          modes = loadingModesOf(material as Parameters<typeof loadingModesOf>[0]);
        } catch {
          modes = [];
        }
        payloads.forEach((p: unknown, i) => {
          const mode = getPath(p, 'loading');
          if (typeof mode === 'string' && !modes.includes(mode)) raw = setPath(raw, `payloads.${i}.loading`, undefined);
        });
      }
    }
    const r = parseFormulation(raw);
    if (!r.ok) return { formulation: null, error: r.issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ') };
    return { formulation: r.value, error: null };
  };

  // the fast path: number genes are leaves the schema copies unchanged into the completed form (registry number fields
  // that are not crossField, and the membrane fractions, which completion keeps as given when they sum to 1)
  const realIdx = vars.map((v, i) => (v.kind === 'choice' ? -1 : i)).filter((i) => i >= 0);
  const choiceIdx = vars.map((v, i) => (v.kind === 'choice' ? i : -1)).filter((i) => i >= 0);
  const leafPaths = realIdx.map((i) => parsePath(vars[i].path));
  const leafValues = (x: readonly number[]): number[] => {
    const fr = weightIdx.length ? renormaliseFractions(weightIdx.map((i) => x[i])) : null;
    return realIdx.map((i) => {
      const v = vars[i];
      if (v.kind === 'membrane-weight') return fr ? fr[weightIdx.indexOf(i)] : NaN;
      return numberValue(v, x[i]);
    });
  };
  const groups = new Map<string, { completed: Formulation | null; verified: boolean; slow: boolean }>();
  const decode = (x: readonly number[]): Decoded => {
    const key = choiceIdx.map((i) => x[i]).join(',');
    const g = groups.get(key);
    if (!g) {
      const d = decodeFull(x);
      if (groups.size >= 4096) groups.clear();
      groups.set(key, { completed: d.formulation, verified: false, slow: d.formulation === null });
      return d;
    }
    if (g.slow || g.completed === null) return decodeFull(x);
    const values = leafValues(x);
    if (values.some((v) => !Number.isFinite(v))) return decodeFull(x);
    const f = setLeaves(g.completed, leafPaths, values) as Formulation;
    if (!g.verified) {
      const full = decodeFull(x);
      if (!full.formulation || !jsonEqual(full.formulation, f)) {
        g.slow = true;
        return full;
      }
      g.verified = true;
    }
    return { formulation: f, error: null };
  };

  const outputsOf = (s: Scores): Record<string, number | null> => {
    const o: Record<string, number | null> = {};
    for (const k of outputs) o[k] = outputValue(s, k);
    return o;
  };
  // the outcome outputs (local control of a clinical course) are computed beside the Scores, only when asked for
  const outcomeKeys = outputs.filter((k) => OUTCOME_OPTIMIZE_OUTPUTS.has(k));

  const evaluate = (x: readonly number[]): Evaluated => {
    const d = decode(x);
    const nulls = Object.fromEntries(outputs.map((k) => [k, null])) as Record<string, number | null>;
    if (!d.formulation) return { ...d, values: nulls, objectives: spec.objectives.map(() => Infinity), violation: INVALID_VIOLATION };
    let values: Record<string, number | null>;
    try {
      const scores = scoreCompleted(d.formulation, CATALOG_LOOKUP, scoreOpts);
      values = outputsOf(scores);
      if (outcomeKeys.length) Object.assign(values, outcomeOutputValues(d.formulation, scores, outcomeKeys, spec.outcome));
    } catch (e) {
      return { formulation: d.formulation, error: e instanceof Error ? e.message : String(e), values: nulls, objectives: spec.objectives.map(() => Infinity), violation: INVALID_VIOLATION };
    }
    let violation = 0;
    const objectives = spec.objectives.map((o) => {
      const v = values[o.output];
      if (v === null) {
        violation += MISSING_OUTPUT_VIOLATION;
        return Infinity;
      }
      return o.direction === 'max' ? -v : v;
    });
    for (const c of spec.constraints) {
      const v = values[c.output];
      if (v === null) {
        violation += MISSING_OUTPUT_VIOLATION;
        continue;
      }
      // normalised by the limit's size, so limits of different units weigh alike
      if (c.min !== undefined && v < c.min) violation += (c.min - v) / Math.max(Math.abs(c.min), 1);
      if (c.max !== undefined && v > c.max) violation += (v - c.max) / Math.max(Math.abs(c.max), 1);
    }
    return { ...d, values, objectives, violation };
  };

  const valueOf = (f: Formulation, v: DesignVariable): number | string | boolean => getPath(f, v.path) as number | string | boolean;

  const baseGenome = (): number[] =>
    vars.map((v, i) => {
      const value = valueOf(spec.baseCompleted, v);
      if (v.kind === 'choice') return Math.max(0, v.choices.indexOf(value as string | boolean));
      const g = genes[i] as Extract<Gene, { kind: 'real' }>;
      const gv = typeof value === 'number' && value > 0 ? toGene(v, value) : g.lo;
      return Math.min(Math.max(gv, g.lo), g.hi);
    });

  return { spec, genes, outputs, decode, decodeFull, evaluate, outputsOf, baseGenome, valueOf };
}
