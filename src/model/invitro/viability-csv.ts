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
  /** Mean raw value of the blank/background rows (medium, no cells) that was subtracted from every well, when the sheet had one. */
  blank?: { mean: number; wells: number; lines: number[] };
}

/** A row whose concentration cell names the background wells (medium without cells): subtracted, not fitted. */
export const BLANK_ROW = /^(blank|blanks|background|bkg|bg|medium|medium only|media|no cells?|cell-?free|w\/o cells|without cells)$/i;
/** A row whose concentration cell names the untreated wells: concentration 0, the 100 % reference. */
export const CONTROL_ROW = /^(control|ctrl|untreated|negative control|neg\.? control|no drug|vehicle control|0 \(control\))$/i;

/** What the wells held, as the file's headers say it (pre-selects the choice in the In vitro tab; the user still confirms). */
export type ViabilityArmHint = { arm: 'drug-alone' | 'loaded-carrier' | 'empty-carrier'; why: string } | null;

/**
 * The arm the file's header names, or null when it does not say: "empty"/"blank carrier"/"vehicle" → empty carrier;
 * "particles", "NP", "nanoparticle", "carrier", "formulation" or one of `carrierNames` (the candidate's name, its core)
 * → loaded carrier; one of `drugNames` (the payload's id or label), "free drug", "drug equivalent" → drug alone.
 * A header naming both a carrier word and a drug ("µM IN10018 equivalent in NP") counts as the carrier.
 */
export function viabilityArmHint(read: Pick<ViabilityRead, 'columns'>, names: { drugNames: readonly string[]; carrierNames: readonly string[] }): ViabilityArmHint {
  const text = read.columns.map((c) => c.header).join(' | ');
  const lower = text.toLowerCase();
  const has = (w: string) => w.trim().length >= 2 && lower.includes(w.trim().toLowerCase());
  const word = (re: RegExp) => re.exec(text)?.[0];
  const empty = word(/\b(empty (carrier|particles?|nps?)|blank (carrier|particles?|nps?)|unloaded|vehicle)\b/i);
  if (empty) return { arm: 'empty-carrier', why: `the header says “${empty}”` };
  const carrier = word(/\b(nano)?particles?\b|\bNPs?\b|\bcarriers?\b|\bformulation\b|\bloaded\b/i) ?? names.carrierNames.find(has);
  if (carrier) return { arm: 'loaded-carrier', why: `the header says “${carrier}”` };
  const drug = word(/\bfree drug\b|\bdrug( equivalent)?\b/i) ?? names.drugNames.find(has);
  if (drug) return { arm: 'drug-alone', why: `the header says “${drug}”` };
  return null;
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
  // "(µg/mL particles)", "(µM drug equivalent)": the unit is the first word in the brackets, the rest says what was dosed
  return (m && (concentrationUnitOf(m[1]) || concentrationUnitOf(m[1].split(/\s+/)[0]))) || concentrationUnitOf(t);
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
  const blankRows: { line: number; vals: number[] }[] = [];
  const controlLines: number[] = [];
  for (const { line, cells } of rows) {
    if (cells.length > hs.length) throw new ViabilityCsvError(`line ${line}: ${cells.length} columns, expected ${hs.length} (${sepName}-separated, as the header)`, line);
    const num = (j: number, what: string): number | null => {
      const cell = cells[j] ?? '';
      const r = csvNumber(cell, decimalComma);
      if (r.value === null && r.reason) throw new ViabilityCsvError(`line ${line}, ${columnName(j, hs[j])}: ${what} ${r.reason}${j === concCol ? '; a background row (medium, no cells) may be named “blank” (its mean is subtracted from every well) and the untreated row “control” (concentration 0, the 100 % reference)' : ''}`, line);
      return r.value;
    };
    const label = (cells[concCol] ?? '').trim();
    if (BLANK_ROW.test(label)) {
      // walk11 #16: the background wells (medium without cells): averaged and subtracted, never fitted
      const vals = readIdx.map((j) => num(j, 'blank')).filter((v): v is number => v !== null);
      if (vals.length) blankRows.push({ line, vals });
      continue;
    }
    if (CONTROL_ROW.test(label)) controlLines.push(line);
    const c = CONTROL_ROW.test(label) ? 0 : num(concCol, 'concentration');
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
  let blank: ViabilityRead['blank'];
  const blankVals = blankRows.flatMap((b) => b.vals);
  const isPercent = /%|percent|pct/i.test(allHeaders) || Math.max(...any) > 2;
  // a blank row means raw readings: absorbance even when the header does not say OD/Abs (unless the values are %)
  if (ABS_WORDS.test(allHeaders) || (blankVals.length > 0 && !isPercent)) {
    valueKind = 'absorbance';
    const b = blankVals.length ? blankVals.reduce((s, v) => s + v, 0) / blankVals.length : 0;
    if (blankVals.length) {
      blank = { mean: b, wells: blankVals.length, lines: blankRows.map((r) => r.line) };
      for (const r of data) for (const x of r.vals) x.v -= b;
    }
    const ctl = data.filter((r) => r.c === 0).flatMap((r) => r.vals.map((x) => x.v));
    if (!ctl.length) throw new ViabilityCsvError(`line ${header.line}: absorbance values (${readIdx.map((j) => columnName(j, hs[j])).join(', ')}) need a control row at concentration 0 (or named “control”) to normalise to; add it, or give viability in % of control`, header.line);
    const m = ctl.reduce((s, v) => s + v, 0) / ctl.length;
    if (!(m > 0)) throw new ViabilityCsvError(`line ${header.line}: the control absorbance (concentration 0${blank ? ', blank subtracted' : ''}) averages ${m.toPrecision(4)}; it must be > 0${blank ? ' — is the blank row really the medium without cells?' : ''}`, header.line);
    scale = 1 / m;
    if (blank) notes.push(`blank (background) row${blankRows.length === 1 ? '' : 's'} at line${blankRows.length === 1 ? '' : 's'} ${blank.lines.join(', ')}: mean ${b.toPrecision(4)} of ${blank.wells} well${blank.wells === 1 ? '' : 's'}, subtracted from every well; viability = (OD − blank) / (control − blank)`);
    notes.push(`absorbance divided by the control's mean ${m.toPrecision(4)}${blank ? ' after the blank' : ''} (concentration 0${controlLines.length ? `, “control” at line ${controlLines.join(', ')}` : ''}, ${ctl.length} value${ctl.length === 1 ? '' : 's'}: the 100 % reference)${blank ? '' : '; no blank row: if the readings include the medium’s background, add a row named “blank” and it is subtracted'}`);
  } else if (isPercent) {
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
  if (blankRows.length && !blank) notes.push(`blank row${blankRows.length === 1 ? '' : 's'} at line${blankRows.length === 1 ? '' : 's'} ${blankRows.map((r) => r.line).join(', ')} set aside: the values are already % of control, so the background was removed before`);
  notes.push(useMean ? `${points.length} points (${meanIdx >= 0 ? 'the sheet’s mean' : 'one value per row'}${points.some((p) => p.sd !== undefined) ? `, weighted by 1/${errKind.toUpperCase()}²` : ''})` : `${points.length} points (${valueIdx.length} replicates per concentration, each fitted)`);
  return { unit, points, valueKind, columns, notes, ...(blank ? { blank } : {}) };
}
