// What a shared workspace would change in mine: each incoming candidate is new, the same as one of mine, or a changed
// version of one of mine (matched by id), with the fields that differ — so a returned link shows what the colleague changed.
import type { Workspace } from '../schema';
import { canonicalWorkspaceInputs } from './document';
import { isPlainObject } from './json-safe';
import { getPath } from '../model/path';

export type IncomingStatus = 'new' | 'same' | 'changed';

export interface IncomingCandidate {
  /** Index in the incoming workspace. */
  index: number;
  name: string;
  status: IncomingStatus;
  /** The id of my candidate it matches (same id), for 'same' and 'changed'. */
  matchId: string | null;
  /** Dotted paths of the fields that differ from my version ('changed' only), in document order. */
  changed: string[];
  /** For each changed path: the link's value and mine (so the dialog can say "120 (yours: 90)", whoever changed it). */
  values: { path: string; theirs: unknown; mine: unknown }[];
  /**
   * 'new' only: the name of one of my candidates that has the same name but another id — made separately (e.g. both
   * started from the same preset), so it is not a version of mine and is added beside it under a numbered name.
   */
  sameNameAs: string | null;
}

/** Dotted paths at which two JSON values differ (arrays compared element by element; a length change is the array's path). */
export function changedPaths(a: unknown, b: unknown, path = '', out: string[] = []): string[] {
  if (Object.is(a, b)) return out;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) { out.push(path || '(all)'); return out; }
    for (let i = 0; i < a.length; i++) changedPaths(a[i], b[i], path ? `${path}.${i}` : String(i), out);
    return out;
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const k of keys) changedPaths(a[k], b[k], path ? `${path}.${k}` : k, out);
    return out;
  }
  out.push(path || '(all)');
  return out;
}

/**
 * Compare an incoming workspace with mine: both are taken as canonical completed inputs, ids kept; a candidate with an id
 * I have is 'same' or 'changed' (the fields listed), one without is 'new'.
 */
export function planLinkImport(mine: Workspace, incoming: Workspace): IncomingCandidate[] {
  const norm = (ws: Workspace) => canonicalWorkspaceInputs(ws, { keepIds: true }).formulations.map((f): Record<string, unknown> => ({ ...f }));
  const byId = new Map<string, Record<string, unknown>>();
  const myNames = new Set<string>();
  for (const f of norm(mine)) {
    if (typeof f.id === 'string') byId.set(f.id, f);
    if (typeof f.name === 'string') myNames.add(f.name);
  }
  return norm(incoming).map((f, index) => {
    const id = typeof f.id === 'string' ? f.id : null;
    const name = typeof f.name === 'string' ? f.name : `Candidate ${index + 1}`;
    const match = id ? byId.get(id) : undefined;
    if (!match) return { index, name, status: 'new', matchId: null, changed: [], values: [], sameNameAs: myNames.has(name) ? name : null };
    const { id: _a, ...x } = f;
    const { id: _b, ...y } = match;
    const changed = changedPaths(y, x);
    const values = changed.map((path) => ({ path, theirs: getPath(x, path), mine: getPath(y, path) }));
    return { index, name, status: changed.length ? 'changed' : 'same', matchId: id, changed, values, sameNameAs: null };
  });
}
