// walk11 #3/#4: the words beside a number's 90 % interval and in its explain panel say how its kind's intervals covered
// published held-out measurements, flagged only when the binomial tail says they really cover too few.
import { describe, expect, it } from 'vitest';
import { predictionInterval } from '../validation/prediction-interval';
import { coverageSentence, coverageShort, intervalRange, NO_INTERVAL_REASON, noIntervalText } from './interval-text';
import { payloadLoadingInterval, totalLoadingInterval } from './interval-refs';

describe('beside the number', () => {
  it('PK (3 of 8 held-out covered, P(X ≤ 3 | 8, 0.9) = 4.3e-4): flagged as too narrow, with the count', () => {
    const iv = predictionInterval('pk', 'tumour-pct-id', 0.98)!;
    expect(coverageShort(iv)).toBe('⚠ covered only 3 of 8 published held-out values: too narrow');
    expect(coverageSentence(iv, 'pk')).toMatch(/covered 3 of 8 published held-out measurements \(38 %; nominal 90 %/);
    expect(coverageSentence(iv, 'pk')).toMatch(/3 or fewer of 8 in < 0\.1 % of samples: these intervals are too narrow/);
  });
  it('Release (6 of 6): the count, not flagged — 0.9⁶ = 53 %: too few to tell', () => {
    const iv = predictionInterval('release', 'release-pct', 6.2)!;
    expect(coverageShort(iv)).toBe('covered 6 of 6 published held-out values');
    expect(coverageSentence(iv, 'release')).toMatch(/6 or more of 6 in 53 % of samples, so 6 records are too few to tell/);
  });
  it('Size (no held-out records): says the coverage is untested rather than nothing', () => {
    const iv = predictionInterval('size', 'size-nm', 130)!;
    expect(coverageShort(iv)).toBe('no published held-out values to check it yet');
    expect(coverageSentence(iv, 'size')).toMatch(/no published held-out measurements yet/);
  });
  it('the range is the interval’s ends to 3 significant figures', () => {
    expect(intervalRange({ lo: 0.54912, hi: 1.7491 }, '% ID')).toBe('0.549–1.75 % ID');
    expect(intervalRange({ lo: 0, hi: 43.21 })).toBe('0–43.2');
  });
});

describe('which interval a number gets (walk11 #4)', () => {
  it('total loading and a payload’s LC take the loading kind’s LC spread; a free drug none, with the reason', () => {
    expect(totalLoadingInterval([{ moleculesPerParticle: 0 }, { moleculesPerParticle: 1e5 }])).toEqual({ kind: 'loading', metric: 'lc-pct' });
    expect(totalLoadingInterval([{ moleculesPerParticle: 0 }])).toEqual({ none: 'no-carrier' });
    expect(payloadLoadingInterval({ moleculesPerParticle: 3 }, 'ee-pct')).toEqual({ kind: 'loading', metric: 'ee-pct' });
    // the loading kind does have an LC spread: the total gets a real interval
    expect(predictionInterval('loading', 'lc-pct', 22.5)).not.toBeNull();
  });
  it('selectivity and EQD2 gain have none, and say why', () => {
    for (const text of Object.values(NO_INTERVAL_REASON)) expect(text.length).toBeGreaterThan(40);
    expect(noIntervalText('selectivity')).toMatch(/ratio of two releases/);
    expect(noIntervalText('eqd2-gain')).toMatch(/dose \(Gy\)/);
    expect(noIntervalText('the number is not available.')).toBe('the number is not available.');
  });
});
