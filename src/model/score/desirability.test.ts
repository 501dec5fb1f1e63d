// M5 desirability: limits, floor, n/a handling, weights, against hand-computed values.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { desirabilityScore, rampDown, rampUp, type ScoreInput } from './index';

const good: ScoreInput = {
  payloadCount: 2, totalLoadingPct: 20, selectivityIndex: 5, releasedAt24hPct74: 5, tumorDeliveryPctID: 3, sensitizerEnhancementRatio: 1.5,
  hydrodynamicDiameterNm: 120, systemicMetalDoseMgPerKg: 1, prematureLeakagePct: 2,
};

describe('ramps', () => {
  it('linear and log limits', () => {
    expect(rampUp(10.5, 1, 20)).toBeCloseTo(0.5, 12);
    expect(rampUp(Math.sqrt(0.9), 0.3, 3, 'log')).toBeCloseTo(0.5, 12);
    expect(rampUp(0.1, 0.3, 3, 'log')).toBe(0);
    expect(rampDown(30, 10, 50)).toBeCloseTo(0.5, 12);
  });
});

describe('desirabilityScore', () => {
  it('all at their upper limits → 100', () => {
    const s = desirabilityScore(good);
    expect(s.overall).toBeCloseTo(100, 9);
    for (const v of Object.values(s.components)) expect(v).toBeCloseTo(100, 9);
  });
  it('hand value: loading 10.5 % (d 0.5), SER 1.25 (d 0.5), others 1 → 100·(0.25)^(1/5)', () => {
    const s = desirabilityScore({ ...good, totalLoadingPct: 10.5, sensitizerEnhancementRatio: 1.25 });
    expect(s.overall).toBeCloseTo(100 * Math.pow(0.25, 1 / 5), 9);
  });
  it('leakage penalty: selectivity 3 (d 0.5) × 30 % at 24 h (0.5) = 0.25', () => {
    const s = desirabilityScore({ ...good, selectivityIndex: 3, releasedAt24hPct74: 30 });
    expect(s.desirability.release.d).toBeCloseTo(0.25, 12);
  });
  it('floor at 0.01 and n/a without payload', () => {
    const s = desirabilityScore({ ...good, payloadCount: 0, sensitizerEnhancementRatio: 1 });
    expect(s.components.loading).toBeNull();
    expect(s.components.release).toBeNull();
    expect(s.desirability.radiosensitization.d).toBe(0.01);
    expect(s.overall).toBeCloseTo(100 * Math.pow(0.01, 1 / 3), 9);
  });
  it('weights: zero weight removes a component from the overall', () => {
    const s = desirabilityScore({ ...good, sensitizerEnhancementRatio: 1 }, { radiosensitization: 0 });
    expect(s.overall).toBeCloseTo(100, 9);
  });
  it('size window: 400 nm with tolerance ×2 → size d floored', () => {
    const s = desirabilityScore({ ...good, hydrodynamicDiameterNm: 400 });
    expect(s.safetyParts.size).toBe(0);
    expect(s.desirability.safety.d).toBeCloseTo(Math.cbrt(0.01), 12);
  });
  it('property: overall in [1, 100], components null or in [1, 100]', () => {
    fc.assert(
      fc.property(
        fc.record({
          payloadCount: fc.integer({ min: 0, max: 3 }),
          totalLoadingPct: fc.double({ min: 0, max: 100, noNaN: true }),
          selectivityIndex: fc.option(fc.double({ min: 0, max: 1e3, noNaN: true })),
          releasedAt24hPct74: fc.double({ min: 0, max: 100, noNaN: true }),
          tumorDeliveryPctID: fc.double({ min: 0, max: 100, noNaN: true }),
          sensitizerEnhancementRatio: fc.double({ min: 0.5, max: 5, noNaN: true }),
          hydrodynamicDiameterNm: fc.double({ min: 1, max: 5000, noNaN: true }),
          systemicMetalDoseMgPerKg: fc.double({ min: 0, max: 1e4, noNaN: true }),
          prematureLeakagePct: fc.double({ min: 0, max: 100, noNaN: true }),
        }),
        (inp) => {
          const s = desirabilityScore(inp);
          expect(s.overall).toBeGreaterThanOrEqual(1 - 1e-9);
          expect(s.overall).toBeLessThanOrEqual(100 + 1e-9);
          for (const v of Object.values(s.components)) if (v !== null) expect(v >= 1 - 1e-9 && v <= 100 + 1e-9).toBe(true);
        },
      ),
    );
  });
});
