// Measured release data from CSV: wide (time, one column per pH named like "pH 7.4") or long (time, release %, pH) tables.
// Bounds and counts are the schema's (formulation.measurements.release), so whatever this accepts can be saved and shared.
import { MEASURED_PH_FIELD, MEASURED_RELEASE_FIELD, MEASURED_TIME_FIELD, MEASUREMENT_LIMITS, inRange, rangeText, round6 } from '../schema';
import type { MeasuredRelease } from './types';

export class ReleaseTableError extends Error {}

function splitLine(line: string, sep: string): string[] {
  return line.split(sep).map((c) => c.trim().replace(/^"(.*)"$/, '$1').trim());
}

function num(s: string, decimalComma: boolean): number {
  const t = decimalComma ? s.replace(',', '.') : s;
  return t === '' ? NaN : Number(t);
}

/**
 * Parse a release table. Header required. Formats:
 * - wide:  `time_h, pH 7.4, pH 5.0` — each column after time is a pH (the number in its header), values in % (0–100);
 * - long:  `time_h, release_pct, pH`;
 * - two columns `time, release` with `defaultPH` for the single curve.
 * Blank cells are skipped. Errors name the line.
 */
export function parseReleaseTable(text: string, defaultPH = 5.0): MeasuredRelease[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).map((s, i) => ({ s, line: i + 1 })).filter((l) => l.s.trim() !== '');
  if (lines.length < 2) throw new ReleaseTableError('line 1: expected a header row and at least one data row');
  const sep = lines[0].s.includes('\t') ? '\t' : lines[0].s.includes(';') ? ';' : ',';
  const decimalComma = sep !== ',';
  const header = splitLine(lines[0].s, sep);
  if (header.length < 2) throw new ReleaseTableError(`line ${lines[0].line}: header needs at least 2 columns (time, release %)`);
  if (header.every((h) => Number.isFinite(num(h, decimalComma)))) throw new ReleaseTableError(`line ${lines[0].line}: expected a header row (e.g. time_h,pH 7.4,pH 5.0) but found numbers`);
  const lower = header.map((h) => h.toLowerCase());
  const phCol = lower.findIndex((h) => /^ph$/.test(h));
  const curves = new Map<number, [number, number][]>();
  const push = (pH: number, t: number, F: number, line: number) => {
    if (!inRange(MEASURED_TIME_FIELD, t)) throw new ReleaseTableError(`line ${line}: time ${rangeText(MEASURED_TIME_FIELD)}, got ${t}`);
    if (!inRange(MEASURED_RELEASE_FIELD, F)) throw new ReleaseTableError(`line ${line}: release must be a percentage (0–100, tolerance ${rangeText(MEASURED_RELEASE_FIELD).replace('must be ', '')}), got ${F}`);
    const key = round6(pH); // values are stored as links and files write them (6 significant figures)
    if (!curves.has(key)) {
      if (curves.size >= MEASUREMENT_LIMITS.releaseCurves) throw new ReleaseTableError(`line ${line}: at most ${MEASUREMENT_LIMITS.releaseCurves} curves (pH values) per candidate`);
      curves.set(key, []);
    }
    curves.get(key)!.push([round6(t), round6(F)]);
  };
  if (phCol >= 0) {
    if (header.length < 3) throw new ReleaseTableError(`line ${lines[0].line}: long format needs time, release %, pH`);
    const relCol = [0, 1, 2].find((i) => i !== 0 && i !== phCol)!;
    for (const l of lines.slice(1)) {
      const c = splitLine(l.s, sep);
      const t = num(c[0], decimalComma), F = num(c[relCol], decimalComma), pH = num(c[phCol], decimalComma);
      if (![t, F, pH].every(Number.isFinite)) throw new ReleaseTableError(`line ${l.line}: expected numbers in time, release and pH columns`);
      if (!inRange(MEASURED_PH_FIELD, pH)) throw new ReleaseTableError(`line ${l.line}: pH ${rangeText(MEASURED_PH_FIELD)}, got ${pH}`);
      push(pH, t, F, l.line);
    }
  } else {
    const phs = header.slice(1).map((h, i) => {
      const m = /(\d+(?:[.,]\d+)?)/.exec(h.replace(/^.*ph/i, ''));
      const v = m && /ph/i.test(h) ? Number(m[1].replace(',', '.')) : header.length === 2 ? defaultPH : NaN;
      if (!inRange(MEASURED_PH_FIELD, v)) throw new ReleaseTableError(`line ${lines[0].line}: column ${i + 2} ("${h}") must name its pH (${rangeText(MEASURED_PH_FIELD).replace('must be ', '')}), e.g. "pH 5.0"`);
      return v;
    });
    for (const l of lines.slice(1)) {
      const c = splitLine(l.s, sep);
      const t = num(c[0], decimalComma);
      if (!Number.isFinite(t)) throw new ReleaseTableError(`line ${l.line}: time is not a number`);
      phs.forEach((pH, i) => {
        const cell = c[i + 1] ?? '';
        if (cell === '') return;
        const F = num(cell, decimalComma);
        if (!Number.isFinite(F)) throw new ReleaseTableError(`line ${l.line}: "${cell}" is not a number`);
        push(pH, t, F, l.line);
      });
    }
  }
  const out: MeasuredRelease[] = [];
  for (const [pH, pts] of curves) {
    pts.sort((a, b) => a[0] - b[0]);
    if (pts.length < MEASUREMENT_LIMITS.releasePointsMin) throw new ReleaseTableError(`pH ${pH}: at least ${MEASUREMENT_LIMITS.releasePointsMin} points are needed`);
    if (pts.length > MEASUREMENT_LIMITS.releasePoints) throw new ReleaseTableError(`pH ${pH}: ${pts.length} points; at most ${MEASUREMENT_LIMITS.releasePoints} per curve`);
    out.push({ pH, points: pts });
  }
  return out.sort((a, b) => b.pH - a.pH);
}
