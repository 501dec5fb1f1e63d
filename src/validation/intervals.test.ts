// Prediction intervals (#27): the committed spread table is the script's output for the current model (stale → fail), hand-derived half-widths and coverage.
import { describe, expect, it } from 'vitest';
import committed from './intervals.json';
import { evaluateCorpus } from './report';
import { covers, deriveIntervalTable, halfWidth, intervalAround, residualOf, type IntervalTable } from './intervals';

describe('intervals.json is current', () => {
  it('equals deriveIntervalTable(evaluateCorpus()) — otherwise run `npx tsx scripts/derive-intervals.ts`', () => {
    const fresh = JSON.parse(JSON.stringify(deriveIntervalTable(evaluateCorpus().results))) as IntervalTable;
    expect(fresh.kinds).toEqual((committed as IntervalTable).kinds);
    expect(fresh.pooled).toEqual((committed as IntervalTable).pooled);
  }, 120_000);
});

describe('hand-derived', () => {
  it('half-width t_{0.95, n−1} · s · √(1 + 1/n): n = 4, s = 10 → 2.3534 · 10 · 1.1180 = 26.31', () => {
    expect(halfWidth({ n: 4, s: 10, from: 'kind', records: [] }, 0.9)).toBeCloseTo(2.353363 * 10 * Math.sqrt(1.25), 4);
    expect(halfWidth({ n: 1, s: 10, from: 'kind', records: [] })).toBe(Infinity);
  });
  it('intervals: ± h on the absolute scale, × e^(±h) on the log scale', () => {
    const sp = { n: 4, s: 10, from: 'kind' as const, records: [] };
    const h = halfWidth(sp);
    expect(intervalAround(50, 'release-pct', sp)).toEqual([50 - h, 50 + h]);
    const lsp = { n: 4, s: 0.5, from: 'kind' as const, records: [] };
    const [lo, hi] = intervalAround(2, 'half-life-h', lsp)!;
    expect(lo * hi).toBeCloseTo(4, 12);
    expect(hi / 2).toBeCloseTo(Math.exp(halfWidth(lsp)), 12);
  });
  it('covers: a range counts when the interval touches it; residuals have the sign measured − model', () => {
    expect(covers([10, 20], 25, [19, 30])).toBe(true);
    expect(covers([10, 20], 25, null)).toBe(false);
    expect(residualOf({ metric: 'release-pct', deviation: 5, logRatio: null })).toBe(-5);
    expect(residualOf({ metric: 'half-life-h', deviation: 1, logRatio: Math.log(2) })).toBeCloseTo(-Math.log(2), 12);
  });
  it('a higher level never narrows the interval', () => {
    const sp = { n: 6, s: 0.3, from: 'kind' as const, records: [] };
    const ls = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95].map((l) => halfWidth(sp, l));
    for (let i = 1; i < ls.length; i++) expect(ls[i]).toBeGreaterThan(ls[i - 1]);
  });
});
