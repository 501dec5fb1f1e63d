// Which 90 % prediction interval applies to a displayed number (walk11 #4): the validated kind and metric whose spread
// honestly carries over, or the reason none does, as a short code (its words are in interval-text.ts, the lazy explain
// chunk: the Overview uses this module, and the first screen's JS is budgeted).
import type { CorpusKind, Metric } from '../validation/schema';

/** Why a number of a validated kind has no 90 % interval (the explain panel says it in words: NO_INTERVAL_REASON). */
export type NoIntervalReason = 'no-carrier' | 'selectivity' | 'eqd2-gain';

/** Which validated kind's 90 % interval applies to a displayed number, or why none does (said in its explain panel). */
export type IntervalRef = { kind: CorpusKind; metric: Metric } | { none: NoIntervalReason };

/** A payload's loading capacity or encapsulation efficiency: the loading kind's spread, unless no carrier holds it. */
export const payloadLoadingInterval = (p: { moleculesPerParticle: number }, metric: 'lc-pct' | 'ee-pct'): IntervalRef => (p.moleculesPerParticle > 0 ? { kind: 'loading', metric } : { none: 'no-carrier' });

/** Total loading (wt %) is the loading capacity LC of all payloads together: the loading kind's LC spread, unless no carrier holds them. */
export const totalLoadingInterval = (payloads: readonly { moleculesPerParticle: number }[]): IntervalRef =>
  payloads.some((p) => p.moleculesPerParticle > 0) ? { kind: 'loading', metric: 'lc-pct' } : { none: 'no-carrier' };
