// Saved workspace (localStorage or any Storage-like): a versioned envelope, recovery instead of loss, and a per-candidate merge between tabs.
//
// Envelope (JSON under one key):
//   { schema: 'nanoplatform.saved', version: 1, savedAt: ISO time, tabId, workspace, edits: { id: ms }, removed: { id: ms } }
// `edits[id]` is the time of the last edit of candidate `id` in any tab; `removed[id]` the time it was deleted.
//
// Two-tab rule (docs/link-format.md §"Two tabs"): a tab never overwrites another tab's write blindly. Before writing, it
// compares the stored envelope with the one it last read or wrote (its `base`); if another tab wrote in between, the
// two are merged per candidate id — the newer edit of a candidate wins; a candidate only one side has is kept unless
// the other side deleted it after its last edit — and the merged workspace is written and handed back so the UI can
// show it and tell the user. On a `storage` event (another tab saved), the UI merges the same way.
// Edit stamps compare canonical content, so a candidate's stamp changes only when that candidate changes.
//
// Load is total for what the app saves: a selection (activeId) naming no candidate, or more than LIMITS.formulations
// candidates (two tabs' merge can make that), load with a warning instead of a recovery.
import { fnv1a32, isPlainObject, parseJsonSafe } from './json-safe';
import { asWorkspace, canonicalInputs, formatIssues, schemaVersionOf, type Issue } from './document';
import { LIMITS, type Formulation, type Workspace } from '../schema';

export const SAVED_SCHEMA = 'nanoplatform.saved';
/** Envelope format version. Bump with an upgrade step in parseEnvelope when the envelope's shape changes. */
export const SAVED_VERSION = 1;
export const DEFAULT_STORAGE_KEY = 'npd.saved-workspace';
/** Where unreadable data is kept when the user chooses "Start fresh" (after being offered the download). */
export const RECOVERY_SUFFIX = '.unreadable';
/** How many set-aside copies of unreadable data are kept per key (the oldest beyond this are dropped). */
export const MAX_SET_ASIDE = 5;

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface SavedEnvelope {
  schema: typeof SAVED_SCHEMA;
  version: number;
  savedAt: string;
  tabId: string;
  workspace: Workspace;
  edits: Record<string, number>;
  removed: Record<string, number>;
}

export type RecoveryReason = 'corrupted-json' | 'not-an-envelope' | 'future-version' | 'invalid-workspace' | 'unreadable-storage';

export interface Recovery {
  reason: RecoveryReason;
  /** One line for the banner. */
  message: string;
  /** The stored text exactly as found, for "Download raw data". */
  raw: string;
  issues?: Issue[];
}

/** `warnings`: what was repaired on load (a dangling selection, an over-limit list); shown to the user, nothing dropped. */
export type LoadResult = { ok: true; envelope: SavedEnvelope | null; warnings?: string[] } | { ok: false; recovery: Recovery };

/** A workspace with each candidate's last-edit and deletion times: what mergeWorkspaces works on. */
export interface Snapshot {
  workspace: Workspace;
  edits: Record<string, number>;
  removed: Record<string, number>;
}

export interface MergeReport {
  /** Names of candidates that came from the other tab (new there). */
  added: string[];
  /** Names of candidates whose newer version came from the other tab. */
  updated: string[];
  /** Names of candidates deleted in the other tab after their last edit here. */
  removed: string[];
  /** The merge keys (candidate ids) behind added / updated / removed, for rebasing this tab's undo history. */
  addedIds: string[];
  updatedIds: string[];
  removedIds: string[];
  /** True when anything changed relative to the local side. */
  changed: boolean;
  /** A sentence for the UI ("Another tab changed this workspace: …"), empty when nothing changed. */
  message: string;
}

type F = Formulation & { id?: string; name?: string };

const recovery = (reason: RecoveryReason, message: string, raw: string, issues?: Issue[]): LoadResult => ({
  ok: false,
  recovery: issues ? { reason, message, raw, issues } : { reason, message, raw },
});

/** A candidate's merge key: its id, or (for a candidate saved without one) a hash of its content. */
export function candidateKey(f: Formulation): string {
  const id = (f as F).id;
  return typeof id === 'string' && id !== '' ? id : 'h' + fnv1a32(JSON.stringify(f));
}

const contentOf = (f: Formulation): string => JSON.stringify(f);

/** A workspace with every formulation in the saved (completed, canonical) form, so equal candidates compare equal. */
export function canonicalSaved(workspace: Workspace): Workspace {
  return { ...workspace, formulations: workspace.formulations.map((f) => canonicalInputs(f, true)) } as Workspace;
}

function timesOf(v: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  if (!isPlainObject(v)) return out;
  for (const [k, t] of Object.entries(v)) if (typeof t === 'number' && Number.isFinite(t)) out[k] = t;
  return out;
}

/** Validate stored text into an envelope, or say why it cannot be used (keeping the raw text). Never throws. */
export function parseEnvelope(raw: string): LoadResult {
  const j = parseJsonSafe(raw, { maxDepth: 32 });
  if (!j.ok) return recovery('corrupted-json', `Saved workspace is unreadable (${j.message}).`, raw);
  const e = j.value;
  if (!isPlainObject(e) || e.schema !== SAVED_SCHEMA || typeof e.version !== 'number') {
    return recovery('not-an-envelope', 'Saved data is not a Nanoplatform Designer workspace.', raw);
  }
  if (e.version > SAVED_VERSION) {
    return recovery('future-version', `Saved workspace was written by a newer version of the app (format ${e.version} > ${SAVED_VERSION}).`, raw);
  }
  const ws = isPlainObject(e.workspace) ? e.workspace : null;
  if (!ws) return recovery('not-an-envelope', 'Saved data has no workspace.', raw);
  const v = schemaVersionOf(ws, 'workspace');
  if (!v.ok) return recovery('future-version', `Saved workspace: ${v.message}.`, raw);
  const parsed = parseSavedWorkspace(ws);
  if (!parsed.ok) return recovery('invalid-workspace', `Saved workspace failed validation: ${formatIssues(parsed.issues, 'workspace')}.`, raw, parsed.issues);
  return {
    ok: true,
    ...(parsed.warnings.length ? { warnings: parsed.warnings } : {}),
    envelope: {
      schema: SAVED_SCHEMA,
      version: SAVED_VERSION,
      savedAt: typeof e.savedAt === 'string' ? e.savedAt : new Date(0).toISOString(),
      tabId: typeof e.tabId === 'string' ? e.tabId : '',
      workspace: parsed.workspace,
      edits: timesOf(e.edits),
      removed: timesOf(e.removed),
    },
  };
}

/**
 * The saved workspace through the schema, tolerant of what the app itself can produce: a selection naming no
 * candidate is dropped (the first is selected) and a list longer than LIMITS.formulations is validated in parts and
 * kept whole — each with a warning. Anything else invalid is an issue (→ recovery).
 */
function parseSavedWorkspace(ws: Record<string, unknown>): { ok: true; workspace: Workspace; warnings: string[] } | { ok: false; issues: Issue[] } {
  const warnings: string[] = [];
  const { activeId, ...rest } = ws;
  const list = Array.isArray(rest.formulations) ? rest.formulations : null;
  if (!list || list.length <= LIMITS.formulations) {
    const r = asWorkspace(rest, 'workspace');
    if (!r.ok) return r;
    return finishSaved(r.workspace, activeId, warnings);
  }
  warnings.push(`The saved workspace holds ${list.length} candidates, more than the ${LIMITS.formulations} a workspace is meant to hold: all were loaded; delete some before adding more.`);
  const formulations: Formulation[] = [];
  const issues: Issue[] = [];
  let head: Workspace | null = null;
  for (let i = 0; i < list.length; i += LIMITS.formulations) {
    const r = asWorkspace({ ...rest, formulations: list.slice(i, i + LIMITS.formulations) }, 'workspace');
    if (!r.ok) issues.push(...r.issues.map((x) => ({ ...x, path: x.path.replace(/^formulations\.(\d+)/, (_m, j: string) => `formulations.${i + Number(j)}`) })));
    else { head ??= r.workspace; formulations.push(...r.workspace.formulations); }
  }
  if (issues.length) return { ok: false, issues };
  // ids the schema gave to id-less entries (c1, c2, …) restart in each part: keep the first, renumber the rest
  const used = new Set<string>();
  const unique = formulations.map((f) => {
    const id = (f as F).id as string;
    if (!used.has(id)) { used.add(id); return f; }
    let k = 2;
    while (used.has(`${id}-${k}`)) k++;
    used.add(`${id}-${k}`);
    return { ...f, id: `${id}-${k}` } as Formulation;
  });
  return finishSaved({ ...(head as Workspace), formulations: unique } as Workspace, activeId, warnings);
}

function finishSaved(workspace: Workspace, activeId: unknown, warnings: string[]): { ok: true; workspace: Workspace; warnings: string[] } {
  if (activeId === undefined) return { ok: true, workspace, warnings };
  if (typeof activeId === 'string' && workspace.formulations.some((f) => (f as F).id === activeId)) return { ok: true, workspace: { ...workspace, activeId } as Workspace, warnings };
  if (workspace.formulations.length) warnings.push('The candidate that was selected is no longer in the saved workspace; the first candidate is selected instead.');
  return { ok: true, workspace, warnings };
}

/** Read the saved workspace. Empty storage → envelope null; anything unusable → a recovery (the raw text is never dropped). */
export function loadWorkspace(storage: StorageLike, key = DEFAULT_STORAGE_KEY): LoadResult {
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch (e) {
    return recovery('unreadable-storage', `Browser storage cannot be read (${e instanceof Error ? e.message : String(e)}).`, '');
  }
  if (raw === null) return { ok: true, envelope: null };
  return parseEnvelope(raw);
}

/**
 * Stamp edit times. The workspace is brought to its saved (canonical) form, then each candidate is compared with
 * `base`: unchanged ones keep base's time; new or changed ones get `touched[id]` (when this tab last changed it)
 * or `now` (when no `touched` record is kept at all; with one, a candidate it does not name keeps base's time); ones gone from base are removed at `touched[id]` (when deleted here) or `now`. So a stamp changes only when its candidate changes.
 */
export function stampEdits(workspace: Workspace, base: Snapshot | null, now: number, touched?: Readonly<Record<string, number>>): Snapshot {
  const canonical = canonicalSaved(workspace);
  const before = new Map<string, string>();
  for (const f of base?.workspace.formulations ?? []) before.set(candidateKey(f), contentOf(f));
  const edits: Record<string, number> = {};
  const removed: Record<string, number> = { ...(base?.removed ?? {}) };
  const present = new Set<string>();
  for (const f of canonical.formulations) {
    const k = candidateKey(f);
    present.add(k);
    const was = before.get(k);
    // a candidate this tab never changed keeps base's stamp even if its text differs (a representation this tab
    // re-derived is no edit of its own: stamping it `now` would let an idle tab overwrite another tab's real edit)
    edits[k] = was === contentOf(f) ? (base?.edits[k] ?? 0)
      : touched && was !== undefined && touched[k] === undefined ? (base?.edits[k] ?? 0)
        : (touched?.[k] ?? now);
    delete removed[k];
  }
  for (const k of before.keys()) if (!present.has(k)) removed[k] = touched?.[k] ?? now;
  return { workspace: canonical, edits, removed };
}

/**
 * Merge two versions of the same workspace per candidate (keyed by id). For a candidate on both sides the newer edit
 * wins (equal times: the larger canonical JSON wins, so both tabs reach the same result). A candidate on one side only
 * is kept unless the other side deleted it at or after its last edit. Order: local order, then the other tab's new ones.
 */
export function mergeWorkspaces(local: Snapshot, remote: Snapshot): { snapshot: Snapshot; report: MergeReport } {
  const lMap = new Map<string, F>();
  for (const f of local.workspace.formulations) lMap.set(candidateKey(f), f as F);
  const rMap = new Map<string, F>();
  for (const f of remote.workspace.formulations) rMap.set(candidateKey(f), f as F);
  const removed: Record<string, number> = { ...local.removed };
  for (const [k, t] of Object.entries(remote.removed)) removed[k] = Math.max(removed[k] ?? -Infinity, t);
  const edits: Record<string, number> = {};
  const out: F[] = [];
  const report: MergeReport = { added: [], updated: [], removed: [], addedIds: [], updatedIds: [], removedIds: [], changed: false, message: '' };
  const nameOf = (f: F, k: string) => (typeof f.name === 'string' && f.name ? f.name : k);

  for (const [k, lf] of lMap) {
    const lt = local.edits[k] ?? 0;
    const rf = rMap.get(k);
    if (rf) {
      const rt = remote.edits[k] ?? 0;
      const lc = contentOf(lf);
      const rc = contentOf(rf);
      const remoteWins = rc !== lc && (rt > lt || (rt === lt && rc > lc));
      out.push(remoteWins ? rf : lf);
      edits[k] = Math.max(lt, rt);
      if (remoteWins) { report.updated.push(nameOf(rf, k)); report.updatedIds.push(k); }
      delete removed[k];
    } else if ((remote.removed[k] ?? -Infinity) >= lt) {
      report.removed.push(nameOf(lf, k));
      report.removedIds.push(k);
    } else {
      out.push(lf);
      edits[k] = lt;
      delete removed[k];
    }
  }
  for (const [k, rf] of rMap) {
    if (lMap.has(k)) continue;
    const rt = remote.edits[k] ?? 0;
    if ((local.removed[k] ?? -Infinity) >= rt) continue; // deleted here after its last edit there
    out.push(rf);
    edits[k] = rt;
    delete removed[k];
    report.added.push(nameOf(rf, k));
    report.addedIds.push(k);
  }
  report.changed = report.added.length + report.updated.length + report.removed.length > 0;
  if (report.changed) {
    const parts: string[] = [];
    if (report.added.length) parts.push(`added ${report.added.join(', ')}`);
    if (report.updated.length) parts.push(`updated ${report.updated.join(', ')}`);
    if (report.removed.length) parts.push(`removed ${report.removed.join(', ')}`);
    report.message = `Another tab changed this workspace: ${parts.join('; ')}. Both tabs' candidates were kept; the newest edit of each candidate won.`;
  }
  return { snapshot: { workspace: { ...local.workspace, formulations: out } as Workspace, edits, removed }, report };
}

export interface SaveOptions {
  tabId: string;
  /** Current time in ms (an argument, so tests are deterministic). */
  now: number;
  key?: string;
  /** The envelope this tab last loaded or saved (null on first save). */
  base: SavedEnvelope | null;
  /** When this tab last changed each candidate (ms by id); a changed candidate without one is stamped `now`. */
  touched?: Readonly<Record<string, number>>;
}

export type SaveResult =
  | { ok: true; envelope: SavedEnvelope; merge: MergeReport | null }
  | { ok: false; code: 'unreadable-stored-data' | 'write-failed'; message: string };

const sameWrite = (a: SavedEnvelope | null, b: SavedEnvelope | null) => !!a && !!b && a.savedAt === b.savedAt && a.tabId === b.tabId;

/**
 * Save `workspace`. If another tab wrote since `base`, merge with what it wrote first (the result's `merge` says
 * what came from there; the caller shows `envelope.workspace`). Refuses to overwrite stored data it cannot read —
 * resolve the recovery (download, then startFresh) first. Never throws.
 */
export function saveWorkspace(storage: StorageLike, workspace: Workspace, opts: SaveOptions): SaveResult {
  const key = opts.key ?? DEFAULT_STORAGE_KEY;
  const stored = loadWorkspace(storage, key);
  if (!stored.ok) {
    return { ok: false, code: 'unreadable-stored-data', message: `${stored.recovery.message} Not overwritten: download it or start fresh first.` };
  }
  let snap = stampEdits(workspace, opts.base, opts.now, opts.touched);
  let merge: MergeReport | null = null;
  const current = stored.envelope;
  if (current && current.tabId !== opts.tabId && !sameWrite(current, opts.base)) {
    const m = mergeWorkspaces(snap, current);
    snap = m.snapshot;
    merge = m.report;
  }
  const envelope: SavedEnvelope = {
    schema: SAVED_SCHEMA,
    version: SAVED_VERSION,
    savedAt: new Date(opts.now).toISOString(),
    tabId: opts.tabId,
    workspace: snap.workspace, // canonical (stampEdits and the stored envelopes are)
    edits: snap.edits,
    removed: pruneRemoved(snap.removed, opts.now),
  };
  try {
    storage.setItem(key, JSON.stringify(envelope));
  } catch (e) {
    return { ok: false, code: 'write-failed', message: `Could not save (${e instanceof Error ? e.message : String(e)}); your work stays open in this tab.` };
  }
  return { ok: true, envelope, merge };
}

/** Tombstones older than 30 days are dropped (a tab closed for longer re-adds what it still holds). */
function pruneRemoved(removed: Record<string, number>, now: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, t] of Object.entries(removed)) if (now - t < 30 * 86_400_000) out[k] = t;
  return out;
}

/** One set-aside copy of unreadable data: its storage key, number (1, 2, …; 0 for the unnumbered copy older versions made) and text. */
export interface SetAsideCopy { key: string; n: number; raw: string }

const setAsideIndexKey = (key: string) => key + RECOVERY_SUFFIX + '.index';

function setAsideNumbers(storage: StorageLike, key: string): number[] {
  const j = parseJsonSafe(storage.getItem(setAsideIndexKey(key)) ?? '[]');
  return j.ok && Array.isArray(j.value) ? j.value.filter((n): n is number => Number.isInteger(n) && n > 0).sort((a, b) => a - b) : [];
}

/** The set-aside copies of `key` still in storage, oldest first (the unnumbered one of older versions first). Never throws. */
export function listSetAside(storage: StorageLike, key = DEFAULT_STORAGE_KEY): SetAsideCopy[] {
  try {
    const out: SetAsideCopy[] = [];
    const legacy = storage.getItem(key + RECOVERY_SUFFIX);
    if (legacy !== null) out.push({ key: key + RECOVERY_SUFFIX, n: 0, raw: legacy });
    for (const n of setAsideNumbers(storage, key)) {
      const raw = storage.getItem(`${key}${RECOVERY_SUFFIX}.${n}`);
      if (raw !== null) out.push({ key: `${key}${RECOVERY_SUFFIX}.${n}`, n, raw });
    }
    return out;
  } catch {
    return [];
  }
}

/**
 * "Start fresh (keeps the download)": move the unreadable text aside under a new numbered key (key + RECOVERY_SUFFIX +
 * '.N', never one in use), keep the newest MAX_SET_ASIDE numbered copies, then clear the key. Returns the copy made.
 */
export function startFresh(storage: StorageLike, key = DEFAULT_STORAGE_KEY): { ok: true; copy: SetAsideCopy | null } | { ok: false; message: string } {
  try {
    const raw = storage.getItem(key);
    let copy: SetAsideCopy | null = null;
    if (raw !== null) {
      const nums = setAsideNumbers(storage, key);
      let n = (nums[nums.length - 1] ?? 0) + 1;
      while (storage.getItem(`${key}${RECOVERY_SUFFIX}.${n}`) !== null) n++; // an index lost or edited by hand: still never overwrite
      copy = { key: `${key}${RECOVERY_SUFFIX}.${n}`, n, raw };
      storage.setItem(copy.key, raw);
      const kept = [...nums, n];
      const drop = kept.slice(0, Math.max(0, kept.length - MAX_SET_ASIDE));
      storage.setItem(setAsideIndexKey(key), JSON.stringify(kept.slice(drop.length)));
      for (const d of drop) storage.removeItem(`${key}${RECOVERY_SUFFIX}.${d}`);
    }
    storage.removeItem(key);
    return { ok: true, copy };
  } catch (e) {
    return { ok: false, message: `Could not reset storage (${e instanceof Error ? e.message : String(e)}).` };
  }
}

/** A new per-tab session id (random; only compared for equality). */
export function newTabId(): string {
  const c = globalThis.crypto;
  if (c && typeof c.getRandomValues === 'function') return 't' + Array.from(c.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('');
  return 't' + Math.random().toString(36).slice(2);
}

export interface StorageEventLike {
  key: string | null;
  newValue: string | null;
}

export interface EventTargetLike {
  addEventListener(type: 'storage', listener: (e: StorageEventLike) => void): void;
  removeEventListener(type: 'storage', listener: (e: StorageEventLike) => void): void;
}

export type OtherTabChange =
  | { kind: 'saved'; envelope: SavedEnvelope }
  | { kind: 'cleared' }
  | { kind: 'unreadable'; recovery: Recovery };

/**
 * Listen for saves by other tabs (`storage` events fire only in the other tabs). The callback gets the other tab's
 * envelope; merge it with `mergeWorkspaces(stampEdits(current, base, now), envelope)` and show `report.message`.
 * Returns the unsubscribe function.
 */
export function subscribeToOtherTabs(
  target: EventTargetLike,
  tabId: string,
  onChange: (change: OtherTabChange) => void,
  key = DEFAULT_STORAGE_KEY,
): () => void {
  const listener = (e: StorageEventLike) => {
    if (e.key !== key && e.key !== null) return;
    if (e.key === null || e.newValue === null) {
      onChange({ kind: 'cleared' });
      return;
    }
    const r = parseEnvelope(e.newValue);
    if (!r.ok) onChange({ kind: 'unreadable', recovery: r.recovery });
    else if (r.envelope && r.envelope.tabId !== tabId) onChange({ kind: 'saved', envelope: r.envelope });
  };
  target.addEventListener('storage', listener);
  return () => target.removeEventListener('storage', listener);
}
