// Parses a release CSV for `cli fit` (header row; time, cumulative release % columns) through the one CSV reader, with errors that name the line and the reason.
import type { ReleaseData } from './release-fit';
import { SEPARATOR_NAMES, csvNumber, readCsv } from '../csv';

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

/**
 * Reads `time, release %` rows after one header row with the one CSV reader (model/csv): separator tab, semicolon or
 * comma (with tab or semicolon a decimal comma such as 12,5 is accepted), RFC 4180 quotes, BOM, CRLF/LF/CR-only line
 * ends, a size cap, decimal-only numbers (`0x1A` is refused). Blank lines are ignored.
 * `minPoints`: fewer data rows than this is an error (pass the number of parameters of the model to fit).
 */
export function parseReleaseCsv(text: string, opts: { minPoints?: number } = {}): ReleaseData {
  const read = readCsv(text);
  if (!read.ok) {
    if (/empty/.test(read.message)) throw new ReleaseCsvError('line 1: empty file (expected a header row and rows of time, cumulative release %)', 1);
    throw new ReleaseCsvError(read.message, read.line);
  }
  const rows = read.records;
  const header = rows[0];
  const sepName = SEPARATOR_NAMES[read.separator];
  const { decimalComma } = read;
  const headerCells = header.cells;
  if (headerCells.length !== 2)
    throw new ReleaseCsvError(`line ${header.line}: header has ${headerCells.length} column${headerCells.length === 1 ? '' : 's'} (${sepName}-separated); expected 2: time, cumulative release %`, header.line);
  if (headerCells.every((c) => csvNumber(c, decimalComma).value !== null))
    throw new ReleaseCsvError(`line ${header.line}: expected a header row (e.g. time,release) but found numbers`, header.line);
  const t: number[] = [];
  const F: number[] = [];
  for (const { line, cells } of rows.slice(1)) {
    if (cells.length !== 2) throw new ReleaseCsvError(`line ${line}: ${cells.length} column${cells.length === 1 ? '' : 's'}, expected 2 (${sepName}-separated, as the header)`, line);
    const tc = csvNumber(cells[0], decimalComma);
    const Fc = csvNumber(cells[1], decimalComma);
    if (tc.value === null) throw new ReleaseCsvError(`line ${line}: time ${tc.reason ?? `"${cells[0]}" is not a number`}`, line);
    if (Fc.value === null) throw new ReleaseCsvError(`line ${line}: release ${Fc.reason ?? `"${cells[1]}" is not a number`}`, line);
    const ti = tc.value;
    const Fi = Fc.value;
    if (ti < 0) throw new ReleaseCsvError(`line ${line}: time ${cells[0]} must be finite and ≥ 0`, line);
    if (!(Fi >= 0 && Fi <= 100)) throw new ReleaseCsvError(`line ${line}: release ${cells[1]} is outside 0–100 %`, line);
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

/** A release profile read from CSV: the mean at each time and, when the file has one column per unit, the units. */
export interface ReleaseProfileData {
  t: number[];
  /** Mean cumulative release (%) at each time (the single column, or the mean of the unit columns). */
  F: number[];
  /** One array per unit (vessel), aligned with t; absent for a two-column file. */
  units?: number[][];
  /** Sample SD of the units at each time (n − 1); absent for a two-column file. */
  sd?: number[];
  /** The unit columns' headers. */
  unitNames?: string[];
}

/**
 * Reads a release profile through the one CSV reader: `time, release %` (means), or `time, unit 1, unit 2, …` — one
 * column per unit (vessel) with its cumulative release (%) at each time, as dissolution testers export them (needed
 * for bootstrap f2). Same separators, quotes, decimal commas and line-numbered errors as parseReleaseCsv.
 */
export function parseReleaseProfileCsv(text: string): ReleaseProfileData {
  const read = readCsv(text);
  if (!read.ok) {
    if (/empty/.test(read.message)) throw new ReleaseCsvError('line 1: empty file (expected a header row: time, then one release % column, or one column per unit)', 1);
    throw new ReleaseCsvError(read.message, read.line);
  }
  const [header, ...rows] = read.records;
  const cols = header.cells.length;
  if (cols === 2) { const d = parseReleaseCsv(text, { minPoints: 1 }); return { t: [...d.t], F: [...d.F] }; }
  if (cols < 2) throw new ReleaseCsvError(`line ${header.line}: header has ${cols} column; expected time, then release % (one column, or one per unit)`, header.line);
  const { decimalComma } = read;
  if (header.cells.every((c) => csvNumber(c, decimalComma).value !== null)) throw new ReleaseCsvError(`line ${header.line}: expected a header row (e.g. time,unit 1,unit 2) but found numbers`, header.line);
  const sepName = SEPARATOR_NAMES[read.separator];
  const t: number[] = [];
  const units: number[][] = header.cells.slice(1).map(() => []);
  for (const { line, cells } of rows) {
    if (cells.length !== cols) throw new ReleaseCsvError(`line ${line}: ${cells.length} columns, expected ${cols} (${sepName}-separated, as the header)`, line);
    const tc = csvNumber(cells[0], decimalComma);
    if (tc.value === null) throw new ReleaseCsvError(`line ${line}: time ${tc.reason ?? `"${cells[0]}" is not a number`}`, line);
    if (tc.value < 0) throw new ReleaseCsvError(`line ${line}: time ${cells[0]} must be ≥ 0`, line);
    if (t.length && tc.value <= t[t.length - 1]) throw new ReleaseCsvError(`line ${line}: time ${tc.value} is not greater than the previous time ${t[t.length - 1]} (times must strictly increase)`, line);
    t.push(tc.value);
    for (let k = 1; k < cols; k++) {
      const c = csvNumber(cells[k], decimalComma);
      const name = header.cells[k] || `column ${k + 1}`;
      if (c.value === null) throw new ReleaseCsvError(`line ${line}: ${name} ${c.reason ?? `"${cells[k]}" is not a number`}`, line);
      if (!(c.value >= 0 && c.value <= 100)) throw new ReleaseCsvError(`line ${line}: ${name} ${cells[k]} is outside 0–100 %`, line);
      units[k - 1].push(c.value);
    }
  }
  if (t.length === 0) throw new ReleaseCsvError(`line ${header.line}: no data rows after the header`, header.line);
  const F = t.map((_, i) => units.reduce((s, u) => s + u[i], 0) / units.length);
  const sd = t.map((_, i) => Math.sqrt(units.reduce((s, u) => s + (u[i] - F[i]) ** 2, 0) / (units.length - 1)));
  return { t, F, units, sd, unitNames: header.cells.slice(1) };
}
