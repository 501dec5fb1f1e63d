// Autosave through the share layer's versioned envelope (src/share/storage): load at start (with recovery when the
// saved data is unreadable), save every change (debounced), merge with other tabs' saves per candidate.
// Measured data (imported CSV points) are part of each formulation (`measurements`), so they are saved, merged and
// shared with it; data that older versions kept beside it (key npd.measured) are moved in on load (./measured-legacy).
//
// Nothing is lost: load is total for what the app saves (a dangling selection or an over-limit list is a warning);
// another tab's changes are merged into this tab's undo history too, so an undo never deletes what the other tab
// added; while the recovery banner shows, edits are saved under a separate key (PENDING_KEY) and restored on reload;
// without storage the app runs and says it cannot save. `attachPersistence` takes the store, storage, event source
// and clock as arguments (tests run two simulated tabs on one fake storage); `startPersistence` wires the browser's.
import {
  DEFAULT_STORAGE_KEY,
  canonicalSaved,
  candidateKey,
  listSetAside,
  loadWorkspace as loadSaved,
  saveWorkspace,
  startFresh,
  subscribeToOtherTabs,
  mergeWorkspaces,
  stampEdits,
  newTabId,
  type EventTargetLike,
  type MergeReport,
  type Recovery,
  type SavedEnvelope,
  type SetAsideCopy,
  type StorageLike,
} from '../share';
import { inputSchemasV1, rankingField, scenarioInputSchemaV1, type Formulation, type RankingWeights, type Workspace } from '../schema';
import { useStore, repairSelection, selectSelected, type AppStore, type UndoState } from './store';
import { evaluateCandidate, parseAhead, savedFormulationOf } from './evaluate';
import { newId } from './ids';
import type { Candidate, FormulationDraft } from './types';
import { LEGACY_MEASURED_KEY, finishLegacyMeasured, migrateLegacyMeasured, readLegacyMeasured } from './measured-legacy';

const SAVE_DELAY_MS = 400;
/** Where edits made while the recovery banner shows are saved (the unreadable data under the main key is left alone). */
export const PENDING_KEY = DEFAULT_STORAGE_KEY + '.pending';

export interface PersistenceStatus {
  recovery: Recovery | null;
  notice: string | null;
  saveError: string | null;
  /** Set when this browser gives the app no storage (site data blocked): nothing is saved; export to keep the work. */
  noStorage: string | null;
  /** True while edits are kept under PENDING_KEY because the saved workspace is unreadable (recovery shown). */
  held: boolean;
  /** Copies of unreadable data set aside by "Start fresh" (downloadable from the banner). */
  setAside: SetAsideCopy[];
}
type Listener = (s: PersistenceStatus) => void;
const INITIAL: PersistenceStatus = { recovery: null, notice: null, saveError: null, noStorage: null, held: false, setAside: [] };

/** The workspace to save: each candidate's valid (completed) formulation, or its last valid one; never-valid drafts are skipped. */
export function workspaceOf(candidates: readonly Candidate[], selectedId?: string, localControlWeight = 0, rankingWeights?: RankingWeights): Workspace {
  const formulations: Formulation[] = [];
  for (const c of candidates) {
    // a valid candidate the engine cannot score is still saved as it is (its warning shows in the list); an invalid
    // edit saves the candidate's last valid formulation
    const f = savedFormulationOf(evaluateCandidate(c));
    if (f) formulations.push({ ...f, id: c.id });
  }
  // the selection is saved only when it names a saved candidate (a leftover id must never reach storage)
  const active = selectedId && formulations.some((f) => f.id === selectedId) ? selectedId : undefined;
  const ws = workspaceWith(formulations, active);
  // Compare's ranking settings are saved with the workspace when set (absent = weight 0 and the Score's component weights)
  const ranking = rankingField(localControlWeight, rankingWeights);
  return ranking ? { ...ws, ranking } : ws;
}

/** Compare's component ranking weights a workspace carries ({} when none). */
export function rankingWeightsOf(ws: Workspace): RankingWeights {
  return { ...(ws.ranking?.weights ?? {}) };
}

/** Compare's local-control gain weight a workspace carries (0 when it has none: every workspace made before the field). */
export function localControlWeightOf(ws: Workspace): number {
  const w = ws.ranking?.localControlWeight;
  return typeof w === 'number' && Number.isFinite(w) && w > 0 ? w : 0;
}

const workspaceWith = (formulations: Formulation[], activeId?: string): Workspace => ({ schema: 'nanoplatform.workspace/1', formulations, ...(activeId ? { activeId } : {}) });

/** A formulation's saved form as text (what the merge compares). */
const savedFormText = (f: Formulation): string => JSON.stringify(canonicalSaved(workspaceWith([f])).formulations[0]);

/** A candidate's saved form as text. */
function savedText(c: Candidate): string | null {
  const f = workspaceOf([c]).formulations[0];
  return f ? savedFormText(f) : null;
}

function candidatesFrom(ws: Workspace, previous: readonly Candidate[]): Candidate[] {
  const prevById = new Map(previous.map((c) => [c.id, c]));
  return ws.formulations.map((f) => {
    const id = typeof f.id === 'string' && f.id ? f.id : newId();
    const old = prevById.get(id);
    // Keep the in-memory draft (it may hold an invalid edit in progress) when the saved version is the same candidate content.
    if (old && savedText(old) === savedFormText({ ...f, id })) return old;
    const draft: FormulationDraft = { ...f };
    return { id, draft };
  });
}

/**
 * Bring another tab's changes into this tab's undo/redo history: every past and future state drops what the other tab
 * deleted, takes its newer versions and gains what it added or changed. So an undo here reverts only this tab's own
 * steps and never touches a candidate whose latest version came from the other tab.
 */
function rebaseHistory(store: AppStore, report: MergeReport): void {
  if (!report.addedIds.length && !report.updatedIds.length && !report.removedIds.length) return;
  const current = new Map(store.getState().candidates.map((c) => [c.id, c]));
  const removed = new Set(report.removedIds);
  const updated = new Set(report.updatedIds);
  const fix = (st: Partial<UndoState>): Partial<UndoState> => {
    if (!st.candidates) return st;
    const list = st.candidates.filter((c) => !removed.has(c.id)).map((c) => (updated.has(c.id) ? (current.get(c.id) ?? c) : c));
    // what the other tab added or changed stays in every state (an undo of this tab's own add does not discard it)
    for (const id of [...report.addedIds, ...report.updatedIds]) {
      const c = current.get(id);
      if (c && !list.some((x) => x.id === id)) list.push(c);
    }
    return { ...st, candidates: list };
  };
  const t = store.temporal.getState();
  store.temporal.setState({ pastStates: t.pastStates.map(fix), futureStates: t.futureStates.map(fix) });
}

export interface PersistenceEnv {
  /** localStorage, or null when the browser refuses it (the app then runs without saving). */
  storage: StorageLike | null;
  /** Where other tabs' `storage` events arrive (window), or null. */
  events: EventTargetLike | null;
  /** Clock in ms (Date.now in the browser; a counter in tests). */
  now: () => number;
  /** Debounce: run `fn` after `ms` (returns a cancel function). Tests pass a manual scheduler. */
  later?: (fn: () => void, ms: number) => () => void;
  tabId?: string;
}

export interface PersistenceController {
  status: () => PersistenceStatus;
  subscribe: (l: Listener) => () => void;
  /** Save now if a save is pending. */
  flush: () => void;
  startFresh: () => void;
  dismissNotice: () => void;
  detach: () => void;
}

/** Load the saved workspace into `store` and keep saving it. */
export function attachPersistence(store: AppStore, env: PersistenceEnv): PersistenceController {
  const listeners = new Set<Listener>();
  let status: PersistenceStatus = INITIAL;
  const setStatus = (patch: Partial<PersistenceStatus>) => {
    status = { ...status, ...patch };
    listeners.forEach((l) => l(status));
  };
  const controller = (detach: () => void): PersistenceController => ({
    status: () => status,
    subscribe: (l) => { listeners.add(l); return () => listeners.delete(l); },
    flush,
    startFresh: doStartFresh,
    dismissNotice: () => setStatus({ notice: null }),
    detach,
  });
  const storage = env.storage;
  let timer: (() => void) | null = null;
  const later = env.later ?? ((fn, ms) => { const t = setTimeout(fn, ms); return () => clearTimeout(t); });
  const flush = () => { if (timer) { timer(); timer = null; save(); } };
  const doStartFresh = () => startFreshNow();
  let save = () => {};
  let startFreshNow = () => {};
  if (!storage) {
    setStatus({ noStorage: 'This browser does not let the app store data (site data is blocked), so nothing is saved: your work lives only in this tab. Use Export JSON to keep it.' });
    return controller(() => {});
  }

  const tabId = env.tabId ?? newTabId();
  let base: SavedEnvelope | null = null;
  let pendingBase: SavedEnvelope | null = null;
  let pendingStored = false;
  /** The storage key the shown recovery is about (the workspace, or the old measured-data key). */
  let recoveryKey: string = DEFAULT_STORAGE_KEY;
  /** When this tab last changed each candidate (ms): the edit stamp of a changed candidate. */
  const touched: Record<string, number> = {};
  let applying = false;
  const holding = () => !!status.recovery && recoveryKey === DEFAULT_STORAGE_KEY;

  const apply = (ws: Workspace, report: MergeReport | null) => {
    applying = true;
    const s = store.getState();
    const candidates = candidatesFrom(ws, s.candidates);
    const temporal = store.temporal.getState();
    temporal.pause();
    store.setState({ candidates, selectedId: repairSelection(candidates, s.selectedId) });
    temporal.resume();
    if (report) rebaseHistory(store, report);
    applying = false;
  };

  const load = (ws: Workspace) => {
    const candidates = candidatesFrom(ws, []);
    const active = (ws as { activeId?: string }).activeId;
    store.setState({ candidates, selectedId: repairSelection(candidates, active ?? ''), localControlWeight: localControlWeightOf(ws), rankingWeights: rankingWeightsOf(ws) });
    store.temporal.getState().clear();
    return candidates;
  };

  /** Old measured-data entries to keep under the old key once the workspace holding the migrated ones is saved (null: nothing pending). */
  let legacyRemaining: Record<string, unknown> | null = null;

  const loaded = loadSaved(storage);
  const notices: string[] = [];
  if (!loaded.ok) {
    recoveryKey = DEFAULT_STORAGE_KEY;
    setStatus({ recovery: loaded.recovery }); // the old measured-data key is left untouched until the workspace is readable
    // edits made while the banner showed (before a reload) are under PENDING_KEY: bring them back
    const pend = loadSaved(storage, PENDING_KEY);
    if (pend.ok && pend.envelope) {
      pendingStored = true;
      pendingBase = pend.envelope;
      if (pend.envelope.workspace.formulations.length) load(pend.envelope.workspace);
    }
    setStatus({ held: true });
  } else {
    if (loaded.warnings) notices.push(...loaded.warnings);
    if (loaded.envelope) { // an empty saved workspace loads empty (the user deleted every candidate)
      base = loaded.envelope;
      let candidates = load(loaded.envelope.workspace);
      const legacy = readLegacyMeasured(storage);
      if (legacy.kind === 'unreadable') {
        recoveryKey = LEGACY_MEASURED_KEY;
        setStatus({ recovery: legacy.recovery });
      } else if (legacy.kind === 'ok') {
        const m = migrateLegacyMeasured(candidates, legacy.byId);
        candidates = m.candidates;
        store.setState({ candidates });
        store.temporal.getState().clear();
        if (m.done.length) legacyRemaining = m.remaining;
        // the migrated measurements are this tab's change to those candidates (their saved stamps must move)
        for (const id of m.done) touched[id] = env.now();
        if (m.problems.length) notices.push(...m.problems);
      }
    }
    try { pendingStored = storage.getItem(PENDING_KEY) !== null; } catch { pendingStored = false; }
  }
  if (notices.length) setStatus({ notice: notices.join(' ') });
  setStatus({ setAside: listSetAside(storage, recoveryKey) });

  save = () => {
    timer = null;
    const s = store.getState();
    const ws = workspaceOf(s.candidates, s.selectedId, s.localControlWeight, s.rankingWeights);
    if (holding()) {
      // never overwrite an unreadable workspace before the user chose what to do with it: keep the edits beside it
      const r = saveWorkspace(storage, ws, { tabId, now: env.now(), base: pendingBase, key: PENDING_KEY, touched });
      if (!r.ok) { setStatus({ saveError: r.message }); return; }
      pendingBase = r.envelope;
      pendingStored = true;
      if (status.saveError) setStatus({ saveError: null });
      return;
    }
    const r = saveWorkspace(storage, ws, { tabId, now: env.now(), base, touched });
    if (!r.ok) { setStatus({ saveError: r.message }); return; }
    base = r.envelope;
    if (pendingStored) {
      // the edits kept beside the unreadable data are now in the saved workspace
      try { storage.removeItem(PENDING_KEY); pendingStored = false; } catch { /* kept; removed on the next save */ }
    }
    if (legacyRemaining) {
      // the migrated points are now in the saved workspace: only now may they leave the old key
      const done = finishLegacyMeasured(storage, legacyRemaining);
      if (done.ok) legacyRemaining = null;
    }
    if (r.merge?.changed) {
      apply(r.envelope.workspace, r.merge);
      setStatus({ notice: r.merge.message, saveError: null });
    } else if (status.saveError) setStatus({ saveError: null });
  };
  const schedule = () => { if (!timer) timer = later(() => { timer = null; save(); }, SAVE_DELAY_MS); };

  const unsubStore = store.subscribe((s, prev) => {
    if (applying) return;
    if (s.candidates !== prev.candidates) {
      const t = env.now();
      const before = new Map(prev.candidates.map((c) => [c.id, c]));
      for (const c of s.candidates) {
        const was = before.get(c.id);
        // a new object with the same content (a rename to the same name, an undo of such a step) is no edit
        if (was !== c && (!was || JSON.stringify(was.draft) !== JSON.stringify(c.draft))) touched[c.id] = t;
        before.delete(c.id);
      }
      for (const id of before.keys()) touched[id] = t; // deleted now
      schedule();
    } else if (s.selectedId !== prev.selectedId || s.localControlWeight !== prev.localControlWeight || s.rankingWeights !== prev.rankingWeights) schedule();
  });
  if (legacyRemaining) schedule(); // write the migrated measurements into the saved workspace right away

  const unsubTabs = env.events
    ? subscribeToOtherTabs(env.events, tabId, (change) => {
        if (change.kind === 'unreadable') {
          recoveryKey = DEFAULT_STORAGE_KEY;
          setStatus({ recovery: change.recovery, held: true, setAside: listSetAside(storage, DEFAULT_STORAGE_KEY) });
          return;
        }
        if (change.kind !== 'saved') return;
        if (holding()) return; // this tab keeps its edits beside the unreadable data until the user decides
        const s = store.getState();
        const local = stampEdits(workspaceOf(s.candidates, s.selectedId, s.localControlWeight, s.rankingWeights), base, env.now(), touched);
        const remote = change.envelope;
        const m = mergeWorkspaces(local, { workspace: remote.workspace, edits: remote.edits, removed: remote.removed });
        // the merge (with its stamps) is what this tab now knows; it stands for the other tab's write, so a save finding
        // that write still stored does not merge again. (Taking the other tab's envelope as is would forget this tab's
        // newer stamps when an older save of the other tab is heard late.)
        base = { ...remote, workspace: m.snapshot.workspace, edits: m.snapshot.edits, removed: m.snapshot.removed };
        if (m.report.changed) {
          apply(m.snapshot.workspace, m.report);
          setStatus({ notice: m.report.message });
        }
        // this tab holds something the other tab's save lacks (its own unsaved edits): save the merge
        const text = (w: Workspace) => w.formulations.map((f: Formulation) => `${candidateKey(f)}:${JSON.stringify(f)}`).sort().join('\n');
        if (text(m.snapshot.workspace) !== text(remote.workspace)) schedule();
      })
    : () => {};

  startFreshNow = () => {
    const r = startFresh(storage, recoveryKey); // moves that key's text aside (a new numbered copy), never another key
    if (!r.ok) { setStatus({ saveError: r.message }); return; }
    const key = recoveryKey;
    recoveryKey = DEFAULT_STORAGE_KEY;
    setStatus({ recovery: null, held: false, setAside: listSetAside(storage, key) });
    if (key === DEFAULT_STORAGE_KEY) {
      base = null;
      schedule();
      flush(); // the edits kept beside the unreadable data go into the saved workspace now
    }
  };

  return controller(() => { unsubStore(); unsubTabs(); if (timer) { timer(); timer = null; } });
}

/** localStorage when this browser lets the page use it (reading it throws when site data is blocked), else null. */
function browserStorage(): StorageLike | null {
  try {
    const s = window.localStorage;
    s.getItem(DEFAULT_STORAGE_KEY);
    return s;
  } catch {
    return null;
  }
}

let app: PersistenceController | null = null;
let status: PersistenceStatus = INITIAL;
const appListeners = new Set<Listener>();

/** Load the saved workspace into the store and keep saving it. Call once before the first render. */
export function startPersistence(): void {
  if (app || typeof window === 'undefined') return;
  const storage = browserStorage();
  app = attachPersistence(useStore, { storage, events: storage ? window : null, now: () => Date.now() });
  status = app.status();
  app.subscribe((s) => { status = s; appListeners.forEach((l) => l(s)); });
  const flush = () => app?.flush();
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') flush(); });
}

export function getPersistenceStatus(): PersistenceStatus { return status; }
export function onPersistenceStatus(l: Listener): () => void { appListeners.add(l); return () => appListeners.delete(l); }

/** Recovery banner's "Start fresh": move the unreadable data aside (numbered copy) and start saving again. */
export function startFreshAfterRecovery(): void { app?.startFresh(); }

export function dismissNotice(): void { app?.dismissNotice(); }

/** The steps of prepareFirstEvaluation, in order. */
export const FIRST_EVALUATION_STEPS = 4;

/**
 * Start-up (main.tsx, #21): the first evaluation in four main-thread tasks instead of inside the first render. Steps 0
 * and 1 build the input schemas (zod: the scenario's, then the rest), step 2 parses the selected candidate (kept for its
 * evaluation), step 3 scores it (cached per candidate object, so the first render reads the result). Returns false when
 * there is nothing to prepare.
 */
export function prepareFirstEvaluation(step: number): boolean {
  const c = selectSelected(useStore.getState());
  if (!c) return false;
  if (step === 0) scenarioInputSchemaV1();
  else if (step === 1) inputSchemasV1();
  else if (step === 2) parseAhead(c);
  else evaluateCandidate(c);
  return true;
}
