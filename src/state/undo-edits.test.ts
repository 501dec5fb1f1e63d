// Undo in whole edits (#25 item 5): the keystrokes of one field edit are one undo step; a new field, blur or undo starts the next.
import { describe, expect, it } from 'vitest';
import { endEditSession, useStore, undo, redo } from './store';
import { getPath } from './path';

const state = () => useStore.getState();
const selected = () => state().candidates.find((c) => c.id === state().selectedId)!;
const at = (path: string) => getPath(selected().draft, path);

describe('store: coalesced field edits', () => {
  it('120 → typing 8, 80 → one Ctrl+Z gives 120 (not 8); redo gives 80', () => {
    const id = state().selectedId;
    state().edit(id, 'core.diameterNm', 120);
    endEditSession();
    state().edit(id, 'core.diameterNm', 8, { coalesce: true });
    state().edit(id, 'core.diameterNm', 80, { coalesce: true });
    expect(at('core.diameterNm')).toBe(80);
    undo();
    expect(at('core.diameterNm')).toBe(120);
    redo();
    expect(at('core.diameterNm')).toBe(80);
  });

  it('a name typed character by character is undone in one step', () => {
    const id = state().selectedId;
    const before = at('name');
    let typed = '';
    for (const ch of 'My design') state().edit(id, 'name', (typed += ch), { coalesce: true });
    endEditSession();
    expect(at('name')).toBe('My design');
    undo();
    expect(at('name')).toBe(before);
  });

  it('two fields, or two edits of one field separated by a blur, are two undo steps', () => {
    const id = state().selectedId;
    const d0 = at('core.diameterNm');
    const m0 = at('scenario.tumorMassG');
    state().edit(id, 'core.diameterNm', 6, { coalesce: true });
    state().edit(id, 'core.diameterNm', 60, { coalesce: true });
    state().edit(id, 'scenario.tumorMassG', 0.5, { coalesce: true });
    endEditSession();
    state().edit(id, 'core.diameterNm', 7, { coalesce: true });
    state().edit(id, 'core.diameterNm', 70, { coalesce: true });
    undo();
    expect(at('core.diameterNm')).toBe(60);
    expect(at('scenario.tumorMassG')).toBe(0.5);
    undo();
    expect(at('scenario.tumorMassG')).toBe(m0);
    expect(at('core.diameterNm')).toBe(60);
    undo();
    expect(at('core.diameterNm')).toBe(d0);
  });

  it('edits without coalesce stay one undo step each', () => {
    const id = state().selectedId;
    state().edit(id, 'scenario.fractions', 2);
    state().edit(id, 'scenario.fractions', 3);
    undo();
    expect(at('scenario.fractions')).toBe(2);
  });

  it('editMany (the In vitro tab’s Apply): paths, override additions and removals in one undo step', () => {
    const id = state().selectedId;
    state().setOverride(id, 'localEffect.s105kVp', 2);
    const before = structuredClone(selected().draft);
    state().editMany(id, [
      { path: 'scenario.invitro.controlAlphaPerGy', value: 0.31 },
      { path: 'scenario.invitro.controlBetaPerGy2', value: 0.04 },
      { path: 'calibrations.localEffect', value: { params: { s105kVp: 1.5 }, fittedTo: 'fitted to your data: test' } },
      { override: 'localEffect.s105kVp', value: undefined },
      { override: 'radiobiology.alphaPerGy', value: 0.2 },
    ]);
    expect(at('scenario.invitro.controlAlphaPerGy')).toBe(0.31);
    expect(at('calibrations.localEffect.params.s105kVp')).toBe(1.5);
    const kept = Object.fromEntries(Object.entries((before.overrides ?? {}) as Record<string, number>).filter(([k]) => k !== 'localEffect.s105kVp'));
    expect(selected().draft.overrides).toEqual({ ...kept, 'radiobiology.alphaPerGy': 0.2 });
    undo();
    expect(selected().draft).toEqual(before);
  });
});
