// The mathjs-free syntax gate of typed models: accepted grammar, hostile input refused with positions, and agreement with
// the mathjs compiler (whatever the gate accepts, mathjs parses and compiles; the parameter names are the same).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkModelExpression, checkModelParams, CUSTOM_MODEL_LIMITS, lexModelExpression } from './expression-syntax';
import { compileCustomModel, CustomModelError } from './custom-model';

const refused = (e: string) => {
  const r = checkModelExpression(e);
  if (r.ok) throw new Error(`accepted: ${e}`);
  return r.problem;
};

describe('checkModelExpression', () => {
  it('accepts release models and names their parameters in order of first appearance', () => {
    expect(checkModelExpression(' Fmax * (1 - exp(-(k*t)^b)) ')).toEqual({ ok: true, expression: 'Fmax * (1 - exp(-(k*t)^b))', names: ['Fmax', 'k', 'b'] });
    expect(checkModelExpression('k0*t + k1*sqrt(t) + 2.5e-3*pi*e*t^-1')).toMatchObject({ ok: true, names: ['k0', 'k1'] });
    expect(checkModelExpression('min(100, pow(k, 2)*log(t + 1, 10))')).toMatchObject({ ok: true, names: ['k'] });
  });

  it('refuses hostile and malformed input, naming the position (1-based in the text, 0-based in position)', () => {
    expect(refused('import("fs")')).toEqual({ message: expect.stringMatching(/unknown function "import" at position 1/), position: 0 });
    expect(refused('evaluate("1+1") * t').message).toMatch(/unknown function "evaluate" at position 1/);
    expect(refused('k*t + foo(t)')).toMatchObject({ message: expect.stringMatching(/unknown function "foo" at position 7/), position: 6 });
    expect(refused('k = t')).toMatchObject({ message: expect.stringMatching(/"=" at position 3 is not allowed/), position: 2 });
    expect(refused('2t*k')).toMatchObject({ message: expect.stringMatching(/missing operator before "t" at position 2/), position: 1 });
    expect(refused('k*(t')).toMatchObject({ message: 'expected ")" to close the "(" opened at 3, but the model ends at position 5 (too early)', position: 4 });
    expect(refused('k*t)').message).toMatch(/unmatched "\)" at position 4/);
    expect(refused('k*t*1e999').message).toMatch(/1e999 at position 5 is too large/);
    expect(refused('k * 2').message).toMatch(/does not use t/);
    expect(refused('100 * t').message).toMatch(/no parameters/);
    expect(refused('exp * t').message).toMatch(/"exp" at position 1 is a function/);
    expect(refused('pow(k*t)').message).toMatch(/pow at position 1 takes 2 arguments, got 1/);
    expect(refused('k − t').message).toMatch(/type - for minus/);
    expect(refused('').message).toMatch(/empty/);
    expect(refused('a*b*c*d*e1*f*g*h*i*t').message).toMatch(/9 parameters/);
  });

  it('refuses deep nesting and over-long text without exhausting the stack', () => {
    const deep = '('.repeat(200) + 'k*t' + ')'.repeat(200);
    expect(refused(deep.slice(0, 500)).message).toMatch(/nests deeper than 40/);
    expect(refused('-'.repeat(100) + 'k*t').message).toMatch(/nests deeper/);
    expect(refused('k*t+'.repeat(200) + 'k').message).toMatch(/at most 500/);
    expect(refused('2^'.repeat(60) + 'k*t').message).toMatch(/nests deeper/);
    expect(checkModelExpression('('.repeat(CUSTOM_MODEL_LIMITS.maxDepth - 1) + 'k*t' + ')'.repeat(CUSTOM_MODEL_LIMITS.maxDepth - 1)).ok).toBe(true);
  });

  it('whatever the gate accepts, mathjs compiles with the same parameters (random token strings)', () => {
    const tokens = ['t', 'k', 'b', '2', '0.5', '+', '-', '*', '/', '^', '(', ')', 'exp(', 'log(', 'sqrt(', 'min(', ',', ' ', 'pi'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...tokens), { minLength: 1, maxLength: 14 }), (parts) => {
      const text = parts.join('');
      const r = checkModelExpression(text);
      if (!r.ok) return;
      let m;
      try { m = compileCustomModel({ expression: text }); } catch (e) { expect(e).toBeInstanceOf(CustomModelError); throw new Error(`gate accepted "${text}" but compile refused: ${(e as Error).message}`); }
      expect(m.names).toEqual(r.names);
    }), { numRuns: 2000, seed: 18 });
  });

  it('the schema\'s lexical gate accepts everything the full gate accepts, with the same parameters (files and links never refuse a model the app fits)', () => {
    const tokens = ['t', 'k', 'b2', '1e3', '.5', '+', '-', '*', '/', '^', '(', ')', 'exp(', 'pow(', 'max(', ',', ' ', 'e', 'pi', 'foo(', '=', '"'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...tokens), { minLength: 1, maxLength: 16 }), (parts) => {
      const text = parts.join('');
      const full = checkModelExpression(text);
      const lex = lexModelExpression(text);
      if (full.ok) expect(lex).toEqual(full);
      if (!lex.ok) expect(full.ok).toBe(false);
    }), { numRuns: 3000, seed: 7 });
  });

  it('the lexical gate names hostile symbols and unknown functions at their position; grammar errors are left to the full gate', () => {
    expect(lexModelExpression('k*t + import(t)')).toMatchObject({ ok: false, problem: { message: expect.stringMatching(/^unknown function "import" at position 7/), position: 6 } });
    expect(lexModelExpression('k*t; evaluate')).toMatchObject({ ok: false, problem: { message: expect.stringMatching(/^";" at position 4 is not allowed/) } });
    expect(lexModelExpression('k*t*"x"').ok).toBe(false);
    expect(lexModelExpression('sqrt*t*k').ok).toBe(false);
    expect(lexModelExpression('1e5*k*t').ok).toBe(true);
    expect(lexModelExpression('k*t +')).toMatchObject({ ok: true, names: ['k'] });
    expect(checkModelExpression('k*t +').ok).toBe(false);
  });
});

describe('checkModelParams', () => {
  it('names the parameter and key of each problem', () => {
    expect(checkModelParams(['k', 'b'], [{ name: 'k', lower: 0, upper: 10, initial: 1 }])).toEqual([]);
    expect(checkModelParams(['k'], [{ name: 'q' }])).toEqual([{ index: 0, key: 'name', message: '"q" is not a parameter of the model (its parameters: k)' }]);
    expect(checkModelParams(['k'], [{ name: 'k', lower: 2, upper: 1 }])[0]).toMatchObject({ key: 'upper', message: expect.stringMatching(/above the lower bound/) });
    expect(checkModelParams(['k'], [{ name: 'k', lower: 0, upper: 1, initial: 5 }])[0]).toMatchObject({ key: 'initial' });
    expect(checkModelParams(['k'], [{ name: 'k' }, { name: 'k' }])[0]).toMatchObject({ index: 1, message: '"k" appears twice' });
  });
});
