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

/** RFC 4180 field: quoted when it holds a comma, quote, CR or LF; numbers in shortest round-trip form; null/undefined empty. */
export function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(fields: readonly unknown[]): string {
  return fields.map(csvField).join(',');
}

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
export function sweepRowLine(valueFields: readonly string[], results: Partial<Record<SweepResultColumn, number | null>> | null, error: string | null): string {
  let line = '';
  for (let k = 0; k < valueFields.length; k++) line += (k ? ',' : '') + valueFields[k];
  for (let c = 0; c < SWEEP_RESULT_COLUMNS.length; c++) line += (valueFields.length || c ? ',' : '') + (results ? csvField(results[SWEEP_RESULT_COLUMNS[c]] ?? null) : '');
  return line + ',' + csvField(error ?? '');
}

/** Minimal RFC 4180 parser (quoted fields, doubled quotes; records end at CRLF, LF or CR) — for tests and for re-reading sweep and results CSV. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else q = false;
      } else field += c;
    } else if (c === '"' && field === '') q = true; // a quote opens quoting only at the start of a field (RFC 4180)
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
