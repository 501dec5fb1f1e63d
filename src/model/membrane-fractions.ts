// The one membrane renormalisation rule: how the shares of a hybrid coat are made to sum to 1 again after some were set
// (Builder's "Normalise", a sweep axis, a sweep point opened as a candidate). Pure; the sweep scores what this builds.
import { isRecord } from './guards';

/**
 * Fractions summing to 1: if exactly one index was set (`setIndices`) to v ∈ [0, 1] and the others have a positive sum,
 * the others are scaled to share 1 − v (keeping their ratios); otherwise all are divided by their sum (all 0: left 0).
 * Null when a fraction is not a finite number ≥ 0 (the schema reports it).
 */
export function renormaliseFractions(fractions: readonly number[], setIndices: readonly number[] = []): number[] | null {
  if (fractions.some((x) => !Number.isFinite(x) || x < 0)) return null;
  const uniq = [...new Set(setIndices)].filter((i) => Number.isInteger(i) && i >= 0 && i < fractions.length);
  const othersSum = fractions.reduce((s, x, i) => (uniq.includes(i) ? s : s + x), 0);
  if (uniq.length === 1 && fractions[uniq[0]] <= 1 && othersSum > 0) {
    const v = fractions[uniq[0]];
    return fractions.map((x, i) => (i === uniq[0] ? v : (x * (1 - v)) / othersSum));
  }
  const sum = fractions.reduce((s, x) => s + x, 0);
  return sum > 0 ? fractions.map((x) => x / sum) : fractions.slice();
}

/**
 * A formulation (any JSON-like object) with its coat's membrane fractions renormalised (renormaliseFractions);
 * membranes left with fraction 0 are dropped (a 0 % membrane is no membrane). Anything without a membrane list, or
 * with a fraction that is not a number ≥ 0, is returned unchanged for the schema to report.
 */
export function renormaliseMembranes<T>(formulation: T, setIndices: readonly number[] = []): T {
  if (!isRecord(formulation) || !isRecord(formulation.coating) || !Array.isArray(formulation.coating.membranes)) return formulation;
  const ms = formulation.coating.membranes as unknown[];
  const fr = ms.map((m) => (isRecord(m) && typeof m.fraction === 'number' ? m.fraction : NaN));
  const next = renormaliseFractions(fr, setIndices);
  if (next === null) return formulation;
  const membranes = ms.map((m, i) => ({ ...(m as Record<string, unknown>), fraction: next[i] })).filter((m) => (m.fraction as number) > 0);
  return { ...formulation, coating: { ...formulation.coating, membranes } } as T;
}
