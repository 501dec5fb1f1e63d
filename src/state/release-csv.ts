// Measured release data from CSV: wide (time, one column per pH named like "pH 7.4") or long (time, release %, pH) tables.
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
    if (!(t >= 0)) throw new ReleaseTableError(`line ${line}: time must be a number ≥ 0`);
    if (!(F >= -5 && F <= 105)) throw new ReleaseTableError(`line ${line}: release must be a percentage (0–100), got ${F}`);
    if (!curves.has(pH)) curves.set(pH, []);
    curves.get(pH)!.push([t, F]);
  };
  if (phCol >= 0) {
    if (header.length < 3) throw new ReleaseTableError(`line ${lines[0].line}: long format needs time, release %, pH`);
    const relCol = [0, 1, 2].find((i) => i !== 0 && i !== phCol)!;
    for (const l of lines.slice(1)) {
      const c = splitLine(l.s, sep);
      const t = num(c[0], decimalComma), F = num(c[relCol], decimalComma), pH = num(c[phCol], decimalComma);
      if (![t, F, pH].every(Number.isFinite)) throw new ReleaseTableError(`line ${l.line}: expected numbers in time, release and pH columns`);
      if (!(pH > 0 && pH < 14)) throw new ReleaseTableError(`line ${l.line}: pH must be between 0 and 14`);
      push(pH, t, F, l.line);
    }
  } else {
    const phs = header.slice(1).map((h, i) => {
      const m = /(\d+(?:[.,]\d+)?)/.exec(h.replace(/^.*ph/i, ''));
      const v = m && /ph/i.test(h) ? Number(m[1].replace(',', '.')) : header.length === 2 ? defaultPH : NaN;
      if (!(v > 0 && v < 14)) throw new ReleaseTableError(`line ${lines[0].line}: column ${i + 2} ("${h}") must name its pH, e.g. "pH 5.0"`);
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
    if (pts.length < 2) throw new ReleaseTableError(`pH ${pH}: at least 2 points are needed`);
    out.push({ pH, points: pts });
  }
  return out.sort((a, b) => b.pH - a.pH);
}
