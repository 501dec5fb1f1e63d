// Compare's sort (missing values last in both directions, stable ties), its phrase, and the same-order check.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sameOrder, sortPhrase, sortRows } from './compare-order';

describe('sortRows', () => {
  const rows = [{ n: 'a', v: 3 }, { n: 'b', v: null }, { n: 'c', v: 10 }, { n: 'd', v: 3 }, { n: 'e', v: -1 }];
  it('descending and ascending by value, the missing one last in both, ties in their order', () => {
    expect(sortRows(rows, (r) => r.v, 'desc').map((r) => r.n)).toEqual(['c', 'a', 'd', 'e', 'b']);
    expect(sortRows(rows, (r) => r.v, 'asc').map((r) => r.n)).toEqual(['e', 'a', 'd', 'c', 'b']);
  });
  it('names sort alphabetically', () => {
    expect(sortRows(['Doxil', 'AuroLase', 'IZB@CCM'], (r) => r, 'asc')).toEqual(['AuroLase', 'Doxil', 'IZB@CCM']);
  });
  it('any values: a permutation, present values monotone, missing ones last', () => {
    fc.assert(fc.property(fc.array(fc.option(fc.integer({ min: -50, max: 50 }), { nil: null })), fc.constantFrom('asc' as const, 'desc' as const), (vs, dir) => {
      const out = sortRows(vs.map((v, i) => ({ v, i })), (r) => r.v, dir);
      expect(out.map((r) => r.i).sort((x, y) => x - y)).toEqual(vs.map((_, i) => i));
      const present = out.filter((r) => r.v !== null).map((r) => r.v as number);
      expect(out.slice(present.length).every((r) => r.v === null)).toBe(true);
      for (let i = 1; i < present.length; i++) expect(dir === 'asc' ? present[i - 1] <= present[i] : present[i - 1] >= present[i]).toBe(true);
    }));
  });
});

describe('sortPhrase and sameOrder', () => {
  it('says the column and the direction', () => {
    expect(sortPhrase({ key: 'score.overall', dir: 'desc' }, 'Overall score')).toBe('Overall score, highest first');
    expect(sortPhrase({ key: 'targeting.hydrodynamicDiameterNm', dir: 'asc' }, 'Hydrodynamic diameter')).toBe('Hydrodynamic diameter, lowest first');
    expect(sortPhrase({ key: 'rank', dir: 'asc' }, 'Rank')).toBe('rank, best first');
    expect(sortPhrase({ key: 'name', dir: 'asc' }, 'Candidate')).toBe('name, A to Z');
  });
  it('same order only for the same ids in the same places', () => {
    expect(sameOrder(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameOrder(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameOrder(['a'], ['a', 'b'])).toBe(false);
  });
});
