// The corpus report: every record evaluated, the per-kind summary (held-out agreement), the worst misses, the frozen split
// and the k-fold cross-validation per kind — the one object the CLI (`validate`) and the Library tab show.
import { CORPUS } from './corpus';
import { crossValidate } from './crossval';
import { evaluateRecord, summarize, worstMisses, type CorpusReport } from './evaluate';
import { CORPUS_KINDS, METRIC_KIND, type CorpusKind, type CorpusRecord } from './schema';
import { FROZEN_SPLIT } from './split';
import intervalTable from './intervals.json';
import { coverage, COVERAGE_LEVELS, intervalAround, spreadFor, type IntervalTable } from './intervals';

/** The committed spread table (scripts/derive-intervals.ts). */
export const INTERVAL_TABLE = intervalTable as IntervalTable;

/** Evaluate the corpus (optionally one kind). Deterministic; the engine's scores are memoized per system. */
export function evaluateCorpus(opts: { kind?: CorpusKind; records?: readonly CorpusRecord[] } = {}): CorpusReport {
  const records = (opts.records ?? CORPUS).filter((r) => !opts.kind || METRIC_KIND[r.quantity.metric] === opts.kind);
  const results = records.map(evaluateRecord).map((r) => ({ ...r, interval90: r.predicted === null ? null : intervalAround(r.predicted, r.metric, spreadFor(INTERVAL_TABLE, r.kind, r.metric), 0.9) }));
  const kinds = CORPUS_KINDS.filter((k) => !opts.kind || k === opts.kind);
  const byKind: CorpusReport['worstMissesByKind'] = {};
  for (const k of kinds) {
    const m = worstMisses(results.filter((r) => r.kind === k), 3);
    if (m.length) byKind[k] = m;
  }
  return {
    results,
    summary: summarize(results).filter((s) => kinds.includes(s.kind)),
    worstMisses: worstMisses(results),
    worstMissesByKind: byKind,
    split: { seed: FROZEN_SPLIT.seed, calibrationShare: FROZEN_SPLIT.calibrationShare, frozenOn: FROZEN_SPLIT.frozenOn },
    crossValidation: crossValidate(results, kinds),
    coverage: coverage(results, INTERVAL_TABLE, 0.9).filter((c) => kinds.includes(c.kind)),
    coverageCurve: COVERAGE_LEVELS.flatMap((l) => coverage(results, INTERVAL_TABLE, l)).filter((c) => kinds.includes(c.kind)),
  };
}
