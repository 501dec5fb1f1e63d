// The one-entry stage memos: value equality of stage inputs, and outputs-only scoring (memos on) giving the numbers of lean scoring without them, row after row.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PRESETS, PRESET_IDS } from '../catalog';
import { completeFormulation } from '../schema';
import { CATALOG_LOOKUP } from './catalog-lookup';
import { LastInputMemo, sameInput } from './last-input-memo';
import { resolveOverrides } from './resolve-overrides';
import { scoreChain, scoreCompleted } from './score';
import { sweepResults } from './sweep';

describe('sameInput', () => {
  it('compares plain data by value, numbers exactly, other objects by identity', () => {
    expect(sameInput({ a: 1, b: [1, { c: 'x' }], d: null }, { b: [1, { c: 'x' }], d: null, a: 1 })).toBe(true);
    expect(sameInput({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameInput({ a: 0 }, { a: -0 })).toBe(false);
    expect(sameInput({ a: NaN }, { a: NaN })).toBe(true);
    expect(sameInput([1, 2], [1, 2, 3])).toBe(false);
    expect(sameInput([1], { 0: 1 })).toBe(false);
    const f = () => 1;
    expect(sameInput({ f }, { f })).toBe(true);
    expect(sameInput({ f }, { f: () => 1 })).toBe(false);
    expect(sameInput(new Map(), new Map())).toBe(false);
  });
  it('the memo computes again exactly when the input differs', () => {
    const m = new LastInputMemo<{ x: number; y: number[] }, number>();
    let calls = 0;
    const sum = (i: { x: number; y: number[] }) => (calls++, i.x + i.y.reduce((a, b) => a + b, 0));
    expect(m.get({ x: 1, y: [2] }, sum)).toBe(3);
    expect(m.get({ x: 1, y: [2] }, sum)).toBe(3);
    expect(calls).toBe(1);
    expect(m.get({ x: 1, y: [2, 1] }, sum)).toBe(4);
    expect(m.get({ x: 1, y: [2] }, sum)).toBe(3);
    expect(calls).toBe(3);
  });
});

describe('outputs-only scoring (stage memos on) equals lean scoring (memos off)', () => {
  it('in any order of formulations: presets with their diameter, feed ratios, temperature and route changed (property)', () => {
    const step = fc.record({
      preset: fc.constantFrom(...PRESET_IDS),
      diameter: fc.constantFrom(null, 30, 80, 120),
      feed: fc.constantFrom(null, 0.05, 0.2, 0.6),
      temperatureC: fc.constantFrom(37, 42),
      route: fc.constantFrom('iv', 'intratumoral'),
    });
    fc.assert(
      fc.property(fc.array(step, { minLength: 2, maxLength: 8 }), (steps) => {
        for (const s of steps) {
          const base = PRESETS[s.preset].formulation as Record<string, unknown> & { core: object; payloads?: Record<string, unknown>[]; scenario?: object };
          const raw = {
            ...base,
            core: { ...base.core, ...(s.diameter !== null ? { diameterNm: s.diameter } : {}) },
            payloads: (base.payloads ?? []).map((p, i) => (i === 0 && s.feed !== null ? { ...p, feedMassRatio: s.feed } : p)),
            scenario: { ...(base.scenario ?? {}), temperatureC: s.temperatureC, route: s.route },
          };
          let f;
          try {
            f = completeFormulation(raw);
          } catch {
            continue;
          }
          let lean: unknown;
          try {
            lean = sweepResults(scoreCompleted(f, CATALOG_LOOKUP, { lean: true }));
          } catch (e) {
            lean = (e as Error).message;
          }
          let memo: unknown;
          try {
            memo = sweepResults(scoreChain(f, CATALOG_LOOKUP, { lean: true }, resolveOverrides(f, {}), true));
          } catch (e) {
            memo = (e as Error).message;
          }
          expect(memo).toEqual(lean);
        }
      }),
      { numRuns: 40, seed: 21 },
    );
  });
});
