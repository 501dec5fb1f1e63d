// The app's one zustand store, made of slices (workspace, ui); undo/redo of workspace edits (zundo). Autosave: state/persistence.ts
// (the share layer's versioned envelope with per-candidate two-tab merge).
import type { RankingComponent, RankingWeights } from '../schema/ranking-settings';
import { create } from 'zustand';
import { temporal } from 'zundo';
import { LIMITS } from '../schema';
import type { StateCreator } from 'zustand';
import { deletePath, getPath, setPath } from './path';
import { newId } from './ids';
import type { BenchMeasured, CalibratePrefill, Candidate, ExplainTarget, FormulationDraft, MeasuredRelease, MeasuredLoading, OwnReleaseModel, TabId } from './types';
import { initialCandidates, presetDraft } from './presets';
import { withMeasurements } from './measurements';
import type { UncertaintyResultMessage } from '../workers/protocol';

export interface WorkspaceSlice {
  candidates: Candidate[];
  selectedId: string;
  /** Why the last add was refused (the workspace is full), for the workspace panel; null when nothing was refused. */
  refusal: string | null;
  dismissRefusal: () => void;
  select: (id: string) => void;
  /** Add a candidate and select it; null (and `refusal` set) when the workspace already holds MAX_CANDIDATES. */
  addCandidate: (draft?: FormulationDraft, name?: string) => string | null;
  addPreset: (presetId: string) => string | null;
  duplicate: (id: string) => string | null;
  rename: (id: string, name: string) => void;
  remove: (id: string) => void;
  move: (id: string, delta: number) => void;
  /**
   * Put the candidates in the order of `ids` (one undo step; Compare's "put the workspace list in this order" and the
   * workspace's Rank). Unknown ids are ignored; candidates missing from `ids` keep their relative order after the others.
   */
  reorder: (ids: readonly string[]) => void;
  /**
   * Set a field of a candidate's formulation by dotted path (value undefined removes it). `coalesce`: typing in one
   * field — consecutive coalescing edits of the same candidate and path make one undo step, until endEditSession().
   */
  edit: (id: string, path: string, value: unknown, opts?: { coalesce?: boolean }) => void;
  /** Replace a candidate's whole formulation (preset load, link import, calibration). */
  replaceDraft: (id: string, draft: FormulationDraft) => void;
  setOverride: (id: string, paramId: string, value: number | undefined) => void;
  /**
   * Several edits of one candidate as ONE store update, so one undo step (e.g. the In vitro tab's Apply: your control
   * α, β, the fitted local-effect strengths with their record, and the removal of the overrides they replace).
   * Each edit: a dotted path (value undefined removes it), or an override id (`override`: value undefined removes it).
   */
  editMany: (id: string, edits: readonly ({ path: string; value: unknown } | { override: string; value: number | undefined })[]) => void;
  resetOverrides: (id: string) => void;
  /** Replace a candidate's measured release curves (formulation.measurements.release; undefined or [] removes them). */
  setMeasuredRelease: (id: string, data: MeasuredRelease[] | undefined) => void;
  /** Replace a candidate's measured loading sets (formulation.measurements.loading; undefined or [] removes them). */
  setMeasuredLoading: (id: string, data: MeasuredLoading[] | undefined) => void;
  /** Replace a candidate's bench measurements (formulation.measurements.bench; undefined or {} removes them). */
  setBenchMeasured: (id: string, data: BenchMeasured | undefined) => void;
  /** Store (or with undefined remove) a candidate's own release model (formulation.measurements.releaseModel). */
  setReleaseModel: (id: string, model: OwnReleaseModel | undefined) => void;
  /**
   * Load a whole workspace (import, share link): appends, or replaces when `replace`. Refused as a whole (false, with
   * `refusal` set) when the result would hold more than MAX_CANDIDATES.
   */
  loadWorkspace: (drafts: FormulationDraft[], replace: boolean) => boolean;
}

export interface CompareSort { key: string; dir: 'asc' | 'desc' }

/** A Monte Carlo run of one candidate, kept for the session (never saved) with the draft it was run on (stale when edited). */
export interface McEntry { result: UncertaintyResultMessage; draft: FormulationDraft }

export interface UiSlice {
  tab: TabId;
  /** Latest Monte Carlo result per candidate id (bands drawn on the Uncertainty and Release charts). */
  mc: Record<string, McEntry>;
  setMc: (id: string, entry: McEntry | undefined) => void;
  explain: ExplainTarget | null;
  compareSort: CompareSort;
  pareto: { x: string; y: string };
  /** Weight of the outcome's local-control gain in Compare's ranking (0 = rank by the overall score; model/score/ranking). */
  localControlWeight: number;
  /** Compare's own weights of the Score's components in the ranking (absent = the Score's weight 1; the Score never changes). */
  rankingWeights: RankingWeights;
  setTab: (tab: TabId) => void;
  /** CSV handed from the Bench sheet to a Calibrate import panel (session only; consumed once by the panel). */
  calibratePrefill: CalibratePrefill | null;
  /** Open Calibrate with its release or loading import pre-filled. */
  openCalibration: (prefill: CalibratePrefill) => void;
  clearCalibratePrefill: () => void;
  openExplain: (t: ExplainTarget) => void;
  closeExplain: () => void;
  setCompareSort: (s: CompareSort) => void;
  setPareto: (axis: 'x' | 'y', key: string) => void;
  setLocalControlWeight: (w: number) => void;
  /** Set one component's ranking weight (null = back to the Score's weight). */
  setRankingWeight: (id: RankingComponent, w: number | null) => void;
  /** Replace all component ranking weights (a loaded workspace's). */
  setRankingWeights: (w: RankingWeights) => void;
}

export type AppState = WorkspaceSlice & UiSlice;

function mark(): void {
  if (typeof performance !== 'undefined') performance.mark('npd-edit');
}

const mapCandidate = (list: Candidate[], id: string, f: (c: Candidate) => Candidate) => list.map((c) => (c.id === id ? f(c) : c));

/** The most candidates a workspace holds: the schema's limit, so everything the app makes can be saved, shared and loaded. */
export const MAX_CANDIDATES: number = LIMITS.formulations;

/** The message shown when an action would make more than MAX_CANDIDATES candidates. */
export function limitMessage(adding: number, have: number): string {
  return `Not added: a workspace holds at most ${MAX_CANDIDATES} formulations (it has ${have}; this would add ${adding}). Delete some candidates first${adding > 1 ? ', or choose Replace' : ''}.`;
}

/** A selection that exists: the given id when a candidate has it, else the first candidate's (or '' when there is none). */
export function repairSelection(candidates: readonly Candidate[], selectedId: string): string {
  return candidates.some((c) => c.id === selectedId) ? selectedId : (candidates[0]?.id ?? '');
}

function uniqueName(list: Candidate[], base: string): string {
  const names = new Set(list.map((c) => String(c.draft.name ?? '')));
  if (!names.has(base)) return base;
  for (let i = 2; ; i++) if (!names.has(`${base} (${i})`)) return `${base} (${i})`;
}

/** The undo history of a store, as much of it as coalescing needs. */
interface History { getState(): { pause(): void; resume(): void } }

/** Per store (keyed by its undo history): the field being typed in ('id\0path'); its edits after the first are not recorded. */
const editSessions = new WeakMap<object, string | null>();

/** The end of one whole field edit (blur, Enter, undo) in `store`: the next edit starts a new undo step. */
export function endEditSession(store: { temporal: object } = useStore): void {
  editSessions.set(store.temporal, null);
}

export const createWorkspaceSlice: StateCreator<AppState, [['temporal', unknown]], [], WorkspaceSlice> = (set, get, api) => {
  const initial = initialCandidates();
  return {
    candidates: initial,
    selectedId: initial[0]?.id ?? '',
    refusal: null,
    dismissRefusal: () => set({ refusal: null }),
    select: (id) => set({ selectedId: id }),
    addCandidate: (draft, name) => {
      const list = get().candidates;
      if (list.length >= MAX_CANDIDATES) { set({ refusal: limitMessage(1, list.length) }); return null; }
      const d = draft ?? presetDraft('izb-ccm') ?? { core: { material: 'zif-8' } };
      const c: Candidate = { id: newId(), draft: { ...d, name: uniqueName(list, name ?? String(d.name ?? 'Candidate')) } };
      mark();
      set({ candidates: [...list, c], selectedId: c.id, refusal: null });
      return c.id;
    },
    addPreset: (presetId) => {
      const d = presetDraft(presetId);
      return d ? get().addCandidate(d) : null;
    },
    duplicate: (id) => {
      const list = get().candidates;
      const src = list.find((c) => c.id === id);
      if (!src) return null;
      if (list.length >= MAX_CANDIDATES) { set({ refusal: limitMessage(1, list.length) }); return null; }
      const c: Candidate = {
        ...structuredClone(src),
        id: newId(),
        draft: { ...structuredClone(src.draft), name: uniqueName(list, `${String(src.draft.name ?? 'Candidate')} copy`) },
      };
      const i = list.indexOf(src);
      mark();
      set({ candidates: [...list.slice(0, i + 1), c, ...list.slice(i + 1)], selectedId: c.id, refusal: null });
      return c.id;
    },
    rename: (id, name) => set({ candidates: mapCandidate(get().candidates, id, (c) => ({ ...c, draft: { ...c.draft, name } })) }),
    remove: (id) => {
      const list = get().candidates;
      const i = list.findIndex((c) => c.id === id);
      if (i < 0) return;
      const next = list.filter((c) => c.id !== id);
      const selectedId = get().selectedId === id ? (next[Math.min(i, next.length - 1)]?.id ?? '') : get().selectedId;
      set({ candidates: next, selectedId });
    },
    move: (id, delta) => {
      const list = get().candidates.slice();
      const i = list.findIndex((c) => c.id === id);
      const j = i + delta;
      if (i < 0 || j < 0 || j >= list.length) return;
      [list[i], list[j]] = [list[j], list[i]];
      set({ candidates: list });
    },
    reorder: (ids) => {
      const list = get().candidates;
      const byId = new Map(list.map((c) => [c.id, c]));
      const first = [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
      const placed = new Set(first);
      const next = [...first, ...list.filter((c) => !placed.has(c))];
      // the same order is no change (no undo step)
      if (next.every((c, i) => c === list[i])) return;
      set({ candidates: next });
    },
    edit: (id, path, value, opts) => {
      mark();
      const key = opts?.coalesce ? `${id}\u0000${path}` : null;
      const history = api.temporal as History;
      const merge = key !== null && key === editSessions.get(history);
      editSessions.set(history, key);
      const apply = () => set({
        candidates: mapCandidate(get().candidates, id, (c) => ({
          ...c,
          draft: value === undefined ? deletePath(c.draft, path) : setPath(c.draft, path, value),
        })),
      });
      if (!merge) return apply();
      // a later keystroke of the same field edit: the undo history keeps the state before the first one
      history.getState().pause();
      try {
        apply();
      } finally {
        history.getState().resume();
      }
    },
    editMany: (id, edits) => {
      mark();
      editSessions.set(api.temporal as History, null);
      set({
        candidates: mapCandidate(get().candidates, id, (c) => {
          let draft = c.draft;
          for (const e of edits) {
            if ('path' in e) {
              draft = e.value === undefined ? deletePath(draft, e.path) : setPath(draft, e.path, e.value);
              continue;
            }
            const overrides = { ...((draft.overrides as Record<string, number> | undefined) ?? {}) };
            if (e.value === undefined || !Number.isFinite(e.value)) delete overrides[e.override];
            else overrides[e.override] = e.value;
            const { overrides: _old, ...rest } = draft;
            draft = Object.keys(overrides).length ? { ...rest, overrides } : rest;
          }
          return { ...c, draft };
        }),
      });
    },
    replaceDraft: (id, draft) => {
      mark();
      set({ candidates: mapCandidate(get().candidates, id, (c) => ({ ...c, draft })) });
    },
    setOverride: (id, paramId, value) => {
      mark();
      set({
        candidates: mapCandidate(get().candidates, id, (c) => {
          const overrides = { ...((c.draft.overrides as Record<string, number> | undefined) ?? {}) };
          if (value === undefined || !Number.isFinite(value)) delete overrides[paramId];
          else overrides[paramId] = value;
          const { overrides: _old, ...rest } = c.draft;
          return { ...c, draft: Object.keys(overrides).length ? { ...rest, overrides } : rest };
        }),
      });
    },
    resetOverrides: (id) => {
      mark();
      set({ candidates: mapCandidate(get().candidates, id, (c) => { const { overrides: _o, ...rest } = c.draft; return { ...c, draft: rest }; }) });
    },
    setMeasuredRelease: (id, data) => {
      mark();
      set({ candidates: mapCandidate(get().candidates, id, (c) => ({ ...c, draft: withMeasurements(c.draft, 'release', data) })) });
    },
    setMeasuredLoading: (id, data) => {
      mark();
      set({ candidates: mapCandidate(get().candidates, id, (c) => ({ ...c, draft: withMeasurements(c.draft, 'loading', data) })) });
    },
    setBenchMeasured: (id, data) => {
      mark();
      set({ candidates: mapCandidate(get().candidates, id, (c) => ({ ...c, draft: withMeasurements(c.draft, 'bench', data) })) });
    },
    setReleaseModel: (id, model) => {
      mark();
      set({ candidates: mapCandidate(get().candidates, id, (c) => ({ ...c, draft: withMeasurements(c.draft, 'releaseModel', model) })) });
    },
    loadWorkspace: (drafts, replace) => {
      const base = replace ? [] : get().candidates;
      if (base.length + drafts.length > MAX_CANDIDATES) { set({ refusal: limitMessage(drafts.length, base.length) }); return false; }
      const added: Candidate[] = [];
      for (const d of drafts) {
        const all = [...base, ...added];
        added.push({ id: newId(), draft: { ...d, name: uniqueName(all, String(d.name ?? 'Imported')) } });
      }
      if (!added.length) return true;
      mark();
      set({ candidates: [...base, ...added], selectedId: added[0].id, refusal: null });
      return true;
    },
  };
};

export const createUiSlice: StateCreator<AppState, [['temporal', unknown]], [], UiSlice> = (set) => ({
  tab: 'overview',
  mc: {},
  setMc: (id, entry) => set((s) => {
    const mc = { ...s.mc };
    if (entry) mc[id] = entry;
    else delete mc[id];
    return { mc };
  }),
  explain: null,
  compareSort: { key: 'score.overall', dir: 'desc' },
  pareto: { x: 'targeting.tumorDeliveryPctID', y: 'radiosensitization.sensitizerEnhancementRatio' },
  localControlWeight: 0, // DEFAULT_LOCAL_CONTROL_WEIGHT of model/score/ranking (kept out of the start-up chunk): no rank moves by default
  setTab: (tab) => set({ tab }),
  calibratePrefill: null,
  openCalibration: (calibratePrefill) => set({ calibratePrefill, tab: 'calibrate' }),
  clearCalibratePrefill: () => set({ calibratePrefill: null }),
  openExplain: (explain) => set({ explain }),
  closeExplain: () => set({ explain: null }),
  setCompareSort: (compareSort) => set({ compareSort }),
  setPareto: (axis, key) => set((s) => ({ pareto: { ...s.pareto, [axis]: key } })),
  setLocalControlWeight: (w) => set({ localControlWeight: Number.isFinite(w) && w >= 0 ? w : 0 }),
  rankingWeights: {},
  setRankingWeight: (id, w) => set((s) => {
    const next = { ...s.rankingWeights };
    if (w === null || !Number.isFinite(w) || w < 0) delete next[id];
    else next[id] = w;
    return { rankingWeights: next };
  }),
  setRankingWeights: (w) => set({ rankingWeights: { ...w } }),
});

/** What undo/redo restore: the candidates with the selection they had (a step is recorded only when the candidates change). */
export type UndoState = Pick<AppState, 'candidates' | 'selectedId'>;

/** A new app store (the app has one, `useStore`; tests make several, e.g. one per simulated browser tab). */
export function createAppStore() {
  return create<AppState>()(
    temporal(
      (...a) => ({ ...createWorkspaceSlice(...a), ...createUiSlice(...a) }),
      {
        partialize: (s): UndoState => ({ candidates: s.candidates, selectedId: s.selectedId }),
        equality: (a, b) => a.candidates === b.candidates,
        limit: 200,
      },
    ),
  );
}
export type AppStore = ReturnType<typeof createAppStore>;

export const useStore: AppStore = createAppStore();

/** Undo one step in `store`; the restored selection is repaired when its candidate is gone (e.g. deleted in another tab). */
export function undoIn(store: AppStore): void {
  endEditSession(store);
  store.temporal.getState().undo();
  const s = store.getState();
  const sel = repairSelection(s.candidates, s.selectedId);
  if (sel !== s.selectedId) store.setState({ selectedId: sel });
}
export function redoIn(store: AppStore): void {
  endEditSession(store);
  store.temporal.getState().redo();
  const s = store.getState();
  const sel = repairSelection(s.candidates, s.selectedId);
  if (sel !== s.selectedId) store.setState({ selectedId: sel });
}

export const undo = () => { mark(); undoIn(useStore); };
export const redo = () => { mark(); redoIn(useStore); };

/** The selected candidate (falls back to the first one after an undo removed the selection). */
export function selectSelected(s: AppState): Candidate | undefined {
  return s.candidates.find((c) => c.id === s.selectedId) ?? s.candidates[0];
}

export { getPath };
