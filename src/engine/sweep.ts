// Sweeps through the engine: plan (pure, model/sweep) → build each candidate → parse + score (lean) → CSV rows with a per-row error.
// The fast path parses once per combination of the non-numeric axes and sets the numeric leaves on the completed form;
// the reference path parses every candidate. Both give the same rows (see prepareSweep for why, sweep.test.ts for the check).
import {
  buildCandidate,
  buildFromValues,
  candidateIndices,
  candidateValues,
  comboIndex,
  csvField,
  csvLine,
  jsonEqual,
  overlappingAxes,
  parsePath,
  planSweep,
  resultFieldCache,
  renormaliseMembranes,
  setAtPath,
  setLeaves,
  shardRange,
  sweepHeader,
  sweepRow,
  sweepRowLine,
  type SweepIssue,
  type SweepPlan,
  type SweepResultColumn,
} from '../model/sweep';
import type { Scores } from '../model/scores';
import { fieldAt, parseFormulation, type Formulation, type Issue } from '../schema';
import { CATALOG_LOOKUP } from './catalog-lookup';
import { resolveOverrides } from './resolve-overrides';
import { sweepColumnsChain, type SweepColumns } from './score';
import type { CompletedFormulation, ScoreOptions } from './types';

/** The contract's CSV result columns of one Scores. */
export function sweepResults(s: Scores): Record<SweepResultColumn, number | null> {
  const c = s.score.components;
  return {
    overall: s.score.overall,
    loading: c.loading,
    release: c.release,
    targeting: c.targeting,
    radiosensitization: c.radiosensitization,
    safety: c.safety,
    totalLoadingPct: s.loading.totalLoadingPct,
    selectivityIndex: s.release.selectivityIndex,
    tumorDeliveryPctID: s.targeting.tumorDeliveryPctID,
    doseEnhancementFactor: s.radiosensitization.doseEnhancementFactor,
    sensitizerEnhancementRatio: s.radiosensitization.sensitizerEnhancementRatio,
    eqd2GainGy: s.radiosensitization.eqd2GainGy,
  };
}

/** The same columns from sweepColumnsChain (a sweep row's stages, without the Scores object). */
export function columnResults(s: SweepColumns): Record<SweepResultColumn, number | null> {
  const c = s.components;
  return {
    overall: s.overall,
    loading: c.loading,
    release: c.release,
    targeting: c.targeting,
    radiosensitization: c.radiosensitization,
    safety: c.safety,
    totalLoadingPct: s.totalLoadingPct,
    selectivityIndex: s.selectivityIndex,
    tumorDeliveryPctID: s.tumorDeliveryPctID,
    doseEnhancementFactor: s.doseEnhancementFactor,
    sensitizerEnhancementRatio: s.sensitizerEnhancementRatio,
    eqd2GainGy: s.eqd2GainGy,
  };
}

export interface CandidateOutcome {
  index: number;
  values: unknown[];
  results: Record<SweepResultColumn, number | null> | null;
  error: string | null;
}

type SweepScoreOptions = Pick<ScoreOptions, 'weights' | 'overrides'>;

/** The error column of a formulation that does not parse: 'path: reason; …' ('(root)' for the whole document). */
function issueText(issues: readonly Issue[]): string {
  return issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ');
}

/**
 * Score one candidate for its CSV row: the chain's stages for the row's columns only (lean, no warnings, t50, AUCs or
 * Scores object, which no sweep column reads: the same numbers as scoreCompleted, see override-plan.test.ts and
 * sweep.test.ts).
 */
function scoreOutcome(index: number, values: unknown[], f: CompletedFormulation, scoreOpts: ScoreOptions): CandidateOutcome {
  try {
    return { index, values, results: columnResults(sweepColumnsChain(f, CATALOG_LOOKUP, scoreOpts, resolveOverrides(f, scoreOpts))), error: null };
  } catch (e) {
    return { index, values, results: null, error: e instanceof Error ? e.message : String(e) };
  }
}

/** The reference path: build candidate `index`, parse it in full, score it lean. */
function referenceOutcome(plan: SweepPlan, index: number, values: unknown[], scoreOpts: ScoreOptions): CandidateOutcome {
  try {
    const r = parseFormulation(buildCandidate(plan, index).formulation);
    if (!r.ok) return { index, values, results: null, error: issueText(r.issues) };
    return scoreOutcome(index, values, r.value, scoreOpts);
  } catch (e) {
    return { index, values, results: null, error: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * Score candidate `index` of a plan the reference way (build, parse the whole formulation, score): what the fast path
 * must reproduce. An invalid candidate gives `error` ('path: reason; …') instead of throwing.
 */
export function scoreCandidateReference(plan: SweepPlan, index: number, opts: SweepScoreOptions = {}): CandidateOutcome {
  // the varied values first, so a candidate that cannot even be built still shows what it was
  return referenceOutcome(plan, index, candidateValues(plan.axes, index), { ...opts, lean: true });
}

// ---- the fast path ---------------------------------------------------------------------------------------------------

/**
 * Numeric leaves whose value the schema only checks on its own (one zod number validator, no refinement across fields)
 * and copies unchanged into the completed form, with no other completed field depending on it: the number fields of
 * the schema's field registry that are not `crossField` (core.diameterNm, payloads.*.feedMassRatio,
 * coating.membraneToCoreMassRatio, the scenario numbers). Not here, so always parsed in full: membrane fractions
 * (shares, sum rule, renormalisation), ids and choices (they change defaults and cross-field rules), booleans, lists,
 * objects, overrides and calibrations.
 */
export function isIndependentNumericLeaf(segments: readonly (string | number)[]): boolean {
  const f = fieldAt(segments);
  return f !== undefined && f.kind === 'number' && f.crossField !== true;
}

/** What one value of a fast axis does, learnt once per sweep: accepted as is, rejected with this text, or unsure (parse in full). */
type ValueStatus = { kind: 'ok' } | { kind: 'error'; text: string } | { kind: 'slow' };
const OK: ValueStatus = { kind: 'ok' };
const SLOW: ValueStatus = { kind: 'slow' };

/** A combination of the other axes' values: its completed form with the fast leaves at their defaults, or null (parse each in full). */
interface Group {
  /** The group's formulation with every fast leaf set to undefined (so completed with its default). */
  raw: unknown;
  completed: Formulation | null;
  /** One candidate of the group has been parsed in full and matched the fast form (a guard against joint effects). */
  verified: boolean;
}

/** Groups kept at once (a sweep whose other axes interleave with the fast ones may touch more; then they are re-made). */
const MAX_GROUPS = 4096;

export interface PreparedSweep {
  plan: SweepPlan;
  /** Score candidate `index` (same outcome as scoreCandidateReference). */
  outcome(index: number, opts?: SweepScoreOptions): CandidateOutcome;
  /** Candidates answered by the fast path and by a full parse so far (diagnostics and tests). */
  readonly counts: { fast: number; full: number };
}

/**
 * A sweep ready to score candidate by candidate, parsing as little as possible with the same outcome as the reference.
 *
 * Axes are split into fast axes (isIndependentNumericLeaf, and no other axis on, above or below the same path) and the
 * others. Candidates sharing the other axes' values form a group; the group's formulation with every fast leaf set to
 * undefined (structure exactly as the candidates', leaves left to their defaults) is parsed once. For a candidate:
 * - a fast value that is not a number (null, text, …) → parsed in full;
 * - each fast axis value is tried once per sweep by parsing a group's formulation with that leaf alone set: it is
 *   accepted when the completed form equals the group's with the leaf set; rejected when every issue is on that leaf
 *   (the zod validator of the leaf, independent of the other keys), then the issue text is the row's error; otherwise
 *   (anything unexpected) such candidates are parsed in full;
 * - all fast values accepted → the group's completed form with the leaves set (copy on write) is scored;
 * - one value rejected → the zod step fails on that leaf only (the rest of the formulation parsed cleanly), so the
 *   error is that value's text; two or more rejected → parsed in full (the reference orders their issues);
 * - a group that does not parse, or cannot be built, → all its candidates are parsed in full.
 * The first accepted candidate of each group is also parsed in full and compared, as a guard on joint effects.
 * The plan must not be changed after preparing (plans from planSweep are never mutated).
 */
export function prepareSweep(plan: SweepPlan): PreparedSweep {
  const { axes } = plan;
  const overlap = overlappingAxes(axes);
  const fast: number[] = [];
  const other: number[] = [];
  axes.forEach((a, k) => (isIndependentNumericLeaf(a.segments) && !overlap.has(k) ? fast : other).push(k));
  const fastPaths = fast.map((k) => axes[k].segments);
  const fastPathText = fastPaths.map((s) => s.map(String).join('.'));
  const status: (ValueStatus | undefined)[][] = fast.map((k) => new Array<ValueStatus | undefined>(axes[k].values.length));
  const groups = new Map<number, Group>();
  const counts = { fast: 0, full: 0 };
  const idx = new Array<number>(axes.length);
  const fastValues = new Array<unknown>(fast.length);

  const group = (g: number): Group => {
    let grp = groups.get(g);
    if (grp) return grp;
    const values = axes.map((a, k) => a.values[idx[k]]);
    for (const k of fast) values[k] = undefined;
    let raw: unknown = null;
    let completed: Formulation | null = null;
    try {
      raw = buildFromValues(plan, values);
      const r = parseFormulation(raw);
      if (r.ok) completed = r.value;
    } catch {
      completed = null;
    }
    if (groups.size >= MAX_GROUPS) groups.clear();
    grp = { raw, completed, verified: false };
    groups.set(g, grp);
    return grp;
  };

  const valueStatus = (i: number, j: number, grp: Group & { completed: Formulation }): ValueStatus => {
    let st = status[i][j];
    if (st) return st;
    const v = axes[fast[i]].values[j];
    st = SLOW;
    try {
      const r = parseFormulation(setAtPath(grp.raw, fastPaths[i], v));
      if (r.ok) st = jsonEqual(r.value, setLeaves(grp.completed, [fastPaths[i]], [v])) ? OK : SLOW;
      else if (r.issues.every((x) => x.path === fastPathText[i])) st = { kind: 'error', text: issueText(r.issues) };
    } catch {
      st = SLOW;
    }
    status[i][j] = st;
    return st;
  };

  function fastOutcome(index: number, values: unknown[], scoreOpts: ScoreOptions): CandidateOutcome | null {
    candidateIndices(axes, index, idx);
    for (let i = 0; i < fast.length; i++) {
      const v = axes[fast[i]].values[idx[fast[i]]];
      if (typeof v !== 'number') return null;
      fastValues[i] = v;
    }
    const grp = group(comboIndex(axes, other, idx));
    if (grp.completed === null) return null;
    const ready = grp as Group & { completed: Formulation };
    let error: string | null = null;
    for (let i = 0; i < fast.length; i++) {
      const st = valueStatus(i, idx[fast[i]], ready);
      if (st.kind === 'slow') return null;
      if (st.kind === 'error') {
        if (error !== null) return null;
        error = st.text;
      }
    }
    if (error !== null) return { index, values, results: null, error };
    const f = setLeaves(ready.completed, fastPaths, fastValues) as Formulation;
    if (!grp.verified) {
      let same = false;
      try {
        const r = parseFormulation(buildFromValues(plan, values));
        same = r.ok && jsonEqual(r.value, f);
      } catch {
        same = false;
      }
      if (!same) {
        grp.completed = null;
        return null;
      }
      grp.verified = true;
    }
    return scoreOutcome(index, values, f, scoreOpts);
  }

  return {
    plan,
    counts,
    outcome(index, opts = {}) {
      const values = candidateValues(axes, index);
      const scoreOpts: ScoreOptions = { ...opts, lean: true };
      let o: CandidateOutcome | null = null;
      if (fast.length) {
        try {
          o = fastOutcome(index, values, scoreOpts);
        } catch {
          o = null;
        }
      }
      if (o) {
        counts.fast++;
        return o;
      }
      counts.full++;
      return referenceOutcome(plan, index, values, scoreOpts);
    },
  };
}

const PREPARED = new WeakMap<SweepPlan, PreparedSweep>();

/** prepareSweep(plan), kept while the plan lives (so callers that score candidate by candidate share one). */
function preparedFor(plan: SweepPlan): PreparedSweep {
  let p = PREPARED.get(plan);
  if (!p) {
    p = prepareSweep(plan);
    PREPARED.set(plan, p);
  }
  return p;
}

/**
 * One sweep point as a formulation: `base` with each path set to its value (in order) and the membrane fractions
 * renormalised by the one rule (model/membrane-fractions) — exactly what the sweep scored, for Explore to open as a
 * candidate. Throws naming the path when a path cannot be set.
 */
export function sweepPointFormulation(base: unknown, paths: readonly string[], values: readonly unknown[]): unknown {
  const plan: SweepPlan = { base, axes: paths.map((path) => ({ path, segments: parsePath(path), values: [] })), total: 0 };
  return buildFromValues(plan, values);
}

export { renormaliseMembranes };

/** Score candidate `index` of a plan; an invalid candidate gives `error` ('path: reason; …') instead of throwing. Same outcome as scoreCandidateReference. */
export function scoreCandidate(plan: SweepPlan, index: number, opts: SweepScoreOptions = {}): CandidateOutcome {
  return preparedFor(plan).outcome(index, opts);
}

export interface RunSweepOptions extends SweepScoreOptions {
  shard?: { i: number; n: number };
  header?: boolean;
  /** false: parse every candidate in full (the reference path). Default true; the CSV is the same either way. */
  fastPath?: boolean;
}

/** Writes CSV rows of one planned sweep, range by range, keeping what it learnt (see prepareSweep) between ranges. */
export interface SweepRowWriter {
  plan: SweepPlan;
  /** Rows [start, end) of the product, each line ended by '\n' ('' for an empty range): the same text however the rows are split. */
  rows(start: number, end: number): string;
}

/** The fast path's row writer: prepareSweep's outcomes, each axis value's CSV field made once, result fields reused from the row before. */
export function sweepRowWriter(plan: SweepPlan, opts: SweepScoreOptions = {}): SweepRowWriter {
  const scoreOpts: SweepScoreOptions = {};
  if (opts.weights !== undefined) scoreOpts.weights = opts.weights;
  if (opts.overrides !== undefined) scoreOpts.overrides = opts.overrides;
  const prepared = prepareSweep(plan);
  const fields = plan.axes.map((a) => new Array<string | undefined>(a.values.length));
  const idx = new Array<number>(plan.axes.length);
  const rowFields = new Array<string>(plan.axes.length);
  const resultFields = resultFieldCache();
  return {
    plan,
    rows(start, end) {
      let text = '';
      for (let k = start; k < end; k++) {
        const o = prepared.outcome(k, scoreOpts);
        candidateIndices(plan.axes, k, idx);
        for (let a = 0; a < idx.length; a++) rowFields[a] = fields[a][idx[a]] ??= csvField(o.values[a]);
        text += sweepRowLine(rowFields, o.results, o.error, resultFields) + '\n';
      }
      return text;
    },
  };
}

/** The header line of a plan's CSV, ended by '\n'. */
export function sweepHeaderLine(plan: SweepPlan): string {
  return csvLine(sweepHeader(plan.axes.map((a) => a.path))) + '\n';
}

/** Plan and score a sweep spec into CSV text (the shard's rows only). */
export function runSweep(spec: unknown, opts: RunSweepOptions = {}): { ok: true; csv: string; rows: number; total: number } | { ok: false; issues: SweepIssue[] } {
  const p = planSweep(spec);
  if (!p.ok) return p;
  const plan = p.value;
  const { i, n } = opts.shard ?? { i: 1, n: 1 };
  const { start, end } = shardRange(plan.total, i, n);
  const header = opts.header !== false ? sweepHeaderLine(plan) : '';
  if (opts.fastPath === false) {
    const scoreOpts: SweepScoreOptions = {};
    if (opts.weights !== undefined) scoreOpts.weights = opts.weights;
    if (opts.overrides !== undefined) scoreOpts.overrides = opts.overrides;
    let csv = header;
    for (let k = start; k < end; k++) {
      const o = scoreCandidateReference(plan, k, scoreOpts);
      csv += csvLine(sweepRow(o.values, o.results, o.error)) + '\n';
    }
    return { ok: true, csv, rows: end - start, total: plan.total };
  }
  return { ok: true, csv: header + sweepRowWriter(plan, opts).rows(start, end), rows: end - start, total: plan.total };
}

/** runSweep parsing every candidate in full: the reference the fast path is tested against. */
export function runSweepReference(spec: unknown, opts: Omit<RunSweepOptions, 'fastPath'> = {}): ReturnType<typeof runSweep> {
  return runSweep(spec, { ...opts, fastPath: false });
}
