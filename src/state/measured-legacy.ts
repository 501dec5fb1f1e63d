// Migration of measured data saved by older versions beside the workspace (localStorage key `npd.measured`,
// { version: 1, byId: { <candidate id>: { release?, loading? } } }) into each candidate's formulation.measurements.
// Nothing is dropped: an entry leaves the old key only after the workspace holding it was saved; entries that cannot be
// placed (no such candidate, or data the schema refuses) stay under the old key; an unreadable key is a recovery.
import { formatIssue, parseMeasurements } from '../schema';
import { isPlainObject, parseJsonSafe, type Recovery, type StorageLike } from '../share';
import type { Candidate } from './types';

export const LEGACY_MEASURED_KEY = 'npd.measured';
export const LEGACY_MEASURED_VERSION = 1;

export type LegacyRead =
  | { kind: 'none' }
  | { kind: 'ok'; byId: Record<string, unknown> }
  | { kind: 'unreadable'; recovery: Recovery };

const unreadable = (reason: Recovery['reason'], why: string, raw: string): LegacyRead => ({
  kind: 'unreadable',
  recovery: {
    reason,
    raw,
    message: `Measured data saved by an older version (imported CSV points, browser key "${LEGACY_MEASURED_KEY}") ${why}. Your workspace loaded without them; download the raw data to keep them.`,
  },
});

/** Read the old key. Absent → none; anything not of the old shape → a recovery keeping the raw text. Never throws. */
export function readLegacyMeasured(storage: StorageLike): LegacyRead {
  let raw: string | null;
  try {
    raw = storage.getItem(LEGACY_MEASURED_KEY);
  } catch (e) {
    return unreadable('unreadable-storage', `cannot be read (${e instanceof Error ? e.message : String(e)})`, '');
  }
  if (raw === null) return { kind: 'none' };
  const parsed = parseJsonSafe(raw, { maxDepth: 16 });
  if (!parsed.ok) return unreadable('corrupted-json', `are damaged (${parsed.message})`, raw);
  const j = parsed.value;
  if (!isPlainObject(j) || typeof j.version !== 'number' || !isPlainObject(j.byId)) return unreadable('not-an-envelope', 'are not in the expected format', raw);
  if (j.version > LEGACY_MEASURED_VERSION) return unreadable('future-version', `were written by a newer version (format ${j.version})`, raw);
  if (j.version !== LEGACY_MEASURED_VERSION) return unreadable('not-an-envelope', `have an unknown format version ${j.version}`, raw);
  const byId: Record<string, unknown> = {};
  for (const [id, v] of Object.entries(j.byId)) byId[id] = v; // parseJsonSafe already dropped prototype keys
  return { kind: 'ok', byId };
}

export interface LegacyMigration {
  candidates: Candidate[];
  /** Ids whose entry is now in (or was already superseded by) the candidate's formulation: removable once saved. */
  done: string[];
  /** Entries that stay under the old key (no such candidate, or refused by the schema). */
  remaining: Record<string, unknown>;
  /** One sentence per entry that could not be restored, for the notice line. */
  problems: string[];
}

const emptyEntry = (v: unknown) => isPlainObject(v) && !(Array.isArray(v.release) && v.release.length) && !(Array.isArray(v.loading) && v.loading.length);

/**
 * Put each old entry into its candidate's draft.measurements. A candidate that already has measurements keeps them
 * (they were written later, by this version) and the old entry counts as done. Pure.
 */
export function migrateLegacyMeasured(candidates: readonly Candidate[], byId: Record<string, unknown>): LegacyMigration {
  const done: string[] = [];
  const remaining: Record<string, unknown> = {};
  const problems: string[] = [];
  const ids = new Set(candidates.map((c) => c.id));
  const fresh = new Map<string, Record<string, unknown>>();
  for (const [id, entry] of Object.entries(byId)) {
    if (!ids.has(id)) { remaining[id] = entry; continue; }
    const c = candidates.find((x) => x.id === id)!;
    if (c.draft.measurements !== undefined || emptyEntry(entry)) { done.push(id); continue; }
    const src = isPlainObject(entry) ? { ...(entry.release !== undefined ? { release: entry.release } : {}), ...(entry.loading !== undefined ? { loading: entry.loading } : {}) } : entry;
    const r = parseMeasurements(src);
    if (!r.ok) {
      remaining[id] = entry;
      problems.push(`Measured data of "${String(c.draft.name ?? id)}" saved by an older version could not be restored (${r.issues.slice(0, 2).map(formatIssue).join('; ')}); they stay in browser storage under "${LEGACY_MEASURED_KEY}".`);
      continue;
    }
    if (r.value) fresh.set(id, { ...r.value });
    done.push(id);
  }
  const next = candidates.map((c) => (fresh.has(c.id) ? { ...c, draft: { ...c.draft, measurements: fresh.get(c.id) } } : c));
  return { candidates: next, done, remaining, problems };
}

/** After the workspace holding the migrated data was saved: keep only the remaining entries under the old key (remove it when none). */
export function finishLegacyMeasured(storage: StorageLike, remaining: Record<string, unknown>): { ok: true } | { ok: false; message: string } {
  try {
    if (Object.keys(remaining).length === 0) storage.removeItem(LEGACY_MEASURED_KEY);
    else storage.setItem(LEGACY_MEASURED_KEY, JSON.stringify({ version: LEGACY_MEASURED_VERSION, byId: remaining }));
    return { ok: true };
  } catch (e) {
    return { ok: false, message: `Could not tidy the old measured-data key (${e instanceof Error ? e.message : String(e)}).` };
  }
}
