// Tests of the fast TCP paths: the windowed population TCP within its stated tolerance of the full Simpson sum, the dose–response evaluator and the two-compartment log-sum-exp equal to the last bit (property tests over compartments, doses and parameters).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lnSurvivalCourse, populationTcp, populationTcpOverDoses, TCP_NODE_TOLERANCE, type FractionRadiobiology, type TcpCompartment, type TcpParams } from './tcp';
import { fractionRadiobiology } from './bridge';
import { scaleScheduleToEqd2 } from './dose-response';
import { outcomeCore } from './outcome';
import { parseSchedule, scheduleCalendar } from './schedules';

/**
 * ln S of a course written as the definition: Σ_fractions ln Σ_c f_c exp(−s α_c d − β_c d²), log-sum-exp over every
 * populated compartment; a run of n identical consecutive fractions counts n × its term (as the TCP core folds them).
 */
function lnSurvivalReference(fr: readonly FractionRadiobiology[], s = 1): number {
  const same = (x: FractionRadiobiology, y: FractionRadiobiology) =>
    x.doseGy === y.doseGy && x.compartments.every((c, i) => c.fraction === y.compartments[i].fraction && c.alphaPerGy === y.compartments[i].alphaPerGy && c.betaPerGy2 === y.compartments[i].betaPerGy2);
  let total = 0;
  for (let k = 0; k < fr.length; ) {
    let n = 1;
    while (k + n < fr.length && same(fr[k], fr[k + n])) n++;
    const f = fr[k];
    const d = f.doseGy;
    const d2 = d * d;
    const e = f.compartments.map((c) => Math.log(c.fraction) - (s * c.alphaPerGy * d + c.betaPerGy2 * d2));
    const max = Math.max(...e);
    let sum = 0;
    for (let i = 0; i < e.length; i++) if (f.compartments[i].fraction > 0) sum += Math.exp(e[i] - max);
    total += n * (max + Math.log(sum));
    k += n;
  }
  return total;
}

const compartments = fc
  .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0.01, max: 1, noNaN: true }), fc.double({ min: 0, max: 0.2, noNaN: true }), fc.double({ min: 0.2, max: 1, noNaN: true }))
  .map(([h, a, b, omf]): TcpCompartment[] => [
    { fraction: 1 - h, alphaPerGy: a, betaPerGy2: b },
    { fraction: h, alphaPerGy: a * omf, betaPerGy2: b * omf * omf },
  ]);

/** A calendar of 5 weekday fractions then 2 boost fractions, each with its own compartments. */
const base = fc.array(compartments, { minLength: 7, maxLength: 7 }).map((cs): FractionRadiobiology[] =>
  cs.map((c, i) => ({ doseGy: i < 5 ? 1.8 : 7, dayOfCourse: i < 5 ? i : 7 + 3 * (i - 5), compartments: c })),
);
const params = fc.record({
  clonogens: fc.double({ min: 1, max: 1e12, noNaN: true }),
  alphaRefPerGy: fc.double({ min: 0.05, max: 0.6, noNaN: true }),
  sigmaAlphaPerGy: fc.oneof(fc.constant(0), fc.double({ min: 0.001, max: 0.2, noNaN: true })),
  kickoffDays: fc.double({ min: 0, max: 30, noNaN: true }),
  doublingDays: fc.double({ min: 1, max: 10, noNaN: true }),
  cisplatinBedGy: fc.double({ min: 0, max: 20, noNaN: true }),
}) as fc.Arbitrary<TcpParams>;

/** Population TCP as the definition: Simpson over ᾱ ± 6σ (65 nodes) of exp(−N₀ S(α) R C(α)), every node evaluated. */
function populationTcpReference(fr: readonly FractionRadiobiology[], p: TcpParams): number {
  const ott = fr.length ? Math.max(...fr.map((f) => f.dayOfCourse)) - Math.min(...fr.map((f) => f.dayOfCourse)) : 0;
  const lnR = (Math.LN2 * Math.max(0, ott - p.kickoffDays)) / p.doublingDays;
  const a0 = p.alphaRefPerGy;
  const sd = p.sigmaAlphaPerGy;
  const lo = Math.max(0, a0 - 6 * sd);
  const h = (a0 + 6 * sd - lo) / 64;
  let num = 0;
  let den = 0;
  for (let i = 0; i <= 64; i++) {
    const a = lo + i * h;
    const z = (a - a0) / sd;
    const w = (i === 0 || i === 64 ? 1 : i % 2 === 1 ? 4 : 2) * Math.exp(-0.5 * z * z);
    den += w;
    if (!(a > 0)) continue;
    const s = a / a0;
    const x = Math.log(p.clonogens) + (lnSurvivalReference(fr, s) + lnR - s * a0 * p.cisplatinBedGy);
    num += w * (x > 700 ? 0 : Math.exp(-Math.exp(x)));
  }
  return Math.min(1, Math.max(0, num / den));
}

describe('fast TCP paths equal the definitions', () => {
  it('populationTcp (only the transition nodes evaluated) is within TCP_NODE_TOLERANCE of the node-by-node Simpson sum', () => {
    const withSpread = params.filter((p) => p.sigmaAlphaPerGy > 0);
    fc.assert(
      fc.property(base, withSpread, fc.double({ min: 0.5, max: 8, noNaN: true }), (fr, p, k) => {
        const scaled = fr.map((f) => ({ ...f, doseGy: f.doseGy * k }));
        expect(Math.abs(populationTcp(scaled, p).tcp - populationTcpReference(scaled, p))).toBeLessThanOrEqual(TCP_NODE_TOLERANCE);
      }),
      { numRuns: 300 },
    );
  });
  it('two-compartment ln S equals the plain log-sum-exp to the last bit (empty compartments included)', () => {
    fc.assert(
      fc.property(base, fc.double({ min: 0.1, max: 3, noNaN: true }), (fr, s) => {
        expect(lnSurvivalCourse(fr, s)).toBe(lnSurvivalReference(fr, s));
      }),
      { numRuns: 300 },
    );
    const empty: FractionRadiobiology[] = [{ doseGy: 2, dayOfCourse: 0, compartments: [{ fraction: 1, alphaPerGy: 0.3, betaPerGy2: 0.03 }, { fraction: 0, alphaPerGy: 0.1, betaPerGy2: 0.01 }] }];
    expect(lnSurvivalCourse(empty)).toBe(lnSurvivalReference(empty));
    expect(lnSurvivalCourse(empty)).toBeCloseTo(-(0.6 + 0.12), 14);
  });
  // the same nodes and ln S terms, summed in another order: round-off in x (≪ 1e-12), which can move one node across a window edge (≤ ε each side)
  const sameSum = 2 * TCP_NODE_TOLERANCE + 1e-12;
  it('populationTcpOverDoses equals populationTcp of each dose set (up to round-off), boost scaled or every dose scaled', () => {
    fc.assert(
      fc.property(base, params, fc.array(fc.double({ min: 0.2, max: 3, noNaN: true }), { minLength: 1, maxLength: 6 }), fc.boolean(), (fr, p, ks, boostOnly) => {
        const doseLists = ks.map((k) => fr.map((f, i) => (boostOnly && i < 5 ? f.doseGy : f.doseGy * k)));
        const fast = populationTcpOverDoses(fr, doseLists, p);
        doseLists.forEach((doses, j) => {
          const slow = populationTcp(fr.map((f, i) => ({ ...f, doseGy: doses[i] })), p).tcp;
          expect(Math.abs(fast[j] - slow)).toBeLessThanOrEqual(sameSum);
        });
      }),
      { numRuns: 200 },
    );
  });
  it('runs of identical fractions fold as in populationTcp (shared and equal-valued compartments)', () => {
    const c: TcpCompartment[] = [{ fraction: 0.8, alphaPerGy: 0.3, betaPerGy2: 0.03 }, { fraction: 0.2, alphaPerGy: 0.12, betaPerGy2: 0.005 }];
    const fr: FractionRadiobiology[] = Array.from({ length: 9 }, (_, i) => ({ doseGy: 2, dayOfCourse: i, compartments: i % 3 === 0 ? c : c.map((x) => ({ ...x })) }));
    const p: TcpParams = { clonogens: 1e9, alphaRefPerGy: 0.3, sigmaAlphaPerGy: 0.06, kickoffDays: 21, doublingDays: 4, cisplatinBedGy: 5 };
    const doses = [fr.map(() => 2), fr.map((_, i) => (i < 6 ? 2 : 5))];
    const fast = populationTcpOverDoses(fr, doses, p);
    expect(Math.abs(fast[0] - populationTcp(fr, p).tcp)).toBeLessThanOrEqual(sameSum);
    expect(Math.abs(fast[1] - populationTcp(fr.map((f, i) => ({ ...f, doseGy: doses[1][i] })), p).tcp)).toBeLessThanOrEqual(sameSum);
    expect(() => populationTcpOverDoses(fr, [[2, 2]], p)).toThrow(/one per fraction/);
    expect(() => populationTcpOverDoses(fr, [fr.map(() => NaN)], p)).toThrow(/doseGy/);
  });
});

describe('outcome against the slow reference (schedules × per-fraction radiobiology × parameters)', () => {
  // the reference: every fraction's compartments from the bridge, the node-by-node 65-node Simpson of the definition,
  // the curve from the schedule re-scaled to each EQD2 (scaleScheduleToEqd2) — no windowing, no shared sums
  const comp = (name: 'oxic' | 'hypoxic', fraction: number, a: number, b: number) => ({ name, fraction, pO2MmHg: name === 'oxic' ? 40 : 2, omf: 1, alphaPerGy: a, betaPerGy2: b });
  const rbArb = fc.record({ h: fc.double({ min: 0, max: 0.6, noNaN: true }), omf: fc.double({ min: 0.3, max: 1, noNaN: true }), ser: fc.double({ min: 1, max: 2, noNaN: true }), def: fc.double({ min: 1, max: 1.3, noNaN: true }) });
  const scheduleArb = fc
    .record({ n: fc.integer({ min: 5, max: 30 }), d: fc.double({ min: 1.5, max: 3, noNaN: true }), m: fc.integer({ min: 0, max: 5 }), e: fc.double({ min: 4, max: 9, noNaN: true }) })
    .map((x) => parseSchedule(`ebrt:${x.n}x${x.d.toFixed(2)}${x.m > 0 ? `+hdr:${x.m}x${x.e.toFixed(2)}` : ''}`));
  it('local control of both arms and every curve point within 1e-5 of the reference (bound: ε = 1e-6 per side + round-off)', () => {
    fc.assert(
      fc.property(scheduleArb, fc.array(rbArb, { minLength: 1, maxLength: 40 }), params.filter((p) => p.sigmaAlphaPerGy > 0), fc.boolean(), (schedule, rbs, p, cis) => {
        const a0 = p.alphaRefPerGy;
        const b0 = a0 / 10;
        const cal = scheduleCalendar(schedule);
        const results = cal.map((_, i) => {
          const r = rbs[i % rbs.length];
          const control = [comp('oxic', 1 - r.h, a0, b0), comp('hypoxic', r.h, a0 * r.omf, b0 * r.omf * r.omf)];
          return { doseEnhancementFactor: r.def, compartmentsControl: control, compartmentsTreated: control.map((c) => ({ ...c, alphaPerGy: c.alphaPerGy * r.ser })) };
        });
        const overrides = { 'outcome.clonogens': p.clonogens, 'outcome.sigmaAlphaPerGy': p.sigmaAlphaPerGy, 'outcome.kickoffDays': p.kickoffDays, 'outcome.doublingDays': p.doublingDays, 'outcome.cisplatinBedGy': p.cisplatinBedGy };
        const grid = [40, 55, 70, 85, 100, 120];
        const got = outcomeCore({ schedule, radiobiology: { kind: 'byFraction', results }, alphaRefPerGy: a0, cisplatin: cis, overrides, curveEqd2Gy: grid, explain: false });
        // the calendar of the schedule, each fraction at its (re-scaled) course's dose
        const ref = (arm: 'control' | 'candidate', s = schedule) => populationTcpReference(fractionRadiobiology(cal.map((f) => ({ ...f, doseGy: s.courses[f.course].doseGy })), results, arm), { ...p, cisplatinBedGy: cis ? p.cisplatinBedGy : 0 });
        expect(Math.abs(got.control.tcp - ref('control'))).toBeLessThan(1e-5);
        expect(Math.abs(got.candidate.tcp - ref('candidate'))).toBeLessThan(1e-5);
        grid.forEach((D, j) => {
          const scaled = scaleScheduleToEqd2(schedule, D, 10);
          expect(Math.abs(got.curves!.control[j] - ref('control', scaled))).toBeLessThan(1e-5);
          expect(Math.abs(got.curves!.candidate[j] - ref('candidate', scaled))).toBeLessThan(1e-5);
        });
      }),
      { numRuns: 120 },
    );
  });
});
