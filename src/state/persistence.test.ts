// Autosave without loss (issue 22): undo keeps the selection valid, the 100-candidate limit, unscorable and dangling
// data load, no storage, edits kept while the recovery banner shows, and a randomized two-tab test (two stores on one
// fake localStorage with storage events) asserting no edit is lost and undo never reverts the other tab's work.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalSaved, DEFAULT_STORAGE_KEY, type StorageEventLike, type StorageLike, type EventTargetLike } from '../share';
import type { Workspace } from '../schema';
import { createAppStore, undoIn, redoIn, MAX_CANDIDATES, type AppStore } from './store';
import { attachPersistence, workspaceOf, PENDING_KEY, type PersistenceController } from './persistence';
import type { Candidate } from './types';

/** One browser profile's localStorage shared by several tabs; a write fires `storage` in every other tab (queued until delivered). */
class SharedStorage {
  map = new Map<string, string>();
  tabs: FakeTab[] = [];
  tabView(owner: FakeTab): StorageLike {
    return {
      getItem: (k) => (this.map.has(k) ? (this.map.get(k) as string) : null),
      setItem: (k, v) => { this.map.set(k, String(v)); this.fire(owner, k, String(v)); },
      removeItem: (k) => { this.map.delete(k); this.fire(owner, k, null); },
    };
  }
  private fire(owner: FakeTab, key: string, newValue: string | null) {
    for (const t of this.tabs) if (t !== owner) t.queue.push({ key, newValue });
  }
}

class FakeTab implements EventTargetLike {
  queue: StorageEventLike[] = [];
  listeners = new Set<(e: StorageEventLike) => void>();
  store: AppStore = createAppStore();
  pending: (() => void) | null = null;
  p!: PersistenceController;
  constructor(shared: SharedStorage, clock: () => number, name: string) {
    shared.tabs.push(this);
    this.p = attachPersistence(this.store, {
      storage: shared.tabView(this),
      events: this,
      now: clock,
      tabId: name,
      later: (fn) => { this.pending = fn; return () => { this.pending = null; }; },
    });
  }
  addEventListener(_t: 'storage', l: (e: StorageEventLike) => void) { this.listeners.add(l); }
  removeEventListener(_t: 'storage', l: (e: StorageEventLike) => void) { this.listeners.delete(l); }
  /** Run the debounced save, if one is waiting. */
  save() { const f = this.pending; this.pending = null; f?.(); }
  /** Deliver the queued storage events (in order). */
  deliver() { while (this.queue.length) { const e = this.queue.shift()!; this.listeners.forEach((l) => l(e)); } }
}

const textOf = (c: Candidate): string | null => {
  const f = workspaceOf([c]).formulations[0];
  return f ? JSON.stringify(canonicalSaved({ formulations: [f] } as unknown as Workspace).formulations[0]) : null;
};
const contents = (store: AppStore) => new Map(store.getState().candidates.map((c) => [c.id, textOf(c)]));
const names = (store: AppStore) => store.getState().candidates.map((c) => String(c.draft.name));

function memoryStorage(): StorageLike & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => { map.set(k, String(v)); }, removeItem: (k) => { map.delete(k); } };
}

/** A page load on `storage`: a new store, persistence attached, saves run by hand. */
function open(storage: StorageLike, t = { now: 1000 }) {
  const store = createAppStore();
  let pending: (() => void) | null = null;
  const p = attachPersistence(store, { storage, events: null, now: () => t.now, later: (fn) => { pending = fn; return () => { pending = null; }; } });
  return { store, p, save: () => { const f = pending; pending = null; f?.(); } };
}

describe('undo/redo and the selection (item 1)', () => {
  it('add two presets, undo, reload: the selection is restored with the candidates and the workspace loads', () => {
    const storage = memoryStorage();
    const a = open(storage);
    const st = a.store.getState();
    const first = st.selectedId;
    st.addPreset('izb-bare');
    const second = a.store.getState().addPreset('iz-ccm')!;
    expect(a.store.getState().selectedId).toBe(second);
    undoIn(a.store);
    expect(a.store.getState().candidates).toHaveLength(2);
    expect(a.store.getState().candidates.some((c) => c.id === a.store.getState().selectedId)).toBe(true);
    undoIn(a.store);
    expect(a.store.getState().selectedId).toBe(first);
    redoIn(a.store);
    expect(a.store.getState().candidates).toHaveLength(2);
    expect(a.store.getState().selectedId).toBe(a.store.getState().candidates[1].id);
    a.save();
    const b = open(storage);
    expect(b.p.status().recovery).toBeNull();
    expect(names(b.store)).toEqual(names(a.store));
    expect(b.store.getState().selectedId).toBe(a.store.getState().selectedId);
  });

  it('a saved selection naming no candidate never locks the workspace: first selected, with a notice', () => {
    const storage = memoryStorage();
    const a = open(storage);
    a.store.getState().addPreset('izb-bare');
    a.save();
    const env = JSON.parse(storage.getItem(DEFAULT_STORAGE_KEY)!);
    env.workspace.activeId = 'nobody';
    storage.setItem(DEFAULT_STORAGE_KEY, JSON.stringify(env));
    const b = open(storage);
    expect(b.p.status().recovery).toBeNull();
    expect(b.p.status().notice).toMatch(/first candidate is selected/);
    expect(names(b.store)).toEqual(names(a.store));
    expect(b.store.getState().selectedId).toBe(b.store.getState().candidates[0].id);
  });
});

describe('limits and unscorable candidates (items 2, 3)', () => {
  it('the 101st candidate is refused by + New, duplicate, preset and loadWorkspace, with a message; 100 save and load', () => {
    const storage = memoryStorage();
    const a = open(storage);
    const s = () => a.store.getState();
    while (s().candidates.length < MAX_CANDIDATES) expect(s().addCandidate()).not.toBeNull();
    expect(s().addCandidate()).toBeNull();
    expect(s().refusal).toMatch(/at most 100 formulations/);
    s().dismissRefusal();
    expect(s().duplicate(s().candidates[0].id)).toBeNull();
    expect(s().refusal).toMatch(/at most 100/);
    expect(s().addPreset('izb-bare')).toBeNull();
    expect(s().loadWorkspace([{ core: { material: 'zif-8' } }], false)).toBe(false);
    expect(s().candidates).toHaveLength(MAX_CANDIDATES);
    expect(s().loadWorkspace([{ core: { material: 'zif-8' } }], true)).toBe(true); // Replace is allowed
    expect(s().candidates).toHaveLength(1);
    undoIn(a.store);
    expect(s().candidates).toHaveLength(MAX_CANDIDATES);
    a.save();
    const b = open(storage);
    expect(b.p.status().recovery).toBeNull();
    expect(b.store.getState().candidates).toHaveLength(MAX_CANDIDATES);
  });

  it('a valid but unscorable candidate is saved, reloaded and selectable (not dropped, no recovery)', () => {
    const storage = memoryStorage();
    const a = open(storage);
    a.store.getState().loadWorkspace([{ name: 'tiny-tumour', scenario: { tumorMassG: 5e-324 } }], false);
    a.save();
    const saved = JSON.parse(storage.getItem(DEFAULT_STORAGE_KEY)!);
    expect(saved.workspace.formulations.map((f: { name: string }) => f.name)).toEqual(['IZB@CCM', 'tiny-tumour']);
    const b = open(storage);
    expect(b.p.status().recovery).toBeNull();
    expect(names(b.store)).toEqual(['IZB@CCM', 'tiny-tumour']);
    expect(b.store.getState().selectedId).toBe(b.store.getState().candidates[1].id);
  });
});

describe('no storage, recovery (items 5, 6)', () => {
  it('without storage the store works and the status says nothing is saved', () => {
    const store = createAppStore();
    const p = attachPersistence(store, { storage: null, events: null, now: () => 1 });
    expect(p.status().noStorage).toMatch(/nothing is saved.*Export JSON/);
    expect(store.getState().addPreset('izb-bare')).not.toBeNull();
    expect(store.getState().candidates).toHaveLength(2);
  });

  it('edits made while the recovery banner shows are kept beside the unreadable data, come back on reload, and are saved after Start fresh', () => {
    const storage = memoryStorage();
    storage.setItem(DEFAULT_STORAGE_KEY, '{"broken');
    const a = open(storage);
    expect(a.p.status().recovery?.reason).toBe('corrupted-json');
    expect(a.p.status().held).toBe(true);
    a.store.getState().addPreset('izb-bare');
    a.store.getState().rename(a.store.getState().candidates[0].id, 'kept while broken');
    a.save();
    expect(storage.getItem(DEFAULT_STORAGE_KEY)).toBe('{"broken'); // untouched
    const b = open(storage);
    expect(b.p.status().recovery?.reason).toBe('corrupted-json');
    expect(names(a.store)[0]).toBe('kept while broken');
    expect(names(b.store)).toEqual(names(a.store));
    expect(b.store.getState().candidates).toHaveLength(2);
    b.p.startFresh();
    expect(b.p.status().recovery).toBeNull();
    expect(b.p.status().setAside.map((c) => c.raw)).toEqual(['{"broken']);
    expect(storage.getItem(PENDING_KEY)).toBeNull();
    const c = open(storage);
    expect(c.p.status().recovery).toBeNull();
    expect(names(c.store)).toEqual(names(a.store));
  });
});

describe('two tabs (item 4)', () => {
  it('A renames candidate 1 while B renames candidate 2: both renames survive, in every order of saving', () => {
    for (const order of [['A', 'B'], ['B', 'A']]) {
      const shared = new SharedStorage();
      let t = 1;
      const A = new FakeTab(shared, () => t, 'A');
      A.store.getState().addPreset('izb-bare');
      A.save();
      const B = new FakeTab(shared, () => t, 'B');
      expect(names(B.store)).toEqual(names(A.store));
      const [c1, c2] = A.store.getState().candidates.map((c) => c.id);
      t++; A.store.getState().rename(c1, 'A1');
      t++; B.store.getState().rename(c2, 'B2');
      const tabs = { A, B };
      for (let round = 0; round < 3; round++) for (const k of order) { tabs[k as 'A' | 'B'].save(); tabs[k as 'A' | 'B'].deliver(); }
      for (const tab of [A, B]) tab.deliver();
      expect(names(A.store)).toEqual(['A1', 'B2']);
      expect(names(B.store)).toEqual(['A1', 'B2']);
      // a further save by A keeps B's stamp (only A's changed candidates get a new stamp)
      t++; A.store.getState().rename(c1, 'A1b');
      A.save();
      const env = JSON.parse(shared.map.get(DEFAULT_STORAGE_KEY)!);
      expect(env.edits[c2]).toBe(3);
    }
  });

  it('undo in A never deletes a candidate B added after the undone step', () => {
    const shared = new SharedStorage();
    let t = 1;
    const A = new FakeTab(shared, () => t, 'A');
    A.store.getState().addPreset('izb-bare');
    A.save();
    const B = new FakeTab(shared, () => t, 'B');
    t++; A.store.getState().rename(A.store.getState().candidates[0].id, 'renamed in A');
    A.save();
    B.deliver();
    t++; const added = B.store.getState().addPreset('iz-ccm')!;
    B.save();
    A.deliver();
    expect(A.store.getState().candidates.map((c) => c.id)).toContain(added);
    t++; undoIn(A.store); // undoes the rename
    expect(names(A.store)[0]).not.toBe('renamed in A');
    expect(A.store.getState().candidates.map((c) => c.id)).toContain(added);
    undoIn(A.store); // and the preset add before it: B's candidate stays
    expect(A.store.getState().candidates.map((c) => c.id)).toContain(added);
    A.save();
    B.deliver();
    expect(B.store.getState().candidates.map((c) => c.id)).toContain(added);
  });

  type Act =
    | { tab: 0 | 1; k: 'edit'; i: number; v: number }
    | { tab: 0 | 1; k: 'rename'; i: number; v: number }
    | { tab: 0 | 1; k: 'add'; i: number }
    | { tab: 0 | 1; k: 'dup' | 'delete' | 'select'; i: number }
    | { tab: 0 | 1; k: 'undo' | 'redo' | 'save' | 'deliver' };
  const tab = fc.constantFrom<0 | 1>(0, 1);
  const idx = fc.nat({ max: 9 });
  const act: fc.Arbitrary<Act> = fc.oneof(
    { weight: 3, arbitrary: fc.record({ tab, k: fc.constant('edit' as const), i: idx, v: fc.integer({ min: 40, max: 250 }) }) },
    { weight: 3, arbitrary: fc.record({ tab, k: fc.constant('rename' as const), i: idx, v: fc.nat({ max: 999 }) }) },
    { weight: 1, arbitrary: fc.record({ tab, k: fc.constant('add' as const), i: fc.nat({ max: 3 }) }) },
    { weight: 1, arbitrary: fc.record({ tab, k: fc.constantFrom('dup' as const, 'delete' as const, 'select' as const), i: idx }) },
    { weight: 2, arbitrary: fc.record({ tab, k: fc.constantFrom('undo' as const, 'redo' as const) }) },
    { weight: 4, arbitrary: fc.record({ tab, k: fc.constantFrom('save' as const, 'deliver' as const) }) },
  );
  const PRESET_CHOICES = ['izb-bare', 'iz-ccm', 'zb-ccm', ''];

  function runTwoTabs(acts: Act[]): void {
        const shared = new SharedStorage();
        let t = 1;
        const tabs = [new FakeTab(shared, () => t, 'A'), null as unknown as FakeTab];
        tabs[0].store.getState().addPreset('izb-bare');
        tabs[0].save();
        tabs[1] = new FakeTab(shared, () => t, 'B');
        // The oracle. A tab's local change is a write (time, content; null = deleted) unless it brings the candidate
        // back to what the tab last synced (an undo of an unsaved step is no edit). A tab's writes count once it syncs
        // (saves, or hears the other tab's save): from then on its stamps stand. The last counted write of each id wins.
        const writes = new Map<string, { t: number; text: string | null }>();
        for (const [id, text] of contents(tabs[0].store)) writes.set(id, { t: 0, text });
        const synced = [contents(tabs[0].store), contents(tabs[1].store)];
        const pendingWrites = [new Map<string, { t: number; text: string | null }>(), new Map<string, { t: number; text: string | null }>()];
        const commit = (n: 0 | 1) => {
          for (const [id, w] of pendingWrites[n]) if ((writes.get(id)?.t ?? -1) < w.t) writes.set(id, w);
          pendingWrites[n].clear();
          synced[n] = contents(tabs[n].store);
        };
        /** Per tab, which candidates' current content came from the other tab (undo must never change those). */
        const fromOther = [new Set<string>(), new Set<string>()];
        const track = (n: 0 | 1, run: () => void, local: boolean, op: 'save' | 'deliver' | 'both' | null = null) => {
          const saves = (op === 'save' || op === 'both') && tabs[n].pending !== null;
          const hears = (op === 'deliver' || op === 'both') && tabs[n].queue.some((e) => e.key === DEFAULT_STORAGE_KEY);
          const syncs = !local && (saves || hears);
          const before = contents(tabs[n].store);
          run();
          const after = contents(tabs[n].store);
          const changed: string[] = [];
          for (const [id, text] of after) if (before.get(id) !== text) changed.push(id);
          for (const id of before.keys()) if (!after.has(id)) changed.push(id);
          for (const id of changed) {
            if (local) {
              const text = after.get(id) ?? null;
              if (text === (synced[n].get(id) ?? null)) pendingWrites[n].delete(id);
              else pendingWrites[n].set(id, { t, text });
              fromOther[n].delete(id);
            } else fromOther[n].add(id);
          }
          if (syncs) commit(n);
          return changed;
        };
        const log = process.env.NPD_TWO_TAB_LOG ? (m: string) => console.log(m, tabs.map((x) => x.store.getState().candidates.map((c) => `${c.id.slice(0, 4)}:${String(c.draft.name)}:${String((c.draft.core as { diameterNm?: number })?.diameterNm)}`).join(',')).join(' | ')) : () => {};
        log('start');
        for (const a of acts) {
          t++;
          const s = tabs[a.tab].store;
          const list = s.getState().candidates;
          const pick = 'i' in a && list.length ? list[a.i % list.length] : undefined;
          switch (a.k) {
            case 'edit': if (pick) track(a.tab, () => s.getState().edit(pick.id, 'core.diameterNm', a.v), true); break;
            case 'rename': if (pick) track(a.tab, () => s.getState().rename(pick.id, `n${a.v}`), true); break;
            case 'add': track(a.tab, () => (PRESET_CHOICES[a.i] ? s.getState().addPreset(PRESET_CHOICES[a.i]) : s.getState().addCandidate()), true); break;
            case 'dup': if (pick) track(a.tab, () => s.getState().duplicate(pick.id), true); break;
            case 'delete': if (pick) track(a.tab, () => s.getState().remove(pick.id), true); break;
            case 'select': if (pick) s.getState().select(pick.id); break;
            case 'undo':
            case 'redo': {
              const other = new Set(fromOther[a.tab]);
              const changed = track(a.tab, () => (a.k === 'undo' ? undoIn(s) : redoIn(s)), true);
              for (const id of changed) expect(other.has(id), `${a.k} changed ${id}, last changed by the other tab`).toBe(false);
              break;
            }
            case 'save': track(a.tab, () => tabs[a.tab].save(), false, 'save'); break;
            case 'deliver': track(a.tab, () => tabs[a.tab].deliver(), false, 'deliver'); break;
          }
          log(`t=${t} ${JSON.stringify(a)}`);
          for (const n of [0, 1] as const) {
            const st = tabs[n].store.getState();
            if (st.candidates.length) expect(st.candidates.some((c) => c.id === st.selectedId)).toBe(true);
          }
        }
        // settle: both tabs save and hear each other until nothing moves
        for (let r = 0; r < 4; r++) for (const n of [0, 1] as const) { t++; track(n, () => { tabs[n].save(); tabs[n].deliver(); }, false, 'both'); }
        const brief = (text: string | null) => { const f = JSON.parse(text ?? 'null'); return f ? `${f.name} d=${f.core.diameterNm}` : 'none'; };
        const expected = new Map([...writes].filter(([, w]) => w.text !== null).map(([id, w]) => [id, w.text]));
        const show = (m: Map<string, string | null>) => Object.fromEntries([...m].map(([id, x]) => [id, brief(x)]).sort());
        for (const n of [0, 1]) if (JSON.stringify(show(contents(tabs[n].store))) !== JSON.stringify(show(expected))) throw new Error(`tab ${n}: ${JSON.stringify(show(contents(tabs[n].store)))} expected ${JSON.stringify(show(expected))} ${JSON.stringify([...writes].map(([id, w]) => [id, w.t, brief(w.text)]))}`);
        for (const n of [0, 1]) expect(contents(tabs[n].store)).toEqual(expected);
        const saved = JSON.parse(shared.map.get(DEFAULT_STORAGE_KEY)!);
        expect(new Set(saved.workspace.formulations.map((f: { id: string }) => f.id))).toEqual(new Set(expected.keys()));
  }

  it('two-tab sequences that once lost an edit', () => {
    const cases: Act[][] = [
      [{ tab: 1, k: 'edit', i: 0, v: 40 }, { tab: 0, k: 'save' }, { tab: 0, k: 'save' }, { tab: 0, k: 'undo' }, { tab: 0, k: 'edit', i: 0, v: 40 }, { tab: 0, k: 'undo' }, { tab: 0, k: 'save' }, { tab: 0, k: 'rename', i: 0, v: 0 }, { tab: 0, k: 'undo' }, { tab: 1, k: 'edit', i: 0, v: 40 }, { tab: 0, k: 'save' }],
    ];
    cases.push([{ tab: 0, k: 'redo' }, { tab: 0, k: 'save' }, { tab: 0, k: 'edit', i: 0, v: 40 }, { tab: 0, k: 'rename', i: 3, v: 0 }, { tab: 0, k: 'deliver' }, { tab: 0, k: 'rename', i: 3, v: 1 }, { tab: 1, k: 'rename', i: 3, v: 1 }, { tab: 0, k: 'undo' }, { tab: 0, k: 'save' }, { tab: 0, k: 'save' }]);
    cases.push([{ tab: 1, k: 'edit', i: 3, v: 40 }, { tab: 1, k: 'save' }, { tab: 0, k: 'deliver' }, { tab: 0, k: 'undo' }, { tab: 0, k: 'add', i: 0 }, { tab: 0, k: 'undo' }, { tab: 0, k: 'undo' }, { tab: 0, k: 'rename', i: 0, v: 0 }, { tab: 0, k: 'edit', i: 0, v: 40 }, { tab: 0, k: 'rename', i: 0, v: 0 }, { tab: 0, k: 'edit', i: 0, v: 40 }, { tab: 0, k: 'save' }]);
    for (const c of cases) runTwoTabs(c);
  });

  it('randomized: interleaved edits, renames, adds, deletes, undo/redo and saves in two tabs lose no edit', () => {
    fc.assert(fc.property(fc.array(act, { minLength: 10, maxLength: 45 }), runTwoTabs), { numRuns: Number(process.env.NPD_TWO_TAB_RUNS ?? 40), seed: Number(process.env.NPD_TWO_TAB_SEED ?? 22) });
  }, 120_000);
});
