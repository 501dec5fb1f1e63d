// The one CSV writer of the product (app exports, results CSV, `cli sweep`, the sweep worker): RFC 4180 cells with
// formula neutralisation (OWASP "CSV injection"), safe for comma-, semicolon- and tab-separated consumers.

/** Characters that make a spreadsheet treat a cell as a formula (OWASP CSV injection: = + - @), plus tab and CR. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain decimal number as JavaScript writes one (a negative number such as -1.5 stays a number, not a formula). */
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/**
 * Characters that force quoting: the quote itself, line ends, and every delimiter a consumer may split on — a cell
 * `x;=1+1` in a comma file would otherwise become two cells, the second a formula, in a semicolon locale.
 */
const NEEDS_QUOTES = /[",;\t\r\n]/;

/**
 * One CSV cell. Numbers are written in JavaScript's shortest round-trip form and never altered (non-finite → empty);
 * null/undefined → empty; booleans as `true`/`false`; objects as JSON text. Text that a spreadsheet would run as a
 * formula (starting with = + - @ tab or CR, and not a plain number) gets a leading apostrophe; text holding a quote,
 * a line end or any of `,` `;` tab is quoted with doubled quotes.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let s = typeof value === 'string' ? value : typeof value === 'boolean' ? String(value) : JSON.stringify(value) ?? '';
  if (FORMULA_START.test(s) && !PLAIN_NUMBER.test(s)) s = "'" + s;
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The delimiters the writer can use: comma (default), semicolon (European spreadsheets) or tab (paste into Excel). */
export type CsvDelimiter = ',' | ';' | '\t';

/** One record: the cells joined by the delimiter (no line end). */
export function csvLine(fields: readonly unknown[], delimiter: CsvDelimiter = ','): string {
  let out = '';
  for (let i = 0; i < fields.length; i++) out += (i ? delimiter : '') + csvCell(fields[i]);
  return out;
}

/** A whole table: one record per row, each ended by `eol` (CRLF by default, as RFC 4180 says). */
export function csvText(rows: readonly (readonly unknown[])[], opts: { delimiter?: CsvDelimiter; eol?: '\r\n' | '\n' } = {}): string {
  const eol = opts.eol ?? '\r\n';
  return rows.map((r) => csvLine(r, opts.delimiter ?? ',') + eol).join('');
}
