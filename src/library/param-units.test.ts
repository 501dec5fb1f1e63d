// Every parameter's unit string is a unit mathjs can read (after writing superscripts as powers), or a declared
// dimensionless label — so units stay machine-checkable, and quantities typed with units convert through mathjs.
import { describe, expect, it } from 'vitest';
import { all, create } from 'mathjs';
import { allParams } from './param-tables';

/** Labels that are not physical units: counts, fractions and scales (each says what it counts). */
const DIMENSIONLESS_LABELS: Record<string, string> = {
  '1': 'a ratio or count',
  '%': 'percent',
  '% ID': 'percent of the injected dose',
  pH: 'the pH scale',
  'mol %': 'mole percent (of the lipid)',
  particles: 'a count of particles',
};

const math = create(all);
// units of this domain that mathjs does not define
math.createUnit('Gy', '1 J/kg');
math.createUnit('cell');
math.createUnit('M', '1 mol/L');

/** The catalog's typography → mathjs syntax: superscript powers, micro sign, degree Celsius, d (the SI-accepted symbol of the day). */
function mathjsUnitText(unit: string): string {
  return unit
    .replace(/⁻¹/g, '^-1').replace(/⁻²/g, '^-2').replace(/²/g, '^2').replace(/³/g, '^3')
    .replace(/[µμ]/g, 'u')
    .replace(/°C/g, 'degC')
    .replace(/(^|[^A-Za-z])d(?![A-Za-z])/g, '$1day');
}

describe('parameter units', () => {
  const units = [...new Set(allParams().map((p) => p.param.unit))];

  it('every unit string parses as a mathjs unit or is a declared dimensionless label', () => {
    const bad = units.filter((u) => {
      if (u in DIMENSIONLESS_LABELS) return false;
      try {
        math.unit(`1 ${mathjsUnitText(u)}`);
        return false;
      } catch {
        return true;
      }
    });
    expect(bad).toEqual([]);
    expect(units.length).toBeGreaterThan(10);
  });

  it('the parsed units mean what the names say (hand-checked conversions)', () => {
    const v = (q: string, to: string) => math.unit(mathjsUnitText(q)).toNumber(mathjsUnitText(to));
    expect(v('1 mg/g', 'µg/g')).toBeCloseTo(1000, 9);
    expect(v('2 mg/kg', 'µg/g')).toBeCloseTo(2, 9);
    expect(v('3 h⁻¹', 'min^-1')).toBeCloseTo(0.05, 12);
    expect(v('1 g/cm³', 'mg/mL')).toBeCloseTo(1000, 9);
    expect(v('1 Gy', 'J/kg')).toBe(1);
    expect(v('0.2 mol/L', 'M')).toBeCloseTo(0.2, 12);
    expect(v('1 mmHg', 'Pa')).toBeCloseTo(133.322, 2);
    expect(v('0.3 Gy⁻¹', 'kg/J')).toBeCloseTo(0.3, 12);
  });
});
