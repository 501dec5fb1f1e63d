// Prediction intervals (#27): the committed spread table is the script's output for the current model (stale → fail), hand-derived half-widths and coverage.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import committed from './intervals.json';
import { evaluateCorpus } from './report';
import { coverageTailP, covers, deriveIntervalTable, halfWidth, intervalAround, residualOf, type IntervalTable } from './intervals';
import { outOfFoldPredictions } from './crossval';
import type { CorpusResult } from './evaluate';

describe('intervals.json is current', () => {
  it('equals deriveIntervalTable(evaluateCorpus()) — otherwise run `npx tsx scripts/derive-intervals.ts`', () => {
    const fresh = JSON.parse(JSON.stringify(deriveIntervalTable(evaluateCorpus().results))) as IntervalTable;
    expect(fresh.kinds).toEqual((committed as IntervalTable).kinds);
    expect(fresh.pooled).toEqual((committed as IntervalTable).pooled);
    // walk11 #3: the coverage the app says beside a number is derived with the spreads, so it is guarded with them
    expect(fresh.coverage).toEqual((committed as IntervalTable).coverage);
  }, 120_000);
  it('carries each kind’s held-out 90 % coverage with its binomial tail (PK: 3 of 8, really too narrow)', () => {
    const c = (committed as IntervalTable).coverage;
    expect(c?.pk?.level).toBe(0.9);
    expect(c?.pk?.heldOut.n).toBeGreaterThan(0);
    for (const k of Object.values(c ?? {})) {
      expect(k.heldOut.covered).toBeLessThanOrEqual(k.heldOut.n);
      expect(k.heldOut.tailP).toBe(coverageTailP(k.heldOut.covered, k.heldOut.n, 0.9));
    }
  });
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

describe('out-of-fold spreads (#27 gen3, docs/validation.md interval rule)', () => {
  // two calibration papers (k = 2: each its own fold), half-life (log scale), the calibration-bias refit
  const rec = (id: string, paper: string, measured: number, predicted: number): CorpusResult => ({
    id, kind: 'pk', metric: 'half-life-h', unit: 'h', system: id, preset: null, condition: '', measured, range: null, sd: null, predicted,
    verdict: 'differ', deviation: predicted - measured, logRatio: Math.log(predicted / measured), missInTolerances: 2, rule: '', use: 'calibration',
    setsCatalogParameter: false, paper, provenance: 'read', source: '', caveat: null, ifMiss: null, explanation: [],
  } as CorpusResult);
  const rs = [rec('a', 'paper-a', 2, 1), rec('b', 'paper-b', 4, 1), rec('c', 'paper-c', 8, 1)];
  it('each record is predicted by the bias of the other folds: model × e^θ(others)', () => {
    const oof = outOfFoldPredictions('pk', rs)!;
    expect(oof.size).toBe(3);
    // k = 3, one paper per fold: θ without a = median(ln 4, ln 8) = ln √32, so a's prediction is √32
    expect(oof.get('a')).toBeCloseTo(Math.sqrt(32), 10);
    expect(oof.get('b')).toBeCloseTo(4, 10); // median(ln 2, ln 8) = ln 4
    expect(oof.get('c')).toBeCloseTo(Math.sqrt(8), 10); // median(ln 2, ln 4) = ln √8
  });
  it('s from out-of-fold residuals: ln(2/√32), ln(4/4), ln(8/√8) → RMS = ln2·√((1.5² + 0 + 1.5²)/3)', () => {
    const t = deriveIntervalTable(rs, 3);
    const sp = t.kinds.pk!.log;
    expect(sp.n).toBe(3);
    expect(sp.outOfFold).toBe(3);
    expect(sp.s).toBeCloseTo(Math.LN2 * Math.sqrt((2.25 + 0 + 2.25) / 3), 10);
    // in-sample (the former rule): RMS of ln 2, ln 4, ln 8 = ln2·√(14/3)
    expect(deriveIntervalTable(rs, 3, null).kinds.pk!.log.s).toBeCloseTo(Math.LN2 * Math.sqrt(14 / 3), 10);
  });
  it('the table carries the coverage of its own 90 % intervals: held-out and calibration, with the binomial tail', () => {
    // held-out pk records: the spread s = ln2·√1.5 (above) with n = 3 gives h = t_{0.95,2}·s·√(4/3) = 2.919986·0.8489·1.1547 = 2.862,
    // i.e. a factor e^2.862 = 17.5 either side: a measurement 10× the model is covered, 20× is not
    const held = (id: string, measured: number): CorpusResult => ({ ...rec(id, `paper-${id}`, measured, 1), use: 'held-out' } as CorpusResult);
    const t = deriveIntervalTable([...rs, held('h1', 10), held('h2', 20), held('h3', 1 / 10)], 3);
    const h = halfWidth(t.kinds.pk!.log);
    expect(Math.exp(h)).toBeGreaterThan(10);
    expect(Math.exp(h)).toBeLessThan(20);
    expect(t.coverage?.pk?.heldOut).toEqual({ covered: 2, n: 3, tailP: coverageTailP(2, 3, 0.9) });
    // P(X ≤ 2) for X ~ Bin(3, 0.9) = 1 − 0.9³ = 0.271
    expect(t.coverage?.pk?.heldOut.tailP).toBeCloseTo(0.271, 12);
    expect(t.coverage?.pk?.level).toBe(0.9);
    // calibration: the in-sample predictions (model 1 vs 2, 4, 8: factor ≤ 8) all inside a factor 17.5
    expect(t.coverage?.pk?.calibration).toEqual({ covered: 3, n: 3, tailP: coverageTailP(3, 3, 0.9) });
  });
  it('a kind with one calibration paper has no folds and keeps in-sample residuals', () => {
    const one = [rec('a', 'p', 2, 1), rec('b', 'p', 4, 1), rec('c', 'p', 8, 1)];
    expect(outOfFoldPredictions('pk', one)).toBeNull();
    const sp = deriveIntervalTable(one, 3).kinds.pk!.log;
    expect(sp.outOfFold).toBe(0);
    expect(sp.s).toBeCloseTo(Math.LN2 * Math.sqrt(14 / 3), 10);
  });
});

describe('coverageTailP: is an observed coverage surprising for intervals of the nominal level? (binomial, hand-derived)', () => {
  it('5 of 5 at 90 %: P(X ≥ 5) = 0.9⁵ = 0.59049 (too few to say it over-covers)', () => {
    expect(coverageTailP(5, 5, 0.9)).toBeCloseTo(0.59049, 12);
  });
  it('3 of 8 at 90 %: P(X ≤ 3) = 56·0.9³·0.1⁵ + 28·0.9²·0.1⁶ + 8·0.9·0.1⁷ + 0.1⁸ ≈ 4.31e-4 (really under-covers)', () => {
    expect(coverageTailP(3, 8, 0.9)).toBeCloseTo(56 * 0.729e-5 + 28 * 0.81e-6 + 8 * 0.9e-7 + 1e-8, 14);
  });
  it('6 of 9 at 90 %: P(X ≤ 6) = 1 − P(7) − P(8) − P(9)', () => {
    const p9 = 0.9 ** 9, p8 = 9 * 0.9 ** 8 * 0.1, p7 = 36 * 0.9 ** 7 * 0.01;
    expect(coverageTailP(6, 9, 0.9)).toBeCloseTo(1 - p7 - p8 - p9, 12);
  });
  it('is a probability, and the exact nominal count is never surprising (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 200 }), fc.double({ min: 0.05, max: 0.99, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (n, p, u) => {
      const k = Math.round(u * n);
      const t = coverageTailP(k, n, p)!;
      expect(t).toBeGreaterThanOrEqual(0);
      expect(t).toBeLessThanOrEqual(1 + 1e-12);
      // the tail includes P(X = k); at the binomial's mode that mass is the largest of n + 1, so at least 1/(n + 1)
      if (k === Math.floor((n + 1) * p) && k <= n) expect(t).toBeGreaterThanOrEqual(1 / (n + 1) - 1e-12);
    }));
    expect(coverageTailP(0, 0, 0.9)).toBeNull();
  });
});
