// #27 free-drug vehicle in the engine: payloads[].freeDrugVehicle sets the comparator (Taxol's Cremophor EL/ethanol for paclitaxel) by the catalog's measured clearance; absent or 'none' scores exactly as before; a bad id is refused naming the field.
import { describe, expect, it } from 'vitest';
import { PRESETS, VEHICLES } from '../catalog';
import { parseFormulation } from '../schema';
import { freeDrugVolumeL } from '../model/pk';
import { scoreFormulation } from './index';

const nk105 = PRESETS.nk105.formulation as { payloads: Record<string, unknown>[] };
const withVehicle = (v: string) => ({ ...nk105, payloads: nk105.payloads.map((p, i) => (i === 0 ? { ...p, freeDrugVehicle: v } : p)) });

describe('free-drug vehicle (#27)', () => {
  it('every vehicle clearance has its unit and a source', () => {
    for (const v of Object.values(VEHICLES))
      for (const pk of Object.values(v.freeDrugPk)) {
        expect(pk.clearanceLPerHPerKg.unit).toBe('L/h/kg');
        expect(pk.clearanceLPerHPerKg.source.length).toBeGreaterThan(40);
      }
  });
  it("'none' scores exactly as no vehicle", () => {
    const a = scoreFormulation(nk105);
    const b = scoreFormulation(withVehicle('none'));
    expect(b.pk.payloads[0]).toEqual(a.pk.payloads[0]);
  });
  it('Taxol as comparator: the carrier is unchanged, the free-drug plasma AUC is dose/CL_vehicle, the tumour ratio unchanged', () => {
    const a = scoreFormulation(nk105);
    const b = scoreFormulation(withVehicle('cremophor-el-ethanol'));
    const pa = a.pk.payloads[0];
    const pb = b.pk.payloads[0];
    expect(pb.aucPlasmaMgHPerL).toBe(pa.aucPlasmaMgHPerL);
    expect(pb.tumorAucRatioVsFreeDrug!).toBeCloseTo(pa.tumorAucRatioVsFreeDrug!, 9);
    // comparator AUC ratio (unformulated / Cremophor) = CL_Cremophor / CL_unformulated
    const clU = 0.42 * Math.pow(0.02 / 70, -0.25) * 0.02; // paclitaxel's label clearance scaled to the mouse
    const clV = VEHICLES['cremophor-el-ethanol'].freeDrugPk.paclitaxel.clearanceLPerHPerKg.value * 0.02;
    const freeA = pa.aucPlasmaMgHPerL / pa.plasmaAucRatioVsFreeDrug!;
    const freeB = pb.aucPlasmaMgHPerL / pb.plasmaAucRatioVsFreeDrug!;
    expect(freeA / freeB).toBeCloseTo(clV / clU, 1);
    expect(freeDrugVolumeL(0.42, 0.5, 0.02)).not.toBeNull();
    expect(pb.plasmaAucRatioVsFreeDrug!).toBeLessThan(pa.plasmaAucRatioVsFreeDrug! / 10);
  });
  it('an unknown vehicle is refused naming the field', () => {
    const r = parseFormulation(withVehicle('olive-oil'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.some((i) => i.path.includes('freeDrugVehicle'))).toBe(true);
  });
});
