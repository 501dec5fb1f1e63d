// Tests of the outcome engine entry: Scores unchanged by the probe, control arm independent of the particle, candidate ≥ control when it sensitizes, per-fraction bridge, overrides, Monte Carlo bands.
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../catalog';
import { radiosensitization } from '../model/radiobiology/radiosensitization';
import { outcomeCore, SCHEDULES, summariseSchedule } from '../model/outcome';
import { parseFormulation } from '../schema';
import { CATALOG_LOOKUP, resolveFormulation, scoreCompleted } from './index';
import { resolveOverrides } from './resolve-overrides';
import { radiobiologyChain } from './score';
import { clinicalFractionTimesH, OUTCOME_HYPOTHESIS, OUTCOME_OUTPUTS, outcomeCompleted, outcomeUncertaintyCompleted } from './outcome';

const form = (id: keyof typeof PRESETS) => resolveFormulation(PRESETS[id].formulation);

describe('outcome engine', () => {
  it('the radiobiology probe does not change the Scores', () => {
    const f = form('izb-ccm');
    let seen = 0;
    const a = scoreCompleted(f, CATALOG_LOOKUP, {});
    const b = scoreCompleted(f, CATALOG_LOOKUP, { radiobiologyProbe: () => seen++ });
    expect(seen).toBe(1);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });
  it('the lean radiobiology chain gives the probe\'s inputs and the Scores\' fraction exposures to the bit (every preset, with and without overrides)', () => {
    const times = [0, 24, 48, 72, 96, 168, 336];
    for (const id of Object.keys(PRESETS) as (keyof typeof PRESETS)[]) {
      for (const overrides of [undefined, { 'pk.hypoxiaReliefOnsetH': 7, 'radiobiology.hypoxicFraction': 0.4, 'targeting.eprVariability': 2 }]) {
        const f = form(id);
        let probed: unknown = null;
        const s = scoreCompleted(f, CATALOG_LOOKUP, { lean: true, overrides, fractionTimesH: times, radiobiologyProbe: (i) => (probed = i) });
        const lean = radiobiologyChain(f, CATALOG_LOOKUP, { lean: true, fractionTimesH: times }, resolveOverrides(f, { overrides }));
        expect(JSON.stringify(lean.inputs), id).toBe(JSON.stringify(probed));
        expect(JSON.stringify(lean.exposures), id).toBe(JSON.stringify(s.pk?.fractions));
      }
    }
  });
  it('control arm is the same for every formulation with the default cells; a particle that does not sensitize gains exactly 0', () => {
    const a = outcomeCompleted(form('izb-ccm'), CATALOG_LOOKUP, { curves: false });
    const z = outcomeCompleted(form('doxil'), CATALOG_LOOKUP, { curves: false });
    expect(z.control.localControl).toBe(a.control.localControl);
    expect(z.radiobiologyByCourse.every((r) => r.sensitizerEnhancementRatio === 1)).toBe(true);
    expect(z.localControlGain).toBe(0);
    expect(a.localControlGain).toBeGreaterThan(0);
    expect(a.candidate.recurrence).toBeCloseTo(1 - a.candidate.localControl, 15);
    expect(a.hypothesis).toBe(OUTCOME_HYPOTHESIS);
  });
  it('curves: in [0, 1], non-decreasing in dose, candidate ≥ control at every dose', () => {
    const r = outcomeCompleted(form('nbtxr3'), CATALOG_LOOKUP, {});
    const c = r.curves;
    expect(c).not.toBeNull();
    if (!c) return;
    for (let i = 0; i < c.eqd2Gy.length; i++) {
      for (const v of [c.control[i], c.candidate[i]]) expect(v >= 0 && v <= 1).toBe(true);
      expect(c.candidate[i]).toBeGreaterThanOrEqual(c.control[i] - 1e-12);
      if (i > 0) {
        expect(c.control[i]).toBeGreaterThanOrEqual(c.control[i - 1] - 1e-12);
        expect(c.candidate[i]).toBeGreaterThanOrEqual(c.candidate[i - 1] - 1e-12);
      }
    }
  });
  it('NBTXR3 (hafnia) sensitizes more under the Ir-192 boost than under 6 MV (each course sees its own beam)', () => {
    const r = outcomeCompleted(form('nbtxr3'), CATALOG_LOOKUP, { curves: false });
    expect(r.radiobiologyByCourse[1].doseEnhancementFactor).toBeGreaterThan(r.radiobiologyByCourse[0].doseEnhancementFactor);
  });
  it('irradiation timing moves the outcome: each clinical fraction sees the exposure at its time (0 h, 24 h, 168 h differ)', () => {
    const base = PRESETS['izb-ccm'].formulation;
    const at = (d: number) => outcomeCompleted(resolveFormulation({ ...base, scenario: { ...base.scenario, irradiationDelayH: d } }), CATALOG_LOOKUP, { curves: false, explain: false });
    const [a, b, c] = [at(0), at(24), at(168)];
    // the control arm has no particle: identical whatever the delay
    expect(b.control.localControl).toBe(a.control.localControl);
    expect(c.control.localControl).toBe(a.control.localControl);
    // the drug has not reached the tumour at 0 h, is there at 24 h and has largely washed out by 168 h
    expect(a.radiobiologyByCourse[0].fakOccupancy).toBeLessThan(0.01);
    expect(b.radiobiologyByCourse[0].fakOccupancy).toBeGreaterThan(c.radiobiologyByCourse[0].fakOccupancy);
    expect(b.localControlGain).toBeGreaterThan(c.localControlGain);
    expect(new Set([a.localControlGain, b.localControlGain, c.localControlGain]).size).toBe(3);
    for (const r of [a, b, c]) expect(r.localControlGain).toBeGreaterThanOrEqual(0);
  });

  it('clinical fraction times: the first at the irradiation delay, later ones a calendar day × 24 h after it', () => {
    const cal = [{ day: 0, doseGy: 1.8, course: 0 }, { day: 1, doseGy: 1.8, course: 0 }, { day: 7, doseGy: 1.8, course: 0 }];
    expect(clinicalFractionTimesH(cal, 24)).toEqual([24, 48, 192]);
  });

  it('one result per fraction (pk bridge) equals one result for all when they are the same', () => {
    const rs = radiosensitization({ beam: '6MV', elements: { Bi: 1 }, explain: false });
    const s = SCHEDULES['ebrt45-hdr7x4'];
    const n = summariseSchedule(s).fractions.length;
    const single = outcomeCore({ schedule: s, radiobiology: { kind: 'single', result: rs }, alphaRefPerGy: 0.25, explain: false });
    const perFraction = outcomeCore({ schedule: s, radiobiology: { kind: 'byFraction', results: Array.from({ length: n }, () => ({ ...rs })) }, alphaRefPerGy: 0.25, explain: false });
    expect(perFraction.candidate.tcp).toBeCloseTo(single.candidate.tcp, 14);
    expect(() => outcomeCore({ schedule: s, radiobiology: { kind: 'byFraction', results: [rs] }, alphaRefPerGy: 0.25 })).toThrow(/one result per fraction/);
  });
  it('outcome.* overrides move the outcome, not the Scores; no cisplatin lowers control', () => {
    const f = form('izb-ccm');
    const base = outcomeCompleted(f, CATALOG_LOOKUP, { curves: false });
    const more = outcomeCompleted(f, CATALOG_LOOKUP, { curves: false, overrides: { 'outcome.clonogens': 4e5 } });
    expect(more.control.localControl).toBeLessThan(base.control.localControl);
    const s1 = scoreCompleted(f, CATALOG_LOOKUP, {});
    const s2 = scoreCompleted(f, CATALOG_LOOKUP, { overrides: { 'outcome.clonogens': 4e5 } });
    expect(s2.score.overall).toBe(s1.score.overall);
    expect(outcomeCompleted(f, CATALOG_LOOKUP, { curves: false, cisplatin: false }).control.localControl).toBeLessThan(base.control.localControl);
  });
  it('Monte Carlo: seeded, ordered bands for every outcome output, no failures', () => {
    const f = form('izb-ccm');
    const u = outcomeUncertaintyCompleted(f, CATALOG_LOOKUP, { draws: 64, seed: 3 });
    const v = outcomeUncertaintyCompleted(f, CATALOG_LOOKUP, { draws: 64, seed: 3 });
    expect(u.failures).toBe(0);
    expect(v.bands).toEqual(u.bands);
    for (const k of OUTCOME_OUTPUTS) {
      const b = u.bands[k];
      expect(b.n).toBe(64);
      expect(b.p5).toBeLessThanOrEqual(b.p50);
      expect(b.p50).toBeLessThanOrEqual(b.p95);
    }
    expect(u.params.some((p) => p.id === 'outcome.clonogens')).toBe(true);
    expect(u.params.some((p) => p.id === 'radiobiology.alphaPerGy')).toBe(false);
  });
  it('scenario.outcomeSchedule (optional field) picks the schedule; absent it is not added; bad text names the field', () => {
    const f = resolveFormulation({ ...PRESETS['izb-ccm'].formulation, scenario: { ...PRESETS['izb-ccm'].formulation.scenario, outcomeSchedule: 'ebrt50.4-hdr7x4' } });
    expect(f.scenario.outcomeSchedule).toBe('ebrt50.4-hdr7x4');
    expect(outcomeCompleted(f, CATALOG_LOOKUP, { curves: false }).schedule.overallTreatmentTimeDays).toBe(50);
    expect('outcomeSchedule' in (resolveFormulation(PRESETS['izb-ccm'].formulation) as { scenario: object }).scenario).toBe(false);
    const bad = parseFormulation({ scenario: { outcomeSchedule: 'ebrt:0x2' } });
    expect(bad.ok).toBe(true);
    if (bad.ok) expect(() => outcomeCompleted(bad.value, CATALOG_LOOKUP, { curves: false })).toThrow(/^scenario\.outcomeSchedule: .*fractions/);
    // the Scores do not read it
    const a = scoreCompleted(resolveFormulation(PRESETS['izb-ccm'].formulation), CATALOG_LOOKUP, {});
    const b = scoreCompleted(f, CATALOG_LOOKUP, {});
    expect(b.score.overall).toBe(a.score.overall);
  });
});
