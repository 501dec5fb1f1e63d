// Untrusted JSON text → plain data: nesting depth checked before parsing, JSON.parse in a try, prototype-polluting keys dropped.

/** Keys that must never reach an object spread or Object.assign (they would set the prototype or shadow it). */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export type JsonResult = { ok: true; value: unknown; droppedKeys: number } | { ok: false; message: string };

/** Deepest nesting of [ and { outside string literals (a linear scan; no recursion). */
export function jsonNestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      depth++;
      if (depth > max) max = depth;
    } else if (c === 93 || c === 125) depth--;
  }
  return max;
}

/** Parse JSON text that came from outside. Never throws. */
export function parseJsonSafe(text: string, opts: { maxDepth?: number } = {}): JsonResult {
  const maxDepth = opts.maxDepth ?? 32;
  const depth = jsonNestingDepth(text);
  if (depth > maxDepth) return { ok: false, message: `nested too deeply (${depth} levels > ${maxDepth})` };
  let dropped = 0;
  try {
    const value: unknown = JSON.parse(text, (key, v) => {
      if (FORBIDDEN_KEYS.has(key)) {
        dropped++;
        return undefined;
      }
      return v;
    });
    return { ok: true, value, droppedKeys: dropped };
  } catch (e) {
    return { ok: false, message: `not valid JSON (${e instanceof Error ? e.message : String(e)})` };
  }
}

/** True for a plain JSON object (not an array, not null). */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** FNV-1a, 32-bit, over UTF-16 code units, as 8 lowercase hex digits: detects corruption, not tampering. */
export function fnv1a32(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
