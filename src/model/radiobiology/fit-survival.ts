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
