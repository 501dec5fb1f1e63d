// Measured release data from CSV for code that wants curves or an exception: the one release importer
// (share/csv/release-import) with its proposed column roles. The Calibrate tab uses the importer itself, with a preview.
import { importReleaseCsv, type ImportedCurve } from '../share/csv/release-import';
import type { MeasuredRelease } from './types';

export class ReleaseTableError extends Error {}

/** The stored form of an imported curve (points and, when the file gave them, the error bars). */
export function measuredFromImported(c: ImportedCurve): MeasuredRelease {
  return { pH: c.pH, points: c.points.map(([t, F]) => [t, F] as [number, number]), ...(c.spread ? { spread: { kind: c.spread.kind, values: [...c.spread.values], ...(c.spread.missing?.length ? { missing: [...c.spread.missing] } : {}) } } : {}) };
}

/**
 * Parse a release table (wide `time_h, pH 7.4, pH 5.0`, long `time_h, release_pct, pH`, or `time, release` with
 * `defaultPH`; SD/SEM, replicate and units rows understood as the importer says). Throws ReleaseTableError with every
 * problem, each naming its line.
 */
export function parseReleaseTable(text: string, defaultPH = 5.0): MeasuredRelease[] {
  const r = importReleaseCsv(text, { defaultPH });
  if (r.errors.length) throw new ReleaseTableError(r.errors.slice(0, 5).map((e) => e.message).join('; ') + (r.errors.length > 5 ? `; and ${r.errors.length - 5} more` : ''));
  return r.curves.map(measuredFromImported);
}
