// Sweeps through the engine: plan (pure, model/sweep) → build each candidate → parse + score (lean) → CSV rows with a per-row error.
import { buildCandidate, candidateValues, csvLine, planSweep, shardRange, sweepHeader, sweepRow, type SweepIssue, type SweepPlan, type SweepResultColumn } from '../model/sweep';
import type { Scores } from '../model/scores';
import { parseFormulation } from '../schema';
import { CATALOG_LOOKUP } from './catalog-lookup';
import { scoreCompleted } from './score';
import type { ScoreOptions } from './types';

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

export interface CandidateOutcome {
  index: number;
  values: unknown[];
  results: Record<SweepResultColumn, number | null> | null;
  error: string | null;
}

/** Score candidate `index` of a plan; an invalid candidate gives `error` ('path: reason; …') instead of throwing. */
export function scoreCandidate(plan: SweepPlan, index: number, opts: Pick<ScoreOptions, 'weights' | 'overrides'> = {}): CandidateOutcome {
  // the varied values first, so a candidate that cannot even be built still shows what it was
  const values = candidateValues(plan.axes, index);
  try {
    const c = buildCandidate(plan, index);
    const r = parseFormulation(c.formulation);
    if (!r.ok) return { index, values, results: null, error: r.issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ') };
    return { index, values, results: sweepResults(scoreCompleted(r.value, CATALOG_LOOKUP, { ...opts, lean: true })), error: null };
  } catch (e) {
    return { index, values, results: null, error: e instanceof Error ? e.message : String(e) };
  }
}

export interface RunSweepOptions extends Pick<ScoreOptions, 'weights' | 'overrides'> {
  shard?: { i: number; n: number };
  header?: boolean;
}

/** Plan and score a sweep spec into CSV text (the shard's rows only). */
export function runSweep(spec: unknown, opts: RunSweepOptions = {}): { ok: true; csv: string; rows: number; total: number } | { ok: false; issues: SweepIssue[] } {
  const p = planSweep(spec);
  if (!p.ok) return p;
  const plan = p.value;
  const { i, n } = opts.shard ?? { i: 1, n: 1 };
  const { start, end } = shardRange(plan.total, i, n);
  const lines: string[] = [];
  if (opts.header !== false) lines.push(csvLine(sweepHeader(plan.axes.map((a) => a.path))));
  for (let k = start; k < end; k++) {
    const o = scoreCandidate(plan, k, opts);
    lines.push(csvLine(sweepRow(o.values, o.results, o.error)));
  }
  return { ok: true, csv: lines.length ? lines.join('\n') + '\n' : '', rows: end - start, total: plan.total };
}
