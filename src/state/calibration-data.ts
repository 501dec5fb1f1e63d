// Whether a release calibration (calibrations.release) still matches the measured data stored with the candidate: the
// data it was fitted to may since have been replaced or removed (walk11 #14), while its values still set the numbers.
import { round6 } from '../schema';
import type { MeasuredRelease } from './types';

export type CalibrationDataStatus =
  /** the stored data are the ones it was fitted to */
  | { status: 'same' }
  /** the record does not say which data it was fitted to (made before data keys), and nothing shows they changed */
  | { status: 'unknown' }
  /** the data it was fitted to are no longer stored: `now` describes what is stored instead ('' when nothing is) */
  | { status: 'replaced' | 'removed'; now: string };

/** "2 curves (pH 7.4, 5.0), 16 points" */
export function describeMeasured(measured: readonly MeasuredRelease[]): string {
  const n = measured.reduce((s, m) => s + m.points.length, 0);
  return `${measured.length} curve${measured.length === 1 ? '' : 's'} (pH ${measured.map((m) => m.pH.toFixed(1)).join(', ')}), ${n} point${n === 1 ? '' : 's'}`;
}

/**
 * Compare a release calibration's record with the measured release data stored now. With a data key (set by Apply since
 * walk11) the fingerprints are compared; an older record is read for its pH list and point count ("… at pH 7.4, 5.0; …;
 * n = 18"), which can show a replacement but never prove the data are the same ('unknown').
 */
export function calibrationDataStatus(cal: { dataKey?: string; fittedTo?: string }, measured: readonly MeasuredRelease[]): CalibrationDataStatus {
  const now = measured.length ? describeMeasured(measured) : '';
  if (cal.dataKey !== undefined) {
    if (measured.length === 0) return { status: 'removed', now };
    return measuredReleaseKey(measured) === cal.dataKey ? { status: 'same' } : { status: 'replaced', now };
  }
  const text = cal.fittedTo ?? '';
  if (!/^fitted to your data/.test(text)) return { status: 'unknown' };
  if (measured.length === 0) return { status: 'removed', now };
  const n = /; n = (\d+)/.exec(text);
  const pHs = /curve\(s\) at pH ([\d., ]+);/.exec(text);
  const total = measured.reduce((s, m) => s + m.points.length, 0);
  const samePHs = pHs ? pHs[1].split(',').map((p) => p.trim()).join(',') === measured.map((m) => m.pH.toFixed(1)).join(',') : true;
  if ((n && Number(n[1]) !== total) || !samePHs) return { status: 'replaced', now };
  return { status: 'unknown' };
}

/**
 * Fingerprint of measured release curves (what an M2 calibration was fitted to; calibrations.release[].dataKey): FNV-1a
 * (32 bit, 8 hex digits) of the curves as the canonical form writes them (pH, payload, points, error bars at 6
 * significant figures), so a link, a file or a reload gives the same key and only a change of the data changes it.
 */
export function measuredReleaseKey(curves: readonly { pH: number; agent?: string; points: readonly (readonly [number, number])[]; spread?: { kind: string; values: readonly number[] } }[]): string {
  const text = JSON.stringify(curves.map((c) => [round6(c.pH), c.agent ?? null, c.points.map(([t, F]) => [round6(t), round6(F)]), c.spread ? [c.spread.kind, c.spread.values.map(round6)] : null]));
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}
