// LQ fit of clonogenic survival data: weighted linear least squares of −ln S = αD + βD² (no intercept), plus CSV parsing (the one CSV reader).

import { csvNumber, readCsv } from '../csv';

export interface SurvivalPoint {
  doseGy: number;
  /** surviving fraction in (0, 1] */
  sf: number;
  /** weight > 0 (default 1), e.g. 1/variance of −ln S */
  weight?: number;
}

export interface SurvivalFit {
  alpha: number;
  beta: number;
  alphaSE: number;
  betaSE: number;
  /** 1 − SSE/SST on the −ln S scale, SST about the weighted mean (can be < 0 for a poor no-intercept fit) */
  r2: number;
  n: number;
  /** weighted sum of squared residuals of −ln S */
  sse: number;
  /** α/β (Gy), null when β ≤ 0 */
  alphaBetaGy: number | null;
  warnings: string[];
}

/** A data error naming the CSV line (1-based) or the point index and the reason. */
export class SurvivalDataError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'SurvivalDataError';
  }
}

function validatePoint(p: SurvivalPoint, where: string, line?: number): void {
  if (!Number.isFinite(p.doseGy)) throw new SurvivalDataError(`${where}: dose is not a finite number`, line);
  if (p.doseGy < 0) throw new SurvivalDataError(`${where}: dose must be ≥ 0 Gy, got ${p.doseGy}`, line);
  if (!Number.isFinite(p.sf) || !(p.sf > 0 && p.sf <= 1)) throw new SurvivalDataError(`${where}: surviving fraction must be in (0, 1], got ${p.sf}`, line);
  if (p.weight !== undefined && (!Number.isFinite(p.weight) || !(p.weight > 0))) throw new SurvivalDataError(`${where}: weight must be > 0, got ${p.weight}`, line);
}

/**
 * Weighted least squares of y = −ln S on X = [D, D²] without intercept: solve (XᵀWX) [α β]ᵀ = XᵀWy (2 × 2, by
 * Cramer's rule). SEs from s² (XᵀWX)⁻¹, s² = Σ w r² / (n − 2). Needs ≥ 3 points and ≥ 2 distinct non-zero doses.
 */
export function fitSurvival(points: readonly SurvivalPoint[]): SurvivalFit {
  if (!Array.isArray(points)) throw new SurvivalDataError('points: must be an array');
  points.forEach((p, i) => validatePoint(p, `point ${i + 1}`));
  const n = points.length;
  if (n < 3) throw new SurvivalDataError(`need at least 3 points to fit α and β with an error estimate, got ${n}`);
  const distinct = new Set(points.filter((p) => p.doseGy > 0).map((p) => p.doseGy));
  if (distinct.size < 2) throw new SurvivalDataError(`need at least 2 distinct non-zero doses to separate α from β, got ${distinct.size}`);
  let s11 = 0, s12 = 0, s22 = 0, b1 = 0, b2 = 0, sw = 0, swy = 0;
  for (const p of points) {
    const w = p.weight ?? 1;
    const x1 = p.doseGy;
    const x2 = x1 * x1;
    const y = -Math.log(p.sf);
    s11 += w * x1 * x1;
    s12 += w * x1 * x2;
    s22 += w * x2 * x2;
    b1 += w * x1 * y;
    b2 += w * x2 * y;
    sw += w;
    swy += w * y;
  }
  const det = s11 * s22 - s12 * s12;
  if (!(det > 1e-12 * s11 * s22)) throw new SurvivalDataError('the doses do not determine α and β separately (singular normal equations)');
  const alpha = (s22 * b1 - s12 * b2) / det;
  const beta = (s11 * b2 - s12 * b1) / det;
  const ybar = swy / sw;
  let sse = 0, sst = 0;
  for (const p of points) {
    const w = p.weight ?? 1;
    const y = -Math.log(p.sf);
    const r = y - alpha * p.doseGy - beta * p.doseGy * p.doseGy;
    sse += w * r * r;
    sst += w * (y - ybar) * (y - ybar);
  }
  const s2 = sse / (n - 2);
  const alphaSE = Math.sqrt((s2 * s22) / det);
  const betaSE = Math.sqrt((s2 * s11) / det);
  const r2 = sst > 0 ? 1 - sse / sst : sse === 0 ? 1 : 0;
  const warnings: string[] = [];
  if (alpha < 0) warnings.push('alpha < 0: the data curve upward less than LQ allows; check the data or fit β only');
  if (beta < 0) warnings.push('beta < 0: the survival curve bends the wrong way for LQ; check the data');
  return { alpha, beta, alphaSE, betaSE, r2, n, sse, alphaBetaGy: beta > 0 ? alpha / beta : null, warnings };
}

/**
 * Parse survival CSV with the one CSV reader (model/csv): a header row, then rows `dose (Gy), surviving fraction[, weight]`.
 * Separators , ; tab or runs of spaces; RFC 4180 quotes, BOM, CRLF/LF/CR-only line ends, a size cap; decimal comma
 * with ; tab or spaces; decimal-only numbers. Blank lines and lines starting with # are skipped. Throws
 * SurvivalDataError naming the line and the reason.
 */
export function parseSurvivalCsv(text: string): SurvivalPoint[] {
  const read = readCsv(text, { whitespace: true, comment: '#' });
  if (!read.ok) {
    if (/empty/.test(read.message)) throw new SurvivalDataError('need at least 3 data rows, got 0');
    throw new SurvivalDataError(read.message, read.line || undefined);
  }
  const points: SurvivalPoint[] = [];
  const names = ['dose', 'surviving fraction', 'weight'];
  read.records.forEach(({ cells, line: lineNo }, k) => {
    if (k === 0) {
      // a header row is expected; accept a file that starts directly with numbers too
      const numeric = cells.length >= 2 && cells.slice(0, 2).every((c) => csvNumber(c, read.decimalComma).value !== null);
      if (!numeric) {
        if (cells.length < 2) throw new SurvivalDataError(`line ${lineNo}: header needs at least 2 columns (dose, surviving fraction[, weight])`, lineNo);
        return;
      }
    }
    if (cells.length < 2) throw new SurvivalDataError(`line ${lineNo}: expected 2 or 3 columns (dose, surviving fraction[, weight]), got ${cells.length}`, lineNo);
    if (cells.length > 3) throw new SurvivalDataError(`line ${lineNo}: expected at most 3 columns (dose, surviving fraction, weight), got ${cells.length}`, lineNo);
    const vals = cells.map((c, j) => {
      const v = csvNumber(c, read.decimalComma);
      if (v.value === null) throw new SurvivalDataError(`line ${lineNo}: ${names[j]} ${v.reason ?? `"${c}" is not a number`}`, lineNo);
      return v.value;
    });
    const p: SurvivalPoint = { doseGy: vals[0], sf: vals[1] };
    if (vals.length === 3) p.weight = vals[2];
    validatePoint(p, `line ${lineNo}`, lineNo);
    points.push(p);
  });
  if (points.length < 3) throw new SurvivalDataError(`need at least 3 data rows, got ${points.length}`);
  return points;
}

/** One clonogenic file read: the arms it holds and, in words, which column became what. */
export interface ClonogenicRead {
  control?: SurvivalPoint[];
  treated?: SurvivalPoint[];
  /** e.g. 'dose = "Dose (Gy)"; control = "SF control" (weights from "SF control SD"); treated = …' */
  understood: string;
}

const ERROR_WORDS = /(^|[^a-z])(sd|s\.d\.|sem|se|s\.e\.m?\.?|std|stdev|st\.? ?dev|error|err|±)([^a-z]|$)/i;
const DOSE_WORDS = /dose|(^|[^a-z])gy([^a-z]|$)/i;
const CONTROL_WORDS = /control|ctrl|untreated|vehicle|sham|(^|[^a-z])(pbs|rt only|ir only|x-?ray only|radiation only)([^a-z]|$)/i;
const WEIGHT_WORDS = /weight/i;
const MEAN_WORDS = /(^|[^a-z])(mean|average|avg|x̄)([^a-z]|$)/i;
const PERCENT_HEADER = /%|percent/i;
const REPLICATE_TOKEN = /(^|[^a-z])(n|r|rep|replicate|run|sample|well|dish|flask)\s*[-_#]?\s*(\d{1,2})([^0-9.,]|$)/i;

/** Replicate columns: each names a replicate number (rep 1, R2, n3, dish 4) on one common stem, or they repeat one name. */
function isReplicateSet(headers: readonly string[]): boolean {
  const stem = (h: string) => h.replace(REPLICATE_TOKEN, '$1#$4').replace(/\s+/g, ' ').trim().toLowerCase();
  if (headers.every((h) => h.trim().toLowerCase() === headers[0].trim().toLowerCase())) return true;
  return headers.every((h) => REPLICATE_TOKEN.test(h)) && new Set(headers.map(stem)).size === 1;
}

/**
 * Read a clonogenic CSV that may hold both arms: a header row names the columns (any order) — a dose column ("dose",
 * "Gy"), surviving-fraction columns and their SD/SEM columns ("SD", "SEM", "error"; each belongs to the surviving-fraction
 * column whose name it starts with, else to the nearest one on its left). With two surviving-fraction columns the one
 * whose name says control ("control", "ctrl", "untreated", "vehicle", "sham") is the control, the other the treated
 * arm; SDs become weights w = (SF / SD)², the inverse variance of −ln S (delta method). A file with one surviving-fraction
 * column (dose, SF[, weight or SD]) is one arm, returned as `single` (the caller knows which arm it is). Throws
 * SurvivalDataError naming the line and column.
 */
export function parseClonogenicCsv(text: string): ClonogenicRead & { single?: SurvivalPoint[] } {
  const read = readCsv(text, { whitespace: true, comment: '#' });
  if (!read.ok) {
    if (/empty/.test(read.message)) throw new SurvivalDataError('need at least 3 data rows, got 0');
    throw new SurvivalDataError(read.message, read.line || undefined);
  }
  const first = read.records[0];
  const headerIsText = first && first.cells.some((c) => csvNumber(c, read.decimalComma).value === null);
  const header = headerIsText ? first.cells.map((c) => c.trim()) : null;
  // no header, or a plain dose, SF[, weight] file: the one-arm reader (its messages name the line)
  if (!header || header.length <= 2 || (header.length === 3 && WEIGHT_WORDS.test(header[2]))) return { single: parseSurvivalCsv(text), understood: 'one arm: dose, surviving fraction' + (header && header.length === 3 ? ', weight' : '') };
  const doseAt = header.findIndex((h) => DOSE_WORDS.test(h) && !ERROR_WORDS.test(h));
  // a viability sheet (concentration, viability %) is not a survival curve (walk9 #11): say where it belongs
  if (doseAt < 0 && /conc|µg|ug\/ml|µm\b|um\b|nm\b|mg\/l|ng\/ml|viab|cck|mtt/i.test(header.join(' '))) throw new SurvivalDataError(`line ${first.line}: this looks like a viability (MTT/CCK-8) sheet — "${header[0]}" is a concentration, not a dose in Gy; a clonogenic file starts with the dose (Gy), then surviving fractions. Viability data go to the viability import`, first.line);
  const doseCol = Math.max(0, doseAt);
  // a column with no number in any data row (notes, sample names) is text: named as ignored, never read
  const textCol = header.map((_, j) => read.records.slice(1).every(({ cells }) => cells[j] === undefined || cells[j].trim() === '' || csvNumber(cells[j], read.decimalComma).value === null));
  const isErr = header.map((h, j) => j !== doseCol && !textCol[j] && ERROR_WORDS.test(h));
  const valueCols = header.map((_, j) => j).filter((j) => j !== doseCol && !textCol[j] && !isErr[j] && !WEIGHT_WORDS.test(header[j]));
  if (valueCols.length === 0) throw new SurvivalDataError(`line ${first.line}: no surviving-fraction column (columns: ${header.map((h) => `"${h}"`).join(', ')})`, first.line);
  // arms (walk9): columns naming the control are the control arm, the others the treated arm; with no column naming
  // the control, one arm. In each arm the sheet's own Mean is fitted (its replicates set aside, said per column), or
  // its replicate columns are averaged per dose (their SD weights the point when the sheet gives none).
  type Arm = 'control' | 'treated' | 'single';
  const anyControl = valueCols.some((j) => CONTROL_WORDS.test(header[j]));
  const armOf = (j: number): Arm => (!anyControl ? 'single' : CONTROL_WORDS.test(header[j]) ? 'control' : 'treated');
  const armNames: Arm[] = anyControl ? ['control', 'treated'] : ['single'];
  const colsOf = (a: Arm) => valueCols.filter((j) => armOf(j) === a);
  if (anyControl && colsOf('treated').length === 0) throw new SurvivalDataError(`line ${first.line}: every surviving-fraction column (${valueCols.map((j) => `"${header[j]}"`).join(', ')}) is named as the control; the treated arm's columns must not say "control"`, first.line);
  const setAside: string[] = [];
  const source = new Map<Arm, { cols: number[]; mean: boolean }>();
  for (const a of armNames) {
    const cols = colsOf(a);
    const means = cols.filter((j) => MEAN_WORDS.test(header[j]));
    if (means.length > 1) throw new SurvivalDataError(`line ${first.line}: two mean columns (${means.map((j) => `"${header[j]}"`).join(', ')})${a === 'single' ? '' : ` in the ${a} arm`}; one per arm`, first.line);
    if (means.length === 1) {
      for (const j of cols) if (j !== means[0]) setAside.push(`"${header[j]}"`);
      source.set(a, { cols: [means[0]], mean: true });
    } else {
      // several columns without a mean are averaged only when they are replicates (rep 1, R2, n3, or one repeated name)
      if (cols.length > 1 && !isReplicateSet(cols.map((j) => header[j]))) {
        if (!anyControl && cols.length === 2) throw new SurvivalDataError(`line ${first.line}: two surviving-fraction columns ("${header[cols[0]]}", "${header[cols[1]]}") and neither named as the control; put "control" in the control column's name (or name replicates "rep 1", "rep 2")`, first.line);
        throw new SurvivalDataError(`line ${first.line}: ${cols.length} surviving-fraction columns${a === 'single' ? '' : ` in the ${a} arm`} (${cols.map((j) => `"${header[j]}"`).join(', ')}) that are not named as replicates (rep 1, rep 2, …) and no Mean column; expected one per arm, replicates, or the sheet's Mean`, first.line);
      }
      source.set(a, { cols, mean: cols.length === 1 });
    }
  }
  if (anyControl && armNames.some((a) => (source.get(a)?.cols.length ?? 0) === 0)) throw new SurvivalDataError(`line ${first.line}: no column for one of the arms (columns: ${header.map((h) => `"${h}"`).join(', ')})`, first.line);
  // an SD/SEM column belongs to the arm of the value column whose name it repeats, else of the nearest one on its left
  const norm = (h: string) => h.replace(ERROR_WORDS, ' ').replace(/[^a-z0-9+@]+/gi, ' ').trim().toLowerCase();
  const errOf = new Map<Arm, number>();
  header.forEach((h, j) => {
    if (!isErr[j]) return;
    const base = norm(h);
    let owner = valueCols.find((v) => base.length > 0 && norm(header[v]) === base);
    if (owner === undefined && anyControl && base.length > 0) owner = valueCols.find((v) => armOf(v) === (CONTROL_WORDS.test(h) ? 'control' : 'treated'));
    if (owner === undefined) owner = [...valueCols].reverse().find((v) => v < j) ?? valueCols[0];
    const a = armOf(owner);
    if (errOf.has(a)) throw new SurvivalDataError(`line ${first.line}: two error columns${a === 'single' ? '' : ` for the ${a} arm`} ("${header[errOf.get(a)!]}", "${h}")`, first.line);
    errOf.set(a, j);
  });
  const used = new Set([doseCol, ...[...source.values()].flatMap((x) => x.cols), ...errOf.values()]);
  const ignored = header.map((_, j) => j).filter((j) => !used.has(j) && !setAside.includes(`"${header[j]}"`));
  const arms = new Map<Arm, SurvivalPoint[]>(armNames.map((a) => [a, []]));
  const zeroSd: { arm: Arm; p: SurvivalPoint; line: number }[] = [];
  const problems: { line: number; message: string }[] = [];
  read.records.forEach(({ cells, line }, k) => {
    if (k === 0) return;
    try {
      const val = (j: number, what: string): number | null => {
        const c = cells[j];
        if (c === undefined || c.trim() === '') return null;
        const v = csvNumber(c, read.decimalComma);
        if (v.value === null) throw new SurvivalDataError(`line ${line}: ${what} (column "${header[j]}") ${v.reason ?? `"${c}" is not a number`}`, line);
        return v.value;
      };
      const dose = val(doseCol, 'dose');
      if (dose === null) throw new SurvivalDataError(`line ${line}: dose (column "${header[doseCol]}") is empty`, line);
      for (const a of armNames) {
        const src = source.get(a)!;
        // a column in % (its header says so) is read as a fraction
        const values = src.cols.map((j) => { const v = val(j, 'surviving fraction'); return v === null ? null : PERCENT_HEADER.test(header[j]) ? v / 100 : v; }).filter((v): v is number => v !== null);
        if (!values.length) continue; // an arm without this dose
        const sf = values.reduce((x, y) => x + y, 0) / values.length;
        const p: SurvivalPoint = { doseGy: dose, sf };
        const e = errOf.get(a);
        let sd = e === undefined ? null : val(e, 'SD');
        if (sd !== null && e !== undefined && PERCENT_HEADER.test(header[e]) && src.cols.some((j) => PERCENT_HEADER.test(header[j]))) sd /= 100;
        if (sd === null && values.length >= 2) sd = Math.sqrt(values.reduce((x, v) => x + (v - sf) ** 2, 0) / (values.length - 1));
        if (sd !== null) {
          if (sd < 0) throw new SurvivalDataError(`line ${line}: SD (column "${header[e!]}") must be ≥ 0, got ${sd}`, line);
          if (sd === 0) zeroSd.push({ arm: a, p, line });
          else p.weight = (sf / sd) ** 2;
        }
        validatePoint(p, `line ${line}, ${src.cols.length > 1 ? `mean of ${src.cols.map((j) => `"${header[j]}"`).join(', ')}` : `column "${header[src.cols[0]]}"`}`, line);
        arms.get(a)!.push(p);
      }
    } catch (err) {
      if (!(err instanceof SurvivalDataError)) throw err;
      problems.push({ line: err.line ?? line, message: err.message });
    }
  });
  // every problem at once (walk9: one at a time took three rounds of edit and re-upload)
  if (problems.length) {
    const shown = problems.slice(0, 8).map((x) => x.message).join('; ');
    throw new SurvivalDataError(problems.length === 1 ? shown : `${problems.length} problems: ${shown}${problems.length > 8 ? '; …' : ''}`, problems[0].line);
  }
  // an SD of 0 (a normalised 0 Gy row: SF 1 ± 0) weights the point as its arm's best-measured one; at 0 Gy the
  // no-intercept LQ fit gets nothing from the point whatever its weight
  const zeroNotes: string[] = [];
  for (const z of zeroSd) {
    const ws = arms.get(z.arm)!.map((p) => p.weight).filter((w): w is number => w !== undefined);
    if (ws.length) z.p.weight = Math.max(...ws);
    if (!zeroNotes.includes(`line ${z.line}`)) zeroNotes.push(`line ${z.line}`);
  }
  for (const [a, pts] of arms) if (pts.length < 3) throw new SurvivalDataError(`${a === 'single' ? 'the file' : `the ${a} arm`} (${source.get(a)!.cols.map((j) => `"${header[j]}"`).join(', ')}): need at least 3 data rows, got ${pts.length}`);
  const pctCols = valueCols.filter((j) => PERCENT_HEADER.test(header[j]) && [...source.values()].some((x) => x.cols.includes(j)));
  const desc = (a: Arm) => {
    const src = source.get(a)!;
    const e = errOf.get(a);
    const what = src.cols.length > 1 ? `the mean of ${src.cols.length} replicates (${src.cols.map((j) => `"${header[j]}"`).join(', ')})` : `"${header[src.cols[0]]}"`;
    const w = e !== undefined ? ` (weights (SF/SD)² from "${header[e]}")` : src.cols.length > 1 ? ' (weights (SF/SD)² from the replicates\' SD)' : '';
    return `${what}${w}`;
  };
  const tail = [
    setAside.length ? `set aside (the sheet's own mean is fitted): ${setAside.join(', ')}` : '',
    ignored.length ? `ignored: ${ignored.map((j) => `"${header[j]}"`).join(', ')}` : '',
    zeroNotes.length ? `SD 0 at ${zeroNotes.join(', ')}: weighted as the arm's best-measured point` : '',
    pctCols.length ? `in % (read as fractions): ${pctCols.map((j) => `"${header[j]}"`).join(', ')}` : '',
    ...read.notes.filter((n) => /skipped/.test(n)),
  ].filter(Boolean).map((x) => `; ${x}`).join('');
  if (!anyControl) return { single: arms.get('single')!, understood: `one arm: dose = "${header[doseCol]}", surviving fraction = ${desc('single')}${tail}` };
  return {
    control: arms.get('control')!,
    treated: arms.get('treated')!,
    understood: `both arms: dose = "${header[doseCol]}"; control = ${desc('control')}; treated = ${desc('treated')}${tail}`,
  };
}
