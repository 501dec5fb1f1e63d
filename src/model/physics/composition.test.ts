// Tests of formula parsing and mass fractions: MODEL.md M0 targets, hand-computed values, invariants.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { massFractions, molarMassGPerMol, parseFormula } from './composition';
import { ELEMENT_SYMBOLS } from './photon';

describe('parseFormula', () => {
  it('parentheses, brackets, subscripts, hydrates', () => {
    expect(parseFormula('Zn(C4H5N2)2')).toEqual({ Zn: 1, C: 8, H: 10, N: 4 });
    expect(parseFormula('Bi2S3')).toEqual({ Bi: 2, S: 3 });
    expect(parseFormula('HfO2')).toEqual({ Hf: 1, O: 2 });
    expect(parseFormula('Pt(NH3)2Cl2')).toEqual({ Pt: 1, N: 2, H: 6, Cl: 2 });
    expect(parseFormula('Ca10(PO4)6(OH)2')).toEqual({ Ca: 10, P: 6, O: 26, H: 2 });
    expect(parseFormula('K4[Fe(CN)6]')).toEqual({ K: 4, Fe: 1, C: 6, N: 6 });
    expect(parseFormula('Bi₂S₃')).toEqual({ Bi: 2, S: 3 });
    expect(parseFormula('CuSO4·5H2O')).toEqual({ Cu: 1, S: 1, O: 9, H: 10 });
    expect(parseFormula('Fe0.9O')).toEqual({ Fe: 0.9, O: 1 });
    expect(parseFormula('CO')).toEqual({ C: 1, O: 1 });
    expect(parseFormula('Co')).toEqual({ Co: 1 });
  });
  it('errors name the problem and position', () => {
    expect(() => parseFormula('')).toThrow(/empty/);
    expect(() => parseFormula('Zn(C4')).toThrow(/unclosed "\("/);
    expect(() => parseFormula('H2O)')).toThrow(/unmatched "\)"/);
    expect(() => parseFormula('Xx2')).toThrow(/unknown element "Xx"/);
    expect(() => parseFormula('Q')).toThrow(/unknown element "Q"/);
    expect(() => parseFormula('H2-O')).toThrow(/unexpected character "-"/);
    expect(() => parseFormula('(]')).toThrow(/unmatched/);
    expect(() => parseFormula('H0')).toThrow(/count must be > 0/);
  });
});

describe('massFractions (MODEL.md M0 targets, atomic masses from the NIST element table)', () => {
  it('ZIF-8 Zn 28.7 %, HfO2 Hf 84.8 %, Bi2S3 Bi 81.3 %, cisplatin Pt 65.0 %', () => {
    expect(massFractions('Zn(C4H5N2)2').Zn * 100).toBeCloseTo(28.7, 1);
    expect(massFractions('HfO2').Hf * 100).toBeCloseTo(84.8, 1);
    expect(massFractions('Bi2S3').Bi * 100).toBeCloseTo(81.3, 1);
    expect(massFractions('Pt(NH3)2Cl2').Pt * 100).toBeCloseTo(65.0, 1);
    expect(massFractions('Au')).toEqual({ Au: 1 });
  });
  it('water by hand: H = 2·1.00794 / (2·1.00794 + 15.9994)', () => {
    expect(massFractions('H2O').H).toBeCloseTo((2 * 1.00794) / (2 * 1.00794 + 15.9994), 12);
    expect(molarMassGPerMol('H2O')).toBeCloseTo(18.01528, 5);
  });
  it('property: fractions in (0, 1] sum to 1; a group multiplier scales counts, not fractions', () => {
    const el = fc.constantFrom(...ELEMENT_SYMBOLS);
    fc.assert(
      fc.property(fc.array(fc.tuple(el, fc.integer({ min: 1, max: 20 })), { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 9 }), (parts, k) => {
        const f = parts.map(([s, n]) => `${s}${n}`).join('');
        const mf = massFractions(f);
        const sum = Object.values(mf).reduce((a, b) => a + b, 0);
        const scaled = parseFormula(`(${f})${k}`);
        const base = parseFormula(f);
        const mf2 = massFractions(`(${f})${k}`);
        return (
          Math.abs(sum - 1) < 1e-12 &&
          Object.values(mf).every((x) => x > 0 && x <= 1) &&
          Object.keys(base).every((s) => Math.abs(scaled[s] - k * base[s]) < 1e-9 && Math.abs(mf2[s] - mf[s]) < 1e-12)
        );
      }),
    );
  });
});
