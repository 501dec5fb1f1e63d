// lz-string URI-safe codec for share links: compression by the library, decompression re-implemented with hard bounds so hostile input cannot blow up.
//
// Why a second decompressor: lz-string's `decompressFromEncodedURIComponent` builds each dictionary entry as a
// new string (w + c), so a few kilobytes of crafted input can expand quadratically (tens of megabytes) before it
// returns, and it reports truncation as "" and corruption as null without telling which. This one is the same
// bit-level algorithm (lz-string 1.5.0, `_decompress`, MIT, © pieroxy) with the dictionary held as prefix links in
// typed arrays, an output cap checked *before* each write, and a typed error. For every input whose output fits
// under the cap it returns exactly what the library returns (tested against the library).
import LZString from 'lz-string';

/** The alphabet of `compressToEncodedURIComponent` (index = 6-bit value); the 65th character '$' is never emitted and reads as 0, as in lz-string. */
export const LZ_URI_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

const VALUE_OF = new Int8Array(128).fill(-1);
for (let i = 0; i < LZ_URI_ALPHABET.length; i++) VALUE_OF[LZ_URI_ALPHABET.charCodeAt(i)] = i;

export type LzError =
  | { code: 'empty' }
  | { code: 'alphabet'; index: number; char: string }
  | { code: 'truncated' }
  | { code: 'corrupted' }
  | { code: 'too-large'; limit: number };

export type LzResult = { ok: true; value: string } | { ok: false; error: LzError };

export function compressUriSafe(text: string): string {
  return LZString.compressToEncodedURIComponent(text);
}

/** First character outside the alphabet (a space counts as '+', as lz-string does), or -1. */
export function findForeignChar(input: string): number {
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === 32) continue;
    if (c >= 128 || VALUE_OF[c] < 0) return i;
  }
  return -1;
}

/**
 * Decompress a `compressToEncodedURIComponent` string, giving up as soon as the output would exceed
 * `maxOutputChars`. Time and memory are O(input + maxOutputChars). Never throws.
 */
export function decompressUriSafeBounded(input: string, maxOutputChars: number): LzResult {
  if (input.length === 0) return { ok: false, error: { code: 'empty' } };
  const bad = findForeignChar(input);
  if (bad >= 0) return { ok: false, error: { code: 'alphabet', index: bad, char: input[bad] } };

  const length = input.length;
  const valueAt = (i: number): number => {
    if (i >= length) return 0; // lz-string reads past the end as 0 (getBaseValue → undefined)
    const c = input.charCodeAt(i);
    return c === 32 ? 62 : VALUE_OF[c];
  };

  // Bit reader, exactly as lz-string: 6 bits per character, most significant first, `index` = next char to load.
  let val = valueAt(0);
  let position = 32;
  let index = 1;
  const readBits = (n: number): number => {
    let bits = 0;
    for (let power = 1, k = 0; k < n; k++, power *= 2) {
      const resb = val & position;
      position >>= 1;
      if (position === 0) {
        position = 32;
        val = valueAt(index++);
      }
      if (resb > 0) bits += power;
    }
    return bits;
  };

  // Dictionary: entry e = string(prefix[e]) + char(last[e]); length len[e]; first[e] its first char.
  // Each token adds at most two entries and each token consumes ≥ 2 bits, so 6·length + 8 entries suffice.
  const capacity = Math.min(6 * length + 8, 2 * maxOutputChars + 8);
  const prefix = new Int32Array(capacity);
  const last = new Uint16Array(capacity);
  const len = new Int32Array(capacity);
  const first = new Uint16Array(capacity);
  let dictSize = 3;
  const add = (pre: number, ch: number): boolean => {
    if (dictSize >= capacity) return false;
    prefix[dictSize] = pre;
    last[dictSize] = ch;
    len[dictSize] = pre < 0 ? 1 : len[pre] + 1;
    first[dictSize] = pre < 0 ? ch : first[pre];
    dictSize++;
    return true;
  };

  const out = new Uint16Array(Math.max(1, maxOutputChars));
  let outLen = 0;
  const tooLarge: LzResult = { ok: false, error: { code: 'too-large', limit: maxOutputChars } };
  /** Append entry e to the output (walking prefix links backwards); false if it would pass the cap. */
  const emit = (e: number): boolean => {
    const n = len[e];
    if (outLen + n > maxOutputChars) return false;
    for (let k = outLen + n - 1, cur = e; k >= outLen; k--, cur = prefix[cur]) out[k] = last[cur];
    outLen += n;
    return true;
  };

  let enlargeIn = 4;
  let numBits = 3;
  let w: number;
  switch (readBits(2)) {
    case 0:
      add(-1, readBits(8));
      break;
    case 1:
      add(-1, readBits(16));
      break;
    case 2:
      return { ok: true, value: '' };
    default:
      return { ok: false, error: { code: 'corrupted' } };
  }
  w = 3; // lz-string stores the first character at dictionary[3]; the next free slot is 4
  if (!emit(w)) return tooLarge;

  for (;;) {
    if (index > length) return { ok: false, error: { code: 'truncated' } };
    let c = readBits(numBits);
    if (c === 0 || c === 1) {
      if (!add(-1, readBits(c === 0 ? 8 : 16))) return tooLarge;
      c = dictSize - 1;
      enlargeIn--;
    } else if (c === 2) {
      return { ok: true, value: decodeUtf16(out, outLen) };
    }
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
    let entry: number;
    if (c >= 3 && c < dictSize) {
      entry = c;
      if (!emit(entry)) return tooLarge;
      if (!add(w, first[entry])) return tooLarge;
    } else if (c === dictSize) {
      // the KwKwK case: entry = w + w[0], which is exactly the entry about to be added
      if (!add(w, first[w])) return tooLarge;
      entry = c;
      if (!emit(entry)) return tooLarge;
    } else {
      return { ok: false, error: { code: 'corrupted' } };
    }
    enlargeIn--;
    w = entry;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
    if (numBits > 31) return { ok: false, error: { code: 'corrupted' } };
  }
}

function decodeUtf16(buf: Uint16Array, n: number): string {
  let s = '';
  const CHUNK = 8192;
  for (let i = 0; i < n; i += CHUNK) s += String.fromCharCode.apply(null, Array.from(buf.subarray(i, Math.min(n, i + CHUNK))));
  return s;
}
