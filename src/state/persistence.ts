// Autosave through the share layer's versioned envelope (src/share/storage): load at start (with recovery when the
// saved data is unreadable), save every change (debounced), merge with other tabs' saves per candidate.
// Measured data (imported CSV points), which are not part of the formulation, are kept beside it under their own versioned key.
import {
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

const MEASURED_KEY = 'npd.measured';
const MEASURED_VERSION = 1;
const SAVE_DELAY_MS = 400;

type Listener = (s: PersistenceStatus) => void;
export interface PersistenceStatus { recovery: Recovery | null; notice: string | null; saveError: string | null }
let status: PersistenceStatus = { recovery: null, notice: null, saveError: null };
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
    return { id, draft: f, ...(old?.measured ? { measured: old.measured } : {}) };
  });
}

function loadMeasured(): Record<string, Candidate['measured']> {
  try {
    const raw = localStorage.getItem(MEASURED_KEY);
    if (!raw) return {};
    const j = JSON.parse(raw) as { version?: number; byId?: Record<string, Candidate['measured']> };
    return j && j.version === MEASURED_VERSION && j.byId && typeof j.byId === 'object' ? j.byId : {};
  } catch {
    return {};
  }
}

function saveMeasured(candidates: readonly Candidate[]) {
  const byId: Record<string, Candidate['measured']> = {};
  for (const c of candidates) if (c.measured?.release?.length || c.measured?.loading?.length) byId[c.id] = c.measured;
  try {
    localStorage.setItem(MEASURED_KEY, JSON.stringify({ version: MEASURED_VERSION, byId }));
  } catch {
    /* quota: measured data stay in memory */
  }
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

  const loaded = loadSaved(localStorage);
  if (!loaded.ok) setStatus({ recovery: loaded.recovery });
  else if (loaded.envelope && loaded.envelope.workspace.formulations.length > 0) {
    base = loaded.envelope;
    const measured = loadMeasured();
    const candidates = candidatesFrom(loaded.envelope.workspace, []).map((c) => (measured[c.id] ? { ...c, measured: measured[c.id] } : c));
    const active = (loaded.envelope.workspace as { activeId?: string }).activeId;
    useStore.setState({ candidates, selectedId: candidates.some((c) => c.id === active) ? active! : (candidates[0]?.id ?? '') });
    useStore.temporal.getState().clear();
  }

  let timer: ReturnType<typeof setTimeout> | null = null;
  const save = () => {
    timer = null;
    if (status.recovery) return; // never overwrite unreadable data before the user chose what to do with it
    const s = useStore.getState();
    const r = saveWorkspace(localStorage, workspaceOf(s.candidates, s.selectedId), { tabId, now: Date.now(), base });
    if (!r.ok) { setStatus({ saveError: r.message }); return; }
    base = r.envelope;
    saveMeasured(s.candidates);
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
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') flush(); });

  subscribeToOtherTabs(window, tabId, (change) => {
    if (change.kind === 'unreadable') { setStatus({ recovery: change.recovery }); return; }
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
  const r = startFresh(localStorage);
  if (r.ok) setStatus({ recovery: null });
  else setStatus({ saveError: r.message });
}

export function dismissNotice(): void { setStatus({ notice: null }); }
