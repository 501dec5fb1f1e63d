// The free-drug vehicle (#27): the comparator (and a free-drug formulation) clears at the vehicle's measured clearance — hand-derived AUC = dose/CL, the tumour side unchanged, a slower-clearing vehicle never raises a carrier's plasma AUC ratio, never NaN.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pharmacokinetics, type PkInput, type PkPayloadInput } from './model';
import { freeDrugVolumeL, pkp, vehicleFreeDrugPk } from './params';
import { param } from '../param';

const body = 0.02;
const plasma = (pkp('pk.plasmaVolumeMlPerKg') * body) / 1000; // 0.8 mL
const clH = 0.42; // L/h/kg, paclitaxel's human clearance (label ≈ 17 L/h/m²)

function input(vehicle: PkPayloadInput['vehicle'], over: Partial<PkInput> = {}, p: Partial<PkPayloadInput> = {}): PkInput {
  return {
    route: 'iv', freeDrug: false, carrierExitRatePerH: 0.05, carrierTumorRatePerH: 0.0005, intratumoralRetention: 0.8, particleDoseMg: 1, particleHighZ: {},
    payloads: [{ agent: 'x', doseMg: 0.2, molecularWeightGPerMol: 854, leakedInBloodFraction: 0.3, releasedInTumorFraction: 0.5, freeHalfLifeH: 0.5, freeTumorDeliveryPctID: 0.1, highZ: {}, freeVolumeL: freeDrugVolumeL(clH, 0.5, body), vehicle, ...p }],
    tumorMassG: 0.5, bodyMassKg: body, curves: false, ...over,
  };
}

describe('vehicleFreeDrugPk (allometric step from the measured species)', () => {
  const ptx = { species: 'mouse' as const, bodyMassKg: 0.02, doseMgPerKg: 22.5, clearanceLPerHPerKg: param(0.2305, 'L/h/kg', 't', 'fitted'), terminalHalfLifeH: param(0.908, 'h', 't', 'fitted') };
  it('a mouse entry in the model mouse: CL = 0.2305 L/h/kg × 0.02 kg, its terminal t½', () => {
    const v = vehicleFreeDrugPk(ptx, 0.5, body);
    expect(v.clearanceLPerH).toBeCloseTo(0.2305 * 0.02, 14);
    expect(v.halfLifeH).toBe(0.908);
  });
  it('a rat entry (3.57 L/h/kg at 0.25 kg): × (0.02/0.25)^(−0.25) = 1.8803 per kg; no t½ read → the agent\'s', () => {
    const dtx = { species: 'rat' as const, bodyMassKg: 0.25, doseMgPerKg: 20, clearanceLPerHPerKg: param(3.57, 'L/h/kg', 't', 'published') };
    const v = vehicleFreeDrugPk(dtx, 0.5, body);
    expect(v.clearanceLPerH / body).toBeCloseTo(3.57 * Math.pow(0.08, -0.25), 12);
    expect(Math.pow(0.08, -0.25)).toBeCloseTo(1.8803, 4);
    expect(v.halfLifeH).toBe(0.5);
  });
});

describe('the comparator in its vehicle', () => {
  const veh = { clearanceLPerH: 0.2305 * body, halfLifeH: 0.908 };
  it('free drug in the vehicle: plasma AUC = dose/CL_v (0.2 mg / 0.00461 L/h = 43.38 mg·h/L)', () => {
    const pk = pharmacokinetics(input(veh));
    expect(pk.payloads[0].freeDrugAuc.plasmaTotal).toBeCloseTo(0.2 / (0.2305 * body), 9);
    expect(0.2 / (0.2305 * body)).toBeCloseTo(43.38, 2);
  });
  it('the carrier side is unchanged (released drug is unformulated); the ratio falls by the clearance ratio on the free part', () => {
    const a = pharmacokinetics(input(null));
    const b = pharmacokinetics(input(veh));
    expect(b.payloads[0].auc.plasmaTotal).toBe(a.payloads[0].auc.plasmaTotal);
    expect(b.payloads[0].auc.tumorTotal).toBe(a.payloads[0].auc.tumorTotal);
    const clU = clH * Math.pow(body / 70, -0.25) * body;
    expect(a.payloads[0].freeDrugAuc.plasmaTotal).toBeCloseTo(0.2 / clU, 9);
    expect(a.payloads[0].aucRatio.plasmaTotal! / b.payloads[0].aucRatio.plasmaTotal!).toBeCloseTo(clU / (0.2305 * body), 9);
  });
  it('the tumour comparator does not depend on the vehicle (its share TD_free of what leaves the blood is the agent\'s)', () => {
    const a = pharmacokinetics(input(null));
    const b = pharmacokinetics(input(veh));
    expect(b.payloads[0].freeDrugAuc.tumorTotal).toBeCloseTo(a.payloads[0].freeDrugAuc.tumorTotal, 12);
  });
  it('a free-drug formulation in the vehicle has AUC = dose/CL_v itself, ratio 1', () => {
    const pk = pharmacokinetics(input(veh, { freeDrug: true }));
    expect(pk.payloads[0].auc.plasmaTotal).toBeCloseTo(0.2 / (0.2305 * body), 9);
    expect(pk.payloads[0].aucRatio.plasmaTotal).toBe(1);
  });
  it('the vehicle volume is never below the plasma volume', () => {
    const pk = pharmacokinetics(input({ clearanceLPerH: 1e-6, halfLifeH: 0.5 }, { freeDrug: true }));
    // V = max(plasma, CL/k): the tiny clearance gives V = plasma, AUC = dose/(plasma·k)
    expect(pk.payloads[0].auc.plasmaTotal).toBeCloseTo(0.2 / (plasma * (Math.LN2 / 0.5)), 6);
  });
});

describe('vehicle properties', () => {
  const arb = fc.record({
    cl1: fc.double({ min: 1e-5, max: 1, noNaN: true }),
    f: fc.double({ min: 1, max: 100, noNaN: true }),
    t: fc.double({ min: 0.05, max: 50, noNaN: true }),
    leak: fc.double({ min: 0, max: 0.99, noNaN: true }),
    kc: fc.double({ min: 1e-3, max: 5, noNaN: true }),
  });
  it('no NaN; a slower-clearing vehicle never gives a higher carrier plasma AUC ratio', () => {
    fc.assert(
      fc.property(arb, ({ cl1, f, t, leak, kc }) => {
        const slow = pharmacokinetics(input({ clearanceLPerH: cl1, halfLifeH: t }, { carrierExitRatePerH: kc }, { leakedInBloodFraction: leak }));
        const fast = pharmacokinetics(input({ clearanceLPerH: cl1 * f, halfLifeH: t }, { carrierExitRatePerH: kc }, { leakedInBloodFraction: leak }));
        for (const pk of [slow, fast]) for (const v of Object.values(pk.payloads[0].aucRatio)) expect(v === null || Number.isFinite(v)).toBe(true);
        expect(slow.payloads[0].aucRatio.plasmaTotal!).toBeLessThanOrEqual(fast.payloads[0].aucRatio.plasmaTotal! * (1 + 1e-9));
      }),
      { numRuns: 200 },
    );
  });
});
