// Optimisation links: a nanoplatform.optimize/1 spec ⇄ '#o=<lz payload>' (an addition beside #w= and #f=, which are unchanged). Inputs only, canonical, bounded, never throws on decode.
import { parseOptimizeSpec, specDocument } from '../engine/optimize';
// through the folder's public face, so this lazily loaded module shares the app's share chunk instead of splitting it
import { compressUriSafe, decompressUriSafeBounded, findForeignChar, fnv1a32, isPlainObject, parseJsonSafe, MAX_FRAGMENT_CHARS, MAX_JSON_CHARS, MAX_JSON_DEPTH } from './index';

export const OPTIMIZE_LINK_PREFIX = '#o=';

export type OptimizeLinkResult =
  | { ok: true; fragment: string }
  | { ok: false; error: { code: 'invalid' | 'too-large' | 'not-a-link' | 'bad-character' | 'corrupted' | 'internal'; message: string; issues?: { path: string; message: string }[] } };

export type DecodedOptimizeLink =
  | { ok: true; spec: Record<string, unknown> }
  | { ok: false; error: { code: 'invalid' | 'too-large' | 'not-a-link' | 'bad-character' | 'corrupted' | 'internal'; message: string; issues?: { path: string; message: string }[] } };

/** True for a '#o=' fragment (the app opens the Optimize tab with it; the workspace import dialog ignores it). */
export function isOptimizeLinkFragment(hash: string): boolean {
  return /^#?o=/.test(hash);
}

/** The canonical spec document: validated, variables as concrete paths, the base completed (completion fixes key order and every default). Same search → same link. */
function canonicalSpec(spec: unknown): { ok: true; doc: Record<string, unknown> } | { ok: false; issues: { path: string; message: string }[] } {
  const p = parseOptimizeSpec(spec);
  if (!p.ok) return { ok: false, issues: p.issues };
  const doc = specDocument(p.value);
  const { id: _id, ...base } = p.value.baseCompleted as Record<string, unknown>;
  return { ok: true, doc: { ...doc, base } };
}

export function encodeOptimizeLink(spec: unknown): OptimizeLinkResult {
  try {
    const c = canonicalSpec(spec);
    if (!c.ok) return { ok: false, error: { code: 'invalid', message: `link: ${c.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, issues: c.issues } };
    const body = JSON.stringify(c.doc);
    const text = `${body.slice(0, -1)},"check":"${fnv1a32(body)}"}`;
    if (text.length > MAX_JSON_CHARS) return { ok: false, error: { code: 'too-large', message: `link: too large to share (${text.length} > ${MAX_JSON_CHARS} characters of JSON)` } };
    const payload = compressUriSafe(text);
    if (payload.length > MAX_FRAGMENT_CHARS) return { ok: false, error: { code: 'too-large', message: `link: too large to share (${payload.length} > ${MAX_FRAGMENT_CHARS} characters)` } };
    return { ok: true, fragment: OPTIMIZE_LINK_PREFIX + payload };
  } catch (e) {
    return { ok: false, error: { code: 'internal', message: `link: cannot encode (${e instanceof Error ? e.message : String(e)})` } };
  }
}

/** Decode '#o=…' (or a URL holding one): size cap → alphabet → bounded decompression → depth-capped JSON → integrity → spec parse. */
export function decodeOptimizeLink(fragment: string): DecodedOptimizeLink {
  try {
    if (typeof fragment !== 'string' || fragment.length > MAX_FRAGMENT_CHARS + 1024) return { ok: false, error: { code: 'too-large', message: 'link: too large' } };
    const at = fragment.indexOf('#o=');
    const frag = at >= 0 ? fragment.slice(at + 3) : fragment.startsWith('o=') ? fragment.slice(2) : null;
    if (frag === null || frag === '') return { ok: false, error: { code: 'not-a-link', message: 'link: not an optimisation link (expected #o=…)' } };
    const bad = findForeignChar(frag);
    if (bad >= 0) return { ok: false, error: { code: 'bad-character', message: `link: unexpected character ${JSON.stringify(frag[bad])} at position ${bad + 1}` } };
    const lz = decompressUriSafeBounded(frag, MAX_JSON_CHARS);
    if (!lz.ok || lz.value === '') return { ok: false, error: { code: 'corrupted', message: 'link: truncated or corrupted (decompression failed)' } };
    const json = parseJsonSafe(lz.value, { maxDepth: MAX_JSON_DEPTH });
    if (!json.ok || !isPlainObject(json.value)) return { ok: false, error: { code: 'corrupted', message: 'link: truncated or corrupted (not a JSON object)' } };
    const doc = json.value;
    const m = /,"check":"([0-9a-f]{8})"\}$/.exec(lz.value);
    if (!m || fnv1a32(lz.value.slice(0, m.index) + '}') !== m[1]) return { ok: false, error: { code: 'corrupted', message: 'link: corrupted (integrity check failed)' } };
    delete doc.check;
    const c = canonicalSpec(doc);
    if (!c.ok) return { ok: false, error: { code: 'invalid', message: `link: ${c.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, issues: c.issues } };
    return { ok: true, spec: c.doc };
  } catch (e) {
    return { ok: false, error: { code: 'internal', message: `link: could not be read (${e instanceof Error ? e.message : String(e)})` } };
  }
}
