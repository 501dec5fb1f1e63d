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
