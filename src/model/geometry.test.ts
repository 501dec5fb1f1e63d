// M0 geometry against hand-derived values (ZIF-8 120 nm) and invariants.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeGeometry, GEOMETRY_PARAMS } from './geometry';
import { HFO2, ZIF8 } from './loading/test-fixtures';

const full = { membranes: [{ fraction: 0.5 }, { fraction: 0.5 }], membraneToCoreMassRatio: 1, peg: false };

describe('M0 geometry, ZIF-8 120 nm (hand-derived)', () => {
  // V = π/6 · 120³ nm³ = 904 778.68 nm³ = 9.0477868e-16 cm³; m = 0.92 g/cm³ · V = 8.3239639e-16 g.
  // r_geom = 6 σp/(ρ d) = 6 · 3.8e-21 g/nm² / (0.92e-21 g/nm³ · 120 nm) = 22.8/110.4 = 0.20652174.
  // r = 1: c = min(1, 0.3 · 1 / 0.20652174) = min(1, 1.4526) = 1; d_h = 120 + 10 = 130 nm.
  const g = computeGeometry({ core: ZIF8, diameterNm: 120, coating: full });
  it('core mass', () => expect(g.coreMassG).toBeCloseTo(8.3239639e-16, 22));
  it('r_geom', () => expect(g.fullCoatMassPerCoreMass).toBeCloseTo(0.20652174, 7));
  it('full coverage at r = 1, membrane mass = r_geom', () => {
    expect(g.membraneCoverage).toBe(1);
    expect(g.membraneMassPerCoreMass).toBeCloseTo(0.20652174, 7);
  });
  it('hydrodynamic diameter', () => {
    expect(g.hydrodynamicDiameterNm).toBeCloseTo(130, 10);
    expect(computeGeometry({ core: ZIF8, diameterNm: 120, coating: { ...full, peg: true } }).hydrodynamicDiameterNm).toBeCloseTo(138, 10);
  });
  it('partial coverage at r = 0.2: c = 0.06/0.20652174 = 0.29052632', () => {
    const p = computeGeometry({ core: ZIF8, diameterNm: 120, coating: { ...full, membraneToCoreMassRatio: 0.2 } });
    expect(p.membraneCoverage).toBeCloseTo(0.29052632, 7);
    expect(p.membraneMassPerCoreMass).toBeCloseTo(0.06, 10);
    expect(p.hydrodynamicDiameterNm).toBeCloseTo(122.9052632, 6);
  });
  it('Zn mass fraction of ZIF-8 is 28.7 % (MODEL.md)', () => expect(g.elementMassFractions.Zn).toBeCloseTo(0.287, 3));
  it('HfO2 is 84.8 % Hf (MODEL.md)', () => expect(computeGeometry({ core: HFO2, diameterNm: 50, coating: null }).elementMassFractions.Hf).toBeCloseTo(0.848, 3));
  it('bare particle and PEG-only coat have zero coverage', () => {
    expect(computeGeometry({ core: ZIF8, diameterNm: 120, coating: null }).membraneCoverage).toBe(0);
    const peg = computeGeometry({ core: ZIF8, diameterNm: 100, coating: { membranes: [], membraneToCoreMassRatio: 5, peg: true } });
    expect(peg.membraneCoverage).toBe(0);
    expect(peg.hydrodynamicDiameterNm).toBe(108);
  });
  it('overrides change η', () => {
    const o = computeGeometry({ core: ZIF8, diameterNm: 120, coating: { ...full, membraneToCoreMassRatio: 0.2 }, overrides: { 'geometry.eta': 0.6 } });
    expect(o.membraneCoverage).toBeCloseTo(0.58105263, 7);
  });
  it('every explanation names an equation', () => expect(g.explanations.every((e) => e.equation.startsWith('M0.'))).toBe(true));
  it('params carry units and sources', () => {
    for (const p of Object.values(GEOMETRY_PARAMS)) expect(p.unit.length > 0 && p.source.length > 0).toBe(true);
  });
});

describe('M0 invariants', () => {
  it('c ∈ [0, 1], masses positive, d_h ≥ d, no NaN', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1000, noNaN: true }), fc.double({ min: 0, max: 20, noNaN: true }), fc.boolean(), (d, r, peg) => {
        const g = computeGeometry({ core: ZIF8, diameterNm: d, coating: { membranes: [{ fraction: 1 }], membraneToCoreMassRatio: r, peg } });
        expect(g.membraneCoverage).toBeGreaterThanOrEqual(0);
        expect(g.membraneCoverage).toBeLessThanOrEqual(1);
        expect(g.coreMassG).toBeGreaterThan(0);
        expect(g.hydrodynamicDiameterNm).toBeGreaterThanOrEqual(d);
        expect(g.membraneMassPerCoreMass).toBeLessThanOrEqual(g.fullCoatMassPerCoreMass * (1 + 1e-12));
        expect(Number.isFinite(g.particleMassG)).toBe(true);
      }),
    );
  });
  it('mass scales as d³ and r_geom as 1/d', () => {
    const a = computeGeometry({ core: ZIF8, diameterNm: 50, coating: null });
    const b = computeGeometry({ core: ZIF8, diameterNm: 100, coating: null });
    expect(b.coreMassG / a.coreMassG).toBeCloseTo(8, 10);
    expect(a.fullCoatMassPerCoreMass / b.fullCoatMassPerCoreMass).toBeCloseTo(2, 10);
  });
  it('rejects non-positive diameters', () => expect(() => computeGeometry({ core: ZIF8, diameterNm: 0, coating: null })).toThrow(/diameterNm/));
});
