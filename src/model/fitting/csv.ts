// Parses a release CSV for `cli fit` (header row; time, cumulative release % columns) through the one CSV reader, with errors that name the line and the reason.
import type { ReleaseData } from './release-fit';
import { SEPARATOR_NAMES, csvNumber, readCsv } from '../csv';
import { TIME_UNIT_HOURS, timeUnitOf, type TimeUnit } from '../units/quantity';

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

/** Highest individual-unit (vessel) release accepted, in % of label claim: single vessels of a complete dissolution
 * read above 100 % from content uniformity and assay error (USP <905> accepts units up to 115–125 % of label claim);
 * values above 100 % are kept and noted, values above this limit are refused as a likely mix-up (e.g. µg instead of %). */
export const UNIT_RELEASE_MAX_PCT = 120;

/** How many hours one time unit of a header is (mathjs' factors, model/units). */
export const PROFILE_TIME_UNITS = TIME_UNIT_HOURS;
export type ProfileTimeUnit = TimeUnit;

/** The time unit a time column's header names — `Time (min)`, `time [h]`, `Time_min`, `t/d`, `minutes`, `Time, h` —
 * read through mathjs (model/units), or null. */
export function profileTimeUnit(header: string): ProfileTimeUnit | null {
  const h = header.trim();
  const m = /[([]\s*([A-Za-zµ.]+)\s*[)\]]\s*$/.exec(h) ?? /^(?:time|t|zeit)\s*[_/,]\s*([A-Za-z.]+)$/i.exec(h) ?? /^([A-Za-z]+)$/.exec(h);
  return m ? timeUnitOf(m[1]) : null;
}

/** A column header that names a summary of the units (mean, SD, …), never a unit: its words outside a trailing "(unit)". */
const SUMMARY_WORDS = /(^|[^a-z])(mean|average|avg|median|sd|s\.d\.?|std|stdev|std\.? ?dev|standard deviation|sem|s\.e\.m\.?|se|std\.? ?err(or)?|cv|rsd|%\s*rsd|min|max|range)([^a-z]|$)|^n$|x̄|x\u0304|±/;
export function isSummaryColumn(header: string): boolean {
  const name = header.trim().replace(/\s*[([][^)\]]*[)\]]\s*$/, '').toLowerCase();
  return SUMMARY_WORDS.test(name);
}

/** A release profile read from CSV: the mean at each time and, when the file has one column per unit, the units. */
export interface ReleaseProfileData {
  /** Times in hours (converted from the header's unit). */
  t: number[];
  /** Mean cumulative release (%) at each time (the single column, or the mean of the unit columns). */
  F: number[];
  /** One array per unit (vessel), aligned with t; absent for a two-column file. */
  units?: number[][];
  /** Sample SD of the units at each time (n − 1); absent for a two-column file. */
  sd?: number[];
  /** The unit columns' headers. */
  unitNames?: string[];
  /** The time unit the file used (its times are shown back in it); 'h' when the header names none. */
  timeUnit: ProfileTimeUnit;
  /** Columns left out of the units because their header names a summary (mean, SD, CV, …). */
  skipped: string[];
  /** What was read, in words (time unit, units taken, columns skipped, values above 100 %). */
  notes: string[];
}

/**
 * Reads a release profile through the one CSV reader: `time, release %` (means), or `time, unit 1, unit 2, …` — one
 * column per unit (vessel) with its cumulative release (%) at each time, as dissolution testers export them (needed
 * for bootstrap f2). Columns whose header names a summary (Mean, SD, SEM, CV, RSD, x̄, …) are skipped, never taken as
 * units; the time unit in the header (s, min, h, d, wk, read through mathjs) is converted to hours. Same separators, quotes, decimal commas and
 * line-numbered errors as parseReleaseCsv.
 */
export function parseReleaseProfileCsv(text: string): ReleaseProfileData {
  const read = readCsv(text);
  if (!read.ok) {
    if (/empty/.test(read.message)) throw new ReleaseCsvError('line 1: empty file (expected a header row: time, then one release % column, or one column per unit)', 1);
    throw new ReleaseCsvError(read.message, read.line);
  }
  const [header, ...rows] = read.records;
  const cols = header.cells.length;
  if (cols < 2) throw new ReleaseCsvError(`line ${header.line}: header has ${cols} column; expected time, then release % (one column, or one per unit)`, header.line);
  const { decimalComma } = read;
  if (header.cells.every((c) => csvNumber(c, decimalComma).value !== null)) throw new ReleaseCsvError(`line ${header.line}: expected a header row (e.g. time,unit 1,unit 2) but found numbers`, header.line);
  const timeUnit = profileTimeUnit(header.cells[0]) ?? 'h';
  const toH = PROFILE_TIME_UNITS[timeUnit];
  const notes: string[] = [`time: ${header.cells[0] || 'column 1'} in ${timeUnit}${profileTimeUnit(header.cells[0]) ? '' : ' (no unit given: read as hours)'}`];
  const valueCols = header.cells.map((_, k) => k).slice(1);
  const skippedIdx = cols > 2 ? valueCols.filter((k) => isSummaryColumn(header.cells[k])) : [];
  const unitIdx = valueCols.filter((k) => !skippedIdx.includes(k));
  const skipped = skippedIdx.map((k) => header.cells[k]);
  if (unitIdx.length === 0) throw new ReleaseCsvError(`line ${header.line}: every column after time names a summary (${skipped.join(', ')}); expected one release % column per unit (vessel)`, header.line);
  const sepName = SEPARATOR_NAMES[read.separator];
  const t: number[] = [];
  const units: number[][] = unitIdx.map(() => []);
  let above100 = 0;
  for (const { line, cells } of rows) {
    if (cells.length !== cols) throw new ReleaseCsvError(`line ${line}: ${cells.length} column${cells.length === 1 ? '' : 's'}, expected ${cols} (${sepName}-separated, as the header)`, line);
    const tc = csvNumber(cells[0], decimalComma);
    if (tc.value === null) throw new ReleaseCsvError(`line ${line}: time ${tc.reason ?? `"${cells[0]}" is not a number`}`, line);
    if (tc.value < 0) throw new ReleaseCsvError(`line ${line}: time ${cells[0]} must be ≥ 0`, line);
    const tH = tc.value * toH;
    if (t.length && tH <= t[t.length - 1]) throw new ReleaseCsvError(`line ${line}: time ${tc.value} is not greater than the previous time ${t[t.length - 1] / toH} (times must strictly increase)`, line);
    t.push(tH);
    unitIdx.forEach((k, j) => {
      const c = csvNumber(cells[k], decimalComma);
      const name = header.cells[k] || `column ${k + 1}`;
      if (c.value === null) throw new ReleaseCsvError(`line ${line}: ${name} ${c.reason ?? `"${cells[k]}" is not a number`}`, line);
      if (!(c.value >= 0 && c.value <= UNIT_RELEASE_MAX_PCT)) throw new ReleaseCsvError(`line ${line}: ${name} ${cells[k]} is outside 0–${UNIT_RELEASE_MAX_PCT} % (a single unit may read somewhat above 100 % of label claim; more is likely not a percentage)`, line);
      if (c.value > 100) above100++;
      units[j].push(c.value);
    });
  }
  if (t.length === 0) throw new ReleaseCsvError(`line ${header.line}: no data rows after the header`, header.line);
  if (skipped.length) notes.push(`${unitIdx.length} unit column${unitIdx.length === 1 ? '' : 's'} taken (${unitIdx.map((k) => header.cells[k]).join(', ')}); skipped as summaries, not units: ${skipped.join(', ')}`);
  if (above100) notes.push(`${above100} value${above100 === 1 ? '' : 's'} above 100 % kept (single units may read up to ${UNIT_RELEASE_MAX_PCT} % of label claim)`);
  if (unitIdx.length === 1) return { t, F: units[0], timeUnit, skipped, notes };
  const F = t.map((_, i) => units.reduce((s, u) => s + u[i], 0) / units.length);
  const sd = t.map((_, i) => Math.sqrt(units.reduce((s, u) => s + (u[i] - F[i]) ** 2, 0) / (units.length - 1)));
  if (!skipped.length) notes.push(`${unitIdx.length} unit columns taken (${unitIdx.map((k) => header.cells[k]).join(', ')})`);
  return { t, F, units, sd, unitNames: unitIdx.map((k) => header.cells[k]), timeUnit, skipped, notes };
}
