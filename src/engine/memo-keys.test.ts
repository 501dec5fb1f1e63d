// The sweep memos' field-by-field comparers agree with the generic deep equality (sameInput) and notice a change in any listed field.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sameInput } from './last-input-memo';
import {
  DELIVERY_KEYS,
  MEMBRANE_KEYS,
  RELEASE_CONTEXT_KEYS,
  RELEASE_RATES_KEYS,
  TARGETING_KEYS,
  sameLeakageKey,
  sameOverrides,
  sameReleaseContext,
  sameTargetingInput,
  sameTumourReleaseKey,
  type LeakageKey,
  type TumourReleaseKey,
} from './memo-keys';
import type { ReleaseContext } from '../model/release';
import type { TargetingInput } from '../model/targeting';

type Leaf = number | string | boolean | null | undefined;

/** A value of another kind or size than `v` (never Object.is-equal to it). */
function changed(v: Leaf): Leaf {
  if (typeof v === 'number') return v === 0 ? -0 : v * 2 + 1;
  if (typeof v === 'string') return v + 'x';
  if (typeof v === 'boolean') return !v;
  return v === null ? 0 : null;
}

/** An object with the keys, each a distinct value of a kind the real inputs use there. */
function sample(keys: readonly string[], seed: number): Record<string, Leaf> {
  const o: Record<string, Leaf> = {};
  keys.forEach((k, i) => (o[k] = i % 5 === 0 ? `s${i + seed}` : i % 7 === 0 ? i % 2 === 0 : (i + 1) * 0.37 + seed));
  return o;
}

const releaseContext = (seed = 0) => sample(RELEASE_CONTEXT_KEYS, seed) as unknown as ReleaseContext;
const targeting = (seed = 0): TargetingInput =>
  ({
    ...sample(TARGETING_KEYS, seed),
    membranes: [sample(MEMBRANE_KEYS, seed), sample(MEMBRANE_KEYS, seed + 1)],
    lipidShell: { tmC: 41 + seed, cholesterolMolPct: 30 },
    overrides: { 'pk.a': 1, 'core.b': 2 },
  }) as unknown as TargetingInput;
const leakage = (seed = 0): LeakageKey => ({ pd: { ...(sample(DELIVERY_KEYS, seed) as unknown as LeakageKey['pd']), releaseInBlood: null }, rates: sample(RELEASE_RATES_KEYS, seed) as unknown as LeakageKey['rates'], blood: releaseContext(seed) });
const tumour = (seed = 0): TumourReleaseKey => ({ kWash: 0.1 + seed, share: 0.3, tumour: releaseContext(seed) });

/** Every leaf path of a plain-data value. */
function leaves(x: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (x === null || typeof x !== 'object') return [path];
  return Object.keys(x).flatMap((k) => leaves((x as Record<string, unknown>)[k], [...path, Array.isArray(x) ? Number(k) : k]));
}

function withLeaf<T>(x: T, path: (string | number)[], v: Leaf): T {
  const c = structuredClone(x) as Record<string | number, unknown>;
  let o = c;
  for (let i = 0; i < path.length - 1; i++) o = o[path[i]] as Record<string | number, unknown>;
  o[path[path.length - 1]] = v;
  return c as T;
}

const CASES: [string, () => unknown, (a: never, b: never) => boolean][] = [
  ['release context', releaseContext, sameReleaseContext],
  ['targeting input', targeting, sameTargetingInput],
  ['leakage key', leakage, sameLeakageKey],
  ['tumour release key', tumour, sameTumourReleaseKey],
];

describe('memo keys', () => {
  it.each(CASES)('%s: a copy is the same; a change in any one field (0 → −0 too) is not', (_, make, same) => {
    const a = make();
    expect(same(a as never, structuredClone(a) as never)).toBe(true);
    const paths = leaves(a);
    expect(paths.length).toBeGreaterThan(2);
    for (const p of paths) {
      const b = withLeaf(a, p, changed(p.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], a) as Leaf));
      expect([p.join('.'), same(a as never, b as never)]).toEqual([p.join('.'), false]);
      expect(sameInput(a, b)).toBe(false);
    }
  });

  it('agree with sameInput on random changes (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CASES), fc.nat(40), fc.nat(3), (c, pick, kind) => {
        const [, make, same] = c;
        const a = make();
        const paths = leaves(a);
        const p = paths[pick % paths.length];
        const cur = p.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], a) as Leaf;
        const v = [cur, changed(cur), typeof cur === 'number' ? Number.NaN : cur, typeof cur === 'number' ? cur + 0 : cur][kind];
        const b = withLeaf(a, p, v);
        return same(a as never, b as never) === sameInput(a, b);
      }),
    );
  });

  it('overrides: key order ignored; a missing, extra or different key differs; undefined only equals undefined', () => {
    expect(sameOverrides({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(sameOverrides({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameOverrides({ a: 1, b: 2 }, { a: 1 })).toBe(false);
    expect(sameOverrides({ a: 1 }, { a: 1.5 })).toBe(false);
    expect(sameOverrides({ a: 0 }, { a: -0 })).toBe(false);
    expect(sameOverrides(undefined, undefined)).toBe(true);
    expect(sameOverrides(undefined, {})).toBe(false);
    // NaN equals NaN (a stored result is reused for the same input)
    expect(sameOverrides({ a: Number.NaN }, { a: Number.NaN })).toBe(true);
  });

  it('a lipid shell present on one side only, or null against undefined, differs', () => {
    const a = targeting();
    expect(sameTargetingInput(a, { ...a, lipidShell: null })).toBe(false);
    expect(sameTargetingInput({ ...a, lipidShell: null }, { ...a, lipidShell: undefined })).toBe(false);
    expect(sameTargetingInput({ ...a, lipidShell: null }, { ...a, lipidShell: null })).toBe(true);
    expect(sameTargetingInput(a, { ...a, membranes: a.membranes.slice(0, 1) })).toBe(false);
  });
});
