// The validation corpus's public face: records, their schema, the evaluator and the summary (imported only by library, ui and cli).
export { CORPUS } from './corpus';
export { CORPUS_KINDS, METRIC_KIND, METRIC_UNIT, METRIC_RANGE, corpusRecordSchema, quantitySchema } from './schema';
export type { CorpusKind, CorpusRecord, Metric, Quantity } from './schema';
export { evaluateCorpus, evaluateRecord, summarize, worstMisses, tableRows, summaryRows, toleranceText, meanInactivationDoseGy, TOLERANCE, TABLE_COLUMNS } from './evaluate';
export type { CorpusReport, CorpusResult, CorpusVerdict, KindSummary, TableRow, Tolerance } from './evaluate';
