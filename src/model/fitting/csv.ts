// Parses a release CSV (header row; time, cumulative release % columns) with errors that name the line and the reason.
import type { ReleaseData } from './release-fit';

export class ReleaseCsvError extends Error {
  constructor(
    message: string,
    /** 1-based line in the file (0 when the error concerns the whole file). */
    readonly line: number,
  ) {
    super(message);
    this.name = 'ReleaseCsvError';
  }
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function cellNumber(raw: string, decimalComma: boolean): number | null {
  let s = raw.trim().replace(/^"(.*)"$/, '$1').trim();
  if (decimalComma && /^[+-]?\d+,\d+([eE][+-]?\d+)?$/.test(s)) s = s.replace(',', '.');
  return NUMBER.test(s) ? Number(s) : null;
}

/**
 * Reads `time, release %` rows after one header row. Separator: tab, semicolon or comma (taken from the header line;
 * with tab or semicolon a decimal comma such as 12,5 is accepted). Blank lines are ignored; CRLF and a BOM are fine.
 * `minPoints`: fewer data rows than this is an error (pass the number of parameters of the model to fit).
 */
export function parseReleaseCsv(text: string, opts: { minPoints?: number } = {}): ReleaseData {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const rows = lines.map((s, i) => ({ line: i + 1, s })).filter((r) => r.s.trim() !== '');
  if (rows.length === 0) throw new ReleaseCsvError('line 1: empty file (expected a header row and rows of time, cumulative release %)', 1);
  const header = rows[0];
  const sep = header.s.includes('\t') ? '\t' : header.s.includes(';') ? ';' : ',';
  const sepName = sep === '\t' ? 'tab' : sep === ';' ? 'semicolon' : 'comma';
  const decimalComma = sep !== ',';
  const headerCells = header.s.split(sep);
  if (headerCells.length !== 2)
    throw new ReleaseCsvError(`line ${header.line}: header has ${headerCells.length} column${headerCells.length === 1 ? '' : 's'} (${sepName}-separated); expected 2: time, cumulative release %`, header.line);
  if (headerCells.every((c) => cellNumber(c, decimalComma) !== null))
    throw new ReleaseCsvError(`line ${header.line}: expected a header row (e.g. time,release) but found numbers`, header.line);
  const t: number[] = [];
  const F: number[] = [];
  for (const { line, s } of rows.slice(1)) {
    const cells = s.split(sep);
    if (cells.length !== 2) throw new ReleaseCsvError(`line ${line}: ${cells.length} column${cells.length === 1 ? '' : 's'}, expected 2 (${sepName}-separated, as the header)`, line);
    const ti = cellNumber(cells[0], decimalComma);
    const Fi = cellNumber(cells[1], decimalComma);
    if (ti === null) throw new ReleaseCsvError(`line ${line}: time "${cells[0].trim()}" is not a number`, line);
    if (Fi === null) throw new ReleaseCsvError(`line ${line}: release "${cells[1].trim()}" is not a number`, line);
    if (!Number.isFinite(ti) || ti < 0) throw new ReleaseCsvError(`line ${line}: time ${cells[0].trim()} must be finite and ≥ 0`, line);
    if (!(Fi >= 0 && Fi <= 100)) throw new ReleaseCsvError(`line ${line}: release ${cells[1].trim()} is outside 0–100 %`, line);
    if (t.length && ti <= t[t.length - 1]) throw new ReleaseCsvError(`line ${line}: time ${ti} is not greater than the previous time ${t[t.length - 1]} (times must strictly increase)`, line);
    t.push(ti);
    F.push(Fi);
  }
  if (t.length === 0) throw new ReleaseCsvError(`line ${header.line}: no data rows after the header`, header.line);
  const minPoints = opts.minPoints ?? 1;
  if (t.length < minPoints)
    throw new ReleaseCsvError(`line ${rows[rows.length - 1].line}: ${t.length} data point${t.length === 1 ? '' : 's'}, fewer than the ${minPoints} parameters to fit`, rows[rows.length - 1].line);
  return { t, F };
}
