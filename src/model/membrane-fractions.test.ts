// The one membrane renormalisation rule: sums to 1, keeps the set share and the others' ratios, idempotent, drops 0 % membranes.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { renormaliseFractions, renormaliseMembranes } from './membrane-fractions';

const shares = fc.array(fc.double({ min: 0.01, max: 5, noNaN: true }), { minLength: 1, maxLength: 8 });
const sum = (xs: readonly number[]) => xs.reduce((a, x) => a + x, 0);

describe('renormaliseFractions', () => {
  it('hand cases', () => {
    expect(renormaliseFractions([0.5, 0.3, 0.2], [0])).toEqual([0.5, 0.3, 0.2]);
    renormaliseFractions([0.8, 0.5, 0.5], [0])!.forEach((x, i) => expect(x).toBeCloseTo([0.8, 0.1, 0.1][i], 15)); // others share 1 − 0.8 = 0.2 in their 1:1 ratio
    expect(renormaliseFractions([1, 3])).toEqual([0.25, 0.75]); // nothing set: divided by the sum
    expect(renormaliseFractions([0.6, 0.6], [0, 1])).toEqual([0.5, 0.5]); // two set: divided by the sum
    expect(renormaliseFractions([1.5, 0.5], [0])).toEqual([0.75, 0.25]); // set above 1: divided by the sum
    expect(renormaliseFractions([0, 0])).toEqual([0, 0]);
    expect(renormaliseFractions([0.5, -0.1])).toBeNull();
    expect(renormaliseFractions([0.5, Number.NaN])).toBeNull();
  });

  it('property: the result sums to 1 and keeps the ratios of the shares it rescales', () => {
    fc.assert(fc.property(shares, fc.option(fc.nat(), { nil: undefined }), (xs, k) => {
      const set = k === undefined ? [] : [k % xs.length];
      const out = renormaliseFractions(xs, set)!;
      expect(sum(out)).toBeCloseTo(1, 12);
      const keepsSet = set.length === 1 && xs[set[0]] <= 1 && xs.length > 1;
      if (keepsSet) expect(out[set[0]]).toBe(xs[set[0]]);
      const others = xs.map((_, i) => i).filter((i) => !keepsSet || i !== set[0]);
      for (const i of others) for (const j of others) expect(out[i] * xs[j]).toBeCloseTo(out[j] * xs[i], 12);
    }));
  });

  it('property: idempotent (a normalised coat is left as it is, to rounding)', () => {
    fc.assert(fc.property(shares, (xs) => {
      const once = renormaliseFractions(xs)!;
      const twice = renormaliseFractions(once)!;
      twice.forEach((x, i) => expect(x).toBeCloseTo(once[i], 14));
    }));
  });
});

describe('renormaliseMembranes', () => {
  it('rescales the coat of a formulation and drops membranes left at 0 %', () => {
    const f = { name: 'x', coating: { peg: true, membranes: [{ source: 'hela', fraction: 1 }, { source: 'rbc', fraction: 0.4 }] } };
    expect(renormaliseMembranes(f, [0])).toEqual({ name: 'x', coating: { peg: true, membranes: [{ source: 'hela', fraction: 1 }] } });
    expect(renormaliseMembranes(f)).toEqual({ name: 'x', coating: { peg: true, membranes: [{ source: 'hela', fraction: 1 / 1.4 }, { source: 'rbc', fraction: 0.4 / 1.4 }] } });
  });

  it('leaves what the schema must report unchanged', () => {
    const bad = { coating: { membranes: [{ source: 'hela', fraction: 'half' }] } };
    expect(renormaliseMembranes(bad)).toBe(bad);
    expect(renormaliseMembranes({ coating: null })).toEqual({ coating: null });
  });
});
