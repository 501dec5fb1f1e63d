// Safe JSON parsing: prototype keys dropped, depth bombs rejected before JSON.parse, checksum sensitivity.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fnv1a32, jsonNestingDepth, parseJsonSafe } from './json-safe';

describe('parseJsonSafe', () => {
  it('drops __proto__, constructor and prototype keys at any depth and never pollutes Object.prototype', () => {
    const r = parseJsonSafe('{"a":{"__proto__":{"polluted":1},"constructor":{"prototype":{"x":1}},"b":2},"prototype":3}');
    expect(r).toEqual({ ok: true, value: { a: { b: 2 } }, droppedKeys: 4 });
    const copy = Object.assign({}, (r as { value: { a: object } }).value.a);
    expect((copy as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects deep nesting before parsing and invalid JSON with a message', () => {
    expect(parseJsonSafe('['.repeat(100000) + ']'.repeat(100000))).toEqual({ ok: false, message: 'nested too deeply (100000 levels > 32)' });
    const bad = parseJsonSafe('{"a":');
    expect(bad.ok).toBe(false);
    expect((bad as { message: string }).message).toMatch(/^not valid JSON/);
  });

  it('depth scan ignores brackets inside strings (escaped quotes included) and matches the structure', () => {
    expect(jsonNestingDepth('{"a":"[[[{{\\"[[["}')).toBe(1);
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (v) => {
        const depthOf = (x: unknown): number =>
          x !== null && typeof x === 'object' ? 1 + Math.max(0, ...Object.values(x as object).map(depthOf)) : 0;
        expect(jsonNestingDepth(JSON.stringify(v))).toBe(depthOf(v));
      }),
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => void parseJsonSafe(s)));
  });
});

describe('fnv1a32', () => {
  it('matches the published FNV-1a test vectors', () => {
    // http://www.isthe.com/chongo/src/fnv/test_fnv.c (32-bit FNV-1a): "" → 811c9dc5, "a" → e40c292c, "foobar" → bf9cf968
    expect(fnv1a32('')).toBe('811c9dc5');
    expect(fnv1a32('a')).toBe('e40c292c');
    expect(fnv1a32('foobar')).toBe('bf9cf968');
  });
  it('changes when any single character changes', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 200 }), fc.nat(), fc.string({ minLength: 1, maxLength: 1 }), (s, i, c) => {
        const p = i % s.length;
        fc.pre(s[p] !== c);
        expect(fnv1a32(s.slice(0, p) + c + s.slice(p + 1))).not.toBe(fnv1a32(s));
      }),
    );
  });
});
