// Measured loading data from CSV: feed (mg payload per mg carrier) and encapsulation efficiency (EE %) or loading
// content (LC %) per row, for the Langmuir calibration of one core–agent–mode. Bounds and counts are the schema's
// (formulation.measurements.loading), so whatever this accepts can be saved and shared.
import { FEED_FIELD, MEASURED_EE_FIELD, MEASURED_LC_FIELD, MEASUREMENT_LIMITS, inRange, round6 } from '../schema';
import type { MeasuredLoading } from './types';

export class LoadingTableError extends Error {}

type Point = MeasuredLoading['points'][number];

function splitLine(line: string, sep: string): string[] {
  return line.split(sep).map((c) => c.trim().replace(/^"(.*)"$/, '$1').trim());
}

/**
 * Parse a loading table. A header row is required: the first column is the feed ratio (mg/mg, e.g. `feed_mg_per_mg`),
 * then a column named like `EE %` / `encapsulation efficiency` and/or `LC %` / `loading content` / `loading capacity`,
 * in percent (0–100). A row may give EE or LC, not both. Comma, semicolon (decimal comma allowed) or tab separated.
 * Errors name the line.
 */
export function parseLoadingTable(text: string): Point[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).map((s, i) => ({ s, line: i + 1 })).filter((l) => l.s.trim() !== '');
  if (lines.length < 2) throw new LoadingTableError('line 1: expected a header row and at least one data row');
  const sep = lines[0].s.includes('\t') ? '\t' : lines[0].s.includes(';') ? ';' : ',';
  const decimalComma = sep !== ',';
  const num = (s: string) => (s === '' ? NaN : Number(decimalComma ? s.replace(',', '.') : s));
  const header = splitLine(lines[0].s, sep).map((h) => h.toLowerCase());
  if (header.length < 2) throw new LoadingTableError(`line ${lines[0].line}: header needs at least 2 columns (feed mg/mg, EE % or LC %)`);
  if (header.every((h) => Number.isFinite(num(h)))) throw new LoadingTableError(`line ${lines[0].line}: expected a header row (e.g. feed_mg_per_mg,EE_pct) but found numbers`);
  const eeCol = header.findIndex((h, i) => i > 0 && /\bee\b|^ee|encapsulation|efficien/.test(h));
  const lcCol = header.findIndex((h, i) => i > 0 && /\blc\b|^lc|loading\s*(content|capacity)|\bdlc\b|drug\s*loading/.test(h));
  if (eeCol < 0 && lcCol < 0) throw new LoadingTableError(`line ${lines[0].line}: name a column "EE %" (encapsulation efficiency) or "LC %" (loading content) after the feed column`);
  const points: Point[] = [];
  for (const { s, line } of lines.slice(1)) {
    const cells = splitLine(s, sep);
    const feed = num(cells[0] ?? '');
    if (!inRange(FEED_FIELD, feed)) throw new LoadingTableError(`line ${line}: feed must be a number > 0 and ≤ ${FEED_FIELD.max} mg/mg, got "${cells[0] ?? ''}"`);
    const ee = eeCol >= 0 ? num(cells[eeCol] ?? '') : NaN;
    const lc = lcCol >= 0 ? num(cells[lcCol] ?? '') : NaN;
    const eeCell = eeCol >= 0 && (cells[eeCol] ?? '') !== '';
    const lcCell = lcCol >= 0 && (cells[lcCol] ?? '') !== '';
    if (eeCell && lcCell) throw new LoadingTableError(`line ${line}: give EE or LC, not both`);
    if (eeCell) {
      if (!inRange(MEASURED_EE_FIELD, ee)) throw new LoadingTableError(`line ${line}: EE must be a percentage (0–100), got "${cells[eeCol]}"`);
      points.push({ feedMassRatio: round6(feed), encapsulationEfficiencyPct: round6(ee) });
    } else if (lcCell) {
      // below 100 also after rounding to 6 significant figures (how links and files store it)
      if (!inRange(MEASURED_LC_FIELD, lc) || !inRange(MEASURED_LC_FIELD, round6(lc))) throw new LoadingTableError(`line ${line}: LC must be a percentage (0 to below 100), got "${cells[lcCol]}"`);
      points.push({ feedMassRatio: round6(feed), loadingCapacityPct: round6(lc) });
    } else {
      throw new LoadingTableError(`line ${line}: needs an EE % or LC % value`);
    }
  }
  if (points.length > MEASUREMENT_LIMITS.loadingPoints) throw new LoadingTableError(`${points.length} rows; at most ${MEASUREMENT_LIMITS.loadingPoints} loading points per payload`);
  return points;
}

/** The fitter's points (fractions 0..1) from measured points (percent). */
export function loadingFitPoints(points: readonly Point[]): { feed: number; ee?: number; lc?: number }[] {
  return points.map((p) => (p.encapsulationEfficiencyPct !== undefined
    ? { feed: p.feedMassRatio, ee: p.encapsulationEfficiencyPct / 100 }
    : { feed: p.feedMassRatio, lc: (p.loadingCapacityPct ?? NaN) / 100 }));
}
