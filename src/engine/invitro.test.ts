// Tests of the in-vitro bench for a formulation (issue #26): the measured uptake goes to the element the user measured (default the highest-Z one), by mechanism; scenario options reach the bench.
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../catalog/presets';
import { parseFormulation } from '../schema';
import { CATALOG_LOOKUP } from './index';
import { defaultMeasuredElement, invitroForFormulation, invitroOfCompleted } from './invitro';

function izb(extra: Record<string, unknown> = {}) {
  const r = parseFormulation({ ...PRESETS['izb-ccm'].formulation, scenario: { ...(PRESETS['izb-ccm'].formulation.scenario ?? {}), setting: 'in-vitro', invitro: extra } }, {});
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('measured uptake: the element the user measured', () => {
  it('default: the highest-Z element of the particle (Bi for IZB, not the heavier mass fraction Zn)', () => {
    expect(defaultMeasuredElement({ Zn: 0.2, Bi: 0.1 })).toBe('Bi');
    expect(defaultMeasuredElement({ Au: 0.5, Gd: 0.9 })).toBe('Au');
    const r = invitroOfCompleted(izb({ measuredPgPerCell: 2 }), CATALOG_LOOKUP);
    expect(r.conditions.measuredElement).toBe('Bi');
    expect(r.uptake.pgPerCell.Bi).toBe(2);
    // Zn follows the particle's composition: Zn = 2 × (f_Zn / f_Bi)
    const model = invitroOfCompleted(izb(), CATALOG_LOOKUP).uptake.pgPerCell;
    expect(r.uptake.pgPerCell.Zn).toBeCloseTo((2 * model.Zn) / model.Bi, 9);
  });
  it('the user can name the element (Zn) or the whole particle; an element the particle lacks is refused, naming the field', () => {
    const zn = invitroOfCompleted(izb({ measuredPgPerCell: 2, measuredElement: 'Zn' }), CATALOG_LOOKUP);
    expect(zn.uptake.pgPerCell.Zn).toBe(2);
    const p = invitroOfCompleted(izb({ measuredPgPerCell: 3, measuredElement: 'particle' }), CATALOG_LOOKUP);
    expect(p.uptake.pgPerCellParticle).toBe(3);
    expect(() => invitroOfCompleted(izb({ measuredPgPerCell: 2, measuredElement: 'Au' }), CATALOG_LOOKUP)).toThrow(/invitro.measuredElement: "Au" is not an element of this particle; choose one of/);
  });
  it('agglomerate and cell-layer options from the scenario reach the bench; absent, the defaults are unchanged', () => {
    const f = izb();
    const plain = invitroForFormulation(f, CATALOG_LOOKUP, {});
    expect(invitroOfCompleted(f, CATALOG_LOOKUP).dosimetry.deliveredFraction).toEqual(plain.dosimetry.deliveredFraction);
    const agg = invitroOfCompleted(izb({ agglomerateDiameterNm: 600, fractalDimension: 2.3 }), CATALOG_LOOKUP);
    expect(agg.dosimetry.deliveredFraction.at(-1)!).toBeGreaterThan(plain.dosimetry.deliveredFraction.at(-1)!);
    const lang = invitroOfCompleted(izb({ bindingKdUgPerMl: 5 }), CATALOG_LOOKUP);
    expect(lang.dosimetry.boundary).toBe('langmuir');
    expect(lang.dosimetry.deliveredFraction.at(-1)!).toBeLessThan(plain.dosimetry.deliveredFraction.at(-1)!);
  });
  it('IZB@CCM at the defaults (HeLa, 50 µg/mL, 24 h): viability of the loaded carrier is high (released drug, 2-D IC50), not ≈ 0', () => {
    const r = invitroOfCompleted(izb(), CATALOG_LOOKUP);
    expect(r.cytotoxicity.viabilityLoaded).toBeGreaterThan(0.8);
    expect(r.cytotoxicity.viabilityLoaded).toBeLessThan(1);
  });
});
