// Units through mathjs: header time units (hand factors), mass ratios (mg/kg = µg/g), refusals.
import { describe, expect, it } from 'vitest';
import { convertQuantity, massRatioFactor, readTimeUnit, TIME_UNIT_HOURS, timeUnitOf } from './quantity';

describe('time units read through mathjs', () => {
  it('factors to hours are the definitions (60 min = 1 h, 1 d = 24 h, 1 wk = 168 h, 3600 s = 1 h)', () => {
    expect(TIME_UNIT_HOURS.h).toBe(1);
    expect(TIME_UNIT_HOURS.min * 60).toBeCloseTo(1, 14);
    expect(TIME_UNIT_HOURS.d).toBeCloseTo(24, 12);
    expect(TIME_UNIT_HOURS.wk).toBeCloseTo(168, 12);
    expect(TIME_UNIT_HOURS.s * 3600).toBeCloseTo(1, 12);
  });
  it('reads the spellings labs write', () => {
    const cases: [string, string][] = [
      ['min', 'min'], ['mins', 'min'], ['minutes', 'min'], ['Min', 'min'], ['m', 'min'],
      ['h', 'h'], ['hr', 'h'], ['hrs', 'h'], ['hours', 'h'], ['Std', 'h'], ['Stunden', 'h'], ['h.', 'h'],
      ['d', 'd'], ['day', 'd'], ['days', 'd'], ['Tage', 'd'],
      ['s', 's'], ['sec', 's'], ['seconds', 's'], ['week', 'wk'], ['weeks', 'wk'],
    ];
    for (const [w, u] of cases) expect(timeUnitOf(w), w).toBe(u);
  });
  it('a time without a label here is named; anything else is not a time', () => {
    expect(readTimeUnit('ms')).toEqual({ notShown: 'ms' });
    for (const w of ['%', 'mg', 'pH', 'release', 'mL', '', 'x'.repeat(60), 'import("fs")']) expect(timeUnitOf(w), w).toBeNull();
  });
});

describe('mass ratios (a feed in mg/mg, a dose in mg/kg or µg/g)', () => {
  it('hand conversions', () => {
    expect(massRatioFactor('mg/kg', 'µg/g')).toBeCloseTo(1, 12);
    expect(massRatioFactor('µg/mg', 'mg/mg')).toBeCloseTo(0.001, 15);
    expect(massRatioFactor('mg/g', 'mg/mg')).toBeCloseTo(0.001, 15);
    expect(massRatioFactor('g/kg', 'mg/mg')).toBeCloseTo(0.001, 15);
    expect(massRatioFactor('% w/w', 'mg/mg')).toBeCloseTo(0.01, 15);
    expect(massRatioFactor('%', 'µg/g')).toBeCloseTo(1e4, 9);
  });
  it('refuses what is not mass per mass', () => {
    for (const u of ['mg', 'mg/mL', 'h', '1', 'banana']) expect(massRatioFactor(u, 'mg/mg'), u).toBeNull();
  });
  it('convertQuantity: same dimension converts, different dimensions are refused', () => {
    expect(convertQuantity(2, 'mg/kg', 'µg/g')).toBeCloseTo(2, 12);
    expect(convertQuantity(90, 'min', 'h')).toBeCloseTo(1.5, 12);
    expect(convertQuantity(1, 'mg', 'h')).toBeNull();
  });
});
