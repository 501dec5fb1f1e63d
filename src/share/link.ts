// Share links (contract §3): a workspace or one formulation ⇄ '#w=<lz payload>' / '#f=<lz payload>'. Inputs only, canonical, bounded, never throws on decode.
//
// Decoding pipeline (STYLE "parse, don't trust"): size cap → alphabet check → bounded decompression → depth-capped
// JSON.parse without prototype keys → integrity check → schema version check → schema parse (zod, allow-listed,
// field by field with defaults) → completed canonical form. Any failure is a { code, message } naming the problem.
import { compressUriSafe, decompressUriSafeBounded, findForeignChar } from './lz';
import { fnv1a32, isPlainObject, parseJsonSafe } from './json-safe';
import { asWorkspace, canonicalWorkspaceInputs, formatIssues, kindOfDocument, parseAnyDocument, schemaVersionOf, type Issue } from './document';
import type { Workspace } from '../schema';
import { MAIL_DAMAGE_HINT, looksMailDamaged, repairLinkText } from './link-repair';

/** Fragment size cap, checked before anything else (characters after '#'). */
export const MAX_FRAGMENT_CHARS = 32 * 1024;
/** Cap on the decompressed JSON text (characters); decompression stops as soon as it would pass it. */
export const MAX_JSON_CHARS = 512 * 1024;
/** Deepest JSON nesting a design can need (workspace → formulations → formulation → measurements → release → curve → points → pair = 8). */
export const MAX_JSON_DEPTH = 24;

export type LinkKind = 'workspace' | 'formulation';

export type LinkErrorCode =
  | 'empty'
  | 'not-a-link'
  | 'too-large'
  | 'bad-character'
  | 'decompression-failed'
  | 'too-large-decompressed'
  | 'not-json'
  | 'too-deep'
  | 'integrity'
  | 'unsupported-version'
  | 'wrong-kind'
  | 'invalid'
  | 'internal';

export interface LinkError {
  code: LinkErrorCode;
  message: string;
  /** For code 'invalid': every schema issue as `path: message`. */
  issues?: Issue[];
}

export type DecodeLinkResult =
  | { ok: true; kind: LinkKind; workspace: Workspace; /** The link had mail-client damage (line breaks, quote marks) that was removed. */ repaired?: boolean }
  | { ok: false; error: LinkError };

export interface EncodeLinkOptions {
  /**
   * Keep each candidate's id and the selected one (`activeId`) in a workspace link, so the receiver can tell a changed
   * version of a candidate from a new one and opens the same selection (default false: ids dropped, as in files).
   */
  keepIds?: boolean;
  activeId?: string;
}
export type EncodeLinkResult = { ok: true; kind: LinkKind; fragment: string } | { ok: false; error: LinkError };

const PREFIX: Record<LinkKind, string> = { workspace: '#w=', formulation: '#f=' };
/** The integrity field appended as the last key of the link JSON: FNV-1a of the JSON text without it. Optional on decode. */
const CHECK_SUFFIX = /,"check":"([0-9a-f]{8})"\}$/;
/** Anything shaped like the integrity field (a damaged one included). `notes` is the one 5-letter key a design may end with. */
const CHECK_SHAPE = /,"([^"\\]{5})":"[^"\\]{8}"\}$/;

const fail = (code: LinkErrorCode, message: string, issues?: Issue[]): { ok: false; error: LinkError } => ({
  ok: false,
  error: issues ? { code, message, issues } : { code, message },
});

/** True when a location.hash looks like one of ours (#w= or #f=), so the app should offer the import dialog. */
export function isLinkFragment(hash: string): boolean {
  return /^#?[wf]=/.test(hash);
}

/**
 * Encode a workspace or a formulation (validated, completed, canonical, inputs only; candidate ids dropped) as a
 * fragment. Same design → same fragment. Invalid input → an error naming the fields.
 */
export function encodeLinkResult(input: unknown, opts: EncodeLinkOptions = {}): EncodeLinkResult {
  try {
    const parsed = parseAnyDocument(input);
    if (!parsed.ok) return fail('invalid', formatIssues(parsed.issues, 'link'), parsed.issues);
    const keepIds = parsed.kind === 'workspace' && opts.keepIds === true;
    const canonical = withActiveId(canonicalWorkspaceInputs(parsed.workspace, { keepIds }), keepIds ? (opts.activeId ?? (parsed.workspace.formulations[0] as { id?: string } | undefined)?.id) : undefined);
    const json = parsed.kind === 'workspace' ? canonical : canonical.formulations[0];
    const body = JSON.stringify(json);
    const text = `${body.slice(0, -1)},"check":"${fnv1a32(body)}"}`;
    const payload = compressUriSafe(text);
    // never hand out a link that decodeLink would refuse (many candidates with many measured points)
    if (payload.length > MAX_FRAGMENT_CHARS) {
      return fail('too-large', `link: too large to share (${payload.length} > ${MAX_FRAGMENT_CHARS} characters); share fewer candidates or export the workspace as a JSON file`);
    }
    if (text.length > MAX_JSON_CHARS) return fail('too-large', `link: too large to share (${text.length} > ${MAX_JSON_CHARS} characters of JSON); export the workspace as a JSON file`);
    return { ok: true, kind: parsed.kind, fragment: PREFIX[parsed.kind] + payload };
  } catch (e) {
    return fail('internal', `link: cannot encode (${e instanceof Error ? e.message : String(e)})`);
  }
}

/** The workspace with `activeId` set when it names one of its formulations (ids kept), else unchanged. */
function withActiveId(ws: Workspace, activeId: string | undefined): Workspace {
  if (!activeId || !ws.formulations.some((f) => (f as { id?: unknown }).id === activeId)) return ws;
  return { ...ws, activeId } as Workspace;
}

/** Like encodeLinkResult, for callers holding a valid workspace or formulation; throws Error(message) otherwise. */
export function encodeLink(workspaceOrFormulation: unknown, opts: EncodeLinkOptions = {}): string {
  const r = encodeLinkResult(workspaceOrFormulation, opts);
  if (!r.ok) throw new Error(r.error.message);
  return r.fragment;
}

/** What an integrity failure of a link that is otherwise intact means. */
const EDITED_HINT = 'Its content was edited by hand or by a program after the app made it, so it is not opened. Ask for the link again, or for the exported JSON file (Export JSON).';

/** What a link that decompresses into something other than JSON means. */
const DAMAGED_HINT = 'Some of its characters were changed or lost after the app made it (by hand, or by a program on the way). Ask for the link again, or for the exported JSON file (Export JSON).';

/** Decode a fragment ('#w=…', 'w=…', or a whole URL containing one). Never throws; a bad link is an error with a message. */
export function decodeLink(fragment: string): DecodeLinkResult {
  try {
    const first = decodeUnsafe(fragment);
    if (first.ok || typeof fragment !== 'string') return first;
    const damageable: LinkErrorCode[] = ['bad-character', 'decompression-failed', 'integrity', 'not-json', 'not-a-link', 'empty'];
    if (!damageable.includes(first.error.code)) return first;
    // a link damaged by a mail client: repaired where that is unambiguous, else the message says what probably happened
    const repaired = repairLinkText(fragment);
    if (repaired !== fragment) {
      const second = decodeUnsafe(repaired);
      if (second.ok) return { ...second, repaired: true };
    }
    if (looksMailDamaged(fragment) || first.error.code === 'decompression-failed')
      return { ok: false, error: { ...first.error, message: `${first.error.message}. ${MAIL_DAMAGE_HINT}` } };
    // it decompressed, but into text that is not JSON: characters were changed on the way (walk11 #1: one character changed)
    if (first.error.code === 'not-json' && first.error.message.includes('not valid JSON'))
      return { ok: false, error: { ...first.error, message: `${first.error.message}. ${DAMAGED_HINT}` } };
    // it decompressed and parsed, but its content no longer matches its checksum: edited after it was made (walk8 #53)
    if (first.error.code === 'integrity')
      return { ok: false, error: { ...first.error, message: `${first.error.message}. ${EDITED_HINT}` } };
    return first;
  } catch (e) {
    // last line of defence: nothing in the pipeline should throw, but a bad link must never break the page
    return fail('internal', `link: could not be read (${e instanceof Error ? e.message : String(e)})`);
  }
}

function decodeUnsafe(fragment: string): DecodeLinkResult {
  if (typeof fragment !== 'string') return fail('empty', 'link: no link given');
  if (fragment.length > MAX_FRAGMENT_CHARS + 16 * 1024) {
    // refuse to even scan a huge string for '#'
    return fail('too-large', `link: too large (${fragment.length} > ${MAX_FRAGMENT_CHARS} characters)`);
  }
  let frag = fragment.trim();
  const hashAt = frag.indexOf('#');
  if (hashAt >= 0) frag = frag.slice(hashAt + 1);
  if (frag === '') return fail('empty', 'link: empty (nothing after #)');
  const m = /^([wf])=/.exec(frag);
  if (!m) return fail('not-a-link', 'link: not a Nanoplatform Designer link (expected #w=… or #f=…)');
  const kind: LinkKind = m[1] === 'w' ? 'workspace' : 'formulation';
  let payload = frag.slice(2);
  if (payload.length > MAX_FRAGMENT_CHARS) return fail('too-large', `link: too large (${payload.length} > ${MAX_FRAGMENT_CHARS} characters)`);
  if (payload === '') return fail('empty', 'link: empty (nothing after #' + m[1] + '=)');
  if (payload.includes('%')) {
    // some mail clients and chat apps percent-encode '$' or '+'
    try {
      payload = decodeURIComponent(payload);
    } catch {
      return fail('bad-character', 'link: malformed percent-encoding');
    }
  }
  const bad = findForeignChar(payload);
  if (bad >= 0) {
    const ch = JSON.stringify(payload[bad]);
    return fail('bad-character', `link: unexpected character ${ch} at position ${bad + 1} (a link payload uses only A–Z a–z 0–9 + - $)`);
  }

  const lz = decompressUriSafeBounded(payload, MAX_JSON_CHARS);
  if (!lz.ok) {
    if (lz.error.code === 'too-large') return fail('too-large-decompressed', `link: too large after decompression (> ${MAX_JSON_CHARS} characters)`);
    return fail('decompression-failed', 'link: truncated or corrupted (decompression failed)');
  }
  const text = lz.value;
  if (text === '') return fail('decompression-failed', 'link: truncated or corrupted (decompression failed)');

  const json = parseJsonSafe(text, { maxDepth: MAX_JSON_DEPTH });
  if (!json.ok) {
    if (json.message.startsWith('nested')) return fail('too-deep', `link: ${json.message}`);
    return fail('not-json', 'link: truncated or corrupted (the data is not valid JSON)');
  }
  const doc = json.value;
  if (!isPlainObject(doc)) return fail('not-json', 'link: not a design (expected a JSON object)');

  // A damaged lz stream usually changes a character everywhere it occurs, the integrity key's name included, so the
  // check is recognised by its shape (last key: 5 characters, value: 8 characters), not only by its name.
  const tail = CHECK_SHAPE.exec(text);
  if (Object.prototype.hasOwnProperty.call(doc, 'check') || (tail && tail[1] !== 'notes')) {
    const cm = CHECK_SUFFIX.exec(text);
    if (!cm || fnv1a32(text.slice(0, cm.index) + '}') !== cm[1] || doc.check !== cm[1]) {
      return fail('integrity', 'link: corrupted (integrity check failed; the link was changed or cut after it was made)');
    }
    delete doc.check;
  }

  const version = schemaVersionOf(doc, kind);
  if (!version.ok) return fail('unsupported-version', `link: ${version.message}`);
  const docKind = kindOfDocument(doc, kind);
  if (docKind !== kind) {
    return fail('wrong-kind', `link: #${m[1]}= should carry a ${kind} but carries a ${docKind}`);
  }

  const parsed = asWorkspace(doc, kind);
  if (!parsed.ok) return fail('invalid', formatIssues(parsed.issues), parsed.issues);
  // ids and the selection travel in workspace links made with keepIds (used to match changed candidates on import)
  // (a link made with keepIds always names its selected candidate: activeId is the marker; ids in other links are dropped as before)
  const keep = kind === 'workspace' && typeof parsed.workspace.activeId === 'string';
  return { ok: true, kind, workspace: withActiveId(canonicalWorkspaceInputs(parsed.workspace, { keepIds: keep }), keep ? parsed.workspace.activeId : undefined) };
}
