// Measured loading data from CSV: feed (mg payload per mg carrier) and encapsulation efficiency (EE %) or loading
// content (LC %) per row, for the Langmuir calibration of one core–agent–mode. Bounds and counts are the schema's
// (formulation.measurements.loading), so whatever this accepts can be saved and shared.
import { FEED_FIELD, MEASURED_EE_FIELD, MEASURED_LC_FIELD, MEASUREMENT_LIMITS, inRange, round6 } from '../schema';
import type { MeasuredLoading } from './types';
import { columnName, csvNumber, readCsv } from '../engine';
import { massRatioFactor } from '../model/units/quantity';

export class LoadingTableError extends Error {}

type Point = MeasuredLoading['points'][number];

/**
 * Parse a loading table with the one CSV reader (model/csv: quotes, BOM, CR/LF/CRLF, size cap, comma/semicolon/tab,
 * decimal comma with ; or tab, decimal-only numbers). A header row is required: the first column is the feed ratio
 * (mg/mg, e.g. `feed_mg_per_mg`), then a column named like `EE %` / `encapsulation efficiency` and/or `LC %` /
 * `loading content` / `loading capacity`, in percent (0–100). A row may give EE or LC, not both. Other columns are
 * ignored and named in `messages`. Errors name the line and column.
 */
export function readLoadingTable(text: string): { points: Point[]; messages: string[] } {
  const t = readCsv(text);
  if (!t.ok) throw new LoadingTableError(t.message);
  const lines = t.records;
  if (lines.length < 2) throw new LoadingTableError(`line ${lines[0]?.line ?? 1}: expected a header row and at least one data row`);
  const rawHeader = lines[0].cells;
  const header = rawHeader.map((h) => h.toLowerCase());
  const num = (s: string) => csvNumber(s, t.decimalComma);
  if (header.length < 2) throw new LoadingTableError(`line ${lines[0].line}: header needs at least 2 columns (feed mg/mg, EE % or LC %)`);
  if (header.every((h) => num(h).value !== null)) throw new LoadingTableError(`line ${lines[0].line}: expected a header row (e.g. feed_mg_per_mg,EE_pct) but found numbers`);
  const eeCol = header.findIndex((h, i) => i > 0 && /\bee\b|^ee|encapsulation|efficien/.test(h));
  const lcCol = header.findIndex((h, i) => i > 0 && /\blc\b|^lc|loading\s*(content|capacity)|\bdlc\b|drug\s*loading/.test(h));
  if (eeCol < 0 && lcCol < 0) throw new LoadingTableError(`line ${lines[0].line}: name a column "EE %" (encapsulation efficiency) or "LC %" (loading content) after the feed column`);
  if (/\bee\b|^ee|encapsulation|\blc\b|^lc|loading\s*(content|capacity)/.test(header[0])) throw new LoadingTableError(`line ${lines[0].line}: ${columnName(0, rawHeader[0])} must be the feed ratio (mg payload per mg carrier)`);
  // the feed's unit, when the header gives one in brackets or after a comma (`feed (µg/mg)`, `Feed, % w/w`): any
  // mass ratio mathjs reads, converted to mg/mg; no unit → mg/mg
  const feedUnit = /[([]\s*([^)\]]+?)\s*[)\]]\s*$/.exec(rawHeader[0])?.[1] ?? /,\s*([^,]+)$/.exec(rawHeader[0])?.[1] ?? null;
  const feedFactor = feedUnit === null ? 1 : massRatioFactor(feedUnit, 'mg/mg');
  if (feedFactor === null) throw new LoadingTableError(`line ${lines[0].line}: ${columnName(0, rawHeader[0])}: the feed unit "${feedUnit}" is not a mass ratio (mg/mg, µg/mg, mg/g, % w/w)`);
  const messages = [`Read as ${t.notes.join('; ')}.`, `Feed: ${columnName(0, rawHeader[0])} in ${feedUnit === null ? 'mg/mg' : feedFactor === 1 ? feedUnit : `${feedUnit} → ×${feedFactor} to mg/mg`}.`];
  if (eeCol >= 0) messages.push(`EE %: ${columnName(eeCol, rawHeader[eeCol])}.`);
  if (lcCol >= 0) messages.push(`LC %: ${columnName(lcCol, rawHeader[lcCol])}.`);
  // walk11 #18: an SD column (of the EE or LC beside it) is read as error bars; the fit may weight by 1/SD² of q
  const sdCol = header.findIndex((h, i) => i > 0 && i !== eeCol && i !== lcCol && /(^|[^a-z])(sd|s\.d\.?|stdev|std\.? ?dev\.?|standard deviation)([^a-z]|$)/.test(h));
  if (sdCol >= 0) messages.push(`SD: ${columnName(sdCol, rawHeader[sdCol])}, the SD of ${eeCol >= 0 && lcCol >= 0 ? 'the EE or LC on its row' : eeCol >= 0 ? 'EE' : 'LC'} in % points (the fit can weight each point by 1/SD² of q).`);
  const ignored = rawHeader.map((h, i) => ({ h, i })).filter(({ i }) => i > 0 && i !== eeCol && i !== lcCol && i !== sdCol && rawHeader[i] !== '');
  if (ignored.length) messages.push(`Ignored (not read as data): ${ignored.map(({ h, i }) => columnName(i, h)).join('; ')}.`);
  const points: Point[] = [];
  const cellNum = (cells: string[], i: number, line: number, what: string): number | null => {
    const v = num(cells[i] ?? '');
    if (v.value === null && v.reason) throw new LoadingTableError(`line ${line}, ${columnName(i, rawHeader[i])}: ${what} ${v.reason}`);
    return v.value;
  };
  for (const { cells, line } of lines.slice(1)) {
    const feedRaw = cellNum(cells, 0, line, 'feed');
    const feed = feedRaw === null ? NaN : feedRaw * feedFactor;
    if (!inRange(FEED_FIELD, feed)) throw new LoadingTableError(`line ${line}: feed must be a number > 0 and ≤ ${FEED_FIELD.max} mg/mg, got "${cells[0] ?? ''}"${feedFactor === 1 ? '' : ` ${feedUnit} (${feed} mg/mg)`}`);
    const ee = eeCol >= 0 ? (cellNum(cells, eeCol, line, 'EE') ?? NaN) : NaN;
    const lc = lcCol >= 0 ? (cellNum(cells, lcCol, line, 'LC') ?? NaN) : NaN;
    const eeCell = eeCol >= 0 && (cells[eeCol] ?? '') !== '';
    const lcCell = lcCol >= 0 && (cells[lcCol] ?? '') !== '';
    if (eeCell && lcCell) throw new LoadingTableError(`line ${line}: give EE or LC, not both`);
    const sdRaw = sdCol >= 0 ? cellNum(cells, sdCol, line, 'SD') : null;
    if (sdRaw !== null && !(sdRaw >= 0 && sdRaw <= 100)) throw new LoadingTableError(`line ${line}, ${columnName(sdCol, rawHeader[sdCol])}: an SD must be ≥ 0 and ≤ 100 % points, got "${cells[sdCol]}"`);
    const sd = sdRaw === null ? {} : { sdPct: round6(sdRaw) };
    if (eeCell) {
      if (!inRange(MEASURED_EE_FIELD, ee)) throw new LoadingTableError(`line ${line}: EE must be a percentage (0–100), got "${cells[eeCol]}"`);
      points.push({ feedMassRatio: round6(feed), encapsulationEfficiencyPct: round6(ee), ...sd });
    } else if (lcCell) {
      // below 100 also after rounding to 6 significant figures (how links and files store it)
      if (!inRange(MEASURED_LC_FIELD, lc) || !inRange(MEASURED_LC_FIELD, round6(lc))) throw new LoadingTableError(`line ${line}: LC must be a percentage (0 to below 100), got "${cells[lcCol]}"`);
      points.push({ feedMassRatio: round6(feed), loadingCapacityPct: round6(lc), ...sd });
    } else {
      throw new LoadingTableError(`line ${line}: needs an EE % or LC % value`);
    }
  }
  if (points.length > MEASUREMENT_LIMITS.loadingPoints) throw new LoadingTableError(`${points.length} rows; at most ${MEASUREMENT_LIMITS.loadingPoints} loading points per payload`);
  messages.push(`${points.length} point${points.length === 1 ? '' : 's'}.`);
  return { points, messages };
}

/** The points of a loading table (see readLoadingTable); throws LoadingTableError naming the line. */
export function parseLoadingTable(text: string): Point[] {
  return readLoadingTable(text).points;
}

/** The fitter's points (fractions 0..1) from measured points (percent). */
export function loadingFitPoints(points: readonly Point[]): { feed: number; ee?: number; lc?: number; sd?: number }[] {
  return points.map((p) => ({
    ...(p.encapsulationEfficiencyPct !== undefined
      ? { feed: p.feedMassRatio, ee: p.encapsulationEfficiencyPct / 100 }
      : { feed: p.feedMassRatio, lc: (p.loadingCapacityPct ?? NaN) / 100 }),
    ...(p.sdPct !== undefined ? { sd: p.sdPct / 100 } : {}),
  }));
}
