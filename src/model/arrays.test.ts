// mapArray is Array.prototype.map by another construction: same elements, same order, same callback arguments.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mapArray } from './arrays';

describe('mapArray', () => {
  it('equals items.map(fn) for any array (values, order, index argument, empty arrays)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.double(), fc.string(), fc.constant(null))), (xs) => {
        const fn = (x: unknown, i: number) => [x, i] as const;
        expect(mapArray(xs, fn)).toEqual(xs.map(fn));
      }),
      { seed: 21 },
    );
  });

  it('calls fn once per item, in order', () => {
    const seen: number[] = [];
    mapArray([10, 20, 30], (x) => seen.push(x));
    expect(seen).toEqual([10, 20, 30]);
  });
});
