// Tests of the NIST photon data and interpolation against the NIST CSVs (read independently) and the README's table.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { absorptionEdges, ELEMENT_SYMBOLS, elementInfo, muEnOverRho, muOverRho, normalizeElementSymbol } from './photon';

/** The shared NIST CSVs, vendored with the tests (tests/fixtures/README.md names the source). */
const NIST = resolve(__dirname, '../../../tests/fixtures/shared/data/nist-xaamdi');

function csv(path: string): number[][] {
  return readFileSync(path, 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((l) => l.split(',').map(Number));
}

describe('photon data vs the README verification table (hand-copied reference values)', () => {
  // (μen/ρ)_X / (μen/ρ)_water at exact NIST grid energies — shared/data/nist-xaamdi/README.md
  const E = [0.03, 0.05, 0.1, 0.2, 0.5, 1.0, 2.0, 6.0];
  const table: Record<string, number[]> = {
    Bi: [168.08, 165.85, 76.63, 20.27, 2.85, 1.2, 0.92, 1.53],
    Au: [150.87, 145.02, 81.46, 18.75, 2.58, 1.14, 0.89, 1.51],
    Hf: [118.88, 110.13, 81.5, 15.66, 2.14, 1.03, 0.86, 1.45],
    Gd: [85.61, 76.77, 72.62, 12.08, 1.71, 0.93, 0.82, 1.39],
    I: [48.95, 155.65, 52.71, 7.74, 1.29, 0.85, 0.8, 1.31],
  };
  for (const [el, ratios] of Object.entries(table)) {
    it(`${el}/water μen ratios`, () => {
      E.forEach((e, i) => {
        const r = muEnOverRho(el, e) / muEnOverRho('water', e);
        expect(Math.abs(r / ratios[i] - 1)).toBeLessThan(0.005 + 0.005 / ratios[i]); // 2-decimal rounding of the table
      });
    });
  }
  it('V2: Bi/water at 0.03/0.05/0.2/1 MeV = 168.08/165.85/20.27/1.20 within 0.5 %', () => {
    const want = [168.08, 165.85, 20.27, 1.2];
    [0.03, 0.05, 0.2, 1].forEach((e, i) => expect(Math.abs(muEnOverRho('Bi', e) / muEnOverRho('water', e) / want[i] - 1)).toBeLessThan(0.005));
  });
  it('README spot values: water μen/ρ and μ/ρ at 0.1 MeV, Au μ/ρ at 0.1 MeV, Bi K edge both sides', () => {
    expect(muEnOverRho('water', 0.1)).toBe(0.02546);
    expect(muOverRho('water', 0.1)).toBe(0.1707);
    expect(muOverRho('Au', 0.1)).toBe(5.158);
    expect(muOverRho('Bi', 0.0905259, 'below')).toBe(1.856);
    expect(muEnOverRho('Bi', 0.0905259, 'below')).toBe(1.434);
    expect(muOverRho('Bi', 0.0905259)).toBe(7.38); // at the edge: the row above
    expect(muEnOverRho('Bi', 0.0905259)).toBe(2.073);
  });
  it('Gd: 0.05 MeV is just below its K edge (50.24 keV); μ/ρ jumps several-fold there, μen/ρ less (fluorescence escapes)', () => {
    const below = muEnOverRho('Gd', 0.0502391, 'below');
    const above = muEnOverRho('Gd', 0.0502391, 'above');
    expect(muOverRho('Gd', 0.0502391) / muOverRho('Gd', 0.0502391, 'below')).toBeGreaterThan(4);
    expect(above / below).toBeGreaterThan(1.5);
    // 0.05 MeV sits below the edge: Gd/water there is the README's 76.77, not an above-edge value
    expect(muEnOverRho('Gd', 0.05) / muEnOverRho('water', 0.05)).toBeCloseTo(76.77, 1);
    // just below the edge the value continues the segment from 0.05 MeV, not the above-edge row
    const justBelow = muEnOverRho('Gd', 0.0502391 * (1 - 1e-9));
    expect(Math.abs(justBelow / below - 1)).toBeLessThan(1e-6);
    const justAbove = muEnOverRho('Gd', 0.0502391 * (1 + 1e-9));
    expect(Math.abs(justAbove / above - 1)).toBeLessThan(1e-6);
  });
  it('edges: Bi K 90.5259 keV, Au K 80.7249 and L3 11.9187 keV, Gd K, Hf K, I K', () => {
    expect(absorptionEdges('Bi')[0]).toEqual({ label: 'K', energyMeV: 0.0905259 });
    const au = absorptionEdges('Au');
    expect(au[0]).toEqual({ label: 'K', energyMeV: 0.0807249 });
    expect(au.find((e) => e.label === 'L3')!.energyMeV).toBe(0.0119187);
    expect(absorptionEdges('Gd')[0].energyMeV).toBe(0.0502391);
    expect(absorptionEdges('Hf')[0].energyMeV).toBe(0.0653508);
    expect(absorptionEdges('I')[0].energyMeV).toBe(0.0331694);
    expect(absorptionEdges('O')).toEqual([]);
  });
});

describe('interpolation', () => {
  it('log–log between grid points (hand formula, Au between 0.1 and 0.15 MeV)', () => {
    const [e0, e1, y0, y1] = [0.1, 0.15, muEnOverRho('Au', 0.1), muEnOverRho('Au', 0.15)];
    const E = 0.12;
    const want = Math.exp(Math.log(y0) + ((Math.log(y1) - Math.log(y0)) * Math.log(E / e0)) / Math.log(e1 / e0));
    expect(muEnOverRho('Au', E)).toBeCloseTo(want, 12);
  });
  it('throws a clear RangeError outside 1 keV–20 MeV, accepts the ends', () => {
    expect(() => muEnOverRho('water', 0.0009)).toThrow(/outside the NIST tables/);
    expect(() => muEnOverRho('water', 20.5)).toThrow(RangeError);
    expect(() => muEnOverRho('water', NaN)).toThrow(RangeError);
    expect(muEnOverRho('water', 0.001)).toBe(4.065e3);
    expect(muEnOverRho('water', 20)).toBeGreaterThan(0);
  });
  it('unknown material throws naming it; symbols are case-insensitive', () => {
    expect(() => muEnOverRho('Xx', 0.1)).toThrow(/unknown material "Xx"/);
    expect(muEnOverRho('bi', 0.1)).toBe(muEnOverRho('Bi', 0.1));
    expect(normalizeElementSymbol('AU')).toBe('Au');
    expect(elementInfo('U').Z).toBe(92);
    expect(ELEMENT_SYMBOLS.length).toBe(92);
  });
  it('property: every element, every energy in range → finite, positive, μen/ρ ≤ μ/ρ', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 91 }), fc.double({ min: Math.log(0.001), max: Math.log(20), noNaN: true }), (zi, lnE) => {
        const s = ELEMENT_SYMBOLS[zi];
        const E = Math.exp(lnE);
        const a = muEnOverRho(s, E);
        const b = muOverRho(s, E);
        return Number.isFinite(a) && Number.isFinite(b) && a > 0 && a <= b * (1 + 1e-12);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('generated tables equal the NIST CSVs row by row', () => {
  it('all 92 elements + water + soft tissue: every tabulated value is returned exactly (edges: below/above rows)', () => {
    const files = readdirSync(join(NIST, 'elements')).filter((f) => f.endsWith('.csv'));
    expect(files.length).toBe(92);
    const cases: [string, string][] = files.map((f) => [f.replace('.csv', ''), join(NIST, 'elements', f)]);
    cases.push(['water', join(NIST, 'materials', 'water_liquid.csv')], ['soft-tissue', join(NIST, 'materials', 'soft_tissue_icru44.csv')]);
    let checked = 0;
    for (const [mat, path] of cases) {
      const rows = csv(path);
      rows.forEach(([e, mu, muen], i) => {
        const isBelow = i + 1 < rows.length && rows[i + 1][0] === e;
        const side = isBelow ? 'below' : 'above';
        expect(muOverRho(mat, e, side), `${mat} μ/ρ at ${e}`).toBe(mu);
        expect(muEnOverRho(mat, e, side), `${mat} μen/ρ at ${e}`).toBe(muen);
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(4479);
  });
  it('edge list equals absorption_edges.csv (labels and energies)', () => {
    const rows = readFileSync(join(NIST, 'absorption_edges.csv'), 'utf8').trim().split(/\r?\n/).slice(1).map((l) => l.split(','));
    const bySym = new Map<string, { label: string; energyMeV: number }[]>();
    for (const r of rows) bySym.set(r[0], [...(bySym.get(r[0]) ?? []), { label: r[2], energyMeV: Number(r[3]) }]);
    for (const s of ELEMENT_SYMBOLS) {
      const want = (bySym.get(s) ?? []).sort((a, b) => b.energyMeV - a.energyMeV);
      expect(absorptionEdges(s), s).toEqual(want);
    }
  });
  it('element properties equal element_properties.csv', () => {
    const rows = readFileSync(join(NIST, 'element_properties.csv'), 'utf8').trim().split(/\r?\n/).slice(1).map((l) => l.split(','));
    for (const [sym, Z, m, rho] of rows) {
      const info = elementInfo(sym);
      expect(info.Z).toBe(Number(Z));
      expect(info.atomicMassGPerMol).toBe(Number(m));
      expect(info.densityGPerCm3).toBe(Number(rho));
    }
  });
});

describe('Gd K edge values from absorption_edges.csv', () => {
  it('below/above rows', () => {
    const row = readFileSync(join(NIST, 'absorption_edges.csv'), 'utf8').split(/\r?\n/).find((l) => l.startsWith('Gd,64,K,'))!.split(',').map(Number);
    const [, , , e, muB, muA, muenB, muenA] = row;
    expect(muOverRho('Gd', e, 'below')).toBe(muB);
    expect(muOverRho('Gd', e)).toBe(muA);
    expect(muEnOverRho('Gd', e, 'below')).toBe(muenB);
    expect(muEnOverRho('Gd', e)).toBe(muenA);
  });
});
