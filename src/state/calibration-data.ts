// Whether a release calibration (calibrations.release) still matches the measured data stored with the candidate: the
// data it was fitted to may since have been replaced or removed (walk11 #14), while its values still set the numbers.
import { measuredReleaseKey } from '../schema';
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
