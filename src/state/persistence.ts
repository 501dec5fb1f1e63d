// Autosave through the share layer's versioned envelope (src/share/storage): load at start (with recovery when the
// saved data is unreadable), save every change (debounced), merge with other tabs' saves per candidate.
// Measured data (imported CSV points) are part of each formulation (`measurements`), so they are saved, merged and
// shared with it; data that older versions kept beside it (key npd.measured) are moved in on load (./measured-legacy).
import {
  DEFAULT_STORAGE_KEY,
  loadWorkspace as loadSaved,
  saveWorkspace,
  startFresh,
  subscribeToOtherTabs,
  mergeWorkspaces,
  stampEdits,
  newTabId,
  type Recovery,
  type SavedEnvelope,
} from '../share';
import type { Workspace } from '../schema';
import { useStore } from './store';
import { evaluateCandidate, scoresOf } from './evaluate';
import { newId } from './ids';
import type { Candidate, FormulationDraft } from './types';
import { LEGACY_MEASURED_KEY, finishLegacyMeasured, migrateLegacyMeasured, readLegacyMeasured } from './measured-legacy';

const SAVE_DELAY_MS = 400;

type Listener = (s: PersistenceStatus) => void;
export interface PersistenceStatus { recovery: Recovery | null; notice: string | null; saveError: string | null }
let status: PersistenceStatus = { recovery: null, notice: null, saveError: null };
/** The storage key the shown recovery is about (the workspace, or the old measured-data key). */
let recoveryKey: string = DEFAULT_STORAGE_KEY;
const listeners = new Set<Listener>();
function setStatus(patch: Partial<PersistenceStatus>) {
  status = { ...status, ...patch };
  listeners.forEach((l) => l(status));
}
export function getPersistenceStatus(): PersistenceStatus { return status; }
export function onPersistenceStatus(l: Listener): () => void { listeners.add(l); return () => listeners.delete(l); }

/** The workspace to save: each candidate's valid (completed) formulation, or its last valid one; never-valid drafts are skipped. */
export function workspaceOf(candidates: readonly Candidate[], selectedId?: string): Workspace {
  const formulations: unknown[] = [];
  for (const c of candidates) {
    const ev = evaluateCandidate(c);
    const f = ev.status === 'ok' ? ev.formulation : scoresOf(ev)?.formulation;
    if (f) formulations.push({ ...(f as Record<string, unknown>), id: c.id });
  }
  return { schema: 'nanoplatform.workspace/1', formulations, ...(selectedId ? { activeId: selectedId } : {}) } as unknown as Workspace;
}

function candidatesFrom(ws: Workspace, previous: readonly Candidate[]): Candidate[] {
  const prevById = new Map(previous.map((c) => [c.id, c]));
  return (ws.formulations as unknown as FormulationDraft[]).map((f) => {
    const id = typeof f.id === 'string' && f.id ? f.id : newId();
    const old = prevById.get(id);
    // Keep the in-memory draft (it may hold an invalid edit in progress) when the saved version is the same candidate content.
    if (old && JSON.stringify(workspaceOf([old]).formulations[0]) === JSON.stringify({ ...f, id })) return old;
    return { id, draft: f };
  });
}

let started = false;

/** Load the saved workspace into the store and keep saving it. Call once before the first render. */
export function startPersistence(): void {
  if (started || typeof window === 'undefined' || typeof localStorage === 'undefined') return;
  started = true;
  const tabId = newTabId();
  let base: SavedEnvelope | null = null;
  let applying = false;

  const apply = (ws: Workspace) => {
    applying = true;
    const s = useStore.getState();
    const candidates = candidatesFrom(ws, s.candidates);
    const temporal = useStore.temporal.getState();
    temporal.pause();
    useStore.setState({ candidates, selectedId: candidates.some((c) => c.id === s.selectedId) ? s.selectedId : (candidates[0]?.id ?? '') });
    temporal.resume();
    applying = false;
  };

  /** Old measured-data entries to keep under the old key once the workspace holding the migrated ones is saved (null: nothing pending). */
  let legacyRemaining: Record<string, unknown> | null = null;

  const loaded = loadSaved(localStorage);
  if (!loaded.ok) {
    recoveryKey = DEFAULT_STORAGE_KEY;
    setStatus({ recovery: loaded.recovery }); // the old measured-data key is left untouched until the workspace is readable
  } else if (loaded.envelope && loaded.envelope.workspace.formulations.length > 0) {
    base = loaded.envelope;
    let candidates = candidatesFrom(loaded.envelope.workspace, []);
    const legacy = readLegacyMeasured(localStorage);
    if (legacy.kind === 'unreadable') {
      recoveryKey = LEGACY_MEASURED_KEY;
      setStatus({ recovery: legacy.recovery });
    } else if (legacy.kind === 'ok') {
      const m = migrateLegacyMeasured(candidates, legacy.byId);
      candidates = m.candidates;
      if (m.done.length) legacyRemaining = m.remaining;
      if (m.problems.length) setStatus({ notice: m.problems.join(' ') });
    }
    const active = (loaded.envelope.workspace as { activeId?: string }).activeId;
    useStore.setState({ candidates, selectedId: candidates.some((c) => c.id === active) ? active! : (candidates[0]?.id ?? '') });
    useStore.temporal.getState().clear();
  }

  let timer: ReturnType<typeof setTimeout> | null = null;
  const save = () => {
    timer = null;
    // never overwrite an unreadable workspace before the user chose what to do with it (an unreadable old
    // measured-data key is never written, so it does not stop saving)
    if (status.recovery && recoveryKey === DEFAULT_STORAGE_KEY) return;
    const s = useStore.getState();
    const r = saveWorkspace(localStorage, workspaceOf(s.candidates, s.selectedId), { tabId, now: Date.now(), base });
    if (!r.ok) { setStatus({ saveError: r.message }); return; }
    base = r.envelope;
    if (legacyRemaining) {
      // the migrated points are now in the saved workspace: only now may they leave the old key
      const done = finishLegacyMeasured(localStorage, legacyRemaining);
      if (done.ok) legacyRemaining = null;
    }
    if (r.merge?.changed) {
      apply(r.envelope.workspace);
      setStatus({ notice: r.merge.message, saveError: null });
    } else if (status.saveError) setStatus({ saveError: null });
  };
  const schedule = () => { if (!timer) timer = setTimeout(save, SAVE_DELAY_MS); };
  const flush = () => { if (timer) { clearTimeout(timer); save(); } };

  useStore.subscribe((s, prev) => {
    if (applying) return;
    if (s.candidates !== prev.candidates || s.selectedId !== prev.selectedId) schedule();
  });
  if (legacyRemaining) schedule(); // write the migrated measurements into the saved workspace right away
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') flush(); });

  subscribeToOtherTabs(window, tabId, (change) => {
    if (change.kind === 'unreadable') { recoveryKey = DEFAULT_STORAGE_KEY; setStatus({ recovery: change.recovery }); return; }
    if (change.kind !== 'saved') return;
    const s = useStore.getState();
    const local = stampEdits(workspaceOf(s.candidates, s.selectedId), base, Date.now());
    const m = mergeWorkspaces(local, { workspace: change.envelope.workspace, edits: change.envelope.edits, removed: change.envelope.removed });
    base = change.envelope;
    if (m.report.changed) {
      apply(m.snapshot.workspace);
      setStatus({ notice: m.report.message });
    }
  });
}

/** Recovery banner's "Start fresh": move the unreadable data aside and start saving again. */
export function startFreshAfterRecovery(): void {
  const r = startFresh(localStorage, recoveryKey); // moves that key's text aside (key + '.unreadable'), never another key
  if (r.ok) { setStatus({ recovery: null }); recoveryKey = DEFAULT_STORAGE_KEY; }
  else setStatus({ saveError: r.message });
}

export function dismissNotice(): void { setStatus({ notice: null }); }
