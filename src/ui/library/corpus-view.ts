// What the corpus dashboard says beside its numbers (walk11 #2, #6, #7, #8): calibration agreement over judged records only,
// the unit of a kind's median deviation, a miss's size in the rule's widths, and which coverage lines lie on top of each other.
import type { CorpusKind, CorpusResult, KindCoverage } from '../../validation';

const judged = (r: CorpusResult) => r.verdict === 'agree' || r.verdict === 'differ';

/**
 * A kind's calibration records as the agreement counts them: judged (the model predicts them and no caveat), how many of
 * those agree, and how many are context only (no model output, a caveat, or an evaluation error) — those are not misses.
 */
export function calibrationCounts(results: readonly CorpusResult[], kind: CorpusKind): { judged: number; agree: number; context: number } {
  const cal = results.filter((r) => r.kind === kind && r.use === 'calibration');
  const j = cal.filter(judged);
  return { judged: j.length, agree: j.filter((r) => r.verdict === 'agree').length, context: cal.length - j.length };
}

/** The unit a quantity's deviation (measured − model) is in: percentage points for a %, "no unit" for a ratio. */
export function deviationUnitOf(unit: string): string {
  if (unit === '%') return 'percentage points';
  if (unit === '1') return 'no unit (a ratio)';
  return unit;
}

/**
 * The unit of a kind's median deviation (over its held-out judged records, as the summary computes it): one unit, or
 * null when the kind mixes quantities in different units (then the median compares unlike numbers: read it within the row).
 */
export function medianDeviationUnit(results: readonly CorpusResult[], kind: CorpusKind): string | null {
  const units = new Set(results.filter((r) => r.kind === kind && r.use === 'held-out' && judged(r)).map((r) => deviationUnitOf(r.unit)));
  return units.size === 1 ? [...units][0] : null;
}

/** How far outside its agreement rule a miss is, in the rule's widths (the order of the worst-miss lists), as text. */
export function missWidths(m: Pick<CorpusResult, 'missInTolerances'>): string {
  const x = m.missInTolerances;
  if (x === null || !Number.isFinite(x)) return 'outside the rule';
  return `${Number(x.toPrecision(3))}× the rule's width`;
}

/**
 * Kinds whose coverage lines coincide on the calibration plot (the same observed coverage at every nominal level), as
 * groups of two or more — a reader otherwise sees fewer lines than the legend lists; and the kinds with no held-out record
 * (not drawn at all).
 */
export function coverageOverlaps(curve: readonly KindCoverage[]): { together: CorpusKind[][]; absent: CorpusKind[] } {
  const byKind = new Map<CorpusKind, KindCoverage[]>();
  for (const c of curve) byKind.set(c.kind, [...(byKind.get(c.kind) ?? []), c]);
  const absent: CorpusKind[] = [];
  const groups = new Map<string, CorpusKind[]>();
  for (const [kind, pts] of byKind) {
    const drawn = pts.filter((p) => p.heldOut.n > 0);
    if (!drawn.length) { absent.push(kind); continue; }
    const key = drawn.slice().sort((a, b) => a.nominal - b.nominal).map((p) => `${p.nominal}:${(p.heldOut.covered / p.heldOut.n).toFixed(6)}`).join('|');
    groups.set(key, [...(groups.get(key) ?? []), kind]);
  }
  return { together: [...groups.values()].filter((g) => g.length > 1), absent };
}

/** A quantity in words for the miss lists (a ratio says what it is a ratio of; walk11 #6: "measured 25, model 2.905" had no unit). */
export function quantityWords(metric: string, unit: string): string {
  const words = metric.replace(/-pct$/, ' %').replace(/-h$/, '').replace(/-nm$/, '').replace(/-gy$/, '').replace(/auc/g, 'AUC').replace(/-id$/, ' ID').replace(/^def$/, 'DEF').replace(/^ser$/, 'SER').replace(/-/g, ' ');
  return unit === '1' ? `${words}${/ratio$/.test(words) ? ' to its vehicle' : ''}, no unit` : words;
}
