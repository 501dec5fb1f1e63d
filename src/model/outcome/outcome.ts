// The outcome core: local control (population TCP) and local recurrence of a schedule for the control arm (cells alone, chemoradiotherapy as given) and the candidate arm (the same with the particle), with explanations.
import type { Explanation } from '../param';
import { paramRow } from '../param';
import { fractionRadiobiology, type Arm, type RadiobiologyOfFraction } from './bridge';
import { doseResponse, linearGrid } from './dose-response';
import { OUTCOME_PARAMS, outcomeParam } from './params';
import { summariseSchedule, type Schedule, type ScheduledFraction, type ScheduleSummary } from './schedules';
import { populationTcp, type FractionRadiobiology, type TcpParams, type TcpResult } from './tcp';

/**
 * The radiobiology the fractions see: one result for all (today's chain), one per course (each course's beam), or one
 * per fraction of the calendar (time-resolved pharmacology).
 */
export type OutcomeRadiobiology =
  | { kind: 'single'; result: RadiobiologyOfFraction }
  | { kind: 'byCourse'; results: readonly RadiobiologyOfFraction[] }
  | { kind: 'byFraction'; results: readonly RadiobiologyOfFraction[] };

export interface OutcomeCoreInputs {
  schedule: Schedule;
  radiobiology: OutcomeRadiobiology;
  /** population mean α (Gy⁻¹) of the cells the compartments were built from */
  alphaRefPerGy: number;
  /** concurrent cisplatin (default true: standard chemoradiotherapy) */
  cisplatin?: boolean;
  /** overrides by 'outcome.<key>' */
  overrides?: Readonly<Record<string, number>>;
  /** dose–response curve grid (total EQD2, Gy); omitted = none */
  curveEqd2Gy?: readonly number[];
  explain?: boolean;
  /** the schedule's summary when the caller already has it (Monte Carlo: one schedule, many draws) */
  summary?: ScheduleSummary;
}

export interface ArmOutcome extends TcpResult {
  /** local recurrence probability 1 − TCP_pop */
  recurrence: number;
}

export interface OutcomeCoreResult {
  schedule: ScheduleSummary;
  cisplatin: boolean;
  params: { clonogens: number; sigmaAlphaPerGy: number; kickoffDays: number; doublingDays: number; cisplatinBedGy: number; alphaBetaGy: number; alphaRefPerGy: number };
  control: ArmOutcome;
  candidate: ArmOutcome;
  /** TCP_candidate − TCP_control (probability, not percentage points) */
  localControlGain: number;
  /** recurrence_control − recurrence_candidate (= localControlGain) relative to recurrence_control */
  relativeRecurrenceReduction: number;
  curves: { eqd2Gy: number[]; control: number[]; candidate: number[] } | null;
  explanations: Explanation[];
}

/** Default dose axis of the dose–response figure (total EQD2, Gy). */
export const DEFAULT_CURVE_EQD2_GY: readonly number[] = linearGrid(40, 120, 33);

function build(cal: ScheduledFraction[], rb: OutcomeRadiobiology, arm: Arm): FractionRadiobiology[] {
  switch (rb.kind) {
    case 'single':
      return fractionRadiobiology(cal, rb.result, arm);
    case 'byFraction':
      return fractionRadiobiology(cal, rb.results, arm);
    case 'byCourse':
      return fractionRadiobiology(
        cal,
        cal.map((f) => {
          const r = rb.results[f.course];
          if (!r) throw new RangeError(`radiobiology: no result for course ${f.course}`);
          return r;
        }),
        arm,
      );
  }
}

export function outcomeCore(inp: OutcomeCoreInputs): OutcomeCoreResult {
  const o = inp.overrides;
  const cisplatin = inp.cisplatin !== false;
  const ab = outcomeParam('alphaBetaGy', o);
  const p: TcpParams = {
    clonogens: outcomeParam('clonogens', o),
    alphaRefPerGy: inp.alphaRefPerGy,
    sigmaAlphaPerGy: outcomeParam('sigmaAlphaPerGy', o),
    kickoffDays: outcomeParam('kickoffDays', o),
    doublingDays: outcomeParam('doublingDays', o),
    cisplatinBedGy: cisplatin ? outcomeParam('cisplatinBedGy', o) : 0,
  };
  const summary = inp.summary ?? summariseSchedule(inp.schedule, ab);
  const cal = summary.fractions;
  const frC = build(cal, inp.radiobiology, 'control');
  const frT = build(cal, inp.radiobiology, 'candidate');
  const c = populationTcp(frC, p);
  const t = populationTcp(frT, p);
  const control: ArmOutcome = { ...c, recurrence: 1 - c.tcp };
  const candidate: ArmOutcome = { ...t, recurrence: 1 - t.tcp };
  const gain = t.tcp - c.tcp;
  let curves: OutcomeCoreResult['curves'] = null;
  if (inp.curveEqd2Gy && inp.curveEqd2Gy.length > 0) {
    const grid = [...inp.curveEqd2Gy];
    curves = {
      eqd2Gy: grid,
      control: doseResponse(inp.schedule, grid, ab, (k) => build(k, inp.radiobiology, 'control'), p).map((x) => x.tcp),
      candidate: doseResponse(inp.schedule, grid, ab, (k) => build(k, inp.radiobiology, 'candidate'), p).map((x) => x.tcp),
    };
  }
  const explanations = inp.explain === false ? [] : explainOutcome(summary, frC, frT, p, ab, cisplatin, control, candidate);
  return {
    schedule: summary,
    cisplatin,
    params: { clonogens: p.clonogens, sigmaAlphaPerGy: p.sigmaAlphaPerGy, kickoffDays: p.kickoffDays, doublingDays: p.doublingDays, cisplatinBedGy: p.cisplatinBedGy, alphaBetaGy: ab, alphaRefPerGy: p.alphaRefPerGy },
    control,
    candidate,
    localControlGain: gain,
    relativeRecurrenceReduction: control.recurrence > 0 ? gain / control.recurrence : 0,
    curves,
    explanations,
  };
}

/** The distinct compartment sets of the fractions as printed (a set printing like an earlier one is listed once), in calendar order. */
function fmtComps(fr: readonly FractionRadiobiology[]): string {
  const parts: string[] = [];
  let prev: FractionRadiobiology['compartments'] | null = null;
  for (const f of fr) {
    if (f.compartments === prev) continue;
    prev = f.compartments;
    const text = f.compartments.map((c) => `${(c.fraction * 100).toFixed(0)} % α ${c.alphaPerGy.toFixed(4)} β ${c.betaPerGy2.toFixed(5)}`).join(' | ');
    if (!parts.includes(text)) parts.push(text);
  }
  return parts.join(' ; ');
}

function explainOutcome(s: ScheduleSummary, frC: FractionRadiobiology[], frT: FractionRadiobiology[], p: TcpParams, ab: number, cisplatin: boolean, c: ArmOutcome, t: ArmOutcome): Explanation[] {
  const P = OUTCOME_PARAMS;
  return [
    {
      equation: 'O1-schedule',
      formula: 'EQD2 = Σ_courses n d (d + α/β) / (2 + α/β); T = day(last fraction) − day(first fraction) on a weekday calendar',
      inputs: s.courses.map((k, i) => ({ name: `course ${i + 1} (${k.modality}, ${k.beam})`, value: `${k.fractions} × ${k.doseGy} Gy → EQD2 ${k.eqd2Gy.toFixed(1)} Gy`, unit: '' })),
      params: [paramRow('α/β', P.alphaBetaGy, ab)],
      result: { name: 'EQD2 total / OTT', value: `${s.eqd2Gy.toFixed(1)} Gy / ${s.overallTreatmentTimeDays} d`, unit: '' },
    },
    {
      equation: 'O2-compartments',
      formula: "per fraction: S = Σ_c f_c exp(−α_c d − β_c d²); candidate α_c = α'_c·DEF, β_c = β'_c·DEF² (M4.2–M4.6 compartments, full reoxygenation between fractions)",
      inputs: [
        { name: 'control compartments', value: fmtComps(frC), unit: '' },
        { name: 'candidate compartments', value: fmtComps(frT), unit: '' },
      ],
      params: [],
      result: { name: 'ln S (mean patient) control / candidate', value: `${c.lnSurvival.toFixed(2)} / ${t.lnSurvival.toFixed(2)}`, unit: '1' },
    },
    {
      equation: 'O3-repopulation',
      formula: 'ln R = ln 2 · max(0, T − T_k) / T_d',
      inputs: [{ name: 'T (OTT)', value: s.overallTreatmentTimeDays, unit: 'd' }],
      params: [paramRow('T_k', P.kickoffDays, p.kickoffDays), paramRow('T_d', P.doublingDays, p.doublingDays)],
      result: { name: 'ln R', value: c.lnRepopulation, unit: '1' },
    },
    {
      equation: 'O4-cisplatin',
      formula: 'C = exp(−α · BED_c) (independent cell kill of concurrent cisplatin, radiation-equivalent BED)',
      inputs: [{ name: 'concurrent cisplatin', value: cisplatin ? 'yes' : 'no', unit: '' }],
      params: [paramRow('BED_c', P.cisplatinBedGy, p.cisplatinBedGy)],
      result: { name: 'ln C (mean patient)', value: c.lnChemo, unit: '1' },
      note: 'Applied to control and candidate alike: the candidate is judged on top of standard chemoradiotherapy.',
    },
    {
      equation: 'O5-population-tcp',
      formula: 'TCP(α) = exp(−N₀ · S(α) · R · C(α)); TCP_pop = ∫ TCP(α) N(α; ᾱ, σ_α) dα over α > 0 (Webb–Nahum), Simpson, 65 nodes (nodes with TCP < 1e-6 or > 1 − 1e-6 counted 0 or 1)',
      inputs: [{ name: 'ᾱ', value: p.alphaRefPerGy, unit: 'Gy⁻¹' }],
      params: [paramRow('N₀', P.clonogens, p.clonogens), paramRow('σ_α', P.sigmaAlphaPerGy, p.sigmaAlphaPerGy)],
      result: { name: 'local control control / candidate', value: `${c.tcp.toFixed(4)} / ${t.tcp.toFixed(4)}`, unit: '1' },
      note: 'Local control = population TCP; local recurrence = 1 − TCP. Distant metastases are not modelled.',
    },
    {
      equation: 'O6-gain',
      formula: 'gain = TCP_candidate − TCP_control; relative recurrence reduction = gain / (1 − TCP_control)',
      inputs: [
        { name: 'TCP control', value: c.tcp, unit: '1' },
        { name: 'TCP candidate', value: t.tcp, unit: '1' },
      ],
      params: [],
      result: { name: 'localControlGain', value: t.tcp - c.tcp, unit: '1' },
      note: 'HYPOTHESIS: the candidate arm applies radiosensitization computed for a mouse-scale formulation to a patient course.',
    },
  ];
}
