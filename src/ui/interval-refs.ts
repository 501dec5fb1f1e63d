// Which 90 % prediction interval applies to a displayed number (walk11 #4): the validated kind and metric whose spread
// honestly carries over, or the reason none does (said in the number's explain panel). Tiny: the Overview uses it.
import type { CorpusKind, Metric } from '../validation/schema';

/** Which validated kind's 90 % interval applies to a displayed number, or why none does (said in its explain panel). */
export type IntervalRef = { kind: CorpusKind; metric: Metric } | { none: string };

/** No carrier holds the payload (a free drug: EE and LC 100 % by definition), so the loading kind's spread does not apply. */
export const NO_CARRIER_INTERVAL: IntervalRef = { none: 'no carrier holds this payload (a free drug, or nothing loads), so its loading is set by definition, not predicted; the loading kind’s spread is of loaded carriers.' };

/** A payload's loading capacity or encapsulation efficiency: the loading kind's spread, unless no carrier holds it. */
export const payloadLoadingInterval = (p: { moleculesPerParticle: number }, metric: 'lc-pct' | 'ee-pct'): IntervalRef => (p.moleculesPerParticle > 0 ? { kind: 'loading', metric } : NO_CARRIER_INTERVAL);

/** Total loading (wt %) is the loading capacity LC of all payloads together: the loading kind's LC spread, unless no carrier holds them. */
export const totalLoadingInterval = (payloads: readonly { moleculesPerParticle: number }[]): IntervalRef =>
  payloads.some((p) => p.moleculesPerParticle > 0) ? { kind: 'loading', metric: 'lc-pct' } : NO_CARRIER_INTERVAL;

/** Release selectivity is a ratio of two releases; the release kind's spread is of one release at one time. */
export const SELECTIVITY_INTERVAL: IntervalRef = {
  none: 'the selectivity is a ratio of two releases (pH 5.0 over pH 7.4, at 24 h). The corpus holds no measured selectivities, and the release kind’s spread, of one release at one time (± percentage points), does not carry over to a ratio of two releases from the same model whose errors are shared. Each release has its own 90 % interval on the Release tab.',
};

/** EQD2 gain: a dose of a fractionated tumour schedule; the radiosensitization kind's spread is of an enhancement ratio. */
export const EQD2_INTERVAL: IntervalRef = {
  none: 'the EQD2 gain is a dose (Gy) of the fractionated schedule in a tumour; the corpus holds no measured EQD2 gains, and the radiosensitization kind’s spread is of a single-dose enhancement ratio (SER, DEF), which does not carry over to a dose summed over fractions.',
};
