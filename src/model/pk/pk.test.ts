// M3.t compartments against hand-derived values (Bateman, one-compartment AUC = dose/(V·k)), mass balance, linearity in dose, fraction exposures in time; property test with no NaN.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aucInfinity, aucTo, expm } from './linear';
import { competingRate, pharmacokinetics, type PkInput, type PkPayloadInput } from './model';
import { fractionExposures } from './fraction-exposure';
import { pkp } from './params';

const LN2 = Math.LN2;

function payload(over: Partial<PkPayloadInput> = {}): PkPayloadInput {
  return { agent: 'doxorubicin', doseMg: 0.2, molecularWeightGPerMol: 543.5, leakedInBloodFraction: 0.1, releasedInTumorFraction: 0.5, freeHalfLifeH: 0.5, freeTumorDeliveryPctID: 0.1, highZ: {}, ...over };
}

function input(over: Partial<PkInput> = {}): PkInput {
  return {
    route: 'iv',
    freeDrug: false,
    carrierExitRatePerH: LN2 / 15.8,
    carrierTumorRatePerH: 0.007 * (LN2 / 15.8),
    intratumoralRetention: 0.8,
    particleDoseMg: 0.2,
    particleHighZ: { Au: 0.5 },
    payloads: [payload()],
    tumorMassG: 0.5,
    bodyMassKg: 0.02,
    ...over,
  };
}

describe('linear systems', () => {
  it('e^(At) of a two-step chain is Bateman’s solution', () => {
    const k1 = 0.3;
    const k2 = 0.05;
    const A = { n: 2, a: Float64Array.from([-k1, 0, k1, -k2]) };
    for (const t of [0, 0.1, 5, 48, 500]) {
      const E = expm(A, t);
      expect(E.a[0]).toBeCloseTo(Math.exp(-k1 * t), 13);
      expect(E.a[2]).toBeCloseTo((k1 / (k2 - k1)) * (Math.exp(-k1 * t) - Math.exp(-k2 * t)), 13);
    }
  });
  it('equal rates (degenerate eigenvalues) give k t e^(−kt)', () => {
    const k = 0.2;
    const A = { n: 2, a: Float64Array.from([-k, 0, k, -k]) };
    const E = expm(A, 7);
    expect(E.a[2]).toBeCloseTo(k * 7 * Math.exp(-k * 7), 13);
  });
  it('AUC to ∞ and to T: ∫ e^(−kt) = 1/k and (1 − e^(−kT))/k', () => {
    const A = { n: 1, a: Float64Array.from([-0.25]) };
    expect(aucInfinity(A, [2])[0]).toBeCloseTo(8, 12);
    expect(aucTo(A, [2], 4)[0]).toBeCloseTo(8 * (1 - Math.exp(-1)), 12);
  });
  it('competing rate inverts f = k/(k + k_other)', () => {
    const k = competingRate(0.2, 0.1, 100);
    expect(k / (k + 0.1)).toBeCloseTo(0.2, 14);
    expect(competingRate(1, 0.1, 100)).toBe(100);
  });
});

describe('pharmacokinetics', () => {
  const plasmaL = (pkp('pk.plasmaVolumeMlPerKg') * 0.02) / 1000;
  it('free drug: plasma AUC = dose/(V·k) and tumour AUC = dose·TD_free/(k_wf·m_tumour)', () => {
    const pk = pharmacokinetics(input({ freeDrug: true, particleHighZ: {} }));
    const p = pk.payloads[0];
    const kf = LN2 / 0.5;
    expect(p.auc.plasmaTotal).toBeCloseTo(0.2 / (plasmaL * kf), 10);
    const kwf = LN2 / pkp('pk.freeTumorHalfLifeH');
    expect(p.auc.tumorTotal).toBeCloseTo((0.2 * 0.001) / (kwf * 0.5), 12);
    expect(p.aucRatio.tumorTotal).toBe(1);
  });
  it('carrier that never leaks or releases: tumour AUC = dose·(k_t/k_c)/(k_wc·m)', () => {
    const pk = pharmacokinetics(input({ payloads: [payload({ leakedInBloodFraction: 0, releasedInTumorFraction: 0 })] }));
    const kc = LN2 / 15.8;
    const kwc = LN2 / pkp('pk.carrierTumorHalfLifeH');
    expect(pk.payloads[0].auc.tumorTotal).toBeCloseTo((0.2 * 0.007) / (kwc * 0.5), 10);
    expect(pk.payloads[0].auc.plasmaTotal).toBeCloseTo(0.2 / (plasmaL * kc), 10);
    // Au rides on the particle: the same AUCs × mass fraction
    expect(pk.elements[0].aucTumor).toBeCloseTo((0.2 * 0.5 * 0.007) / (kwc * 0.5), 10);
  });
  it('mass balance: compartments never exceed the dose, never go negative, and the body empties', () => {
    const pk = pharmacokinetics(input());
    let prevTotal = Infinity;
    for (const t of [0, 0.5, 1, 6, 24, 72, 168, 1000, 1e5]) {
      const s = pk.stateAt(t).payloads[0];
      for (const x of s) expect(x).toBeGreaterThanOrEqual(-1e-15);
      const total = s[0] + s[1] + s[2] + s[3];
      expect(total).toBeLessThanOrEqual(0.2 * (1 + 1e-12));
      expect(total).toBeLessThanOrEqual(prevTotal + 1e-15);
      prevTotal = total;
    }
    expect(prevTotal).toBeLessThan(1e-12);
  });
  it('AUCs are linear in dose and a second injection doubles them', () => {
    const a = pharmacokinetics(input());
    const b = pharmacokinetics(input({ payloads: [payload({ doseMg: 0.4 })] }));
    expect(b.payloads[0].auc.tumorTotal).toBeCloseTo(2 * a.payloads[0].auc.tumorTotal, 12);
    const two = pharmacokinetics(input({ injectionTimesH: [0, 168] }));
    expect(two.payloads[0].auc.tumorTotal).toBeCloseTo(2 * a.payloads[0].auc.tumorTotal, 12);
    expect(two.stateAt(200).payloads[0][2]).toBeCloseTo(a.stateAt(200).payloads[0][2] + a.stateAt(32).payloads[0][2], 14);
  });
  it('the sampled curve integrates (trapezoid) close to the AUC over the window', () => {
    const pk = pharmacokinetics(input());
    const c = pk.curves;
    const y = c.payloads[0].tumorTotalMgPerG;
    let s = 0;
    for (let k = 1; k < c.tH.length; k++) s += 0.5 * (y[k] + y[k - 1]) * (c.tH[k] - c.tH[k - 1]);
    const A = pk.matrices[0];
    const exact = aucTo(A, pk.initialState, c.tH[c.tH.length - 1]);
    // 49 points over 336 h: the trapezoid rule is within 0.5 % of the exact window AUC
    expect(Math.abs(s / (((exact[2] + exact[3]) * 0.2) / 0.5) - 1)).toBeLessThan(0.005);
  });
  it('a leakier carrier delivers less to the tumour than a tight one (same particle)', () => {
    const tight = pharmacokinetics(input({ payloads: [payload({ leakedInBloodFraction: 0.01 })] }));
    const leaky = pharmacokinetics(input({ payloads: [payload({ leakedInBloodFraction: 0.9 })] }));
    expect(leaky.payloads[0].auc.tumorTotal).toBeLessThan(tight.payloads[0].auc.tumorTotal);
    expect(leaky.payloads[0].aucRatio.plasmaTotal!).toBeLessThan(tight.payloads[0].aucRatio.plasmaTotal!);
  });
});

describe('fraction exposures', () => {
  const fak = input({ particleHighZ: { Bi: 0.3 }, payloads: [payload({ agent: 'in10018', molecularWeightGPerMol: 464.6, freeHalfLifeH: 1 })] });
  it('irradiating at 0 h, 24 h or 168 h sees different element, drug and relief levels', () => {
    const pk = pharmacokinetics(fak);
    const ex = fractionExposures({ pk, fractionTimesH: [0, 24, 168], intracellularShare: 0.5, cellMassNg: 3, fakPayload: [true], ic50M: 1e-7 });
    expect(ex[0].elementsMgPerG.Bi).toBe(0);
    expect(ex[1].elementsMgPerG.Bi).toBeGreaterThan(0);
    expect(ex[1].elementsMgPerG.Bi).not.toBeCloseTo(ex[2].elementsMgPerG.Bi, 6);
    expect(ex[1].freeDrugM).not.toBeCloseTo(ex[2].freeDrugM, 12);
    expect(ex[0].freeDrugM).toBe(0);
    expect(ex[0].hypoxiaReliefFactor).toBe(0);
    expect(ex[1].hypoxiaReliefFactor!).toBeGreaterThan(0);
    expect(ex[1].intracellularPgPerCell.Bi).toBeCloseTo(ex[1].elementsMgPerG.Bi * 3 * 0.5, 14);
  });
  it('the relief lags the occupancy: it rises slower than O and outlasts the drug', () => {
    const pk = pharmacokinetics(fak);
    const times = [1, 2, 4, 24, 48, 96, 200, 400];
    const ex = fractionExposures({ pk, fractionTimesH: times, intracellularShare: 0.5, cellMassNg: 3, fakPayload: [true], ic50M: 1e-7 });
    const occ = ex.map((e) => e.freeDrugM / (e.freeDrugM + 1e-7));
    expect(ex[0].hypoxiaReliefFactor!).toBeLessThan(occ[0]);
    for (const e of ex) expect(e.hypoxiaReliefFactor!).toBeGreaterThanOrEqual(0);
    for (const e of ex) expect(e.hypoxiaReliefFactor!).toBeLessThanOrEqual(1);
  });
  it('relief by recurrence (modal terms advanced one step at a time) equals stepping with the occupancy evaluated directly (1e-10), clinical calendars with repeated injections (listed in any order)', () => {
    /** the relief's definition: midpoint occupancy from tumorAt (the full state), R stepped exactly, every step evaluated */
    const reference = (pk: ReturnType<typeof pharmacokinetics>, times: number[], ic50: number): number[] => {
      const kOn = LN2 / pkp('pk.hypoxiaReliefOnsetH');
      const kOff = LN2 / pkp('pk.hypoxiaReliefDecayH');
      const h = Math.max(0.01, Math.min(2, pkp('pk.hypoxiaReliefOnsetH') / 12, pkp('pk.hypoxiaReliefDecayH') / 12));
      const occ = (t: number) => {
        const c = Math.max(0, pk.tumorAt(t).payloadFreeMgPerG[0]) / pk.input.payloads[0].molecularWeightGPerMol;
        return c > 0 ? c / (c + ic50) : 0;
      };
      const stepTo = (R: number, t: number, dt: number) => {
        const O = occ(t + 0.5 * dt);
        return O + (R - O) * Math.exp(-(O > R ? kOn : kOff) * dt);
      };
      let R = 0;
      let t = 0;
      return times.map((target) => {
        while (t + h <= target + 1e-9) {
          R = stepTo(R, t, h);
          t += h;
        }
        return target - t > 1e-12 ? stepTo(R, t, target - t) : R;
      });
    };
    fc.assert(
      fc.property(
        fc.record({
          tFree: fc.double({ min: 0.2, max: 200, noNaN: true }),
          kc: fc.double({ min: 1e-3, max: 1, noNaN: true }),
          every: fc.integer({ min: 24, max: 24 * 21 }),
          shots: fc.integer({ min: 1, max: 6 }),
          delay: fc.double({ min: 0, max: 200, noNaN: true }),
          ic50: fc.double({ min: 1e-9, max: 1e-5, noNaN: true }),
        }),
        (r) => {
          const pk = pharmacokinetics(
            input({ carrierExitRatePerH: r.kc, injectionTimesH: Array.from({ length: r.shots }, (_, i) => (r.shots - 1 - i) * r.every), payloads: [payload({ agent: 'in10018', molecularWeightGPerMol: 464.6, freeHalfLifeH: r.tFree })] }),
          );
          // a 25 + 4 clinical calendar: weekdays for five weeks, then two boosts a week
          const days = [...Array.from({ length: 25 }, (_, i) => 7 * Math.floor(i / 5) + (i % 5)), 35, 38, 42, 45];
          const times = days.map((d) => r.delay + 24 * d);
          const got = fractionExposures({ pk, fractionTimesH: times, intracellularShare: 0.5, cellMassNg: 3, fakPayload: [true], ic50M: r.ic50 }).map((e) => e.hypoxiaReliefFactor!);
          const want = reference(pk, times, r.ic50);
          got.forEach((g, i) => expect(Math.abs(g - want[i])).toBeLessThanOrEqual(1e-10));
        },
      ),
      { numRuns: 60 },
    );
  });
  it('property: any rates, doses and times in range give finite, non-negative exposures', () => {
    fc.assert(
      fc.property(
        fc.record({
          kc: fc.double({ min: 1e-4, max: 10, noNaN: true }),
          td: fc.double({ min: 0, max: 1, noNaN: true }),
          L: fc.double({ min: 0, max: 1, noNaN: true }),
          R: fc.double({ min: 0, max: 1, noNaN: true }),
          tFree: fc.double({ min: 0.01, max: 100, noNaN: true }),
          dose: fc.double({ min: 0, max: 50, noNaN: true }),
          route: fc.constantFrom<'iv' | 'intratumoral'>('iv', 'intratumoral'),
          free: fc.boolean(),
          t: fc.array(fc.double({ min: 0, max: 2000, noNaN: true }), { minLength: 1, maxLength: 5 }),
        }),
        (r) => {
          const pk = pharmacokinetics(
            input({ carrierExitRatePerH: r.kc, carrierTumorRatePerH: r.td * r.kc, route: r.route, freeDrug: r.free, particleDoseMg: r.dose, payloads: [payload({ doseMg: r.dose, leakedInBloodFraction: r.L, releasedInTumorFraction: r.R, freeHalfLifeH: r.tFree })] }),
          );
          const times = [...r.t].sort((a, b) => a - b);
          const ex = fractionExposures({ pk, fractionTimesH: times, intracellularShare: 0.5, cellMassNg: 3, fakPayload: [true], ic50M: 1e-7 });
          for (const e of ex) {
            expect(Number.isFinite(e.freeDrugM) && e.freeDrugM >= -1e-18).toBe(true);
            for (const el in e.elementsMgPerG) expect(Number.isFinite(e.elementsMgPerG[el]) && e.elementsMgPerG[el] >= -1e-15).toBe(true);
            expect(Number.isFinite(e.hypoxiaReliefFactor!)).toBe(true);
          }
          const a = pk.payloads[0].auc;
          for (const v of [a.plasmaTotal, a.plasmaFree, a.tumorTotal, a.tumorFree]) expect(Number.isFinite(v) && v >= -1e-15).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('tumour exposure of a fraction', () => {
  it('tumorExposureAt equals tumorAt to the bit (elements in the same key order, the wanted free drug) over routes, carriers, injections, element payloads and degenerate rates', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('iv', 'intratumoral'),
        fc.boolean(),
        fc.constantFrom([0], [0, 72], [0, 24, 168]),
        fc.double({ min: 0.05, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.boolean(),
        fc.boolean(),
        (route, freeDrug, injectionTimesH, freeHalfLifeH, leak, withBi, degenerate) => {
          const payloads = [
            payload({ freeHalfLifeH, leakedInBloodFraction: leak }),
            payload({ agent: 'bismuth', molecularWeightGPerMol: 209, highZ: withBi ? { Bi: 1 } : {}, freeHalfLifeH: degenerate ? pkp('pk.freeTumorHalfLifeH') : freeHalfLifeH * 2 }),
          ];
          const pk = pharmacokinetics(input({ route: route as PkInput['route'], freeDrug, injectionTimesH: [...injectionTimesH], payloads, particleHighZ: freeDrug ? {} : { Au: 0.5, Hf: 0.1 } }));
          if (degenerate) expect(pk.modes[1].degenerate).toBe(true);
          for (const t of [0, 0.5, 6, 24, 71.9, 72, 200, 599]) {
            const a = pk.tumorAt(t);
            for (const want of [[true, false], [false, true], [true, true]]) {
              const b = pk.tumorExposureAt(t, want);
              expect(JSON.stringify(b.elementsMgPerG)).toBe(JSON.stringify(a.elementsMgPerG));
              want.forEach((w, i) => expect(b.payloadFreeMgPerG[i]).toBe(w ? a.payloadFreeMgPerG[i] : 0));
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
