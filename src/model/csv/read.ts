// The one CSV tokenizer of the product: size cap, BOM, CRLF/LF/CR-only line ends, RFC 4180 quotes, delimiter detection
// (comma, semicolon, tab; runs of spaces on request), decimal-comma detection and decimal-only numbers. Pure, no DOM.

/** Limits of every CSV import (a lab export is a few kB; these keep a pasted log file from blocking the page). */
export const CSV_LIMITS = {
  /** Characters (about 2 MB of text). */
  maxChars: 2_000_000,
  /** Records, header included. */
  maxRows: 10_000,
} as const;

export type CsvSeparator = ',' | ';' | '\t' | ' ';

export interface CsvRecord {
  /** 1-based line of the file where the record starts (every CRLF, LF or CR ends a line). */
  line: number;
  cells: string[];
}

export interface CsvTable {
  ok: true;
  /** Non-blank records (and no comment lines), header first. Cells are trimmed; quotes removed. */
  records: CsvRecord[];
  separator: CsvSeparator;
  /** True when numbers use a decimal comma (only with `;`, tab or space separators). */
  decimalComma: boolean;
  /** What the reader did, in words (separator, decimal mark, BOM, line ends). */
  notes: string[];
}

export interface CsvRefusal {
  ok: false;
  /** Names the line (when one is at fault) and the reason. */
  message: string;
  /** 1-based line, 0 when the whole file is at fault. */
  line: number;
}

export interface CsvReadOptions {
  maxChars?: number;
  maxRows?: number;
  /** Also accept columns separated by runs of spaces when no `,` `;` or tab is in the header (survival files). */
  whitespace?: boolean;
  /** Skip lines whose first cell starts with this (e.g. '#'). */
  comment?: string;
}

export const SEPARATOR_NAMES: Record<CsvSeparator, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', ' ': 'space' };

/** Count separator characters outside quotes in one line. */
function countOutsideQuotes(line: string, sep: string): number {
  let q = false;
  let n = 0;
  for (const c of line) {
    if (c === '"') q = !q;
    else if (!q && c === sep) n++;
  }
  return n;
}

/** The first non-blank physical line (for separator detection). */
function firstLine(text: string): string {
  for (const l of text.split(/\r\n|\r|\n/)) if (l.trim() !== '') return l;
  return '';
}

function detectSeparator(header: string, whitespace: boolean): CsvSeparator | null {
  if (countOutsideQuotes(header, '\t') > 0) return '\t';
  if (countOutsideQuotes(header, ';') > 0) return ';';
  if (countOutsideQuotes(header, ',') > 0) return ',';
  if (whitespace && /\S\s+\S/.test(header.trim())) return ' ';
  return null;
}

/**
 * The separator: the first line's, unless that line has none (a title such as "Release study") — then the first line
 * whose separator the next line shares — or the next three lines all agree on another one and none of the four has a
 * quote (a title with commas above a semicolon table; quotes could hide line breaks inside a cell, so then the first
 * line decides as before).
 */
function chooseSeparator(text: string, whitespace: boolean): CsvSeparator | null {
  const lines = text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '').slice(0, 8);
  const seps = lines.map((l) => detectSeparator(l, whitespace));
  if (seps[0] === null) {
    for (let k = 1; k + 1 < seps.length; k++) if (seps[k] !== null && seps[k] === seps[k + 1]) return seps[k];
    return seps.find((x) => x !== null) ?? null;
  }
  const next = seps.slice(1, 4);
  if (next.length === 3 && next.every((x) => x !== null && x === next[0] && x !== seps[0]) && !lines.slice(0, 4).some((l) => l.includes('"'))) return next[0];
  return seps[0];
}

const filled = (r: CsvRecord) => r.cells.filter((c) => c.trim() !== '').length;
const cellsText = (r: CsvRecord) => { const t = r.cells.filter((c) => c.trim() !== '').join(', '); return t.length > 80 ? `${t.slice(0, 77)}…` : t; };
const numberLike = (c: string) => DECIMAL_POINT.test(c.trim()) || DECIMAL_COMMA.test(c.trim());
/** A data row: at least half of its filled cells are numbers. */
const isDataRow = (r: CsvRecord) => { const f = filled(r); return f > 0 && r.cells.filter(numberLike).length * 2 >= f; };
/** Filled cells are one run from the first cell (blanks only at the end), as a title's are. */
const prefixShaped = (r: CsvRecord) => { const last = r.cells.reduce((k, c, i) => (c.trim() !== '' ? i : k), -1); return last + 1 === filled(r); };

/**
 * Records above the header and below the data that are not the table. Above: a line before the last non-data line
 * above the first data row whose cells are one run from the left and fewer than a later such line's (a title:
 * "IZB@CCM batch 3 release, dialysis 3.5 kDa, 37C" over a 5-column header), or more than any of the first data rows
 * have. The header (the last line above the data) is never skipped. Below: trailing lines with one text cell after
 * the last data row (a footnote such as "mean of n=3").
 */
function outsideTable(records: CsvRecord[]): { lead: CsvRecord[]; trail: CsvRecord[] } {
  const D = records.findIndex(isDataRow);
  const lead: CsvRecord[] = [];
  if (D >= 2) {
    const dataWidth = Math.max(...records.slice(D, D + 10).map(filled));
    for (let i = 0; i < D - 1; i++) {
      const r = records[i];
      const widerLater = Math.max(...records.slice(i + 1, D).map(filled));
      if (!(prefixShaped(r) && (filled(r) < widerLater || filled(r) > dataWidth))) break;
      lead.push(r);
    }
  }
  const trail: CsvRecord[] = [];
  if (D >= 0) {
    for (let i = records.length - 1; i > D; i--) {
      const r = records[i];
      if (filled(r) !== 1 || isDataRow(r) || !prefixShaped(r)) break;
      trail.unshift(r);
    }
  }
  return { lead, trail };
}

/** Split into records with RFC 4180 quoting; `null` + line when a quote is never closed. */
function tokenize(text: string, sep: CsvSeparator, raw = false): { records: CsvRecord[] } | { unclosed: number } {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false; // inside quotes
  let wasQuoted = false; // this field had quotes (keep its inner spaces)
  let line = 1;
  let start = 1;
  let quoteLine = 0;
  const endField = () => {
    cells.push(wasQuoted || raw ? field : field.trim());
    field = '';
    wasQuoted = false;
  };
  const endRecord = () => {
    endField();
    if (raw || cells.length > 1 || cells[0] !== '') records.push({ line: start, cells });
    cells = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') { field += '"'; i++; } else quoted = false;
      } else {
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && (raw ? field === '' : field.trim() === '') && !wasQuoted) {
      quoted = true;
      wasQuoted = true;
      field = '';
      quoteLine = line;
    } else if (sep === ' ' ? c === ' ' || c === '\t' : c === sep) {
      if (sep === ' ') {
        if (field === '' && !wasQuoted) continue; // runs of spaces are one separator
      }
      endField();
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else if (!wasQuoted) {
      field += c;
    } else if (c.trim() !== '') {
      field += c; // text after a closing quote: kept (lenient, as spreadsheets do)
    }
  }
  if (quoted) return { unclosed: quoteLine };
  if (field !== '' || cells.length) endRecord();
  return { records };
}

/** A decimal number with a point: 12, -0.5, .5, 1e-3. No hex, no `Infinity`, no thousands separators. */
const DECIMAL_POINT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** A decimal number with a comma: 12,5 or ,5 (only in `;`/tab/space files). */
const DECIMAL_COMMA = /^[+-]?(\d+,?\d*|,\d+)([eE][+-]?\d+)?$/;
const HAS_POINT_FRACTION = /^[+-]?\d*\.\d+([eE][+-]?\d+)?$/;
/** 1.000 or 12.500.000: in a `;`/tab file with no other decimal mark this may be a thousands separator. */
const THOUSANDS_WITH_POINT = /^[+-]?[1-9]\d{0,2}(\.\d{3})+$/;
const HAS_COMMA_FRACTION = /^[+-]?\d*,\d+([eE][+-]?\d+)?$/;

/**
 * Read CSV text into records. Never throws. Refuses (with the line) a file over the size cap, an unclosed quote, a
 * header with one column, and a file that mixes decimal points and decimal commas.
 */
export function readCsv(text: string, opts: CsvReadOptions = {}): CsvTable | CsvRefusal {
  const maxChars = opts.maxChars ?? CSV_LIMITS.maxChars;
  const maxRows = opts.maxRows ?? CSV_LIMITS.maxRows;
  if (typeof text !== 'string') return { ok: false, message: 'not text', line: 0 };
  if (text.length > maxChars) return { ok: false, message: `the file has ${text.length.toLocaleString('en')} characters; at most ${maxChars.toLocaleString('en')} (about ${Math.round(maxChars / 1e6)} MB) are read`, line: 0 };
  const notes: string[] = [];
  let body = text;
  if (body.charCodeAt(0) === 0xfeff) body = body.slice(1);
  if (body.trim() === '') return { ok: false, message: 'line 1: the file is empty (expected a header row and data rows)', line: 1 };
  const crlf = /\r\n/.test(body), cr = /\r(?!\n)/.test(body), lf = /(^|[^\r])\n/.test(body);
  if (cr && !crlf && !lf) notes.push('line ends: CR only (old Mac)');
  const head = firstLine(body);
  const sep = chooseSeparator(body, opts.whitespace ?? false);
  if (sep === null) {
    const headerLine = body.split(/\r\n|\r|\n/).findIndex((l) => l.trim() !== '') + 1;
    if ((head.match(/"/g)?.length ?? 0) % 2 === 1) return { ok: false, message: `line ${headerLine}: a quoted cell opened here is never closed (a " is missing)`, line: headerLine };
    return { ok: false, message: `line ${headerLine}: the header "${head.trim().slice(0, 60)}" has one column; separate columns with a comma, semicolon or tab`, line: headerLine };
  }
  const t = tokenize(body, sep);
  if ('unclosed' in t) return { ok: false, message: `line ${t.unclosed}: a quoted cell opened here is never closed (a " is missing)`, line: t.unclosed };
  let records = t.records;
  if (opts.comment) {
    const c = opts.comment;
    records = records.filter((r) => !r.cells[0].startsWith(c));
  }
  // rows of separators only (Excel's `;;;;` below a table) carry nothing: skipped like blank lines, and said
  const hollow = records.filter((r) => r.cells.length > 1 && r.cells.every((c) => c.trim() === ''));
  if (hollow.length) {
    const skip = new Set(hollow);
    records = records.filter((r) => !skip.has(r));
    notes.push(`${hollow.length} row${hollow.length === 1 ? '' : 's'} of empty cells skipped (line${hollow.length === 1 ? '' : 's'} ${hollow.slice(0, 5).map((r) => r.line).join(', ')}${hollow.length > 5 ? ', …' : ''})`);
  }
  // lines that are not the table: a title above the header (instrument and Excel exports), a footnote below the data
  const skipped = outsideTable(records);
  if (skipped.lead.length || skipped.trail.length) {
    for (const r of skipped.lead.slice().reverse()) notes.unshift(`line ${r.line} skipped: a title, not a header ("${cellsText(r)}" has ${filled(r)} cell${filled(r) === 1 ? '' : 's'}; the header on line ${records[skipped.lead.length].line} has ${filled(records[skipped.lead.length])})`);
    for (const r of skipped.trail) notes.push(`line ${r.line} skipped: a note below the table ("${cellsText(r)}")`);
    records = records.slice(skipped.lead.length, records.length - skipped.trail.length);
  }
  if (records.length > maxRows) return { ok: false, message: `the file has ${records.length.toLocaleString('en')} rows; at most ${maxRows.toLocaleString('en')} are read`, line: records[maxRows].line };
  notes.unshift(`${SEPARATOR_NAMES[sep]}-separated`);
  let decimalComma = false;
  if (sep !== ',') {
    let commaAt: { line: number; cell: string } | null = null;
    let pointAt: { line: number; cell: string } | null = null;
    let thousandsAt: { line: number; cell: string } | null = null;
    let plainPoint = false; // a decimal point that cannot be a thousands separator (0.5, 2.25)
    for (const r of records.slice(1)) {
      for (const cell of r.cells) {
        if (!commaAt && HAS_COMMA_FRACTION.test(cell)) commaAt = { line: r.line, cell };
        if (HAS_POINT_FRACTION.test(cell)) {
          pointAt ??= { line: r.line, cell };
          if (THOUSANDS_WITH_POINT.test(cell)) thousandsAt ??= { line: r.line, cell };
          else plainPoint = true;
        }
      }
      if (commaAt && pointAt) break;
    }
    if (!commaAt && thousandsAt && !plainPoint)
      return { ok: false, message: `line ${thousandsAt.line}: "${thousandsAt.cell}" in a ${SEPARATOR_NAMES[sep]}-separated file could be a thousands separator (${thousandsAt.cell.replace(/\./g, '')}) or a decimal point (${Number(thousandsAt.cell)}); write numbers without thousands separators, with a decimal comma if that is what the file uses`, line: thousandsAt.line };
    if (commaAt && pointAt)
      return { ok: false, message: `line ${commaAt.line} has "${commaAt.cell}" (decimal comma) and line ${pointAt.line} has "${pointAt.cell}" (decimal point): the decimal mark is ambiguous; use one mark throughout the file`, line: commaAt.line };
    decimalComma = commaAt !== null;
    if (decimalComma) notes.push('decimal comma');
  }
  return { ok: true, records, separator: sep, decimalComma, notes };
}

/**
 * A cell as a decimal number, or the reason it is not one (for a message naming line and column). Empty → null
 * value with no reason (a blank cell). Accepts only plain decimals: `0x1A`, `Infinity`, `1 000`, `1.234,5`, `12 %` are
 * refused, never turned into another number.
 */
export function csvNumber(cell: string, decimalComma: boolean): { value: number } | { value: null; reason: string | null } {
  const s = cell.trim();
  if (s === '') return { value: null, reason: null };
  if (decimalComma ? DECIMAL_COMMA.test(s) : DECIMAL_POINT.test(s)) {
    const v = Number(decimalComma ? s.replace(',', '.') : s);
    if (Number.isFinite(v)) return { value: v };
    return { value: null, reason: `"${s}" is out of the range of numbers` };
  }
  if (/^[+-]?0[xob]/i.test(s)) return { value: null, reason: `"${s}" is not a decimal number (hexadecimal, octal and binary are not read)` };
  if (!decimalComma && /^[+-]?\d*,\d+$/.test(s)) return { value: null, reason: `"${s}" has a decimal comma in a comma-separated file (ambiguous); write ${s.replace(',', '.')} or use ; as separator` };
  if (decimalComma && DECIMAL_POINT.test(s)) return { value: null, reason: `"${s}" has a decimal point but this file uses decimal commas` };
  if (/\d[.,]\d{3}[.,]/.test(s) || /^\d{1,3}([ ,.']\d{3})+([.,]\d+)?$/.test(s)) return { value: null, reason: `"${s}" has a thousands separator; write the number without it` };
  if (/%\s*$/.test(s)) return { value: null, reason: `"${s}": write the number without the % sign (the column header says the unit)` };
  return { value: null, reason: `"${s}" is not a number` };
}

/** A column's letter-free name for messages: `column 3 ("pH 7.4 SD")`. */
export function columnName(index: number, header: string | undefined): string {
  return header ? `column ${index + 1} ("${header}")` : `column ${index + 1}`;
}

/**
 * Records of CSV text with a known separator, cells exactly as written (no trimming, blank records kept; no detection,
 * no size cap): for re-reading the product's own exports
 * (sweep and results CSV) in tests and tools. Throws when a quote is never closed.
 */
export function csvRecords(text: string, separator: CsvSeparator = ','): string[][] {
  const t = tokenize(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, separator, true);
  if ('unclosed' in t) throw new Error(`line ${t.unclosed}: a quoted cell opened here is never closed`);
  return t.records.map((r) => r.cells);
}
