// Free-drug volume from a sourced human clearance (#27): a free bolus gives plasma AUC = dose/CL_mouse; a carrier's plasma AUC ratio has that denominator.
import { describe, expect, it } from 'vitest';
import { pharmacokinetics, type PkInput } from './model';
import { freeDrugVolumeL, pkp } from './params';

const body = 0.02;
const clH = 0.42; // L/h/kg (paclitaxel label ≈ 17 L/h/m²)
const tHalf = 0.5;

describe('free-drug volume', () => {
  it('V = CL_mouse/k_free with CL_mouse = CL_h·(m/70)^(0.75 − 1), never below plasma', () => {
    const clMouse = clH * Math.pow(body / 70, -0.25); // ≈ 3.2 L/h/kg
    expect(freeDrugVolumeL(clH, tHalf, body)).toBeCloseTo((clMouse / (Math.LN2 / tHalf)) * body, 12);
    expect(freeDrugVolumeL(undefined, tHalf, body)).toBeNull();
    const plasma = (pkp('pk.plasmaVolumeMlPerKg') * body) / 1000;
    expect(freeDrugVolumeL(1e-6, tHalf, body)).toBe(plasma);
  });
  it('a free bolus gives plasma AUC = dose/CL; a stable carrier (no leak) gives dose/(V_plasma·k_c)', () => {
    const v = freeDrugVolumeL(clH, tHalf, body)!;
    const clMouseL = clH * Math.pow(body / 70, -0.25) * body; // L/h for the animal
    const input: PkInput = {
      route: 'iv', freeDrug: false, carrierExitRatePerH: 0.05, carrierTumorRatePerH: 0.0005, intratumoralRetention: 0.8, particleDoseMg: 1, particleHighZ: {},
      payloads: [{ agent: 'x', doseMg: 0.2, molecularWeightGPerMol: 850, leakedInBloodFraction: 0, releasedInTumorFraction: 0.5, freeHalfLifeH: tHalf, freeTumorDeliveryPctID: 0.1, highZ: {}, freeVolumeL: v }],
      tumorMassG: 0.5, bodyMassKg: body, curves: false,
    };
    const pk = pharmacokinetics(input);
    const plasma = (pkp('pk.plasmaVolumeMlPerKg') * body) / 1000;
    expect(pk.payloads[0].freeDrugAuc.plasmaTotal).toBeCloseTo(0.2 / clMouseL, 10);
    expect(pk.payloads[0].auc.plasmaTotal).toBeCloseTo(0.2 / (plasma * 0.05), 8);
    expect(pk.payloads[0].aucRatio.plasmaTotal!).toBeCloseTo(clMouseL / (plasma * 0.05), 6);
    // the tumour does not see the volume: same tumour AUC with or without it
    const same = pharmacokinetics({ ...input, payloads: [{ ...input.payloads[0], freeVolumeL: null }] });
    expect(same.payloads[0].auc.tumorTotal).toBeCloseTo(pk.payloads[0].auc.tumorTotal, 12);
  });
});
