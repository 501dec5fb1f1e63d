// CSV output of a sweep (contract §4): one column per varied path, then the fixed result columns, then `error`.

/** Result columns after the varied paths, in contract order. */
export const SWEEP_RESULT_COLUMNS = [
  'overall',
  'loading',
  'release',
  'targeting',
  'radiosensitization',
  'safety',
  'totalLoadingPct',
  'selectivityIndex',
  'tumorDeliveryPctID',
  'doseEnhancementFactor',
  'sensitizerEnhancementRatio',
  'eqd2GainGy',
] as const;
export type SweepResultColumn = (typeof SWEEP_RESULT_COLUMNS)[number];

/** The product's one CSV writer: numbers unchanged, formula-like text neutralised (see model/csv/write.ts). */
export { csvCell as csvField, csvLine } from '../csv';
import { csvCell as csvField, csvRecords } from '../csv';

export function sweepHeader(paths: readonly string[]): string[] {
  return [...paths, ...SWEEP_RESULT_COLUMNS, 'error'];
}

/** One row: the varied values, the results (empty on error) and the error text (empty when scored). */
export function sweepRow(values: readonly unknown[], results: Partial<Record<SweepResultColumn, number | null>> | null, error: string | null): unknown[] {
  return [...values, ...SWEEP_RESULT_COLUMNS.map((c) => (results ? (results[c] ?? null) : null)), error ?? ''];
}

/**
 * csvLine(sweepRow(values, results, error)) with the varied values already as CSV fields (`valueFields[k]` =
 * csvField(values[k]), which a sweep can keep per axis value): the same text, without the intermediate arrays.
 */
export function sweepRowLine(valueFields: readonly string[], results: Partial<Record<SweepResultColumn, number | null>> | null, error: string | null, cache?: ResultFieldCache): string {
  let line = '';
  for (let k = 0; k < valueFields.length; k++) line += (k ? ',' : '') + valueFields[k];
  for (let c = 0; c < SWEEP_RESULT_COLUMNS.length; c++) {
    let field = '';
    if (results) {
      const v = results[SWEEP_RESULT_COLUMNS[c]] ?? null;
      if (cache && Object.is(cache.values[c], v)) field = cache.texts[c];
      else {
        field = csvField(v);
        if (cache) {
          cache.values[c] = v;
          cache.texts[c] = field;
        }
      }
    }
    line += (valueFields.length || c ? ',' : '') + field;
  }
  return line + ',' + (error === null ? '' : csvField(error));
}

/**
 * The last value and CSV field of each result column, for sweepRowLine: neighbouring rows of a sweep often repeat a
 * column (a component that does not depend on the axis that varies fastest), and writing a double's shortest
 * round-trip text is a large part of a row's output. Same text with or without it.
 */
export interface ResultFieldCache {
  values: (number | null | undefined)[];
  texts: string[];
}

export function resultFieldCache(): ResultFieldCache {
  return { values: new Array<number | null | undefined>(SWEEP_RESULT_COLUMNS.length).fill(undefined), texts: new Array<string>(SWEEP_RESULT_COLUMNS.length).fill('') };
}

/** Re-read the product's own CSV (sweep and results exports): the one CSV reader with a comma separator. */
export function parseCsv(text: string): string[][] {
  return csvRecords(text, ',');
}
