// Compare's local-control gain weight travels with the workspace (#16 §3, Compare/ranking): schema field (optional, 0 = absent), share-link round trip, old links = 0, autosave and reload.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseWorkspace } from '../schema';
import { decodeLink, encodeLink, type StorageLike } from '../share';
import { compressToEncodedURIComponent } from 'lz-string';
import { createAppStore } from './store';
import { attachPersistence, localControlWeightOf, rankingWeightsOf, workspaceOf } from './persistence';

function memoryStorage(): StorageLike {
  const map = new Map<string, string>();
  return { getItem: (k) => (map.has(k) ? (map.get(k) as string) : null), setItem: (k, v) => void map.set(k, String(v)), removeItem: (k) => void map.delete(k) };
}

function open(storage: StorageLike) {
  const store = createAppStore();
  let pending: (() => void) | null = null;
  attachPersistence(store, { storage, events: null, now: () => 1000, later: (fn) => { pending = fn; return () => { pending = null; }; } });
  return { store, save: () => { const f = pending; pending = null; f?.(); } };
}

const ws = (ranking?: unknown) => ({ schema: 'nanoplatform.workspace/1', formulations: [{ core: { material: 'gold' } }], ...(ranking !== undefined ? { ranking } : {}) });

describe('local-control gain weight in the workspace', () => {
  it('schema: optional, kept when > 0, 0 or absent gives no field (old workspaces keep their bytes), bad values name the field', () => {
    const r = parseWorkspace(ws({ localControlWeight: 2.5 }));
    expect(r.ok && r.value.ranking).toEqual({ localControlWeight: 2.5 });
    const z = parseWorkspace(ws({ localControlWeight: 0 }));
    expect(z.ok && 'ranking' in z.value).toBe(false);
    const none = parseWorkspace(ws());
    expect(none.ok && 'ranking' in none.value).toBe(false);
    if (none.ok) expect(localControlWeightOf(none.value)).toBe(0);
    const bad = parseWorkspace(ws({ localControlWeight: -1 }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(`${bad.issues[0].path}: ${bad.issues[0].message}`).toBe('ranking.localControlWeight: must be ≥ 0 and ≤ 1000 (got -1)');
    const text = parseWorkspace(ws({ localControlWeight: 'high' }));
    expect(!text.ok && text.issues[0].path).toBe('ranking.localControlWeight');
  });
  it('share link: the weight survives encode → decode (6 significant figures); a link without it opens with 0 and its bytes do not change', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1000, noNaN: true }), (w) => {
        const d = decodeLink(encodeLink(ws({ localControlWeight: w })));
        expect(d.ok).toBe(true);
        if (d.ok) expect(localControlWeightOf(d.workspace)).toBe(Number(w.toPrecision(6)));
      }),
      { numRuns: 50 },
    );
    // the same design with weight 0 gives exactly the link it gave before the field existed
    expect(encodeLink(ws({ localControlWeight: 0 }))).toBe(encodeLink(ws()));
    // a hand-made old link (no weight, no integrity field)
    const old = decodeLink(`#w=${compressToEncodedURIComponent(JSON.stringify(ws()))}`);
    expect(old.ok && localControlWeightOf(old.workspace)).toBe(0);
  });
  it('autosave: the weight is saved with the workspace and restored on reload; back to 0 saves none', () => {
    const storage = memoryStorage();
    const a = open(storage);
    a.store.getState().setLocalControlWeight(3);
    a.save();
    const b = open(storage);
    expect(b.store.getState().localControlWeight).toBe(3);
    b.store.getState().setLocalControlWeight(0);
    b.save();
    expect(open(storage).store.getState().localControlWeight).toBe(0);
    expect(workspaceOf(b.store.getState().candidates, undefined, 0).ranking).toBeUndefined();
    expect(workspaceOf(b.store.getState().candidates, undefined, 4).ranking).toEqual({ localControlWeight: 4 });
  });
  it('component weights: optional, only the ones differing from the Score\'s 1 are kept, travel in links with the LC weight 0, bad values name the field', () => {
    const r = parseWorkspace(ws({ weights: { safety: 3, targeting: 0, loading: 1 } }));
    expect(r.ok && r.value.ranking).toEqual({ localControlWeight: 0, weights: { targeting: 0, safety: 3 } });
    if (r.ok) expect(rankingWeightsOf(r.value)).toEqual({ targeting: 0, safety: 3 });
    // all equal to the Score's: no field, same bytes as before the field existed
    const same = parseWorkspace(ws({ weights: { safety: 1 } }));
    expect(same.ok && 'ranking' in same.value).toBe(false);
    expect(encodeLink(ws({ weights: { release: 1 } }))).toBe(encodeLink(ws()));
    const bad = parseWorkspace(ws({ weights: { safety: 101 } }));
    expect(!bad.ok && `${bad.issues[0].path}: ${bad.issues[0].message}`).toBe('ranking.weights.safety: must be ≥ 0 and ≤ 100 (got 101)');
    const d = decodeLink(encodeLink(ws({ localControlWeight: 2, weights: { radiosensitization: 4.5 } })));
    expect(d.ok && d.workspace.ranking).toEqual({ localControlWeight: 2, weights: { radiosensitization: 4.5 } });
  });
  it('autosave: component weights are saved and restored; equal weights save none', () => {
    const storage = memoryStorage();
    const a = open(storage);
    a.store.getState().setRankingWeight('safety', 5);
    a.save();
    const b = open(storage);
    expect(b.store.getState().rankingWeights).toEqual({ safety: 5 });
    b.store.getState().setRankingWeights({});
    b.save();
    expect(open(storage).store.getState().rankingWeights).toEqual({});
    expect(workspaceOf(b.store.getState().candidates, undefined, 0, {}).ranking).toBeUndefined();
  });
});
