// Calibrate's tables out and the own-model editor's stored form: the fit table rows (units in the header, one row per
// parameter, your model named) and the model as stored (only the expression's parameters, only the numbers given).
import { describe, expect, it } from 'vitest';
import { fitCustomModel, fitReleaseModels } from '../../engine/fitting';
import { fitTableRows } from './Calibrate';
import { ownModelFrom } from './OwnModelEditor';

const t = [0.5, 1, 2, 4, 8, 12, 24];
const F = t.map((x) => 100 * (1 - Math.exp(-0.1 * x)));

describe('fit table rows', () => {
  it('header with units, one row per parameter of every model, your model named, values as fitted', () => {
    const { fits } = fitReleaseModels({ t, F });
    const own = fitCustomModel({ expression: '100 * (1 - exp(-k*t))' }, { t, F });
    const rows = fitTableRows([...fits, own], 7.4);
    expect(rows[0].slice(0, 9)).toEqual(['pH', 'model', 'equation (F in % and t in h)', 'parameter', 'value', 'unit', 'SE', 'CI95 low', 'CI95 high']);
    const paramCount = [...fits, own].reduce((n, f) => n + Object.keys(f.params).length, 0);
    expect(rows).toHaveLength(1 + paramCount);
    const mine = rows.filter((r) => r[1] === 'your model');
    expect(mine).toHaveLength(1);
    expect(mine[0][3]).toBe('k');
    expect(mine[0][4] as number).toBeCloseTo(0.1, 6);
    const first = rows.find((r) => r[1] === 'first-order')!;
    expect(first[4] as number).toBeCloseTo(0.1, 6);
    expect(first[5]).toBe('1/h');
  });
});

describe('ownModelFrom', () => {
  it('keeps only the parameters of the expression and only finite numbers given', () => {
    expect(ownModelFrom(' k*t ', ['k'], { k: { initial: 0.1, lower: undefined, upper: 5 }, old: { initial: 3 } })).toEqual({ expression: 'k*t', params: [{ name: 'k', initial: 0.1, upper: 5 }] });
    expect(ownModelFrom('k*t', ['k'], {})).toEqual({ expression: 'k*t' });
  });
});
