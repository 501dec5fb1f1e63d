// The bounded decompressor against the lz-string library itself (the independent reference), and its caps on hostile input.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import LZString from 'lz-string';
import { compressUriSafe, decompressUriSafeBounded, LZ_URI_ALPHABET } from './lz';

const CAP = 1 << 20;
/** The first 2-bit code (read least-significant first from the top bits of the first character) is 3, which lz-string does not handle. */
const firstCodeInvalid = (s: string) => (LZ_URI_ALPHABET.indexOf(s[0] === ' ' ? '+' : s[0]) & 48) === 48;

describe('decompressUriSafeBounded', () => {
  it('inverts lz-string compressToEncodedURIComponent for any text (full unicode, repetitive text)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ maxLength: 3000 }), fc.array(fc.constantFrom('ab', 'abc', '{"a":1}', 'x'), { maxLength: 500 }).map((a) => a.join(''))), (s) => {
        const r = decompressUriSafeBounded(compressUriSafe(s), CAP);
        expect(r).toEqual(s === '' ? { ok: true, value: '' } : { ok: true, value: s });
      }),
      { numRuns: 400 },
    );
  });

  it('agrees with the library on arbitrary alphabet strings (whenever the library output fits the cap)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LZ_URI_ALPHABET), { minLength: 1, maxLength: 300 }).map((a) => a.join('')), (s) => {
        const mine = decompressUriSafeBounded(s, CAP);
        if (firstCodeInvalid(s)) {
          // the library has no case for a first code of 3: it emits "undefined" text or throws; we report corruption
          expect(mine).toEqual({ ok: false, error: { code: 'corrupted' } });
          return;
        }
        const lib = LZString.decompressFromEncodedURIComponent(s);
        if (lib === null || lib === '') {
          // library: null = invalid code, '' = ran out of input (or an explicit empty stream)
          if (mine.ok) expect(mine.value).toBe('');
        } else {
          expect(mine).toEqual({ ok: true, value: lib });
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with the library on truncations and single-character mutations of real payloads', () => {
    const text = JSON.stringify({ schema: 'x/1', items: Array.from({ length: 30 }, (_, i) => ({ i, name: `item ${i}`, v: i * 1.5 })) });
    const enc = compressUriSafe(text);
    fc.assert(
      fc.property(fc.nat(enc.length - 1), fc.constantFrom(...LZ_URI_ALPHABET), fc.boolean(), (pos, ch, truncate) => {
        const s = truncate ? enc.slice(0, pos + 1) : enc.slice(0, pos) + ch + enc.slice(pos + 1);
        if (firstCodeInvalid(s)) {
          expect(decompressUriSafeBounded(s, CAP)).toEqual({ ok: false, error: { code: 'corrupted' } });
          return;
        }
        const lib = LZString.decompressFromEncodedURIComponent(s);
        const mine = decompressUriSafeBounded(s, CAP);
        if (lib === null || lib === '') expect(mine.ok && mine.value !== '').toBe(false);
        else expect(mine).toEqual({ ok: true, value: lib });
      }),
      { numRuns: 1500 },
    );
  });

  it('stops at the output cap instead of expanding a crafted quadratic stream', () => {
    // a long run of one character compresses to a chain of ever-longer dictionary entries (1+2+3+… characters)
    const bomb = compressUriSafe('a'.repeat(1_000_000));
    expect(bomb.length).toBeLessThan(3000);
    const t0 = performance.now();
    const r = decompressUriSafeBounded(bomb, 512 * 1024);
    expect(r).toEqual({ ok: false, error: { code: 'too-large', limit: 512 * 1024 } });
    expect(performance.now() - t0).toBeLessThan(5000); // generous: guards against unbounded (quadratic) work, not a speed budget
    const full = decompressUriSafeBounded(bomb, 1_000_000);
    expect(full.ok && full.value === 'a'.repeat(1_000_000)).toBe(true);
  });

  it('reports foreign characters, emptiness and truncation as typed errors', () => {
    expect(decompressUriSafeBounded('', CAP)).toEqual({ ok: false, error: { code: 'empty' } });
    expect(decompressUriSafeBounded('abc<def', CAP)).toEqual({ ok: false, error: { code: 'alphabet', index: 3, char: '<' } });
    expect(decompressUriSafeBounded('ab%24', CAP)).toMatchObject({ ok: false, error: { code: 'alphabet' } });
    const enc = compressUriSafe('hello hello hello world, this is a test');
    expect(decompressUriSafeBounded(enc.slice(0, enc.length - 3), CAP)).toEqual({ ok: false, error: { code: 'truncated' } });
    // a space stands for '+', as in lz-string (form-encoded URLs)
    const withPlus = [...Array(200).keys()].map((i) => compressUriSafe('z' + i + '☃'.repeat(i % 40))).find((s) => s.includes('+'))!;
    expect(decompressUriSafeBounded(withPlus.replace(/\+/g, ' '), CAP)).toEqual(decompressUriSafeBounded(withPlus, CAP));
  });

  it('never throws on random strings of any characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (s) => {
        const r = decompressUriSafeBounded(s, 4096);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
  });
});
