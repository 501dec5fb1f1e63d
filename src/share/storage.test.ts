// Saved workspace: envelope round trip, recovery (corrupted, foreign, future, invalid) that never loses data, and the two-tab merge rule.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PRESETS } from '../catalog';
import { parseWorkspace, type Workspace } from '../schema';
import {
  listSetAside,
  loadWorkspace,
  mergeWorkspaces,
  MAX_SET_ASIDE,
  saveWorkspace,
  stampEdits,
  startFresh,
  subscribeToOtherTabs,
  DEFAULT_STORAGE_KEY,
  RECOVERY_SUFFIX,
  type Snapshot,
  type StorageEventLike,
  type StorageLike,
} from './storage';

/** A Map behind the Storage interface (what localStorage is), optionally failing on write. */
class MemoryStorage implements StorageLike {
  map = new Map<string, string>();
  failWrites = false;
  getItem(k: string) { return this.map.has(k) ? (this.map.get(k) as string) : null; }
  setItem(k: string, v: string) { if (this.failWrites) throw new Error('QuotaExceededError'); this.map.set(k, String(v)); }
  removeItem(k: string) { this.map.delete(k); }
}

function workspace(cands: { id: string; name: string; d?: number }[]): Workspace {
  const r = parseWorkspace({
    schema: 'nanoplatform.workspace/1',
    formulations: cands.map((c) => ({ ...structuredClone(PRESETS['izb-ccm'].formulation), id: c.id, name: c.name, core: { material: 'zif-8', diameterNm: c.d ?? 120 } })),
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}
const names = (w: Workspace) => w.formulations.map((f) => (f as unknown as { name: string }).name);

describe('save / load', () => {
  it('round trip keeps ids and the canonical inputs; empty storage loads as null', () => {
    const s = new MemoryStorage();
    expect(loadWorkspace(s)).toEqual({ ok: true, envelope: null });
    const w = workspace([{ id: 'a', name: 'A' }, { id: 'b', name: 'B', d: 90 }]);
    const saved = saveWorkspace(s, w, { tabId: 't1', now: 1000, base: null });
    expect(saved.ok).toBe(true);
    const loaded = loadWorkspace(s);
    expect(loaded.ok && loaded.envelope).toEqual(saved.ok && saved.envelope);
    expect(loaded.ok && loaded.envelope?.workspace.formulations.map((f) => (f as unknown as { id: string }).id)).toEqual(['a', 'b']);
    expect(loaded.ok && loaded.envelope?.edits).toEqual({ a: 1000, b: 1000 });
    expect(JSON.parse(s.getItem(DEFAULT_STORAGE_KEY)!)).toMatchObject({ schema: 'nanoplatform.saved', version: 1, savedAt: new Date(1000).toISOString(), tabId: 't1' });
  });

  it('corrupted JSON → recovery with the raw text; save refuses to overwrite it; start fresh keeps it aside', () => {
    const s = new MemoryStorage();
    s.setItem(DEFAULT_STORAGE_KEY, '{"schema":"nanoplatform.saved","version":1,"workspace":{"formul');
    const r = loadWorkspace(s);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.recovery.reason).toBe('corrupted-json');
    expect(r.recovery.raw).toBe(s.getItem(DEFAULT_STORAGE_KEY));
    const raw = r.recovery.raw;
    const save = saveWorkspace(s, workspace([{ id: 'a', name: 'A' }]), { tabId: 't', now: 1, base: null });
    expect(save).toMatchObject({ ok: false, code: 'unreadable-stored-data' });
    expect(s.getItem(DEFAULT_STORAGE_KEY)).toBe(raw);
    expect(startFresh(s)).toMatchObject({ ok: true, copy: { n: 1, raw } });
    expect(s.getItem(DEFAULT_STORAGE_KEY + RECOVERY_SUFFIX + '.1')).toBe(raw);
    expect(loadWorkspace(s)).toEqual({ ok: true, envelope: null });
  });

  it('future envelope or schema version, foreign data and invalid workspaces are recoveries, not losses', () => {
    const s = new MemoryStorage();
    const w = workspace([{ id: 'a', name: 'A' }]);
    const cases: [string, string][] = [
      [JSON.stringify({ schema: 'nanoplatform.saved', version: 2, savedAt: 'x', tabId: 't', workspace: w }), 'future-version'],
      [JSON.stringify({ schema: 'nanoplatform.saved', version: 1, workspace: { schema: 'nanoplatform.workspace/7', formulations: [] } }), 'future-version'],
      [JSON.stringify({ hello: 'world' }), 'not-an-envelope'],
      ['42', 'not-an-envelope'],
      [JSON.stringify({ schema: 'nanoplatform.saved', version: 1, workspace: { schema: 'nanoplatform.workspace/1', formulations: [{ core: { material: 'zif-8', diameterNm: -5 } }] } }), 'invalid-workspace'],
    ];
    for (const [raw, reason] of cases) {
      s.setItem(DEFAULT_STORAGE_KEY, raw);
      const r = loadWorkspace(s);
      expect(r.ok ? 'ok' : r.recovery.reason).toBe(reason);
      if (!r.ok) {
        expect(r.recovery.raw).toBe(raw);
        expect(r.recovery.message).toMatch(/\S/);
      }
    }
    const inv = loadWorkspace(s);
    expect(!inv.ok && inv.recovery.issues?.[0].path).toMatch(/^formulations\.0\.core\.diameterNm/);
  });

  it('a failing write reports an error and leaves the stored data alone', () => {
    const s = new MemoryStorage();
    const w = workspace([{ id: 'a', name: 'A' }]);
    const first = saveWorkspace(s, w, { tabId: 't', now: 1, base: null });
    const before = s.getItem(DEFAULT_STORAGE_KEY);
    s.failWrites = true;
    expect(saveWorkspace(s, workspace([{ id: 'a', name: 'A2' }]), { tabId: 't', now: 2, base: first.ok ? first.envelope : null })).toMatchObject({ ok: false, code: 'write-failed' });
    expect(s.getItem(DEFAULT_STORAGE_KEY)).toBe(before);
  });
});

describe('two tabs', () => {
  it('tab B saving after tab A does not overwrite A: both sets kept, newest edit per candidate wins, B is told', () => {
    const s = new MemoryStorage();
    const start = saveWorkspace(s, workspace([{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }]), { tabId: 'tA', now: 100, base: null });
    if (!start.ok) throw new Error();
    const base = start.envelope; // both tabs opened here
    // tab A: edits a, adds c
    const a1 = saveWorkspace(s, workspace([{ id: 'a', name: 'A', d: 80 }, { id: 'b', name: 'B' }, { id: 'c', name: 'C' }]), { tabId: 'tA', now: 200, base });
    expect(a1.ok && a1.merge).toBe(null);
    // tab B (still on base): edits b, adds d
    const b1 = saveWorkspace(s, workspace([{ id: 'a', name: 'A' }, { id: 'b', name: 'B', d: 150 }, { id: 'd', name: 'D' }]), { tabId: 'tB', now: 300, base });
    if (!b1.ok) throw new Error();
    expect(names(b1.envelope.workspace)).toEqual(['A', 'B', 'D', 'C']);
    const diam = (id: string) => (b1.envelope.workspace.formulations.find((f) => (f as unknown as { id: string }).id === id) as unknown as { core: { diameterNm: number } }).core.diameterNm;
    expect(diam('a')).toBe(80); // A's edit (newer than B's untouched copy)
    expect(diam('b')).toBe(150); // B's edit
    expect(b1.merge).toMatchObject({ added: ['C'], updated: ['A'], removed: [], changed: true });
    expect(b1.merge?.message).toMatch(/^Another tab changed this workspace: added C; updated A\./);
    // the stored envelope is the merge
    const stored = loadWorkspace(s);
    expect(stored.ok && names(stored.envelope!.workspace)).toEqual(['A', 'B', 'D', 'C']);
  });

  it('a deletion in one tab wins over an older copy, loses to a newer edit', () => {
    const w0 = workspace([{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }]);
    const base = stampEdits(w0, null, 100);
    const local = stampEdits(workspace([{ id: 'a', name: 'A' }]), base, 200); // deleted b at 200
    const remoteOld = base;
    expect(names(mergeWorkspaces(local, remoteOld).snapshot.workspace)).toEqual(['A']);
    const remoteNewer = stampEdits(workspace([{ id: 'a', name: 'A' }, { id: 'b', name: 'B', d: 99 }]), base, 300); // edited b at 300
    const m = mergeWorkspaces(local, remoteNewer);
    expect(names(m.snapshot.workspace)).toEqual(['A', 'B']);
    expect(m.report.added).toEqual(['B']);
  });

  const snapArb: fc.Arbitrary<Snapshot> = fc
    .uniqueArray(fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e'), d: fc.integer({ min: 60, max: 200 }), t: fc.integer({ min: 1, max: 50 }) }), { selector: (x) => x.id, maxLength: 5 })
    .chain((cs) => fc.record({ cs: fc.constant(cs), removed: fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd', 'e'), fc.integer({ min: 1, max: 50 })) }))
    .map(({ cs, removed }) => {
      const w = cs.length ? workspace(cs.map((c) => ({ id: c.id, name: c.id.toUpperCase(), d: c.d }))) : ({ schema: 'nanoplatform.workspace/1', formulations: [] } as unknown as Workspace);
      const rm = Object.fromEntries(Object.entries(removed).filter(([k]) => !cs.some((c) => c.id === k)));
      return { workspace: w, edits: Object.fromEntries(cs.map((c) => [c.id, c.t])), removed: rm };
    });
  const contentSet = (s: Snapshot) => s.workspace.formulations.map((f) => JSON.stringify(f)).sort();

  it('merge properties: idempotent, symmetric in content, newest edit wins, nothing lost unless deleted later', () => {
    fc.assert(
      fc.property(snapArb, snapArb, (l, r) => {
        expect(contentSet(mergeWorkspaces(l, l).snapshot)).toEqual(contentSet(l));
        expect(mergeWorkspaces(l, l).report.changed).toBe(false);
        const lr = mergeWorkspaces(l, r).snapshot;
        const rl = mergeWorkspaces(r, l).snapshot;
        expect(contentSet(lr)).toEqual(contentSet(rl));
        const ids = (s: Snapshot) => s.workspace.formulations.map((f) => (f as unknown as { id: string }).id);
        for (const id of new Set([...ids(l), ...ids(r)])) {
          const tl = ids(l).includes(id) ? l.edits[id] : -1;
          const tr = ids(r).includes(id) ? r.edits[id] : -1;
          const deletedAt = Math.max(l.removed[id] ?? -1, r.removed[id] ?? -1);
          const kept = ids(lr).includes(id);
          if (ids(l).includes(id) && ids(r).includes(id)) expect(kept).toBe(true);
          else expect(kept).toBe(Math.max(tl, tr) > deletedAt);
          if (kept && tl !== tr && tl >= 0 && tr >= 0) {
            const winner = (tl > tr ? l : r).workspace.formulations.find((f) => (f as unknown as { id: string }).id === id);
            expect(lr.workspace.formulations.find((f) => (f as unknown as { id: string }).id === id)).toEqual(winner);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('subscribeToOtherTabs reports other tabs\' saves, ignores its own and other keys, and unsubscribes', () => {
    const s = new MemoryStorage();
    const target = new EventTarget();
    const got: string[] = [];
    const un = subscribeToOtherTabs(
      { addEventListener: (t, l) => target.addEventListener(t, (e) => l((e as CustomEvent<StorageEventLike>).detail)), removeEventListener: () => target.dispatchEvent(new Event('gone')) },
      'me',
      (c) => got.push(c.kind === 'saved' ? `saved:${c.envelope.tabId}` : c.kind),
    );
    const fire = (detail: StorageEventLike) => target.dispatchEvent(new CustomEvent('storage', { detail }));
    const other = saveWorkspace(s, workspace([{ id: 'a', name: 'A' }]), { tabId: 'other', now: 5, base: null });
    const mine = saveWorkspace(new MemoryStorage(), workspace([{ id: 'a', name: 'A' }]), { tabId: 'me', now: 5, base: null });
    fire({ key: DEFAULT_STORAGE_KEY, newValue: JSON.stringify(other.ok && other.envelope) });
    fire({ key: DEFAULT_STORAGE_KEY, newValue: JSON.stringify(mine.ok && mine.envelope) });
    fire({ key: 'something-else', newValue: '{}' });
    fire({ key: DEFAULT_STORAGE_KEY, newValue: '{broken' });
    fire({ key: DEFAULT_STORAGE_KEY, newValue: null });
    expect(got).toEqual(['saved:other', 'unreadable', 'cleared']);
    un();
  });
});

describe('nothing lost (issue 22)', () => {
  const envelopeOf = (ws: unknown) => JSON.stringify({ schema: 'nanoplatform.saved', version: 1, savedAt: 'x', tabId: 't', workspace: ws, edits: {}, removed: {} });

  it('a saved selection naming no candidate loads with a warning, not a recovery', () => {
    const s = new MemoryStorage();
    s.setItem(DEFAULT_STORAGE_KEY, envelopeOf({ ...workspace([{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }]), activeId: 'gone' }));
    const r = loadWorkspace(s);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(names(r.envelope!.workspace)).toEqual(['A', 'B']);
    expect((r.envelope!.workspace as { activeId?: string }).activeId).toBeUndefined();
    expect(r.warnings?.join(' ')).toMatch(/selected is no longer/);
    // a selection that exists is kept, without a warning
    s.setItem(DEFAULT_STORAGE_KEY, envelopeOf({ ...workspace([{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }]), activeId: 'b' }));
    const ok = loadWorkspace(s);
    expect(ok.ok && (ok.envelope!.workspace as { activeId?: string }).activeId).toBe('b');
    expect(ok.ok && ok.warnings).toBeUndefined();
  });

  it('more than 100 candidates (two tabs merged) load whole with a warning; ids stay unique', () => {
    const s = new MemoryStorage();
    const cands = Array.from({ length: 230 }, (_, i) => ({ id: `k${i}`, name: `N${i}`, d: 60 + (i % 100) }));
    const big = { schema: 'nanoplatform.workspace/1', formulations: workspace(cands.slice(0, 100)).formulations.concat(workspace(cands.slice(100, 200)).formulations, workspace(cands.slice(200)).formulations), activeId: 'k150' };
    s.setItem(DEFAULT_STORAGE_KEY, envelopeOf(big));
    const r = loadWorkspace(s);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(names(r.envelope!.workspace)).toEqual(cands.map((c) => c.name));
    expect((r.envelope!.workspace as { activeId?: string }).activeId).toBe('k150');
    expect(r.warnings?.join(' ')).toMatch(/230 candidates, more than the 100/);
    // a bad entry past the first hundred is named by its real index
    const bad = structuredClone(big) as unknown as { formulations: Record<string, unknown>[] };
    bad.formulations[205] = { ...bad.formulations[205], core: { material: 'zif-8', diameterNm: -1 } };
    s.setItem(DEFAULT_STORAGE_KEY, envelopeOf(bad));
    const b = loadWorkspace(s);
    expect(!b.ok && b.recovery.issues?.[0].path).toMatch(/^formulations\.205\.core\.diameterNm/);
    // id-less entries get distinct ids across the parts
    const noIds = { formulations: big.formulations.map((f) => { const { id: _id, ...rest } = f as unknown as Record<string, unknown>; return rest; }) };
    s.setItem(DEFAULT_STORAGE_KEY, envelopeOf(noIds));
    const n = loadWorkspace(s);
    const ids = n.ok ? n.envelope!.workspace.formulations.map((f) => (f as unknown as { id: string }).id) : [];
    expect(new Set(ids).size).toBe(230);
  });

  it('edit stamps change only for the candidate that changed, however often the tab saves', () => {
    const s = new MemoryStorage();
    const w = workspace([{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }]);
    const first = saveWorkspace(s, w, { tabId: 't', now: 100, base: null });
    if (!first.ok) throw new Error();
    // the same content again (not canonical in memory: completed but unrounded) keeps every stamp
    const again = saveWorkspace(s, w, { tabId: 't', now: 200, base: first.envelope });
    expect(again.ok && again.envelope.edits).toEqual({ a: 100, b: 100 });
    const edited = saveWorkspace(s, workspace([{ id: 'a', name: 'A' }, { id: 'b', name: 'B', d: 77 }]), { tabId: 't', now: 300, base: again.ok ? again.envelope : null, touched: { b: 250 } });
    expect(edited.ok && edited.envelope.edits).toEqual({ a: 100, b: 250 });
  });

  it('an idle tab never wins a candidate it did not change (walk10 #1): a differing text it did not touch keeps the old stamp, so the other tab’s edit wins', () => {
    const s = new MemoryStorage();
    const w0 = workspace([{ id: 'a', name: 'A', d: 50 }, { id: 'b', name: 'B' }]);
    const first = saveWorkspace(s, w0, { tabId: 'A', now: 100, base: null });
    if (!first.ok) throw new Error();
    // tab B edits a at 500 and saves
    const bSave = saveWorkspace(s, workspace([{ id: 'a', name: 'A', d: 60 }, { id: 'b', name: 'B' }]), { tabId: 'B', now: 600, base: first.envelope, touched: { a: 500 } });
    expect(bSave.ok && bSave.envelope.edits.a).toBe(500);
    // tab A, idle (touched: nothing), holds a text of a that differs from its base (say a representation it re-derived)
    const aLocal = stampEdits(workspace([{ id: 'a', name: 'A', d: 50.0000001 }, { id: 'b', name: 'B' }]), first.envelope, 900, {});
    expect(aLocal.edits.a).toBe(100);
    const m = mergeWorkspaces(aLocal, bSave.ok ? bSave.envelope : (null as never));
    const a = m.snapshot.workspace.formulations.find((f) => (f as { id?: string }).id === 'a') as unknown as { core: { diameterNm: number } };
    expect(a.core.diameterNm).toBe(60);
    expect(m.report.changed).toBe(true); // A takes B's edit
    // without a touched record at all (the pure API's default) a changed candidate is still stamped now
    expect(stampEdits(workspace([{ id: 'a', name: 'A', d: 51 }]), first.envelope, 900).edits.a).toBe(900);
  });

  it('"Start fresh" never overwrites a set-aside copy: numbered, the newest 5 kept, an older unnumbered copy listed', () => {
    const s = new MemoryStorage();
    s.setItem(DEFAULT_STORAGE_KEY + RECOVERY_SUFFIX, 'legacy copy');
    for (let i = 1; i <= 7; i++) {
      s.setItem(DEFAULT_STORAGE_KEY, `broken ${i}`);
      const r = startFresh(s);
      expect(r).toMatchObject({ ok: true, copy: { n: i, raw: `broken ${i}` } });
      expect(s.getItem(DEFAULT_STORAGE_KEY)).toBeNull();
    }
    const copies = listSetAside(s);
    expect(copies.map((c) => [c.n, c.raw])).toEqual([[0, 'legacy copy'], [3, 'broken 3'], [4, 'broken 4'], [5, 'broken 5'], [6, 'broken 6'], [7, 'broken 7']]);
    expect(MAX_SET_ASIDE).toBe(5);
    // a lost index never leads to overwriting: the next number in use is skipped
    s.removeItem(DEFAULT_STORAGE_KEY + RECOVERY_SUFFIX + '.index');
    s.setItem(DEFAULT_STORAGE_KEY, 'broken 8');
    const r = startFresh(s);
    expect(r.ok && r.copy?.n).toBe(1);
    expect(s.getItem(DEFAULT_STORAGE_KEY + RECOVERY_SUFFIX + '.7')).toBe('broken 7');
  });

  it('property: every workspace the save path writes loads back (same candidates, same selection)', () => {
    const arb = fc.record({
      cands: fc.uniqueArray(fc.record({ id: fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/), name: fc.string({ maxLength: 30 }), d: fc.double({ min: 5, max: 900, noNaN: true }) }), { selector: (c) => c.id, minLength: 1, maxLength: 8 }),
      active: fc.option(fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/), { nil: undefined }),
    });
    fc.assert(
      fc.property(arb, ({ cands, active }) => {
        const s = new MemoryStorage();
        const ws = { ...workspace(cands), ...(active ? { activeId: active } : {}) } as Workspace;
        const saved = saveWorkspace(s, ws, { tabId: 't', now: 1, base: null });
        if (!saved.ok) return;
        const r = loadWorkspace(s);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.envelope!.workspace.formulations).toEqual(saved.envelope.workspace.formulations);
        const a = (r.envelope!.workspace as { activeId?: string }).activeId;
        expect(a).toBe(active && cands.some((c) => c.id === active) ? active : undefined);
      }),
      { numRuns: 60 },
    );
  });
});
