// The `fit` command handler (contract §4): output shape, model selection, and CliError messages for bad input.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../args';
import { CliError } from '../errors';
import { fitCommand } from './fit';

const dir = mkdtempSync(join(tmpdir(), 'fit-cli-'));
function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}
const t = [0.5, 1, 2, 4, 6, 8, 12, 24, 36, 48, 72];
const weibullCsv = 'time_h,released_pct\n' + t.map((x) => `${x},${(100 * (1 - Math.exp(-(x ** 0.7) / 5))).toFixed(3)}`).join('\n') + '\n';

type Out = { fits: Record<string, unknown>[]; best: string | null; skipped: unknown[] };

describe('fit command', () => {
  it('fits all seven models with the contract keys and picks the lowest-AIC all-points model', () => {
    const out = fitCommand(parseArgs([file('w.csv', weibullCsv)])) as Out;
    expect(out.fits.map((f) => f.model)).toEqual(['zero-order', 'first-order', 'higuchi', 'korsmeyer-peppas', 'hixson-crowell', 'weibull', 'peppas-sahlin']);
    for (const f of out.fits) for (const k of ['model', 'params', 'sse', 'n', 'r2', 'r2adj', 'aic', 'msc', 'se', 'ci95', 'identifiable', 'residuals']) expect(f).toHaveProperty(k);
    expect(Object.keys(out.fits[5].params as object)).toEqual(['alpha', 'beta']);
    expect(Object.keys(out.fits[6].params as object)).toEqual(['k1', 'k2', 'm']);
    expect(out.best).toBe('weibull');
    expect(out.fits[3]).toHaveProperty('interpretation');
    expect(() => JSON.stringify(out)).not.toThrow();
    expect(JSON.stringify(out)).not.toMatch(/Infinity|NaN/);
  });

  it('--model selects one model; best is null when only an F ≤ 60 model was fitted', () => {
    const p = file('w2.csv', weibullCsv);
    const one = fitCommand(parseArgs([p, '--model', 'first-order'])) as Out;
    expect(one.fits).toHaveLength(1);
    expect(one.best).toBe('first-order');
    const kp = fitCommand(parseArgs([p, '--model=korsmeyer-peppas'])) as Out;
    expect(kp.best).toBeNull();
    expect((kp.fits[0] as { n: number }).n).toBeLessThan(t.length);
  });

  it('unknown model → CliError listing the valid ids', () => {
    expect(() => fitCommand(parseArgs([file('w3.csv', weibullCsv), '--model', 'gompertz']))).toThrow(CliError);
    expect(() => fitCommand(parseArgs([file('w4.csv', weibullCsv), '--model', 'gompertz']))).toThrow(
      '--model: unknown model "gompertz"; valid: zero-order, first-order, higuchi, korsmeyer-peppas, hixson-crowell, weibull, peppas-sahlin, all',
    );
  });

  it('CSV problems become one-line CliErrors naming the line', () => {
    expect(() => fitCommand(parseArgs([file('bad.csv', 'time,release\n0,0\n1,abc\n')]))).toThrow('line 3: release "abc" is not a number');
    expect(() => fitCommand(parseArgs([file('few.csv', 'time,release\n1,10\n2,20\n')]))).toThrow(/line 3: 2 data points, fewer than the 3 parameters/);
    expect(() => fitCommand(parseArgs([file('few1.csv', 'time,release\n1,10\n2,20\n'), '--model', 'higuchi']))).not.toThrow();
    expect(() => fitCommand(parseArgs([]))).toThrow(CliError);
    expect(() => fitCommand(parseArgs([file('x.csv', weibullCsv), '--modle', 'all']))).toThrow(/--modle: unknown option/);
  });

  it('a single F ≤ 60 model without enough low points is a CliError', () => {
    expect(() => fitCommand(parseArgs([file('hi.csv', 'time,release\n1,50\n2,70\n3,80\n'), '--model', 'korsmeyer-peppas']))).toThrow(
      /korsmeyer-peppas: 1 point with F ≤ 60 % for 2 parameters/,
    );
  });
});

describe('fit command: a lab sheet with several pH curves (walk10 #3)', () => {
  const f74 = (x: number) => 30 * (1 - Math.exp(-0.1 * x));
  const f50 = (x: number) => 90 * (1 - Math.exp(-0.2 * x));
  const c = (v: number) => v.toFixed(3).replace('.', ',');
  const sheet = '\uFEFFTime (h);pH 7.4 mean (%);pH 7.4 SD;pH 5.0 mean (%);pH 5.0 SD;Comment\r\n' +
    t.map((x) => `${c(x)};${c(f74(x))};${c(1 + x / 50)};${c(f50(x))};${c(2 + x / 40)};`).join('\r\n') + '\r\n;;;;;\r\n';
  it('fits each curve as a two-column file of that curve would be fitted; fits/best are the first (highest pH) curve', () => {
    const out = fitCommand(parseArgs([file('lab.csv', sheet), '--model', 'first-order'])) as Out & { curves: (Out & { pH: number; weighted: boolean })[]; read: string[] };
    expect(out.curves.map((x) => x.pH)).toEqual([7.4, 5]);
    const one = (fn: (x: number) => number, name: string) =>
      fitCommand(parseArgs([file(name, 'time_h,released_pct\n' + t.map((x) => `${x},${fn(x).toFixed(3)}`).join('\n') + '\n'), '--model', 'first-order'])) as Out;
    expect(out.curves[0].fits[0].params).toEqual(one(f74, 'a.csv').fits[0].params);
    expect(out.curves[1].fits[0].params).toEqual(one(f50, 'b.csv').fits[0].params);
    expect(out.fits).toEqual(out.curves[0].fits);
    expect(out.read.join(' ')).toMatch(/unweighted; --weighted/);
  });
  it('--weighted weights by 1/SD² (a different fit of the same curve); on a two-column file it is refused', () => {
    const w = fitCommand(parseArgs(['--weighted', file('lab2.csv', sheet), '--model', 'weibull'])) as Out & { curves: (Out & { weighted: boolean })[] };
    const u = fitCommand(parseArgs([file('lab3.csv', sheet), '--model', 'weibull'])) as Out & { curves: Out[] };
    expect(w.curves.every((x) => x.weighted)).toBe(true);
    expect(w.curves[1].fits[0].params).not.toEqual(u.curves[1].fits[0].params);
    expect(() => fitCommand(parseArgs([file('w2.csv', weibullCsv), '--weighted']))).toThrow(/no error bars/);
  });
});

describe('fit command: your own model', () => {
  it('--model expr:… fits the typed model alone; a typed Weibull equals the built-in Weibull SSE', () => {
    const builtIn = fitCommand(parseArgs([file('w2.csv', weibullCsv), '--model', 'weibull'])) as Out;
    const out = fitCommand(parseArgs([file('w3.csv', weibullCsv), '--model', 'expr:100*(1-exp(-t^b/a))'])) as Out;
    expect(out.fits.map((f) => f.model)).toEqual(['custom']);
    expect(out.best).toBe('custom');
    expect(out.fits[0].expression).toBe('100*(1-exp(-t^b/a))');
    expect(Object.keys(out.fits[0].params as object)).toEqual(['b', 'a']);
    expect(out.fits[0].sse as number).toBeCloseTo(builtIn.fits[0].sse as number, 6);
  });
  it('--model-file with bounds; --model all --model-file adds the typed model to the seven and ranks it by AIC', () => {
    const m = file('m.json', JSON.stringify({ expression: 'Fmax * (1 - exp(-(k*t)^b))', params: [{ name: 'Fmax', initial: 100, lower: 0, upper: 150 }, { name: 'k', initial: 0.1, lower: 0 }, { name: 'b', initial: 1, lower: 0.1, upper: 5 }] }));
    const out = fitCommand(parseArgs([file('w4.csv', weibullCsv), '--model', 'all', '--model-file', m])) as Out;
    expect(out.fits.length).toBe(8);
    expect(out.fits[7].model).toBe('custom');
  });
  it('bad models exit with a message naming the problem', () => {
    expect(() => fitCommand(parseArgs([file('w5.csv', weibullCsv), '--model', 'expr:k*foo(t)']))).toThrow(/custom model: unknown function "foo" at position 3/);
    expect(() => fitCommand(parseArgs([file('w6.csv', weibullCsv), '--model-file', file('bad.json', '{"expression": 3}')]))).toThrow(/expression: a string is required/);
    expect(() => fitCommand(parseArgs([file('w7.csv', weibullCsv), '--model-file', file('bad2.json', '{"expression": "k*t", "params": [{"name": "k", "lower": "0"}]}')]))).toThrow(/params\.0\.lower: a number is required/);
  });
});
