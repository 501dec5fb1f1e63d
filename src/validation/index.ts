// The validation corpus's public face: records, their schema, the evaluator and the summary (imported only by library, ui and cli).
export { CORPUS } from './corpus';
export { CORPUS_KINDS, METRIC_KIND, METRIC_UNIT, METRIC_RANGE, corpusRecordSchema, quantitySchema } from './schema';
export type { CorpusKind, CorpusRecord, Metric, Quantity } from './schema';
export { evaluateRecord, recordDraft, judgePrediction, releaseWithVRefScale, summarize, worstMisses, tableRows, summaryRows, toleranceText, meanInactivationDoseGy, TOLERANCE, TABLE_COLUMNS } from './evaluate';
export type { CorpusReport, CorpusResult, CorpusVerdict, KindSummary, TableRow, Tolerance } from './evaluate';
export { evaluateCorpus, INTERVAL_TABLE } from './report';
export { coverage, coverageTailP, covers, deriveIntervalTable, halfWidth, intervalAround, metricScale, residualOf, scaleKey, spreadFor, COVERAGE_LEVELS } from './intervals';
export type { CoverageCount, IntervalScale, IntervalTable, KindCoverage, Spread } from './intervals';
export { computeSplit, sideOf, paperKey, fnv1a, foldOfPapers, FROZEN_SPLIT, SPLIT_SEED, CALIBRATION_SHARE } from './split';
export type { Side, SplitEntry, FrozenSplit } from './split';
export { crossValidate, crossValidateKind, biasFitter, loadingAnchorFitter, releaseRateFitter, goldenMin, LN_M_MIN, LN_M_MAX, thetaKey, KIND_FITTERS } from './crossval';
export type { Fitter, FitParams, FoldResult, KindCrossValidation } from './crossval';
