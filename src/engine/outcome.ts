// The outcome entry (#16 §3): a formulation and a clinical schedule → local control and recurrence of control and candidate arms, dose–response curves, and their Monte Carlo bands. Separate from the Scores: the score numbers never change.
import type { Explanation } from '../model/param';
import type { RadiosensitizationInputs } from '../model/radiobiology/radiosensitization';
import { radiosensitization, radiosensitizationByExposure, type RadiosensitizationExposure } from '../model/radiobiology/radiosensitization';
import { hasSpread, monteCarlo, type MonteCarloResult, type UncertainParam } from '../model/uncertainty';
import {
  CALIBRATION_TARGETS,
  DEFAULT_CURVE_EQD2_GY,
  DEFAULT_SCHEDULE_ID,
  OUTCOME_PARAMS,
  outcomeCore,
  outcomeParam,
  summariseSchedule,
  parseSchedule,
  scheduleCalendar,
  SCHEDULES,
  type CalibrationTarget,
  type OutcomeCoreResult,
  type RadiobiologyOfFraction,
  type Schedule,
  type ScheduledFraction,
} from '../model/outcome';
import type { FractionExposure } from '../model/pk';
import { MODEL_VERSION } from '../model/version';
import { resolvedWithPlan } from './override-plan';
import { radiobiologyChain } from './score';
import { resolveOverrides, type ResolvedOverrides } from './resolve-overrides';
import type { CompletedFormulation, EntityLookup } from './types';
import { monteCarloSetup } from './uncertainty';

/** Said loudly wherever an outcome is shown (CLI JSON, Outcome tab). */
export const OUTCOME_HYPOTHESIS =
  'HYPOTHESIS, not a prediction for a patient: the candidate arm applies the radiosensitization computed for this formulation at mouse scale (mouse pharmacokinetics, tumour mass and mg/kg dose of the scenario) to a clinical cervical-cancer chemoradiotherapy course. Only the control arm is calibrated to clinical outcomes.';

export const OUTCOME_ASSUMPTIONS: readonly string[] = [
  'Local control = population Poisson TCP (Webb–Nahum, Gaussian inter-patient α); local recurrence = 1 − TCP. Distant metastases are not modelled (the ~30 % recurrence after chemoradiotherapy includes them).',
  'Clonogen number and σ_α are fitted to clinical dose–response points (EFFECTIVE values, not a cell count); the dose axis is the total EQD2 (α/β 10 Gy) of the HR-CTV D90 with the boost dose scaled.',
  'Each fraction sees the drug and high-Z concentrations and the hypoxia relief that the time-resolved pharmacology gives at its time (irradiation delay + 24 h × calendar day after the first injection: uptake, wash-out, lagged relief), with each course\'s own beam (6 MV external beam, Ir-192 brachytherapy).',
  'The hypoxic compartment is restored between fractions (full reoxygenation), as in the radiosensitization chain.',
  'Concurrent cisplatin is a radiation-equivalent independent cell kill (BED_c), the same in both arms; drug–particle interactions are not modelled.',
  'Repopulation starts at T_k and runs at one doubling time to the last fraction (assumed values, checked against the published cost of treatment prolongation).',
];

export interface OutcomeOptions {
  /** schedule id, compact text ('ebrt:25x1.8+hdr:4x7') or a Schedule; default 'ebrt45-hdr7x4' */
  schedule?: string | Schedule;
  /** concurrent cisplatin (default true) */
  cisplatin?: boolean;
  /** parameter overrides (model, entity and 'outcome.<key>'), on top of the formulation's own */
  overrides?: Record<string, number>;
  /** dose–response curves (default true) */
  curves?: boolean;
  explain?: boolean;
}

export interface CourseRadiobiology {
  modality: string;
  beam: string;
  doseEnhancementFactor: number;
  localEnhancementFactor: number;
  hypoxicFraction: number;
  fakOccupancy: number;
  sensitizerEnhancementRatio: number;
}

export interface OutcomeReport {
  kind: 'nanoplatform.outcome/1';
  modelVersion: string;
  name: string | null;
  hypothesis: string;
  assumptions: readonly string[];
  schedule: OutcomeCoreResult['schedule'];
  cisplatin: boolean;
  params: OutcomeCoreResult['params'];
  radiobiologyByCourse: CourseRadiobiology[];
  control: { localControl: number; recurrence: number; ottDays: number; lnSurvival: number };
  candidate: { localControl: number; recurrence: number; ottDays: number; lnSurvival: number };
  localControlGain: number;
  relativeRecurrenceReduction: number;
  curves: OutcomeCoreResult['curves'];
  calibration: readonly CalibrationTarget[];
  explanations: Explanation[];
}

/** The schedule an option names (throws a RangeError naming what is wrong). */
export function resolveSchedule(s: string | Schedule | undefined): Schedule {
  if (s === undefined) return SCHEDULES[DEFAULT_SCHEDULE_ID];
  return typeof s === 'string' ? parseSchedule(s) : s;
}

/** The schedule of an outcome: the option, else the formulation's scenario.outcomeSchedule (an error names that field), else the default. */
function scheduleOf(opt: string | Schedule | undefined, f: CompletedFormulation): Schedule {
  if (opt !== undefined || f.scenario.outcomeSchedule === undefined) return resolveSchedule(opt);
  try {
    return parseSchedule(f.scenario.outcomeSchedule);
  } catch (e) {
    throw new RangeError(`scenario.outcomeSchedule: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** What one score gives the outcome: the radiosensitization inputs (first fraction) and the exposure at every clinical fraction. */
interface Captured {
  inputs: RadiosensitizationInputs;
  exposures: readonly FractionExposure[];
}

/**
 * Fraction times (h after the first injection) of a clinical calendar: the first fraction at the scenario's
 * irradiation delay, each later one day × 24 h after it (#16 §1: each fraction sees what is there at its time).
 */
export function clinicalFractionTimesH(cal: readonly ScheduledFraction[], irradiationDelayH: number): number[] {
  const day0 = cal.length > 0 ? cal[0].day : 0;
  return cal.map((fx) => irradiationDelayH + (fx.day - day0) * 24);
}

/** The scoring chain (lean) at the clinical fraction times, up to the radiosensitization inputs (first fraction) and the per-fraction exposures. */
function capture(f: CompletedFormulation, lookup: EntityLookup, r: ResolvedOverrides, timesH: readonly number[]): Captured {
  return radiobiologyChain(f, lookup, { lean: true, fractionTimesH: [...timesH] }, r);
}

/**
 * The radiobiology of every clinical fraction: that fraction's course beam and the tumour's element, intracellular and
 * free-drug concentrations and hypoxia relief at its time (M3.t). The exposure-independent part of the chain
 * (parameters, beam, s(beam), oxygen, control compartments) is resolved once per course beam
 * (radiosensitizationByExposure); each fraction runs only the exposure-dependent tail. Without per-fraction exposures
 * (free drug, no pk) every fraction of a course sees the first fraction's inputs. `rows`: the table of each course at
 * its first fraction, from the full chain (SER needs its D10 roots); only when asked.
 */
function perFraction(schedule: Schedule, cal: readonly ScheduledFraction[], cap: Captured, rows: boolean): { results: RadiobiologyOfFraction[]; rows: CourseRadiobiology[] } {
  const byBeam = new Map<string, (ex: RadiosensitizationExposure) => RadiobiologyOfFraction>();
  const byCourse: RadiobiologyOfFraction[] = [];
  const results: RadiobiologyOfFraction[] = new Array(cal.length);
  const table: CourseRadiobiology[] = [];
  const usable = cap.exposures.length === cal.length;
  for (let i = 0; i < cal.length; i++) {
    const fx = cal[i];
    const c = schedule.courses[fx.course];
    const ex = usable ? cap.exposures[i] : null;
    const exposure: RadiosensitizationExposure = ex
      ? { elements: ex.elementsMgPerG, intracellularPgPerCell: ex.intracellularPgPerCell, freeDrugM: ex.freeDrugM, hypoxiaReliefFactor: ex.hypoxiaReliefFactor }
      : cap.inputs;
    if (rows && !table[fx.course]) {
      const r = radiosensitization({ ...cap.inputs, ...exposure, beam: c.beam, fractions: 1, doseGyPerFraction: 2, explain: false });
      table[fx.course] = { modality: c.modality, beam: c.beam, doseEnhancementFactor: r.doseEnhancementFactor, localEnhancementFactor: r.localEnhancementFactor, hypoxicFraction: r.hypoxicFraction, fakOccupancy: r.fakOccupancy, sensitizerEnhancementRatio: r.sensitizerEnhancementRatio };
    }
    if (!ex && byCourse[fx.course]) {
      results[i] = byCourse[fx.course];
      continue;
    }
    let run = byBeam.get(c.beam);
    if (!run) byBeam.set(c.beam, (run = radiosensitizationByExposure({ ...cap.inputs, beam: c.beam, fractions: 1, doseGyPerFraction: 2 })));
    results[i] = run(exposure);
    if (!ex) byCourse[fx.course] = results[i];
  }
  return { results, rows: table.filter(Boolean) };
}

function mergedOverrides(f: CompletedFormulation, extra: Record<string, number> | undefined): Record<string, number> | undefined {
  if (!f.overrides && !extra) return undefined;
  return { ...(f.overrides ?? {}), ...(extra ?? {}) };
}

/** Local control and recurrence of a completed formulation on a clinical schedule (control vs candidate), with curves and explanations. */
export function outcomeCompleted(f: CompletedFormulation, lookup: EntityLookup, opts: OutcomeOptions = {}): OutcomeReport {
  const schedule = scheduleOf(opts.schedule, f);
  const explain = opts.explain !== false;
  const cal = scheduleCalendar(schedule);
  // outputs only: the outcome reads the chain's radiosensitization inputs and the fraction exposures, no warning texts or t50 solves
  const cap = capture(f, lookup, resolveOverrides(f, { overrides: opts.overrides }), clinicalFractionTimesH(cal, f.scenario.irradiationDelayH));
  const inputs = cap.inputs;
  const { results, rows } = perFraction(schedule, cal, cap, true);
  const core = outcomeCore({
    schedule,
    radiobiology: { kind: 'byFraction', results },
    alphaRefPerGy: inputs.alphaPerGy ?? f.scenario.cells.alphaPerGy,
    cisplatin: opts.cisplatin,
    overrides: mergedOverrides(f, opts.overrides),
    curveEqd2Gy: opts.curves === false ? undefined : DEFAULT_CURVE_EQD2_GY,
    explain,
  });
  const explanations: Explanation[] = explain
    ? [
        {
          equation: 'O0-radiobiology-per-course',
          formula: 'the radiosensitization chain (M4.2–M4.7) of this formulation, re-run for every fraction with its course\'s beam and the tumour concentrations and hypoxia relief at its time (M3.t); shown at each course\'s first fraction',
          inputs: rows.map((r, i) => ({ name: `course ${i + 1} (${r.modality}, ${r.beam})`, value: `DEF ${r.doseEnhancementFactor.toFixed(4)}, LEF ${r.localEnhancementFactor.toFixed(4)}, h' ${r.hypoxicFraction.toFixed(3)}, SER ${r.sensitizerEnhancementRatio.toFixed(4)}`, unit: '' })),
          params: [],
          note: OUTCOME_HYPOTHESIS,
        },
        ...core.explanations,
      ]
    : [];
  const arm = (a: OutcomeCoreResult['control']) => ({ localControl: a.tcp, recurrence: a.recurrence, ottDays: a.ottDays, lnSurvival: a.lnSurvival });
  return {
    kind: 'nanoplatform.outcome/1',
    modelVersion: MODEL_VERSION,
    name: f.name ?? null,
    hypothesis: OUTCOME_HYPOTHESIS,
    assumptions: OUTCOME_ASSUMPTIONS,
    schedule: core.schedule,
    cisplatin: core.cisplatin,
    params: core.params,
    radiobiologyByCourse: rows,
    control: arm(core.control),
    candidate: arm(core.candidate),
    localControlGain: core.localControlGain,
    relativeRecurrenceReduction: core.relativeRecurrenceReduction,
    curves: core.curves,
    calibration: CALIBRATION_TARGETS,
    explanations,
  };
}

/** The numbers of an outcome without curves, explanations or the per-course table (what inverse design scores per candidate). */
export interface OutcomeArms {
  localControlControl: number;
  localControlCandidate: number;
  localControlGain: number;
  recurrenceControl: number;
  recurrenceCandidate: number;
}

/**
 * Local control of both arms, lean: the same chain and numbers as outcomeCompleted (control and candidate TCP, gain,
 * recurrences; tested to the bit) without the dose–response curves, the explanations or the per-course SER table,
 * which need root finding. Inverse design calls it for every candidate that has an outcome objective or limit.
 */
export function outcomeArms(f: CompletedFormulation, lookup: EntityLookup, opts: Pick<OutcomeOptions, 'schedule' | 'cisplatin' | 'overrides'> = {}): OutcomeArms {
  const schedule = scheduleOf(opts.schedule, f);
  const cal = scheduleCalendar(schedule);
  const cap = capture(f, lookup, resolveOverrides(f, { overrides: opts.overrides }), clinicalFractionTimesH(cal, f.scenario.irradiationDelayH));
  const { results } = perFraction(schedule, cal, cap, false);
  const core = outcomeCore({
    schedule,
    radiobiology: { kind: 'byFraction', results },
    alphaRefPerGy: cap.inputs.alphaPerGy ?? f.scenario.cells.alphaPerGy,
    cisplatin: opts.cisplatin,
    overrides: mergedOverrides(f, opts.overrides),
    explain: false,
  });
  return {
    localControlControl: core.control.tcp,
    localControlCandidate: core.candidate.tcp,
    localControlGain: core.localControlGain,
    recurrenceControl: core.control.recurrence,
    recurrenceCandidate: core.candidate.recurrence,
  };
}

/** Outputs with Monte Carlo bands. */
export const OUTCOME_OUTPUTS = ['outcome.localControlControl', 'outcome.localControlCandidate', 'outcome.localControlGain', 'outcome.recurrenceControl', 'outcome.recurrenceCandidate'] as const;

export interface OutcomeUncertaintyOptions extends OutcomeOptions {
  draws?: number;
  seed?: number | string;
  onProgress?: (done: number, total: number) => boolean | void;
}

/**
 * Seeded Monte Carlo of the outcome: every uncertain parameter of the score chain (as the score's Monte Carlo) plus the
 * outcome parameters with a spread; each draw scores the formulation (lean) at the clinical fraction times, runs the
 * exposure-dependent tail of the chain per fraction (its course's beam) and the population TCP of both arms. 5/50/95 % bands and Spearman ρ per output.
 */
export function outcomeUncertaintyCompleted(f: CompletedFormulation, lookup: EntityLookup, opts: OutcomeUncertaintyOptions = {}): MonteCarloResult {
  const schedule = scheduleOf(opts.schedule, f);
  // α and β of the cells are held at the scenario's values: N₀ and σ_α were fitted with them, and the population spread of α is σ_α
  const extra: UncertainParam[] = [];
  for (const [k, p] of Object.entries(OUTCOME_PARAMS)) if (hasSpread(p)) extra.push({ id: `outcome.${k}`, param: p });
  const mc = monteCarloSetup(f, lookup, opts.overrides, { exclude: (id) => id === 'radiobiology.alphaPerGy' || id === 'radiobiology.betaPerGy2', extra });
  const summary = summariseSchedule(schedule, outcomeParam('alphaBetaGy', mc.fixed));
  const cal = scheduleCalendar(schedule);
  const timesH = clinicalFractionTimesH(cal, f.scenario.irradiationDelayH);
  return monteCarlo({
    params: mc.params,
    draws: opts.draws ?? 256,
    seed: opts.seed ?? 1,
    onProgress: opts.onProgress,
    evaluate: (d) => {
      const { overrides: o, plan } = mc.draw(d);
      const cap = capture(mc.base, lookup, resolvedWithPlan(mc.base, o, plan) ?? resolveOverrides(mc.base, { overrides: o }), timesH);
      const inputs = cap.inputs;
      const { results } = perFraction(schedule, cal, cap, false);
      const core = outcomeCore({ schedule, radiobiology: { kind: 'byFraction', results }, alphaRefPerGy: inputs.alphaPerGy ?? f.scenario.cells.alphaPerGy, cisplatin: opts.cisplatin, overrides: o, explain: false, summary });
      return {
        'outcome.localControlControl': core.control.tcp,
        'outcome.localControlCandidate': core.candidate.tcp,
        'outcome.localControlGain': core.localControlGain,
        'outcome.recurrenceControl': core.control.recurrence,
        'outcome.recurrenceCandidate': core.candidate.recurrence,
      };
    },
  });
}

export { SCHEDULE_IDS, SCHEDULES, SCHEDULE_TEXT_HELP, DEFAULT_SCHEDULE_ID, OUTCOME_PARAMS, CALIBRATION_TARGETS } from '../model/outcome';
export type { Schedule, ScheduleSummary, ScheduleId } from '../model/outcome';
// Compare's ranking with the local-control gain (model/score/ranking), through the engine so the UI imports model code only here
export { rankBy, rankingValue, RANKING_PARAMS, DEFAULT_LOCAL_CONTROL_WEIGHT, type RankingResult } from '../model/score/ranking';
