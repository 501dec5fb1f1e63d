// Format versions: detect the version a document declares and upgrade it, one pure step per version, to the latest.
// Today the latest is 1 (v1 → v1). A future v2 adds FORMULATION_UPGRADERS[1] = (v1 raw) → v2 raw, tested with fixtures,
// and keeps v1's schema frozen in ./v1.
import { isRecord } from '../model/guards';
import { fail, ok, type Result } from './result';

export type DocumentKind = 'formulation' | 'workspace';

export const LATEST_VERSION = 1;
export const schemaId = (kind: DocumentKind, version: number = LATEST_VERSION): string => `nanoplatform.${kind}/${version}`;

type Raw = Record<string, unknown>;
/** upgraders[n] turns a raw version-n document into a raw version-(n+1) document. Pure; never throw on valid input. */
export type Upgrader = (raw: Raw) => Raw;

export const FORMULATION_UPGRADERS: Readonly<Record<number, Upgrader>> = {};
export const WORKSPACE_UPGRADERS: Readonly<Record<number, Upgrader>> = {};

const SCHEMA_ID = /^nanoplatform\.(formulation|workspace)\/(\d{1,6})$/;

export { isRecord };

/**
 * The kind and version a document declares in its `schema` field. A document without `schema` is read as the latest
 * version of the expected kind (hand-written files may omit it).
 */
export function detectVersion(raw: Raw, expected: DocumentKind): Result<{ kind: DocumentKind; version: number }> {
  const s = raw.schema;
  if (s === undefined) return ok({ kind: expected, version: LATEST_VERSION });
  if (typeof s !== 'string') return fail([{ path: 'schema', message: `must be a format id like "${schemaId(expected)}" (got ${typeof s})` }]);
  const m = SCHEMA_ID.exec(s.trim());
  if (!m) return fail([{ path: 'schema', message: `unknown format ${JSON.stringify(s.slice(0, 60))} (this app reads ${schemaId(expected)})` }]);
  return ok({ kind: m[1] as DocumentKind, version: Number(m[2]) });
}

/** Upgrade a raw document of `kind` to the latest version; unknown or future versions give a clear issue. */
export function upgradeTo(kind: DocumentKind, raw: Raw): Result<Raw> {
  const v = detectVersion(raw, kind);
  if (!v.ok) return v;
  if (v.value.kind !== kind) {
    return fail([{ path: 'schema', message: `expected a ${kind} (${schemaId(kind)}), got a ${v.value.kind} (${schemaId(v.value.kind, v.value.version)})` }]);
  }
  const upgraders = kind === 'formulation' ? FORMULATION_UPGRADERS : WORKSPACE_UPGRADERS;
  let version = v.value.version;
  let doc: Raw = raw;
  if (version > LATEST_VERSION || version < 1) {
    return fail([{ path: 'schema', message: `unsupported version ${schemaId(kind, version)} (this app reads ${schemaId(kind)})` }]);
  }
  while (version < LATEST_VERSION) {
    const step = upgraders[version];
    if (!step) return fail([{ path: 'schema', message: `unsupported version ${schemaId(kind, version)} (this app reads ${schemaId(kind)})` }]);
    doc = step(doc);
    version += 1;
  }
  return ok({ ...doc, schema: schemaId(kind) });
}

/** Upgrade any raw document (formulation or workspace, by its `schema`; a `formulations` list means a workspace). */
export function upgrade(raw: unknown): Result<{ kind: DocumentKind; raw: Raw }> {
  if (!isRecord(raw)) return fail([{ path: '', message: 'expected a JSON object' }]);
  const guess: DocumentKind = 'formulations' in raw ? 'workspace' : 'formulation';
  const v = detectVersion(raw, guess);
  if (!v.ok) return v;
  const up = upgradeTo(v.value.kind, raw);
  return up.ok ? ok({ kind: v.value.kind, raw: up.value }) : up;
}
