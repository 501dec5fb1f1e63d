// "Your own model": a release model typed as an expression in t and named parameters (e.g. Fmax * (1 - exp(-(k*t)^b))),
// parsed and compiled with a tree-shaken mathjs instance (no eval), differentiated symbolically for the Jacobian where
// mathjs can (finite differences otherwise), and fitted with the same least-squares machinery and statistics as the
// seven built-in models (SE, 95 % CI, AIC, MSC, R²).
import {
  create,
  absDependencies,
  addDependencies,
  derivativeDependencies,
  divideDependencies,
  expDependencies,
  log10Dependencies,
  logDependencies,
  maxDependencies,
  minDependencies,
  multiplyDependencies,
  parseDependencies,
  powDependencies,
  sqrtDependencies,
  subtractDependencies,
  tanhDependencies,
  unaryMinusDependencies,
  unaryPlusDependencies,
  type MathNode,
} from 'mathjs';
import { checkModelExpression, CUSTOM_MODEL_CONSTANTS as CONSTANTS, CUSTOM_MODEL_FUNCTIONS, CUSTOM_MODEL_LIMITS, CUSTOM_MODEL_VARIABLE } from './expression-syntax';
import { fitLeastSquares } from './least-squares';
import { fitRecord, type ReleaseData, type ReleaseFit } from './release-fit';

const math = create({
  parseDependencies,
  derivativeDependencies,
  addDependencies,
  subtractDependencies,
  multiplyDependencies,
  divideDependencies,
  unaryMinusDependencies,
  unaryPlusDependencies,
  powDependencies,
  expDependencies,
  logDependencies,
  log10Dependencies,
  sqrtDependencies,
  absDependencies,
  tanhDependencies,
  minDependencies,
  maxDependencies,
});

export { CUSTOM_MODEL_FUNCTIONS, CUSTOM_MODEL_LIMITS, CUSTOM_MODEL_VARIABLE };

export interface CustomParamSpec {
  name: string;
  /** Starting value (default 1, clamped into the bounds). */
  initial?: number;
  lower?: number;
  upper?: number;
}

export interface CustomModelSpec {
  expression: string;
  /** Bounds and starting values by parameter name; parameters not listed get defaults. */
  params?: readonly CustomParamSpec[];
}

export class CustomModelError extends Error {
  /** 0-based character position in the expression the message is about, when there is one. */
  readonly position: number | null;
  constructor(message: string, position: number | null = null) {
    super(message);
    this.name = 'CustomModelError';
    this.position = position;
  }
}

export interface CompiledCustomModel {
  expression: string;
  /** Parameter names in order of first appearance. */
  names: string[];
  lower: number[];
  upper: number[];
  initial: number[];
  f(params: readonly number[], t: number): number;
  grad(params: readonly number[], t: number): number[];
  /** Which parameters have a symbolic derivative (the others use central differences). */
  symbolic: boolean[];
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Position of a symbol's first whole-word occurrence in the text (for messages). */
function positionOf(text: string, name: string): number | null {
  const m = new RegExp(`(^|[^A-Za-z0-9_])${name.replace(/[$]/g, '\\$&')}(?![A-Za-z0-9_])`).exec(text);
  return m ? m.index + m[1].length : null;
}

/** Parse, check and compile a model; throws CustomModelError naming the position for anything it cannot accept. */
export function compileCustomModel(spec: CustomModelSpec): CompiledCustomModel {
  // the grammar gate first (the same one the schema applies to files and links), then mathjs
  const checked = checkModelExpression(spec.expression);
  if (!checked.ok) throw new CustomModelError(checked.problem.message, checked.problem.position);
  const text = checked.expression;
  let node: MathNode;
  try {
    node = math.parse(text);
  } catch (e) {
    const err = e as Error & { char?: number };
    const pos = typeof err.char === 'number' ? Math.max(0, err.char - 1) : null;
    throw new CustomModelError(`cannot read the model${pos !== null ? ` at position ${pos + 1}` : ''}: ${err.message.replace(/\s*\(char \d+\)/, '')}`, pos);
  }
  const names: string[] = [];
  let usesT = false;
  const problems: CustomModelError[] = [];
  node.traverse((n, path, parent) => {
    switch (n.type) {
      case 'SymbolNode': {
        const name = 'name' in n && typeof n.name === 'string' ? n.name : '';
        if (parent?.type === 'FunctionNode' && path === 'fn') {
          if (!(CUSTOM_MODEL_FUNCTIONS as readonly string[]).includes(name))
            problems.push(new CustomModelError(`unknown function "${name}" at position ${(positionOf(text, name) ?? 0) + 1}; allowed: ${CUSTOM_MODEL_FUNCTIONS.join(', ')}`, positionOf(text, name)));
          return;
        }
        if (name === CUSTOM_MODEL_VARIABLE) { usesT = true; return; }
        if (name in CONSTANTS) return;
        if (!NAME.test(name)) { problems.push(new CustomModelError(`"${name}" is not a parameter name`, positionOf(text, name))); return; }
        if (!names.includes(name)) names.push(name);
        return;
      }
      case 'ConstantNode':
        if (!('value' in n) || typeof n.value !== 'number') problems.push(new CustomModelError('only numbers may appear as constants (no strings or booleans)'));
        return;
      case 'OperatorNode': {
        const fn = 'fn' in n && typeof n.fn === 'string' ? n.fn : '';
        const op = 'op' in n && typeof n.op === 'string' ? n.op : fn;
        if (!['add', 'subtract', 'multiply', 'divide', 'pow', 'unaryMinus', 'unaryPlus'].includes(fn))
          problems.push(new CustomModelError(`the operator "${op}" is not allowed; use + − * / ^`));
        return;
      }
      case 'ParenthesisNode':
      case 'FunctionNode':
        return;
      default:
        problems.push(new CustomModelError(`"${n.toString()}" is not allowed in a model (only numbers, t, parameters, + − * / ^ and ${CUSTOM_MODEL_FUNCTIONS.join(', ')})`));
    }
  });
  if (problems.length) throw problems[0];
  if (!usesT) throw new CustomModelError('the model does not use t (time): it would be a constant');
  if (names.length === 0) throw new CustomModelError('the model has no parameters to fit: name at least one (e.g. k in 100*(1 - exp(-k*t)))');
  if (names.length > CUSTOM_MODEL_LIMITS.maxParams) throw new CustomModelError(`the model has ${names.length} parameters; at most ${CUSTOM_MODEL_LIMITS.maxParams}`);

  const given = new Map((spec.params ?? []).map((p) => [p.name, p]));
  for (const p of spec.params ?? []) if (!names.includes(p.name)) throw new CustomModelError(`bounds are given for "${p.name}", which the model does not use (its parameters: ${names.join(', ')})`);
  const lower: number[] = [];
  const upper: number[] = [];
  const initial: number[] = [];
  for (const name of names) {
    const p = given.get(name);
    const lo = p?.lower ?? -Infinity;
    const hi = p?.upper ?? Infinity;
    if (Number.isNaN(lo) || Number.isNaN(hi) || lo >= hi) throw new CustomModelError(`${name}: the lower bound must be below the upper bound (got ${lo} … ${hi})`);
    const x0 = p?.initial ?? (lo > 1 ? lo : hi < 1 ? hi : 1);
    if (!Number.isFinite(x0)) throw new CustomModelError(`${name}: the starting value must be a finite number`);
    lower.push(lo);
    upper.push(hi);
    initial.push(Math.min(hi, Math.max(lo, x0)));
  }

  const code = node.compile();
  const scope = (params: readonly number[], t: number): Record<string, number> => {
    const s: Record<string, number> = { ...CONSTANTS, t };
    for (let i = 0; i < names.length; i++) s[names[i]] = params[i];
    return s;
  };
  const f = (params: readonly number[], t: number): number => {
    const v = code.evaluate(scope(params, t)) as unknown;
    return typeof v === 'number' ? v : NaN;
  };
  const derivs = names.map((name) => {
    try {
      return math.derivative(node, name).compile();
    } catch {
      return null; // e.g. min/max: central differences below
    }
  });
  const grad = (params: readonly number[], t: number): number[] =>
    names.map((_, i) => {
      const d = derivs[i];
      if (d) {
        const v = d.evaluate(scope(params, t)) as unknown;
        if (typeof v === 'number' && Number.isFinite(v)) return v;
      }
      const h = 1e-6 * Math.max(1, Math.abs(params[i]));
      const up = params.slice();
      const dn = params.slice();
      up[i] += h;
      dn[i] -= h;
      return (f(up, t) - f(dn, t)) / (2 * h);
    });
  return { expression: text, names, lower, upper, initial, f, grad, symbolic: derivs.map((d) => d !== null) };
}

export type CustomReleaseFit = Omit<ReleaseFit, 'model' | 'interpretation'> & { model: 'custom'; expression: string };

/** Most sum-of-squares evaluations the start screen may spend (a grid over the untyped parameters, else coordinate sweeps). */
const SCREEN_BUDGET = 4096;

/**
 * Starting points: the given start, the start scaled by 10^±1 (kept inside the bounds), and — for the parameters whose
 * start you did not type — the best few points of a screen over decades (0.01 … 100) and the data's own scales (the
 * highest release, 1/median time, median time), by the sum of squares on the data (walk8: the default start 1 for
 * `Fmax*(1-exp(-(k*t)^b))` lands in a flat region where k = b = 10 never moves; the screen finds Fmax ≈ plateau).
 * Generic: no parameter name is special; typed starts are kept as typed.
 */
function startsFor(m: CompiledCustomModel, typed: readonly boolean[], t: readonly number[], F: readonly number[]): number[][] {
  const clamp = (x: number, i: number) => Math.min(m.upper[i], Math.max(m.lower[i], x));
  const out: number[][] = [];
  for (const s of [1, 0.1, 10]) out.push(m.initial.map((x, i) => clamp(x === 0 ? (s - 1) : x * s, i)));
  const free = m.names.map((_, i) => i).filter((i) => !typed[i]);
  if (free.length === 0) return out;
  const tPos = t.filter((x) => x > 0).sort((a, b) => a - b);
  const tMed = tPos.length ? tPos[Math.floor(tPos.length / 2)] : 1;
  const yMax = Math.max(...F.map((y) => Math.abs(y)), 1e-9);
  const base = [0.01, 0.1, 1, 10, 100, yMax, 1 / tMed, tMed];
  const values = free.map((i) => [...new Set(base.map((v) => clamp(v, i)).filter(Number.isFinite))]);
  const sse = (q: readonly number[]) => {
    let s = 0;
    for (let k = 0; k < t.length; k++) {
      const r = F[k] - m.f(q, t[k]);
      s += r * r;
      if (!Number.isFinite(s)) return Infinity;
    }
    return s;
  };
  const found: { q: number[]; s: number }[] = [];
  const size = values.reduce((n, v) => n * v.length, 1);
  if (size <= SCREEN_BUDGET) {
    const q = m.initial.slice();
    const walk = (j: number) => {
      if (j === free.length) { found.push({ q: q.slice(), s: sse(q) }); return; }
      for (const v of values[j]) { q[free[j]] = v; walk(j + 1); }
    };
    walk(0);
  } else {
    // coordinate sweeps from the given start: each free parameter in turn takes its best screened value
    const q = m.initial.slice();
    for (let sweep = 0; sweep < 3; sweep++)
      free.forEach((i, j) => {
        let best = { v: q[i], s: sse(q) };
        for (const v of values[j]) { q[i] = v; const s = sse(q); if (s < best.s) best = { v, s }; }
        q[i] = best.v;
        found.push({ q: q.slice(), s: best.s });
      });
  }
  found.filter((x) => Number.isFinite(x.s)).sort((a, b) => a.s - b.s).slice(0, 3).forEach((x) => out.push(x.q));
  return out;
}

/** Fit a typed model to one release curve (all points; weighted when `data.w` is given), with the statistics of the built-in models. */
export function fitCustomModel(spec: CustomModelSpec, data: ReleaseData): CustomReleaseFit {
  const m = compileCustomModel(spec);
  const t = data.t.slice();
  const F = data.F.slice();
  const w = data.w ? data.w.slice() : undefined;
  if (w && (w.length !== t.length || w.some((x) => !(Number.isFinite(x) && x > 0)))) throw new CustomModelError('weights must be finite and > 0, one per point');
  const p = m.names.length;
  if (t.length <= p) throw new CustomModelError(`${t.length} point${t.length === 1 ? '' : 's'} for ${p} parameter${p === 1 ? '' : 's'}: a fit needs more points than parameters`);
  for (const ti of t) {
    const v = m.f(m.initial, ti);
    if (!Number.isFinite(v))
      throw new CustomModelError(`the model is not a finite number at t = ${ti} with the starting values (${m.names.map((n, i) => `${n} = ${m.initial[i]}`).join(', ')}); change the starting values or bounds`);
  }
  const typed = m.names.map((n) => spec.params?.find((q) => q.name === n)?.initial !== undefined);
  const starts = startsFor(m, typed, t, F);
  const res = fitLeastSquares({
    model: (q, x: number) => {
      const v = m.f(q, x);
      return Number.isFinite(v) ? v : 1e12; // outside the model's domain: a huge residual steers the search back
    },
    modelJacobian: (q, x: number) => m.grad(q, x).map((g) => (Number.isFinite(g) ? g : 0)),
    data: w ? { x: t, y: F, weights: w } : { x: t, y: F },
    initial: starts[0],
    starts: starts.slice(1),
    lower: m.lower,
    upper: m.upper,
    names: m.names,
  });
  return { model: 'custom', expression: m.expression, ...fitRecord(`F = ${m.expression}`, m.names, m.names.map(() => 'as typed'), 'all', res, F, t, w) };
}
