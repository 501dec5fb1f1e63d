// The first, small gate of "your own model", read by the schema on every file and link (so it is in the initial bundle):
// the characters, names and functions of an expression and its parameters' bounds, with field-sized messages naming the
// position. The full grammar (operators between operands, parentheses, argument counts) is read by expression-syntax.ts
// where a model is compiled (the lazy fitting chunk, the CLI).

/** Functions a model may call, with the least and most arguments each takes. */
export const CUSTOM_MODEL_FUNCTION_ARITY: Readonly<Record<string, readonly [number, number]>> = {
  exp: [1, 1], log: [1, 2], log10: [1, 1], sqrt: [1, 1], abs: [1, 1], tanh: [1, 1], min: [1, 8], max: [1, 8], pow: [2, 2],
};
/** Functions a model may call. */
export const CUSTOM_MODEL_FUNCTIONS = Object.keys(CUSTOM_MODEL_FUNCTION_ARITY);
/** Named constants a model may use (not parameters). */
export const CUSTOM_MODEL_CONSTANTS: Readonly<Record<string, number>> = { pi: Math.PI, e: Math.E };
/** The independent variable (time, in the data's unit). */
export const CUSTOM_MODEL_VARIABLE = 't';
/** Limits that keep a typed model a release model, not a program: characters, parameters, parenthesis/operator depth. */
export const CUSTOM_MODEL_LIMITS = { maxLength: 500, maxParams: 8, maxDepth: 40 } as const;
/** A parameter name: a letter or _ then letters, digits or _ (at most 32 characters). */
export const CUSTOM_PARAM_NAME = /^[A-Za-z_]\w{0,31}$/;

export interface ExpressionProblem {
  message: string;
  /** 0-based character position the message is about, or null. */
  position: number | null;
}

export type ExpressionCheck = { ok: true; expression: string; names: string[] } | { ok: false; problem: ExpressionProblem };

const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/**
 * The lexical check: only numbers, names, + - * / ^ ( ) , and spaces; every called name an allowed function and no
 * function used as a value; t used; 1–8 parameters (names in order of first appearance); at most 500 characters.
 * Never throws, evaluates nothing.
 */
export function lexModelExpression(expression: unknown): ExpressionCheck {
  const text = String(expression ?? '').trim();
  const { maxLength, maxParams } = CUSTOM_MODEL_LIMITS;
  const fail = (message: string, position: number | null = null): ExpressionCheck => ({ ok: false, problem: { message, position } });
  if (!text) return fail('the model is empty: type an expression in t, e.g. Fmax * (1 - exp(-k*t))');
  if (text.length > maxLength) return fail(`the model is ${text.length} characters long; at most ${maxLength}`, maxLength);
  const bad = /[^\w\s.+\-*/^(),]/.exec(text);
  if (bad) return fail(`"${bad[0]}" at position ${bad.index + 1} is not allowed in a model${bad[0] === '−' ? ' (type - for minus)' : ''}; allowed: numbers, t, parameters, + - * / ^, ( ) and ${CUSTOM_MODEL_FUNCTIONS.join(', ')}`, bad.index);
  const names: string[] = [];
  let usesT = false;
  for (const m of text.matchAll(/(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|([A-Za-z_]\w*)(\s*\()?/g)) {
    const [, name, call] = m;
    const at = `at position ${m.index + 1}`;
    if (!name) continue;
    if (call && !own(CUSTOM_MODEL_FUNCTION_ARITY, name)) return fail(`unknown function "${name}" ${at}; allowed: ${CUSTOM_MODEL_FUNCTIONS.join(', ')}`, m.index);
    if (call) continue;
    if (own(CUSTOM_MODEL_FUNCTION_ARITY, name)) return fail(`"${name}" ${at} is a function: write ${name}(…)`, m.index);
    if (name === CUSTOM_MODEL_VARIABLE) usesT = true;
    else if (!own(CUSTOM_MODEL_CONSTANTS, name)) {
      if (!CUSTOM_PARAM_NAME.test(name)) return fail(`the name "${name.slice(0, 40)}" ${at} is too long (at most 32 characters)`, m.index);
      if (!names.includes(name)) names.push(name);
    }
  }
  if (!usesT) return fail('the model does not use t (time): it would be a constant');
  if (!names.length) return fail('the model has no parameters to fit: name at least one (e.g. k in 100*(1 - exp(-k*t)))');
  if (names.length > maxParams) return fail(`the model has ${names.length} parameters (${names.join(', ')}); at most ${maxParams}`);
  return { ok: true, expression: text, names };
}

export interface ModelParamInput {
  name: string;
  initial?: number;
  lower?: number;
  upper?: number;
}

/**
 * The per-parameter settings against the model's parameters: each named once, a parameter of the model, lower < upper,
 * start inside the bounds. Problems carry the index and key they are about. Never throws.
 */
export function checkModelParams(names: readonly string[], params: readonly ModelParamInput[]): { index: number; key: 'name' | 'initial' | 'upper'; message: string }[] {
  const out: { index: number; key: 'name' | 'initial' | 'upper'; message: string }[] = [];
  const seen: string[] = [];
  params.forEach((p, index) => {
    const lo = p.lower ?? -Infinity;
    const hi = p.upper ?? Infinity;
    const push = (key: 'name' | 'initial' | 'upper', message: string) => out.push({ index, key, message });
    if (!names.includes(p.name)) push('name', `"${p.name}" is not a parameter of the model (its parameters: ${names.join(', ')})`);
    else if (seen.includes(p.name)) push('name', `"${p.name}" appears twice`);
    seen.push(p.name);
    if (!(lo < hi)) push('upper', `${p.name}: the upper bound must be above the lower bound (got ${lo} … ${hi})`);
    else if (p.initial !== undefined && !(p.initial >= lo && p.initial <= hi)) push('initial', `${p.name}: the starting value ${p.initial} lies outside the bounds ${lo} … ${hi}`);
  });
  return out;
}
