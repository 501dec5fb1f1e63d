// Reads a viability (MTT / CCK-8) file through the one CSV reader: concentration with its unit (µg/mL, µM, … via mathjs), replicate columns and/or the sheet's own Mean and SD/SEM, % or fraction or absorbance normalised to the control; errors name the line and column.
import { columnName, csvNumber, readCsv, SEPARATOR_NAMES } from '../csv';
import { isSummaryColumn } from '../fitting/csv';
import { concentrationUnitOf, type ConcentrationUnit } from '../units/quantity';
import type { ViabilityPoint } from './viability-fit';

export class ViabilityCsvError extends Error {
  constructor(
    message: string,
    /** 1-based line (0: the whole file) */
    readonly line: number,
  ) {
    super(message);
    this.name = 'ViabilityCsvError';
  }
}

export type ViabilityColumnRole = 'concentration' | 'replicate' | 'mean' | 'sd' | 'sem' | 'ignored';

export interface ViabilityRead {
  /** the concentration unit the header names (mass → µg/mL, molar → µM) */
  unit: ConcentrationUnit;
  /** points to fit: concentration in the canonical unit of `unit.kind` (µg/mL or µM), viability as a fraction of the control */
  points: ViabilityPoint[];
  /** how the values were given: percent of control, fraction, or absorbance divided by the mean at concentration 0 */
  valueKind: 'percent' | 'fraction' | 'absorbance';
  /** replicate values per concentration (fractions), when the points are replicates or when set aside */
  columns: { header: string; role: ViabilityColumnRole; why: string }[];
  notes: string[];
}

const CONC_WORDS = /(conc|dose|^c$|^c[\s_([]|µg|ug\/|µm|um\b|nm\b|mm\b|mg\/l|ng\/ml|\bm\)|molar)/i;
const MEAN_WORDS = /(^|[^a-z])(mean|average|avg|x̄)([^a-z]|$)/i;
const SEM_WORDS = /(^|[^a-z])(sem|s\.e\.m\.?|se|std\.? ?err(or)?|standard error)([^a-z]|$)/i;
const SD_WORDS = /(^|[^a-z])(sd|s\.d\.?|std|stdev|std\.? ?dev|standard deviation)([^a-z]|$)/i;
const ABS_WORDS = /(^|[^a-z])(abs|absorbance|od|o\.d\.|a ?\d{3}|optical density)([^a-z]|$)/i;

/** The unit a header names: trailing "(unit)" or "[unit]", "name, unit", "name_unit", "name in unit", or the header itself. */
function unitOfHeader(h: string): ConcentrationUnit | null {
  const t = h.trim();
  const m = /[([]\s*([^)\]]+?)\s*[)\]]\s*$/.exec(t) ?? /[,_]\s*([A-Za-zµμ/]+)$/.exec(t) ?? /\s(?:in|en)\s+([A-Za-zµμ/]+)$/i.exec(t) ?? /\s([A-Za-zµμ]+\/[A-Za-z]+|[pnuµμm]?M)$/.exec(t);
  return (m && concentrationUnitOf(m[1])) || concentrationUnitOf(t);
}

/**
 * A viability file: one concentration column (its unit in the header: `Conc (µg/mL)`, `Dose [µM]`, `nM`), then the
 * viability as replicate columns (`Rep 1`, `Rep 2`, … or repeated names) and/or the sheet's own `Mean` with its `SD`
 * or `SEM`; other text columns are ignored. When the sheet gives both replicates and its Mean, the Mean (with its
 * SD/SEM as weights) is fitted and the replicates are set aside (said per column), as the release import does;
 * replicates alone are fitted point by point. Values in % (a `%` in a header, or any value above 2), as fractions, or
 * as absorbance (`Abs`, `OD`, `A450`), which is divided by the mean absorbance at concentration 0 (required then).
 */
export function parseViabilityCsv(text: string): ViabilityRead {
  const read = readCsv(text, { comment: '#' });
  if (!read.ok) throw new ViabilityCsvError(/empty/.test(read.message) ? 'line 1: the file is empty (expected a header row: concentration (unit), then viability columns)' : read.message, read.line);
  const [header, ...rows] = read.records;
  const { decimalComma } = read;
  const hs = header.cells.map((c) => c.trim());
  if (hs.length < 2) throw new ViabilityCsvError(`line ${header.line}: one column; expected concentration (unit), then viability (replicates, or Mean and SD)`, header.line);
  if (hs.every((c) => csvNumber(c, decimalComma).value !== null)) throw new ViabilityCsvError(`line ${header.line}: expected a header row (e.g. Conc (µg/mL); Rep 1; Rep 2; Mean; SD) but found numbers`, header.line);
  const textCol = hs.map((_, j) => rows.length > 0 && rows.every(({ cells }) => cells[j] === undefined || cells[j].trim() === '' || csvNumber(cells[j], decimalComma).value === null));
  let concCol = hs.findIndex((h, j) => !textCol[j] && CONC_WORDS.test(h) && !isSummaryColumn(h));
  if (concCol < 0) concCol = hs.findIndex((_, j) => !textCol[j]);
  const unit = unitOfHeader(hs[concCol]);
  if (!unit) throw new ViabilityCsvError(`line ${header.line}: ${columnName(concCol, hs[concCol])} names no concentration unit; write it in the header, e.g. "Conc (µg/mL)" or "Conc (µM)"`, header.line);
  const columns: ViabilityRead['columns'] = hs.map((h) => ({ header: h, role: 'ignored' as ViabilityColumnRole, why: 'text (no numbers)' }));
  columns[concCol] = { header: hs[concCol], role: 'concentration', why: `concentration in ${unit.label} (${unit.kind === 'mass' ? 'mass' : 'molar'})` };
  const valueIdx: number[] = [];
  let meanIdx = -1;
  let errIdx = -1;
  let errKind: 'sd' | 'sem' = 'sd';
  hs.forEach((h, j) => {
    if (j === concCol || textCol[j]) return;
    if (MEAN_WORDS.test(h)) {
      if (meanIdx >= 0) throw new ViabilityCsvError(`line ${header.line}: two mean columns (${columnName(meanIdx, hs[meanIdx])}, ${columnName(j, h)}); one arm per file`, header.line);
      meanIdx = j;
      columns[j] = { header: h, role: 'mean', why: 'the sheet’s own mean' };
    } else if (SEM_WORDS.test(h) || SD_WORDS.test(h)) {
      if (errIdx >= 0) throw new ViabilityCsvError(`line ${header.line}: two error columns (${columnName(errIdx, hs[errIdx])}, ${columnName(j, h)}); one arm per file`, header.line);
      errIdx = j;
      errKind = SEM_WORDS.test(h) ? 'sem' : 'sd';
      columns[j] = { header: h, role: errKind, why: errKind === 'sd' ? 'standard deviation (weights 1/SD²)' : 'standard error of the mean (weights 1/SEM²)' };
    } else if (isSummaryColumn(h)) {
      columns[j] = { header: h, role: 'ignored', why: 'a summary (CV, n, min, max), not a viability' };
    } else {
      valueIdx.push(j);
      columns[j] = { header: h, role: 'replicate', why: `replicate ${valueIdx.length}` };
    }
  });
  if (meanIdx < 0 && valueIdx.length === 0) throw new ViabilityCsvError(`line ${header.line}: no viability column after ${columnName(concCol, hs[concCol])} (columns: ${hs.map((h) => `"${h}"`).join(', ')})`, header.line);
  // the sheet's mean wins over its replicates (set aside, said per column); a single value column is the mean
  const useMean = meanIdx >= 0 || valueIdx.length === 1;
  const mIdx = meanIdx >= 0 ? meanIdx : valueIdx.length === 1 ? valueIdx[0] : -1;
  if (meanIdx >= 0) for (const j of valueIdx) columns[j] = { header: hs[j], role: 'ignored', why: `a replicate, set aside: the sheet’s own mean ${columnName(meanIdx, hs[meanIdx])} is fitted${errIdx >= 0 ? ` with its ${errKind.toUpperCase()}` : ''}` };
  else if (valueIdx.length === 1) columns[valueIdx[0]] = { header: hs[valueIdx[0]], role: 'mean', why: 'viability (one column)' };
  if (errIdx >= 0 && !useMean) columns[errIdx] = { header: hs[errIdx], role: 'ignored', why: 'an error column beside replicates without a mean: the replicates are fitted point by point' };
  const readIdx = useMean ? [mIdx] : valueIdx;
  const allHeaders = readIdx.map((j) => hs[j]).join(' ');
  const sepName = SEPARATOR_NAMES[read.separator];
  type Row = { line: number; c: number; vals: { j: number; v: number }[]; err: number | null };
  const data: Row[] = [];
  for (const { line, cells } of rows) {
    if (cells.length > hs.length) throw new ViabilityCsvError(`line ${line}: ${cells.length} columns, expected ${hs.length} (${sepName}-separated, as the header)`, line);
    const num = (j: number, what: string): number | null => {
      const cell = cells[j] ?? '';
      const r = csvNumber(cell, decimalComma);
      if (r.value === null && r.reason) throw new ViabilityCsvError(`line ${line}, ${columnName(j, hs[j])}: ${what} ${r.reason}`, line);
      return r.value;
    };
    const c = num(concCol, 'concentration');
    if (c === null) throw new ViabilityCsvError(`line ${line}, ${columnName(concCol, hs[concCol])}: the concentration is empty`, line);
    if (c < 0) throw new ViabilityCsvError(`line ${line}, ${columnName(concCol, hs[concCol])}: concentration ${cells[concCol]} must be ≥ 0`, line);
    const vals: Row['vals'] = [];
    for (const j of readIdx) {
      const v = num(j, 'viability');
      if (v !== null) vals.push({ j, v });
    }
    const err = errIdx >= 0 && useMean ? num(errIdx, errKind.toUpperCase()) : null;
    if (err !== null && !(err >= 0)) throw new ViabilityCsvError(`line ${line}, ${columnName(errIdx, hs[errIdx])}: ${errKind.toUpperCase()} must be ≥ 0, got ${cells[errIdx]}; leave it empty for an unweighted point`, line);
    data.push({ line, c, vals, err });
  }
  // an SD of 0 (the normalised control row: 100 % ± 0) weights the point as the sheet's best-measured one, as the
  // clonogenic importer does (walk10 #2); with no positive SD at all the sheet is fitted unweighted
  const zeroErr = data.filter((r) => r.err === 0);
  const positiveErr = data.map((r) => r.err).filter((e): e is number => e !== null && e > 0);
  if (zeroErr.length) for (const r of zeroErr) r.err = positiveErr.length ? Math.min(...positiveErr) : null;
  const any = data.flatMap((r) => r.vals.map((x) => x.v));
  if (any.length === 0) throw new ViabilityCsvError(`line ${header.line}: no viability values under the header`, header.line);
  // the values' kind: absorbance (normalised to the control), percent, or fraction
  const notes: string[] = [`${sepName}-separated${decimalComma ? ', decimal comma' : ''}`];
  let valueKind: ViabilityRead['valueKind'];
  let scale: number;
  if (ABS_WORDS.test(allHeaders)) {
    valueKind = 'absorbance';
    const ctl = data.filter((r) => r.c === 0).flatMap((r) => r.vals.map((x) => x.v));
    if (!ctl.length) throw new ViabilityCsvError(`line ${header.line}: absorbance values (${readIdx.map((j) => columnName(j, hs[j])).join(', ')}) need a control row at concentration 0 to normalise to; add it, or give viability in % of control`, header.line);
    const m = ctl.reduce((s, v) => s + v, 0) / ctl.length;
    if (!(m > 0)) throw new ViabilityCsvError(`line ${header.line}: the control absorbance (concentration 0) averages ${m}; it must be > 0`, header.line);
    scale = 1 / m;
    notes.push(`absorbance divided by the control's mean ${m.toPrecision(4)} (concentration 0, ${ctl.length} value${ctl.length === 1 ? '' : 's'}); subtract the blank before upload`);
  } else if (/%|percent|pct/i.test(allHeaders) || Math.max(...any) > 2) {
    valueKind = 'percent';
    scale = 0.01;
    notes.push(/%|percent|pct/i.test(allHeaders) ? 'viability in % of control' : 'viability read as % of control (values above 2)');
  } else {
    valueKind = 'fraction';
    scale = 1;
    notes.push('viability as a fraction of control (1 = control)');
  }
  const points: ViabilityPoint[] = [];
  for (const r of data) {
    for (const { j, v } of r.vals) {
      const f = v * scale;
      if (!(f >= -0.2 && f <= 2)) throw new ViabilityCsvError(`line ${r.line}, ${columnName(j, hs[j])}: viability ${v}${valueKind === 'percent' ? ' %' : ''} is outside ${valueKind === 'percent' ? '−20–200 %' : '−0.2–2 of the control'}; check the unit`, r.line);
      points.push({ c: r.c * (unit.kind === 'mass' ? unit.toUgPerMl : unit.toMicroM), v: f, ...(r.err !== null ? { sd: r.err * scale } : {}) });
    }
  }
  notes.unshift(`concentration ${unit.kind === 'mass' ? `in ${unit.label}${unit.toUgPerMl !== 1 ? ` (× ${unit.toUgPerMl} → µg/mL)` : ''}` : `in ${unit.label}${Math.abs(unit.toMicroM - 1) > 1e-9 ? ` (× ${unit.toMicroM} → µM)` : ''}`}`);
  if (zeroErr.length) notes.push(`${errKind.toUpperCase()} 0 at ${zeroErr.map((r) => `line ${r.line}`).join(', ')}: ${positiveErr.length ? 'weighted as the sheet’s best-measured point' : 'no positive SD in the sheet, so every point is unweighted'}`);
  notes.push(useMean ? `${points.length} points (${meanIdx >= 0 ? 'the sheet’s mean' : 'one value per row'}${points.some((p) => p.sd !== undefined) ? `, weighted by 1/${errKind.toUpperCase()}²` : ''})` : `${points.length} points (${valueIdx.length} replicates per concentration, each fitted)`);
  return { unit, points, valueKind, columns, notes };
}
