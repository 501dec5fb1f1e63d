// The store's reorder (Compare's "put the workspace list in this order", the workspace's Rank): a permutation, one undo step, no step when nothing moves.
import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createAppStore, undoIn, redoIn, type AppStore } from './store';

let store: AppStore;
const ids = () => store.getState().candidates.map((c) => c.id);
const past = () => store.temporal.getState().pastStates.length;

beforeEach(() => {
  store = createAppStore();
  for (const p of ['izb-bare', 'iz-ccm', 'doxil']) store.getState().addPreset(p);
  store.temporal.getState().clear();
});

describe('store.reorder', () => {
  it('puts the candidates in the given order as one undo step; undo restores the old order, redo the new one', () => {
    const before = ids();
    const wanted = [before[3], before[1], before[0], before[2]];
    store.getState().reorder(wanted);
    expect(ids()).toEqual(wanted);
    expect(past()).toBe(1);
    undoIn(store);
    expect(ids()).toEqual(before);
    redoIn(store);
    expect(ids()).toEqual(wanted);
  });

  it('keeps the drafts and the selection (only the order changes)', () => {
    const s0 = store.getState();
    const sel = s0.selectedId;
    const drafts = new Map(s0.candidates.map((c) => [c.id, c.draft]));
    store.getState().reorder(ids().slice().reverse());
    expect(store.getState().selectedId).toBe(sel);
    for (const c of store.getState().candidates) expect(c.draft).toBe(drafts.get(c.id));
  });

  it('the same order records no undo step', () => {
    store.getState().reorder(ids());
    expect(past()).toBe(0);
  });

  it('any list of ids gives a permutation: listed known ids first in their order, the rest after in their old order', () => {
    const all = ids();
    fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom(...all), fc.constant('no-such-id')), { maxLength: 8 }), (given) => {
      const s = createAppStore();
      s.setState({ candidates: store.getState().candidates });
      s.getState().reorder(given);
      const out = s.getState().candidates.map((c) => c.id);
      const listed = [...new Set(given.filter((g) => all.includes(g)))];
      expect(out.slice().sort()).toEqual(all.slice().sort());
      expect(out.slice(0, listed.length)).toEqual(listed);
      expect(out.slice(listed.length)).toEqual(all.filter((id) => !listed.includes(id)));
    }));
  });
});
