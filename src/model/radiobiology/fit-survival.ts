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
  const doseCol = Math.max(0, header.findIndex((h) => DOSE_WORDS.test(h) && !ERROR_WORDS.test(h)));
  // a column with no number in any data row (notes, sample names) is text: named as ignored, never read
  const textCol = header.map((_, j) => read.records.slice(1).every(({ cells }) => cells[j] === undefined || cells[j].trim() === '' || csvNumber(cells[j], read.decimalComma).value === null));
  const isErr = header.map((h, j) => j !== doseCol && !textCol[j] && ERROR_WORDS.test(h));
  const sfCols = header.map((_, j) => j).filter((j) => j !== doseCol && !textCol[j] && !isErr[j] && !WEIGHT_WORDS.test(header[j]));
  if (sfCols.length === 0) throw new SurvivalDataError(`line ${first.line}: no surviving-fraction column (columns: ${header.map((h) => `"${h}"`).join(', ')})`, first.line);
  if (sfCols.length > 2) throw new SurvivalDataError(`line ${first.line}: ${sfCols.length} surviving-fraction columns (${sfCols.map((j) => `"${header[j]}"`).join(', ')}); expected one (one arm) or two (control and treated)`, first.line);
  const norm = (h: string) => h.replace(ERROR_WORDS, ' ').replace(/[^a-z0-9+@]+/gi, ' ').trim().toLowerCase();
  const errOf = new Map<number, number>();
  header.forEach((h, j) => {
    if (!isErr[j]) return;
    const base = norm(h);
    let owner = sfCols.find((s) => base.length > 0 && norm(header[s]) === base);
    if (owner === undefined) owner = [...sfCols].reverse().find((s) => s < j);
    if (owner === undefined) owner = sfCols[0];
    if (errOf.has(owner)) throw new SurvivalDataError(`line ${first.line}: two error columns for "${header[owner]}" ("${header[errOf.get(owner)!]}", "${h}")`, first.line);
    errOf.set(owner, j);
  });
  const ignored = header.map((h, j) => j).filter((j) => j !== doseCol && !sfCols.includes(j) && ![...errOf.values()].includes(j));
  let controlCol: number | undefined;
  let treatedCol: number | undefined;
  if (sfCols.length === 2) {
    const ctl = sfCols.filter((j) => CONTROL_WORDS.test(header[j]));
    if (ctl.length !== 1) throw new SurvivalDataError(`line ${first.line}: two surviving-fraction columns ("${header[sfCols[0]]}", "${header[sfCols[1]]}") and ${ctl.length ? 'both' : 'neither'} named as the control; put "control" in the control column's name`, first.line);
    controlCol = ctl[0];
    treatedCol = sfCols.find((j) => j !== controlCol);
  }
  const arms = new Map<number, SurvivalPoint[]>(sfCols.map((j) => [j, []]));
  read.records.forEach(({ cells, line }, k) => {
    if (k === 0) return;
    const val = (j: number, what: string): number | null => {
      const c = cells[j];
      if (c === undefined || c.trim() === '') return null;
      const v = csvNumber(c, read.decimalComma);
      if (v.value === null) throw new SurvivalDataError(`line ${line}: ${what} (column "${header[j]}") ${v.reason ?? `"${c}" is not a number`}`, line);
      return v.value;
    };
    const dose = val(doseCol, 'dose');
    if (dose === null) throw new SurvivalDataError(`line ${line}: dose (column "${header[doseCol]}") is empty`, line);
    for (const j of sfCols) {
      const sf = val(j, 'surviving fraction');
      if (sf === null) continue; // an arm without this dose
      const p: SurvivalPoint = { doseGy: dose, sf };
      const e = errOf.get(j);
      const sd = e === undefined ? null : val(e, 'SD');
      if (sd !== null) {
        if (!(sd > 0)) throw new SurvivalDataError(`line ${line}: SD (column "${header[e!]}") must be > 0 to weight the point, got ${sd}; leave it empty for an unweighted point`, line);
        p.weight = (sf / sd) ** 2;
      }
      validatePoint(p, `line ${line}, column "${header[j]}"`, line);
      arms.get(j)!.push(p);
    }
  });
  for (const [j, pts] of arms) if (pts.length < 3) throw new SurvivalDataError(`column "${header[j]}": need at least 3 data rows, got ${pts.length}`);
  const desc = (j: number) => `"${header[j]}"${errOf.has(j) ? ` (weights (SF/SD)² from "${header[errOf.get(j)!]}")` : ''}`;
  const tail = ignored.length ? `; ignored: ${ignored.map((j) => `"${header[j]}"`).join(', ')}` : '';
  if (controlCol === undefined) return { single: arms.get(sfCols[0])!, understood: `one arm: dose = "${header[doseCol]}", surviving fraction = ${desc(sfCols[0])}${tail}` };
  return {
    control: arms.get(controlCol)!,
    treated: arms.get(treatedCol!)!,
    understood: `both arms: dose = "${header[doseCol]}"; control = ${desc(controlCol)}; treated = ${desc(treatedCol!)}${tail}`,
  };
}
