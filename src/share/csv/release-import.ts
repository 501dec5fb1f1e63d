// Release-curve import: the one CSV reader (model/csv) + column roles (time and its unit, release mean per pH, SD/SEM,
// replicates n1..n3, percent or fraction, ignored columns) → curves, human messages and per-cell errors. Pure, no React.
import { columnName, csvNumber, csvText, readCsv, type CsvRecord, type CsvTable } from '../../model/csv';
import { MEASURED_PH_FIELD, MEASURED_RELEASE_FIELD, MEASURED_TIME_FIELD, MEASUREMENT_LIMITS, inRange, rangeText, round6 } from '../../schema';

import { readTimeUnit, timeUnitOf, TIME_UNIT_HOURS, TIME_UNIT_NAMES, type TimeUnit } from '../../model/units/quantity';

export { TIME_UNIT_HOURS, TIME_UNIT_NAMES, type TimeUnit };

/** What one column means. `of` is the index of the mean (or long-format release) column an SD/SEM belongs to. */
export type ColumnRole =
  | { role: 'time'; unit: TimeUnit }
  | { role: 'mean'; pH: number }
  | { role: 'sd'; of: number }
  | { role: 'sem'; of: number }
  | { role: 'replicate'; pH: number }
  | { role: 'ph' }
  | { role: 'release' }
  | { role: 'ignore' };

export interface PlannedColumn {
  header: string;
  /** The unit written in the header or the units row, if any. */
  unit: string | null;
  role: ColumnRole;
  /** Why this role was chosen (or why the column is ignored). */
  why: string;
}

export interface ReleaseImportPlan {
  columns: PlannedColumn[];
  /** How release values are written: percent (0–100) or fraction (0–1, converted to %). */
  scale: 'percent' | 'fraction';
  scaleWhy: string;
  /** What the reader did (separator, decimal mark, units row, line ends). */
  notes: string[];
}

export interface CellError {
  line: number;
  /** 0-based column, or -1 when the row or file is at fault. */
  column: number;
  message: string;
}

export interface ImportedCurve {
  pH: number;
  /** [time h, cumulative release %], sorted by time. */
  points: [number, number][];
  /**
   * Error bars, one per point, in % points: SD or SEM as the file gave them (replicates → SD). `missing`: 0-based
   * points whose SD/SEM the file did not give; their value is the curve's largest given one (a weight, not a
   * measurement: drawn without an error bar, never used for a CV).
   */
  spread?: { kind: 'sd' | 'sem'; values: number[]; missing?: number[] };
  /** Number of replicate columns averaged, when the curve was built from replicates. */
  replicates?: number;
}

export interface ReleaseImport {
  /** The curves, sorted by pH (highest first); empty when `errors` is not. */
  curves: ImportedCurve[];
  /** What was understood, in words (shown before anything is stored). */
  messages: string[];
  /** Every problem, naming the line and column; the import is refused while there is one. */
  errors: CellError[];
}

export type PlanResult = { ok: true; plan: ReleaseImportPlan; table: CsvTable; headerLine: number; dataStart: number } | { ok: false; message: string; line: number };

const TIME_NAME = /^(time|t|zeit|tiempo|temps|tempo|sampling time|hours?|hrs?|minutes?|mins?|days?|seconds?|weeks?)$/;
const SD_TOKEN = /(^|[^a-z])(sd|s\.d\.?|std\.? ?dev\.?|stdev|st\.? ?dev\.?|standard deviation)([^a-z]|$)/;
const SEM_TOKEN = /(^|[^a-z])(sem|s\.e\.m\.?|se|s\.e\.?|std\.? ?err(or)?|standard error( of the mean)?)([^a-z]|$)/;
const REPLICATE_TOKEN = /(^|[^a-z])(n|r|rep|replicate|run|sample)\s*[-_#]?\s*(\d{1,2})([^0-9.,]|$)/;
const PH_TOKEN = /p\s*h\s*[:=]?\s*(\d{1,2}(?:[.,]\d+)?)/;
/** An SD/SEM cell that says "not determined": read as a missing SD, never as a number. */
const ND_CELL = /^(n\.?\s?d\.?|n\/?a|not determined|[-–—])$/i;
const MEAN_NAME = /(^|[^a-z])(mean|average|avg|x̄)([^a-z]|$)/;
const RELEASE_WORDS = /(releas|cumul|drug|mean|average|avg|amount|dissol|%|percent|pct|fraction|frac|^f$|^f\b)/;

/** A header's name and its unit: `Time (h)`, `time [min]`, `Time, h`, `time_h`, `t/min`. */
export function splitUnit(header: string): { name: string; unit: string | null } {
  const h = header.trim();
  let m = /^(.*?)\s*[([]\s*([^)\]]*)\s*[)\]]\s*$/.exec(h);
  if (m && m[1] !== '') return { name: m[1].trim(), unit: m[2].trim() };
  // a comma between two digits is a decimal comma (`pH 7,4 SD`), never the name/unit separator
  const DECIMAL_COMMA_MARK = '\u0000';
  const masked = h.replace(/(\d),(?=\d)/g, `$1${DECIMAL_COMMA_MARK}`);
  m = /^(.*?)\s*[,/]\s*([^,/]+)$/.exec(masked);
  const unmask = (x: string) => x.split(DECIMAL_COMMA_MARK).join(',').trim();
  if (m && m[1] !== '') return { name: unmask(m[1]), unit: unmask(m[2]) };
  m = /^(time|t|zeit)_([a-z]+)$/i.exec(h);
  if (m) return { name: m[1], unit: m[2] };
  return { name: h, unit: null };
}

function phOf(text: string): number | null {
  const m = PH_TOKEN.exec(text.toLowerCase());
  if (!m) return null;
  const v = Number(m[1].replace(',', '.'));
  return inRange(MEASURED_PH_FIELD, v) ? v : null;
}

const isNumberCell = (cell: string, decimalComma: boolean) => csvNumber(cell, decimalComma).value !== null;

/** The pH written for the user: 7.4, 5.0. */
export const phText = (pH: number) => (Number.isInteger(pH * 10) ? pH.toFixed(1) : String(pH));

/**
 * Read the file and propose a role for every column. `defaultPH` is the pH of a single release column whose header
 * names none (said in a message, changeable in the preview).
 */
export function planReleaseImport(text: string, opts: { defaultPH?: number } = {}): PlanResult {
  const t = readCsv(text);
  if (!t.ok) return t;
  const defaultPH = opts.defaultPH ?? 5.0;
  const rec = t.records;
  if (rec.length < 2) return { ok: false, message: `line ${rec[0]?.line ?? 1}: expected a header row and at least one data row`, line: rec[0]?.line ?? 1 };
  const header = rec[0];
  if (header.cells.every((c) => isNumberCell(c, t.decimalComma)))
    return { ok: false, message: `line ${header.line}: expected a header row (e.g. time_h,pH 7.4,pH 5.0) but found numbers`, line: header.line };
  const notes = [...t.notes];
  // a units row: the row under the header holds no number at all (e.g. `h,%,%`)
  let dataStart = 1;
  let unitsRow: CsvRecord | null = null;
  if (rec.length > 2 && rec[1].cells.some((c) => c !== '') && rec[1].cells.every((c) => c === '' || !isNumberCell(c, t.decimalComma))) {
    unitsRow = rec[1];
    dataStart = 2;
    notes.push(`line ${unitsRow.line} read as a units row (${unitsRow.cells.filter(Boolean).join(', ')})`);
  }
  const n = header.cells.length;
  const cols: PlannedColumn[] = [];
  const info = Array.from({ length: n }, (_, i) => {
    const header0 = header.cells[i] ?? '';
    const { name, unit: u } = splitUnit(header0);
    const unitCell = unitsRow?.cells[i]?.replace(/^[([]\s*|\s*[)\]]$/g, '').trim() || null;
    const unit = u ?? unitCell;
    const lower = header0.toLowerCase();
    return { header: header0, name: name.toLowerCase(), unit, lower, pH: phOf(header0) };
  });
  const anyPH = info.some((c) => c.pH !== null);
  const longPH = info.findIndex((c) => c.name === 'ph' || c.lower === 'ph');
  let timeCol = -1;
  // pass 1: time, pH, means, replicates
  info.forEach((c, i) => {
    const empty: PlannedColumn = { header: c.header, unit: c.unit, role: { role: 'ignore' }, why: '' };
    cols.push(empty);
    if (c.header === '') { empty.why = 'no header'; return; }
    if (timeCol < 0 && (TIME_NAME.test(c.name) || /^time\b/.test(c.name))) {
      const unitWord = timeUnitOf(c.unit) ?? timeUnitOf(TIME_NAME.test(c.name) && c.name !== 'time' && c.name !== 't' ? c.name.replace(/s$/, '') : null);
      if (c.unit !== null && timeUnitOf(c.unit) === null) {
        const r = readTimeUnit(c.unit);
        empty.why = r ? `time unit "${c.unit}" is a time, but not one the app shows (s, min, h, d or wk)` : `time unit "${c.unit}" is not a time unit mathjs reads (s, min, h, d, wk)`;
        return;
      }
      timeCol = i;
      empty.role = { role: 'time', unit: unitWord ?? 'h' };
      empty.why = unitWord ? `time in ${TIME_UNIT_NAMES[unitWord]}` : 'time; no unit given, read as hours';
      return;
    }
    if (i === longPH) { empty.role = { role: 'ph' }; empty.why = 'the pH of each row (long format)'; return; }
    if (SD_TOKEN.test(c.lower) || SEM_TOKEN.test(c.lower)) return; // pass 2
    const rep = REPLICATE_TOKEN.exec(c.lower.replace(PH_TOKEN, ' '));
    if (rep && (c.pH !== null || !anyPH)) {
      const pH = c.pH ?? defaultPH;
      empty.role = { role: 'replicate', pH };
      empty.why = `replicate ${rep[3]} at pH ${phText(pH)}${c.pH === null ? ' (no pH in the header: default)' : ''}`;
      return;
    }
    if (c.pH !== null) { empty.role = { role: 'mean', pH: c.pH }; empty.why = `release at pH ${phText(c.pH)}`; return; }
    const badPH = PH_TOKEN.exec(c.lower);
    if (badPH) { empty.why = `pH ${badPH[1]} ${rangeText(MEASURED_PH_FIELD).replace('must be ', 'is not ')}`; return; }
    if (RELEASE_WORDS.test(c.lower) || RELEASE_WORDS.test((c.unit ?? '').toLowerCase())) {
      if (longPH >= 0) { empty.role = { role: 'release' }; empty.why = 'release values (long format)'; return; }
      if (!anyPH) { empty.role = { role: 'mean', pH: defaultPH }; empty.why = `release; no pH in the header, read as pH ${phText(defaultPH)} — choose another in the preview if it differs`; return; }
    }
    empty.why = 'fits no role';
  });
  // pass 1b (walk8): a lab sheet with its raw replicates AND the mean it computed. Repeated identical headers at one pH
  // (`Release (%)` ×3) are replicates; when a pH then has one mean column (named mean/average, or the only one) and
  // replicates, the file's own mean (with its SD/SEM) is used and the replicates are set aside, said per column.
  for (const pH of new Set(cols.flatMap((c) => (c.role.role === 'mean' ? [c.role.pH] : [])))) {
    const at = cols.map((c, i) => ({ c, i })).filter(({ c }) => c.role.role === 'mean' && c.role.pH === pH);
    if (at.length >= 2) {
      const named = at.filter(({ i }) => MEAN_NAME.test(info[i].name));
      const rest = named.length === 1 ? at.filter((x) => x !== named[0]) : at;
      const head = (i: number) => info[i].header.trim().toLowerCase();
      if (rest.length >= 2 && rest.every(({ i }) => head(i) === head(rest[0].i)))
        rest.forEach(({ c }, k) => { c.role = { role: 'replicate', pH }; c.why = `replicate ${k + 1} at pH ${phText(pH)} (the header "${c.header}" repeats)`; });
    }
    const mean = cols.map((c, i) => ({ c, i })).filter(({ c }) => c.role.role === 'mean' && c.role.pH === pH);
    const reps = cols.filter((c) => c.role.role === 'replicate' && c.role.pH === pH);
    if (mean.length === 1 && reps.length) {
      const m = mean[0];
      for (const c of reps) { c.role = { role: 'ignore' }; c.why = `a replicate at pH ${phText(pH)}, set aside: the file's own mean ${columnName(m.i, m.c.header)} is used (with its SD/SEM when the file gives one); choose "replicate" here and "ignore" for the mean to average the replicates instead`; }
    }
  }
  // pass 2: SD / SEM, paired with the mean column of the same pH, else the nearest release column to the left
  info.forEach((c, i) => {
    if (cols[i].role.role !== 'ignore' || c.header === '' || cols[i].why !== '') return;
    const kind: 'sd' | 'sem' = SD_TOKEN.test(c.lower) ? 'sd' : 'sem';
    let of = -1;
    if (c.pH !== null) of = cols.findIndex((x) => x.role.role === 'mean' && x.role.pH === c.pH);
    if (of < 0) for (let k = i - 1; k >= 0; k--) if (cols[k].role.role === 'mean' || cols[k].role.role === 'release') { of = k; break; }
    if (of < 0) { cols[i].why = `${kind.toUpperCase()} column with no release column to belong to`; return; }
    cols[i].role = { role: kind, of };
    cols[i].why = `${kind === 'sd' ? 'standard deviation' : 'standard error of the mean'} of ${columnName(of, cols[of].header)} (error bars)`;
  });
  // percent or fraction
  const valueCols = cols.map((c, i) => ({ c, i })).filter(({ c }) => ['mean', 'replicate', 'release'].includes(c.role.role));
  const words = valueCols.map(({ c }) => `${c.header} ${c.unit ?? ''}`.toLowerCase()).join(' ');
  let scale: 'percent' | 'fraction' = 'percent';
  let scaleWhy = 'values in %';
  const values: number[] = [];
  for (const r of rec.slice(dataStart)) for (const { i } of valueCols) { const v = csvNumber(r.cells[i] ?? '', t.decimalComma).value; if (v !== null) values.push(v); }
  const maxV = values.length ? Math.max(...values) : 0;
  if (/%|percent|pct/.test(words)) {
    scaleWhy = 'values in % (the header says so)';
    if (values.length && maxV <= 1) scaleWhy += `; every value is ≤ 1 %: if they are fractions (0–1), choose "fraction" in the preview`;
  } else if (/fraction|frac\b|0\s*[-–]\s*1/.test(words)) {
    scale = 'fraction';
    scaleWhy = 'values are fractions (the header says so) → converted to % (× 100)';
  } else if (values.length && maxV <= 1 && values.some((v) => v > 0)) {
    scale = 'fraction';
    scaleWhy = `every value is between 0 and 1, read as fractions → converted to % (× 100); choose "percent" in the preview if they are %`;
  }
  return { ok: true, plan: { columns: cols, scale, scaleWhy, notes }, table: t, headerLine: header.line, dataStart };
}

function sampleSd(xs: number[]): number {
  const m = xs.reduce((a, b) => a + b, 0) / xs.length;
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
}

/** A role for messages: "time (min)", "release at pH 7.4", "SD of column 2 (…)". */
export function roleText(role: ColumnRole, columns: readonly { header: string }[]): string {
  switch (role.role) {
    case 'time': return `time (${role.unit})`;
    case 'mean': return `release at pH ${phText(role.pH)}`;
    case 'sd': return `SD of ${columnName(role.of, columns[role.of]?.header)}`;
    case 'sem': return `SEM of ${columnName(role.of, columns[role.of]?.header)}`;
    case 'replicate': return `replicate at pH ${phText(role.pH)}`;
    case 'ph': return 'pH of each row';
    case 'release': return 'release (long format)';
    case 'ignore': return 'ignored';
  }
}

interface Acc { pH: number; rows: { t: number; line: number; F: number; e?: number }[]; spreadKind?: 'sd' | 'sem'; replicates?: number; source: string }

/**
 * Apply a plan (as proposed, or as the user re-mapped it) to the table: the curves, the messages that say what was
 * understood, and every cell error with its line and column. Never throws.
 */
export function applyReleasePlan(table: CsvTable, plan: ReleaseImportPlan, dataStart: number): ReleaseImport {
  const errors: CellError[] = [];
  const messages: string[] = [`Read as ${plan.notes.join('; ')}.`];
  const cols = plan.columns;
  const name = (i: number) => columnName(i, cols[i]?.header);
  const fail = (message: string, line = 0, column = -1): ReleaseImport => ({ curves: [], messages, errors: [...errors, { line, column, message }] });
  const timeCols = cols.map((c, i) => ({ c, i })).filter(({ c }) => c.role.role === 'time');
  const headerLine = table.records[0]?.line ?? 1;
  const headerCells = `"${(table.records[0]?.cells ?? []).filter(Boolean).join(', ').slice(0, 80)}"`;
  if (timeCols.length === 0) return fail(`line ${headerLine} (read as the header: ${headerCells}): no time column; name one "time (h)" (or min, d), or choose "time" for a column in the preview`, headerLine);
  if (timeCols.length > 1) return fail(`two time columns (${timeCols.map(({ i }) => name(i)).join(' and ')}); keep one`);
  const tc = timeCols[0].i;
  const unit = (cols[tc].role as { unit: TimeUnit }).unit;
  messages.push(`Time: ${name(tc)} in ${TIME_UNIT_NAMES[unit]}${cols[tc].unit === null && unit === 'h' ? ' (no unit given: read as hours)' : ''}${unit === 'h' ? '' : ' → converted to hours'}.`);
  const scale = plan.scale === 'fraction' ? 100 : 1;
  const longPH = cols.findIndex((c) => c.role.role === 'ph');
  const longRel = cols.findIndex((c) => c.role.role === 'release');
  const means = cols.map((c, i) => ({ c, i })).filter(({ c }) => c.role.role === 'mean');
  const reps = cols.map((c, i) => ({ c, i })).filter(({ c }) => c.role.role === 'replicate');
  const spreads = cols.map((c, i) => ({ c, i })).filter(({ c }) => c.role.role === 'sd' || c.role.role === 'sem');
  if ((longPH >= 0) !== (longRel >= 0)) return fail(longPH >= 0 ? 'a pH column (long format) needs a release column' : 'a release column (long format) needs a pH column');
  if (longPH >= 0 && (means.length || reps.length)) return fail('a file is either long (time, release, pH) or wide (one column per pH), not both; ignore the extra columns in the preview');
  if (longPH < 0 && means.length === 0 && reps.length === 0) {
    const why = cols.map((c, i) => ({ c, i })).filter(({ c }) => c.role.role === 'ignore' && c.header !== '').map(({ c, i }) => `${name(i)}: ${c.why}`);
    return fail(`line ${headerLine} (read as the header: ${headerCells}): no release column; name one like "pH 7.4" or "release (%)", or choose its role in the preview${why.length ? ` (${why.join('; ')})` : ''}`, headerLine);
  }
  // one source per pH
  const byPH = new Map<number, string>();
  for (const { c, i } of [...means, ...reps]) {
    const pH = (c.role as { pH: number }).pH;
    const kind = c.role.role === 'mean' ? `mean:${i}` : 'replicates';
    const prev = byPH.get(pH);
    if (prev !== undefined && (prev !== 'replicates' || kind !== 'replicates')) return fail(`pH ${phText(pH)} has more than one release column (${[...means, ...reps].filter(({ c: x }) => (x.role as { pH: number }).pH === pH).map(({ i: k }) => name(k)).join(', ')}); keep one, or mark replicates as replicates`);
    byPH.set(pH, kind);
  }
  for (const { c, i } of spreads) {
    const of = (c.role as { of: number }).of;
    const target = cols[of]?.role.role;
    if (target !== 'mean' && target !== 'release') return fail(`${name(i)} is an ${c.role.role.toUpperCase()} of ${name(of)}, which is not a release column`);
    if (spreads.some((s) => s.i !== i && (s.c.role as { of: number }).of === of)) return fail(`${name(of)} has two SD/SEM columns; keep one`);
  }
  const spreadOf = new Map<number, { i: number; kind: 'sd' | 'sem' }>(spreads.map(({ c, i }) => [(c.role as { of: number }).of, { i, kind: c.role.role as 'sd' | 'sem' }]));
  const accs = new Map<number, Acc>();
  const acc = (pH: number, source: string) => {
    let a = accs.get(pH);
    if (!a) { a = { pH, rows: [], source }; accs.set(pH, a); }
    return a;
  };
  const { decimalComma } = table;
  const notDetermined = new Map<number, number>(); // line → column of an SD/SEM cell written as "n.d." (read as missing)
  const num = (r: CsvRecord, i: number, what: string): number | null | undefined => {
    const cell = r.cells[i] ?? '';
    if (what === 'spread' && ND_CELL.test(cell.trim())) { notDetermined.set(r.line, i); return null; }
    const v = csvNumber(cell, decimalComma);
    if (v.value === null) {
      if (v.reason) errors.push({ line: r.line, column: i, message: `line ${r.line}, ${name(i)}: ${v.reason}` });
      return v.reason ? undefined : null; // undefined = error, null = blank
    }
    if (what === 'release' && !inRange(MEASURED_RELEASE_FIELD, v.value * scale)) {
      errors.push({ line: r.line, column: i, message: `line ${r.line}, ${name(i)}: release must be a percentage (0–100, ±${MEASURED_RELEASE_FIELD.max - 100} points of assay tolerance), got ${cell}${scale === 100 ? ` (= ${round6(v.value * 100)} % as a fraction)` : ''}` });
      return undefined;
    }
    if (what === 'spread' && v.value < 0) { errors.push({ line: r.line, column: i, message: `line ${r.line}, ${name(i)}: an SD/SEM cannot be negative, got ${cell}` }); return undefined; }
    return v.value;
  };
  const rows = table.records.slice(dataStart);
  if (rows.length === 0) return fail(`no data rows after the header`);
  const width = cols.length;
  for (const r of rows) {
    if (errors.length >= 50) break;
    if (r.cells.length > width && r.cells.slice(width).some((c) => c !== '')) errors.push({ line: r.line, column: width, message: `line ${r.line}: ${r.cells.length} cells but the header has ${width} columns (is a decimal comma splitting numbers?)` });
    const tRaw = num(r, tc, 'time');
    const used = cols.some((c, i) => c.role.role !== 'ignore' && i !== tc && (r.cells[i] ?? '') !== '');
    if (tRaw === null) { if (used) errors.push({ line: r.line, column: tc, message: `line ${r.line}, ${name(tc)}: time is empty` }); continue; }
    if (tRaw === undefined) continue;
    const tH = round6(tRaw * TIME_UNIT_HOURS[unit]);
    if (!inRange(MEASURED_TIME_FIELD, tH)) { errors.push({ line: r.line, column: tc, message: `line ${r.line}, ${name(tc)}: time ${rangeText(MEASURED_TIME_FIELD)}, got ${tH} h` }); continue; }
    if (longPH >= 0) {
      const pH = num(r, longPH, 'pH');
      const F = num(r, longRel, 'release');
      if (pH === undefined || F === undefined) continue;
      if (pH === null || F === null) { errors.push({ line: r.line, column: pH === null ? longPH : longRel, message: `line ${r.line}: ${pH === null ? 'pH' : 'release'} is empty` }); continue; }
      if (!inRange(MEASURED_PH_FIELD, pH)) { errors.push({ line: r.line, column: longPH, message: `line ${r.line}, ${name(longPH)}: pH ${rangeText(MEASURED_PH_FIELD)}, got ${pH}` }); continue; }
      const sp = spreadOf.get(longRel);
      const e = sp ? num(r, sp.i, 'spread') : undefined;
      const a = acc(round6(pH), `${name(longRel)} with the pH in ${name(longPH)}`);
      if (sp) a.spreadKind = sp.kind;
      a.rows.push({ t: tH, line: r.line, F: round6(F * scale), ...(typeof e === 'number' ? { e: round6(e * scale) } : {}) });
      continue;
    }
    for (const { c, i } of means) {
      const pH = (c.role as { pH: number }).pH;
      const F = num(r, i, 'release');
      const sp = spreadOf.get(i);
      const e = sp ? num(r, sp.i, 'spread') : undefined;
      if (F === null || F === undefined) {
        if (F === null && sp && typeof e === 'number') errors.push({ line: r.line, column: i, message: `line ${r.line}, ${name(i)}: empty, but its ${sp.kind.toUpperCase()} is given` });
        continue;
      }
      const a = acc(pH, name(i));
      if (sp) a.spreadKind = sp.kind;
      a.rows.push({ t: tH, line: r.line, F: round6(F * scale), ...(typeof e === 'number' ? { e: round6(e * scale) } : {}) });
    }
    const repPHs = [...new Set(reps.map(({ c }) => (c.role as { pH: number }).pH))];
    for (const pH of repPHs) {
      const group = reps.filter(({ c }) => (c.role as { pH: number }).pH === pH);
      const xs: number[] = [];
      for (const { i } of group) { const v = num(r, i, 'release'); if (typeof v === 'number') xs.push(v * scale); }
      if (xs.length === 0) continue;
      const a = acc(pH, `${group.length} replicate columns (${group.map(({ c }) => c.header).join(', ')})`);
      a.replicates = group.length;
      if (group.length > 1) a.spreadKind = 'sd';
      const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
      a.rows.push({ t: tH, line: r.line, F: round6(mean), ...(xs.length > 1 ? { e: round6(sampleSd(xs)) } : {}) });
    }
  }
  if (errors.length) return { curves: [], messages, errors };
  if (accs.size > MEASUREMENT_LIMITS.releaseCurves) return fail(`${accs.size} curves (pH values); at most ${MEASUREMENT_LIMITS.releaseCurves} curves per candidate`);
  const curves: ImportedCurve[] = [];
  for (const a of [...accs.values()].sort((x, y) => y.pH - x.pH)) {
    a.rows.sort((x, y) => x.t - y.t || x.line - y.line);
    for (let k = 1; k < a.rows.length; k++) {
      if (a.rows[k].t === a.rows[k - 1].t) errors.push({ line: a.rows[k].line, column: tc, message: `line ${a.rows[k].line}: time ${a.rows[k].t} h at pH ${phText(a.pH)} appears again (also line ${a.rows[k - 1].line}); one row per time — average or remove the repeated row` });
    }
    if (a.rows.length < MEASUREMENT_LIMITS.releasePointsMin) errors.push({ line: 0, column: -1, message: `pH ${phText(a.pH)}: ${a.rows.length} point${a.rows.length === 1 ? '' : 's'}; at least ${MEASUREMENT_LIMITS.releasePointsMin} are needed` });
    if (a.rows.length > MEASUREMENT_LIMITS.releasePoints) errors.push({ line: 0, column: -1, message: `pH ${phText(a.pH)}: ${a.rows.length} points; at most ${MEASUREMENT_LIMITS.releasePoints} per curve` });
    const curve: ImportedCurve = { pH: a.pH, points: a.rows.map((p) => [p.t, p.F]) };
    const withE = a.rows.filter((p) => p.e !== undefined).length;
    let spreadText = '';
    if (a.spreadKind && withE === a.rows.length) {
      curve.spread = { kind: a.spreadKind, values: a.rows.map((p) => p.e as number) };
      spreadText = a.replicates ? `, mean ± SD of ${a.replicates} replicates (error bars)` : `, ${a.spreadKind.toUpperCase()} as error bars`;
    } else if (a.spreadKind && withE > 0) {
      // walk11 #12: one missing SD no longer costs the curve all its error bars. The point without one is weighted as
      // the curve's largest given SD (its worst-measured point): an unknown precision is never assumed better than a
      // measured one, so that point cannot pull the weighted fit harder than any measured point.
      const K = a.spreadKind.toUpperCase();
      const missing = a.rows.flatMap((p, k) => (p.e === undefined ? [k] : []));
      const worst = Math.max(...a.rows.flatMap((p) => (p.e === undefined ? [] : [p.e])));
      curve.spread = { kind: a.spreadKind, values: a.rows.map((p) => p.e ?? worst), missing };
      const where = missing.map((k) => `line ${a.rows[k].line}, t = ${a.rows[k].t} h${notDetermined.has(a.rows[k].line) ? ' ("n.d.")' : ''}`).join('; ');
      spreadText = `${a.replicates ? `, mean ± SD of ${a.replicates} replicates (error bars)` : `, ${K} as error bars`}; ${K} missing on ${missing.length} of ${a.rows.length} points (${where}): ${missing.length === 1 ? 'that point is' : 'those points are'} weighted as the curve's largest ${K}, ${round6(worst)} % points (its worst-measured point, so a point of unknown precision counts no more than any measured one), drawn without an error bar, and left out of the CV check`;
    } else if (a.spreadKind) {
      spreadText = a.replicates ? `, mean of ${a.replicates} replicates (SD left out: every time has one value only)` : `, ${a.spreadKind.toUpperCase()} column empty: no error bars`;
    }
    if (a.replicates) curve.replicates = a.replicates;
    curves.push(curve);
    messages.push(`pH ${phText(a.pH)}: ${a.rows.length} points from ${a.source}${spreadText}.`);
  }
  for (const { c, i } of [...means, ...reps]) if (phOf(c.header) === null) messages.push(`${name(i)} names no pH: read as pH ${phText((c.role as { pH: number }).pH)} — choose another in the preview if it differs.`);
  messages.push(`Release: ${plan.scaleWhy}.`);
  // every ignored column is named, also one without a header that holds data (a trailing separator's empty column is not)
  const ignored = cols.map((c, i) => ({ c, i })).filter(({ c, i }) => c.role.role === 'ignore' && (c.header !== '' || rows.some((r) => (r.cells[i] ?? '') !== '')));
  if (ignored.length) messages.push(`Ignored (not read as data): ${ignored.map(({ c, i }) => `${c.header === '' ? `column ${i + 1} (no header)` : name(i)}${c.why && c.why !== 'fits no role' && c.why !== 'no header' ? ` — ${c.why}` : ''}`).join('; ')}.`);
  if (errors.length) return { curves: [], messages, errors };
  return { curves, messages, errors };
}

/** Read, plan and apply in one step (the proposed roles, no re-mapping): for the CLI, tests and the fixture manifest. */
export function importReleaseCsv(text: string, opts: { defaultPH?: number } = {}): ReleaseImport & { plan?: ReleaseImportPlan } {
  const p = planReleaseImport(text, opts);
  if (!p.ok) return { curves: [], messages: [], errors: [{ line: p.line, column: -1, message: p.message }] };
  return { ...applyReleasePlan(p.table, p.plan, p.dataStart), plan: p.plan };
}

/** A reference/test export split into two per-product files for f2 (each: the time column, then that product's columns). */
export interface TwoProductSplit {
  reference: string;
  test: string;
  /** The column headers of each product, as in the file (means/SDs among them are skipped as summaries by the f2 reader). */
  referenceColumns: string[];
  testColumns: string[];
}

const REF_PREFIX = /^\s*(ref|reference|rld|innovator|originator|r)(?=[\s_\-.:(]|$)/i;
const TEST_PREFIX = /^\s*(test|t(?!ime)|sample|generic|new)(?=[\s_\-.:(]|$)/i;

/**
 * Whether a release file is a two-product comparison (a dissolution export of a reference and a test product, e.g.
 * `Time_min, Ref_mean, Test_mean, Ref_U1 …, Test_U1 …`) rather than curves of one candidate at several pH: true when,
 * besides the time column, at least one column starts with a reference word and one with a test word and no column
 * names a pH. Returns the two products as separate CSVs (time + that product's columns) for f2, or null.
 */
export function splitTwoProducts(text: string): TwoProductSplit | null {
  const t = readCsv(text);
  if (!t.ok || t.records.length < 2) return null;
  const header = t.records[0].cells;
  const timeCol = header.findIndex((h) => { const n = splitUnit(h).name.toLowerCase(); return TIME_NAME.test(n) || /^time\b/.test(n); });
  if (timeCol < 0) return null;
  const others = header.map((h, i) => ({ h, i })).filter(({ i, h }) => i !== timeCol && h.trim() !== '');
  if (others.some(({ h }) => phOf(h) !== null)) return null;
  const ref = others.filter(({ h }) => REF_PREFIX.test(h));
  const test = others.filter(({ h }) => !REF_PREFIX.test(h) && TEST_PREFIX.test(h));
  if (!ref.length || !test.length) return null;
  // numbers re-written with a decimal point (a decimal-comma file stays readable), headers as they were
  const cell = (r: number, c: string) => { if (r === 0) return c; const v = csvNumber(c, t.decimalComma).value; return v === null ? c : v; };
  const build = (cols: { i: number }[]) => csvText(t.records.map((r, k) => [cell(k, r.cells[timeCol] ?? ''), ...cols.map(({ i }) => cell(k, r.cells[i] ?? ''))]), { eol: '\n' });
  return { reference: build(ref), test: build(test), referenceColumns: ref.map(({ h }) => h), testColumns: test.map(({ h }) => h) };
}
