// The full syntax gate of "your own model" without mathjs, run before mathjs wherever a model is compiled (the lazy
// fitting chunk, the CLI; the schema runs the smaller lexical gate of expression-lex.ts): a tokenizer and recursive-descent reader of the accepted grammar — numbers, t, parameter
// names, + - * / ^, parentheses and the allowed functions — returning the parameter names or an error naming the position.

import {
  CUSTOM_MODEL_CONSTANTS,
  CUSTOM_MODEL_FUNCTION_ARITY,
  CUSTOM_MODEL_FUNCTIONS,
  CUSTOM_MODEL_LIMITS,
  CUSTOM_MODEL_VARIABLE,
  CUSTOM_PARAM_NAME,
  type ExpressionCheck,
  type ExpressionProblem,
} from './expression-lex';

export { CUSTOM_MODEL_CONSTANTS, CUSTOM_MODEL_FUNCTION_ARITY, CUSTOM_MODEL_FUNCTIONS, CUSTOM_MODEL_LIMITS, CUSTOM_MODEL_VARIABLE, CUSTOM_PARAM_NAME };
export type { ExpressionCheck, ExpressionProblem };
export { checkModelParams, lexModelExpression, type ModelParamInput } from './expression-lex';

type Token = { kind: 'num' | 'id' | 'op' | 'bad' | 'end'; text: string; pos: number };

const ALLOWED = 'numbers, t, parameters, + - * / ^, ( ) and ' + CUSTOM_MODEL_FUNCTIONS.join(', ');

class Refused extends Error {
  constructor(readonly problem: ExpressionProblem) {
    super(problem.message);
  }
}
const refuse = (message: string, position: number | null): never => {
  throw new Refused({ message, position });
};
const at = (pos: number) => `at position ${pos + 1}`;
const refuseCharacter = (tk: Token): never => {
  const c = tk.text;
  const hint = c === '−' ? ' (type - for minus)' : c === '×' || c === '·' ? ' (type * to multiply)' : c === '²' ? ' (type ^2)' : '';
  return refuse(`"${c}" ${at(tk.pos)} is not allowed in a model${hint}; allowed: ${ALLOWED}`, tk.pos);
};

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === ' ' || c === '\t') { i++; continue; }
    const num = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(text.slice(i));
    if (num) { out.push({ kind: 'num', text: num[0], pos: i }); i += num[0].length; continue; }
    const id = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i));
    if (id) { out.push({ kind: 'id', text: id[0], pos: i }); i += id[0].length; continue; }
    if ('+-*/^(),'.includes(c)) { out.push({ kind: 'op', text: c, pos: i }); i++; continue; }
    // a character outside the grammar: the reader refuses it where it meets it (so "import(" is named as a function first)
    out.push({ kind: 'bad', text: c, pos: i });
    return out;
  }
  out.push({ kind: 'end', text: '', pos: text.length });
  return out;
}

/**
 * Check a typed model without evaluating anything: the grammar, the function names and their argument counts, that it
 * uses t, that it has 1–8 parameters, the length and nesting limits. Parameter names are returned in order of first
 * appearance. Never throws.
 */
export function checkModelExpression(expression: unknown): ExpressionCheck {
  const text = String(expression ?? '').trim();
  try {
    if (!text) refuse('the model is empty: type an expression in t, e.g. Fmax * (1 - exp(-k*t))', null);
    if (text.length > CUSTOM_MODEL_LIMITS.maxLength) refuse(`the model is ${text.length} characters long; at most ${CUSTOM_MODEL_LIMITS.maxLength}`, CUSTOM_MODEL_LIMITS.maxLength);
    const tokens = tokenize(text);
    let k = 0;
    let depth = 0;
    const names: string[] = [];
    let usesT = false;
    const peek = () => tokens[k];
    const deeper = (pos: number) => {
      if (++depth > CUSTOM_MODEL_LIMITS.maxDepth) refuse(`the model nests deeper than ${CUSTOM_MODEL_LIMITS.maxDepth} levels ${at(pos)}`, pos);
    };
    const expect = (op: string, what: string) => {
      const tk = peek();
      if (tk.kind === 'bad') refuseCharacter(tk);
      if (tk.kind !== 'op' || tk.text !== op) refuse(`expected ${what} ${tk.kind === 'end' ? `but the model ends ${at(tk.pos)} (too early)` : `${at(tk.pos)}, found "${tk.text}"`}`, tk.pos);
      k++;
    };
    const sum = (): void => {
      product();
      while (peek().kind === 'op' && (peek().text === '+' || peek().text === '-')) { k++; product(); }
    };
    const product = (): void => {
      unary();
      for (;;) {
        const tk = peek();
        if (tk.kind === 'op' && (tk.text === '*' || tk.text === '/')) { k++; unary(); continue; }
        if (tk.kind === 'num' || tk.kind === 'id' || (tk.kind === 'op' && tk.text === '('))
          refuse(`missing operator before "${tk.text}" ${at(tk.pos)}: write 2*t, not 2t or 2 t`, tk.pos);
        return;
      }
    };
    const unary = (): void => {
      const tk = peek();
      if (tk.kind === 'op' && (tk.text === '-' || tk.text === '+')) { k++; deeper(tk.pos); unary(); depth--; return; }
      power();
    };
    const power = (): void => {
      primary();
      const tk = peek();
      if (tk.kind === 'op' && tk.text === '^') { k++; deeper(tk.pos); unary(); depth--; }
    };
    const primary = (): void => {
      const tk = peek();
      if (tk.kind === 'num') {
        if (!Number.isFinite(Number(tk.text))) refuse(`the number ${tk.text} ${at(tk.pos)} is too large`, tk.pos);
        k++;
        return;
      }
      if (tk.kind === 'id') {
        k++;
        const next = peek();
        if (next.kind === 'op' && next.text === '(') {
          const arity = CUSTOM_MODEL_FUNCTION_ARITY[tk.text];
          if (!Object.hasOwn(CUSTOM_MODEL_FUNCTION_ARITY, tk.text) || !arity)
            refuse(`unknown function "${tk.text}" ${at(tk.pos)}; allowed: ${CUSTOM_MODEL_FUNCTIONS.join(', ')}`, tk.pos);
          k++;
          deeper(next.pos);
          let n = 0;
          if (!(peek().kind === 'op' && peek().text === ')')) {
            for (;;) {
              sum();
              n++;
              if (peek().kind === 'op' && peek().text === ',') { k++; continue; }
              break;
            }
          }
          expect(')', `")" to close ${tk.text}(`);
          depth--;
          const [lo, hi] = arity;
          if (n < lo || n > hi) refuse(`${tk.text} ${at(tk.pos)} takes ${lo === hi ? lo : `${lo} to ${hi}`} argument${hi === 1 ? '' : 's'}, got ${n}`, tk.pos);
          return;
        }
        if (Object.hasOwn(CUSTOM_MODEL_FUNCTION_ARITY, tk.text)) refuse(`"${tk.text}" ${at(tk.pos)} is a function: write ${tk.text}(…)`, tk.pos);
        if (tk.text === CUSTOM_MODEL_VARIABLE) { usesT = true; return; }
        if (Object.hasOwn(CUSTOM_MODEL_CONSTANTS, tk.text)) return;
        if (!CUSTOM_PARAM_NAME.test(tk.text)) refuse(`the name "${tk.text.slice(0, 40)}" ${at(tk.pos)} is too long (parameter names have at most 32 characters)`, tk.pos);
        if (!names.includes(tk.text)) names.push(tk.text);
        return;
      }
      if (tk.kind === 'op' && tk.text === '(') {
        k++;
        deeper(tk.pos);
        sum();
        expect(')', `")" to close the "(" opened at ${tk.pos + 1},`);
        depth--;
        return;
      }
      if (tk.kind === 'bad') refuseCharacter(tk);
      refuse(tk.kind === 'end' ? `the model ends too early ${at(tk.pos)}: a number, t, a parameter or "(" is missing` : `unexpected "${tk.text}" ${at(tk.pos)}`, tk.pos);
    };
    sum();
    const rest = peek();
    if (rest.kind === 'bad') refuseCharacter(rest);
    if (rest.kind !== 'end') refuse(rest.text === ')' ? `unmatched ")" ${at(rest.pos)}` : `unexpected "${rest.text}" ${at(rest.pos)}`, rest.pos);
    if (!usesT) refuse('the model does not use t (time): it would be a constant', null);
    if (names.length === 0) refuse('the model has no parameters to fit: name at least one (e.g. k in 100*(1 - exp(-k*t)))', null);
    if (names.length > CUSTOM_MODEL_LIMITS.maxParams) refuse(`the model has ${names.length} parameters (${names.join(', ')}); at most ${CUSTOM_MODEL_LIMITS.maxParams}`, null);
    return { ok: true, expression: text, names };
  } catch (e) {
    if (e instanceof Refused) return { ok: false, problem: e.problem };
    throw e;
  }
}
