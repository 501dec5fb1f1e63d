// Rank separation by Monte Carlo bands: overlap is symmetric, intervals that touch overlap, disjoint ones do not.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { overlappingRanks, separationSummary, type RankedBand } from './compare-bands';

const row = (id: string, rank: number, p5: number, p95: number): RankedBand => ({ id, name: id.toUpperCase(), rank, band: { p5, p95 } });

describe('compare bands', () => {
  it('IZB high drug 70 (band 40–85) vs IZB@CCM 69 (band 23–81): not separated; a candidate at 10–20 is', () => {
    const rows = [row('a', 1, 40, 85), row('b', 2, 23, 81), row('c', 3, 10, 20)];
    const o = overlappingRanks(rows);
    expect(o.get('a')!.map((r) => r.id)).toEqual(['b']);
    expect(o.get('c')!.map((r) => r.id)).toEqual([]);
    expect(separationSummary(rows)).toMatch(/#1 A and #2 B/);
    expect(separationSummary(rows)).not.toMatch(/#2 B and #3 C/);
  });
  it('candidates without a band are left out; fewer than two bands → no summary', () => {
    expect(separationSummary([row('a', 1, 1, 2), { id: 'b', name: 'B', rank: 2, band: null }])).toBeNull();
  });
  it('property: overlap is symmetric and matches interval intersection', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true })), { minLength: 2, maxLength: 8 }), (pairs) => {
      const rows = pairs.map(([x, y], i) => row(`r${i}`, i + 1, Math.min(x, y), Math.max(x, y)));
      const o = overlappingRanks(rows);
      for (const a of rows) for (const b of rows) {
        if (a.id === b.id) continue;
        const inter = Math.max(a.band!.p5, b.band!.p5) <= Math.min(a.band!.p95, b.band!.p95);
        expect(o.get(a.id)!.some((q) => q.id === b.id)).toBe(inter);
        expect(o.get(b.id)!.some((q) => q.id === a.id)).toBe(inter);
      }
    }));
  });
});
