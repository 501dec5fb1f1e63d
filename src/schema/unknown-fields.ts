// Unknown keys in untrusted input: the schema drops them (allow-list), and this reports each one with its path and, for a
// near miss of a known key (a typo, a wrong capital), the key that was probably meant.
import type { Issue } from './result';
import { isRecord } from './upgrade';

/** At most this many unknown-field warnings per document (the rest are summarised in one more). */
export const MAX_UNKNOWN_FIELD_WARNINGS = 50;

/** Levenshtein edit distance (insert, delete, substitute; each 1). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
      cur[j] = Math.min(sub, prev[j] + 1, cur[j - 1] + 1);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/**
 * The known key closest to `key`: case-insensitive edit distance at most max(1, ⌊|key|/4⌋) (capped at 3), so
 * 'diameterNM' → 'diameterNm', 'fedMassRatio' → 'feedMassRatio' (ties: the first known key); failing that, the first
 * known key that begins with it ('alpha' → 'alphaPerGy', 3+ characters); otherwise nothing ('colour').
 */
export function suggestKey(key: string, known: readonly string[]): string | undefined {
  const k = key.toLowerCase();
  const limit = Math.min(3, Math.max(1, Math.floor(key.length / 4)));
  let best: string | undefined;
  let bestD = Infinity;
  for (const cand of known) {
    const d = editDistance(k, cand.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = cand;
    }
  }
  if (bestD <= limit) return best;
  // a unit-less or shortened name: 'alpha' → 'alphaPerGy', 'dose' → 'doseMgPerKg' (first known key it begins)
  if (key.length >= 3) return known.find((c) => c.toLowerCase().startsWith(k));
  return undefined;
}

/** The slice of zod 4's internal definition that the walk needs (object shape, wrapped inner type, array element). */
interface ZodDefLike {
  type: string;
  shape?: Record<string, ZodLike>;
  innerType?: ZodLike;
  element?: ZodLike;
  in?: ZodLike;
}
interface ZodLike {
  _zod: { def: ZodDefLike };
}

/** Strip optional/nullable/default/catch/readonly/pipe wrappers. */
function unwrap(s: ZodLike): ZodLike {
  let cur = s;
  for (let i = 0; i < 16; i++) {
    const d = cur._zod.def;
    if (d.innerType && (d.type === 'optional' || d.type === 'nullable' || d.type === 'default' || d.type === 'prefault' || d.type === 'catch' || d.type === 'readonly' || d.type === 'nonoptional')) cur = d.innerType;
    else if (d.type === 'pipe' && d.in) cur = d.in;
    else break;
  }
  return cur;
}

function walk(schema: ZodLike, value: unknown, path: string, out: Issue[], counter: { n: number }): void {
  const s = unwrap(schema);
  const def = s._zod.def;
  if (def.type === 'object' && def.shape && isRecord(value)) {
    const shape = def.shape;
    const known = Object.keys(shape);
    for (const key of Object.keys(value)) {
      const here = path ? `${path}.${key}` : key;
      if (!Object.prototype.hasOwnProperty.call(shape, key)) {
        counter.n++;
        if (out.length < MAX_UNKNOWN_FIELD_WARNINGS) {
          const hint = suggestKey(key, known);
          out.push({ path: here, message: `unknown field, ignored${hint ? ` (did you mean ${hint}?)` : ''}` });
        }
        continue;
      }
      walk(shape[key], value[key], here, out, counter);
    }
  } else if (def.type === 'array' && def.element && Array.isArray(value)) {
    const el = def.element;
    value.forEach((v, i) => walk(el, v, path ? `${path}.${i}` : String(i), out, counter));
  }
  // records (overrides, release params) accept any key; scalars and `unknown` have no keys to check
}

/**
 * Warnings for every key of `value` that `schema` (a zod object schema, possibly nested) does not declare, with dotted
 * paths ('core.diameterNM', 'payloads.0.feedMasRatio'). Arrays are walked item by item; records are not checked.
 */
export function unknownFieldWarnings(schema: unknown, value: unknown, prefix = ''): Issue[] {
  const out: Issue[] = [];
  const counter = { n: 0 };
  walk(schema as ZodLike, value, prefix, out, counter);
  if (counter.n > out.length) out.push({ path: prefix, message: `${counter.n - out.length} more unknown fields ignored` });
  return out;
}
