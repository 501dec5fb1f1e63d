// Viability sheets through the one CSV reader (walk11 #16, #17): a blank/background row is averaged and subtracted, a
// "control" row is the 100 % reference, and the header's words pre-select what the wells held (never a silent default).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseViabilityCsv, viabilityArmHint, ViabilityCsvError } from './viability-csv';

const fixture = (n: string) => readFileSync(new URL(`../../../tests/fixtures/walk11/${n}`, import.meta.url), 'utf8');

describe('blank and control rows (walk11 #16)', () => {
  it("the tester's CCK-8 sheet: blank 0.04533 subtracted, viability = (OD − blank)/(control − blank), by hand", () => {
    const r = parseViabilityCsv(fixture('cck8.csv'));
    // blank = (0.045 + 0.047 + 0.044)/3 = 0.0453333; control = (1.212 + 1.180 + 1.254)/3 − blank = 1.2153333 − 0.0453333 = 1.17
    expect(r.blank).toEqual({ mean: expect.closeTo(0.136 / 3, 12), wells: 3, lines: [9] });
    expect(r.valueKind).toBe('absorbance');
    expect(r.points).toHaveLength(21); // 7 concentrations × 3 wells; the blank row is not a point
    expect(r.points[0].v).toBeCloseTo((1.212 - 0.136 / 3) / 1.17, 12);
    // 100 µg/mL, well 2: (0.188 − 0.0453333)/1.17 = 0.121937
    expect(r.points[19]).toEqual({ c: 100, v: expect.closeTo(0.121937, 6) });
    const ctl = r.points.filter((p) => p.c === 0);
    expect(ctl.reduce((s, p) => s + p.v, 0) / ctl.length).toBeCloseTo(1, 12);
    expect(r.notes.join(' ')).toMatch(/blank \(background\) row at line 9: mean 0\.04533 of 3 wells, subtracted from every well/);
  });
  it('"control", "medium", "background", "no cells" are recognised; control is concentration 0', () => {
    const r = parseViabilityCsv('Conc (µM),OD 1,OD 2\ncontrol,1.0,1.2\n1,0.9,0.9\n10,0.5,0.5\n100,0.2,0.2\nmedium,0.1,0.1\nno cells,0.1,0.1\n');
    expect(r.blank).toEqual({ mean: expect.closeTo(0.1, 12), wells: 4, lines: [6, 7] });
    expect(r.points.filter((p) => p.c === 0).map((p) => p.v)).toEqual([expect.closeTo(0.9 / 1.0, 12), expect.closeTo(1.1 / 1.0, 12)]);
    expect(r.points.find((p) => Math.abs(p.c - 10) < 1e-9)?.v).toBeCloseTo(0.4, 12);
    expect(parseViabilityCsv('Conc (µM),rep 1,rep 2\n0,1.0,1.2\n1,0.9,0.9\n10,0.5,0.5\nbackground,0.1,0.1\n').blank?.mean).toBeCloseTo(0.1, 12);
  });
  it('values already in % of control: a blank row is set aside (said), not subtracted', () => {
    const r = parseViabilityCsv('Conc (µM),Viability (%)\n0,100\n1,90\n10,50\n100,20\nblank,3\n');
    expect(r.blank).toBeUndefined();
    expect(r.points.map((p) => p.v)).toEqual([1, 0.9, 0.5, 0.2]);
    expect(r.notes.join(' ')).toMatch(/blank row at line 6 set aside/);
  });
  it('any other text as a concentration is refused naming the line, with the blank/control names in the message', () => {
    expect(() => parseViabilityCsv('Conc (µM),OD\n0,1\n1,0.5\nfoo,0.1\n')).toThrow(ViabilityCsvError);
    expect(() => parseViabilityCsv('Conc (µM),OD\n0,1\n1,0.5\nfoo,0.1\n')).toThrow(/^line 4, column 1 \("Conc \(µM\)"\): concentration "foo" is not a number; a background row .* may be named “blank”/);
  });
});

describe('what the wells held, from the header (walk11 #17)', () => {
  const names = { drugNames: ['in10018', 'IN10018'], carrierNames: ['IZB@CCM', 'zif8', 'ZIF-8'] };
  const hint = (header: string) => viabilityArmHint(parseViabilityCsv(`${header},OD\n0,1\n1,0.8\n10,0.5\n100,0.2\n`), names);
  it('the tester’s "Conc (ug/mL)" says nothing: no pre-selection (the user must choose)', () => {
    expect(viabilityArmHint(parseViabilityCsv(fixture('cck8.csv')), names)).toBeNull();
  });
  it('particles / NP / the candidate’s name → loaded carrier; the drug’s name → drug alone; empty / vehicle → empty carrier', () => {
    expect(hint('Conc (µg/mL particles)')?.arm).toBe('loaded-carrier');
    expect(hint('NP conc (µg/mL)')?.arm).toBe('loaded-carrier');
    expect(hint('IZB@CCM (µg/mL)')).toEqual({ arm: 'loaded-carrier', why: 'the header says “IZB@CCM”' });
    expect(hint('IN10018 (µM)')).toEqual({ arm: 'drug-alone', why: 'the header says “in10018”' });
    expect(hint('empty carrier (µg/mL)')?.arm).toBe('empty-carrier');
    expect(hint('IN10018 equivalent in NP (µM)')?.arm).toBe('loaded-carrier');
  });
});
