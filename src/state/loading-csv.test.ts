import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadingFitPoints, LoadingTableError, parseLoadingTable, readLoadingTable } from './loading-csv';

describe('parseLoadingTable', () => {
  it('reads feed + EE %', () => {
    expect(parseLoadingTable('feed_mg_per_mg,EE_pct\n0.1,92\n0.4,61.5\n')).toEqual([
      { feedMassRatio: 0.1, encapsulationEfficiencyPct: 92 },
      { feedMassRatio: 0.4, encapsulationEfficiencyPct: 61.5 },
    ]);
  });
  it('reads LC % with semicolons and decimal commas; mixed EE / LC rows', () => {
    expect(parseLoadingTable('feed;LC %\n0,2;12,5')).toEqual([{ feedMassRatio: 0.2, loadingCapacityPct: 12.5 }]);
    expect(parseLoadingTable('feed,EE %,LC %\n0.1,90,\n0.5,,20')).toEqual([
      { feedMassRatio: 0.1, encapsulationEfficiencyPct: 90 },
      { feedMassRatio: 0.5, loadingCapacityPct: 20 },
    ]);
  });
  it('names the line of a bad cell', () => {
    expect(() => parseLoadingTable('feed,EE\n0.1,90\n0.2,abc')).toThrow(/line 3/);
    expect(() => parseLoadingTable('feed,EE\n-1,90')).toThrow(/line 2: feed/);
    expect(() => parseLoadingTable('feed,EE\n0.1,120')).toThrow(/percentage/);
    expect(() => parseLoadingTable('feed,EE,LC\n0.1,50,5')).toThrow(/not both/);
    expect(() => parseLoadingTable('feed,amount\n0.1,5')).toThrow(LoadingTableError);
    expect(() => parseLoadingTable('0.1,5\n0.2,6')).toThrow(/header/);
  });
  it('a feed unit in the header converts through mathjs to mg/mg (µg/mg ÷ 1000, mg/g ÷ 1000, % w/w ÷ 100)', () => {
    expect(parseLoadingTable('feed (µg/mg),EE %\n100,92\n400,61.5')).toEqual([
      { feedMassRatio: 0.1, encapsulationEfficiencyPct: 92 },
      { feedMassRatio: 0.4, encapsulationEfficiencyPct: 61.5 },
    ]);
    expect(parseLoadingTable('"Feed, mg/g",EE %\n200,80')).toEqual([{ feedMassRatio: 0.2, encapsulationEfficiencyPct: 80 }]);
    expect(parseLoadingTable('feed [% w/w],LC %\n20,12')).toEqual([{ feedMassRatio: 0.2, loadingCapacityPct: 12 }]);
    expect(parseLoadingTable('feed (mg/mg),EE %\n0.3,70')).toEqual([{ feedMassRatio: 0.3, encapsulationEfficiencyPct: 70 }]);
    expect(() => parseLoadingTable('feed (mg),EE %\n0.3,70')).toThrow(/line 1: .*feed unit "mg" is not a mass ratio/);
    expect(() => parseLoadingTable('feed (mg/mL),EE %\n0.3,70')).toThrow(/not a mass ratio/);
  });
  it('converts percent to the fitter’s fractions', () => {
    expect(loadingFitPoints([{ feedMassRatio: 0.2, encapsulationEfficiencyPct: 50 }, { feedMassRatio: 1, loadingCapacityPct: 25 }])).toEqual([
      { feed: 0.2, ee: 0.5 }, { feed: 1, lc: 0.25 },
    ]);
  });
});

describe('the SD column of a loading sheet (walk11 #18)', () => {
  it("the tester's loading.csv: SD read per point (not ignored), and it reaches the fitter as a fraction", () => {
    const r = readLoadingTable(readFileSync(new URL('../../tests/fixtures/walk11/loading.csv', import.meta.url), 'utf8'));
    expect(r.points.map((p) => p.sdPct)).toEqual([3.0, 4.2, 5.1, 3.9, 2.2]);
    expect(r.messages.join(' ')).toMatch(/SD: column 3 \("SD"\), the SD of EE in % points/);
    expect(r.messages.join(' ')).not.toMatch(/Ignored/);
    expect(loadingFitPoints(r.points)[1]).toEqual({ feed: 0.1, ee: expect.closeTo(0.854, 15), sd: expect.closeTo(0.042, 15) });
    expect(() => readLoadingTable('feed,EE %,SD\n0.1,50,-1\n')).toThrow(/line 2, column 3 \("SD"\): an SD must be ≥ 0/);
  });
});
