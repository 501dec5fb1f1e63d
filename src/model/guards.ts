// The one guards module: type guards for untrusted values (plain records, sourced Params), used by every layer.
import type { Param } from './param';

/** A plain object (not null, not an array). */
export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** A sourced Param: a numeric value with unit, source and provenance. */
export function isParam(x: unknown): x is Param {
  return (
    typeof x === 'object' &&
    x !== null &&
    typeof (x as Param).value === 'number' &&
    typeof (x as Param).unit === 'string' &&
    typeof (x as Param).source === 'string' &&
    typeof (x as Param).provenance === 'string'
  );
}
