// A returned link: which candidates are new, unchanged, or changed (and in which fields).
import { describe, expect, it } from 'vitest';
import { changedPaths, planLinkImport } from './link-plan';
import { PRESETS } from '../catalog';
import type { Workspace } from '../schema';

const izb = () => JSON.parse(JSON.stringify(PRESETS['izb-ccm'].formulation)) as Record<string, unknown>;
const ws = (...f: Record<string, unknown>[]) => ({ schema: 'nanoplatform.workspace/1', formulations: f }) as unknown as Workspace;

describe('planLinkImport', () => {
  it('same id, one field edited by the colleague → changed with that field; same id untouched → same; new id → new', () => {
    const mine = ws({ ...izb(), id: 'a' }, { ...izb(), name: 'B', id: 'b' });
    const theirs = ws({ ...izb(), id: 'a', core: { ...(izb().core as object), diameterNm: 80 } }, { ...izb(), name: 'B', id: 'b' }, { ...izb(), name: 'C', id: 'c' });
    const plan = planLinkImport(mine, theirs);
    expect(plan.map((p) => p.status)).toEqual(['changed', 'same', 'new']);
    expect(plan[0].changed).toEqual(['core.diameterNm']);
    expect(plan[0].matchId).toBe('a');
    expect(plan[2].matchId).toBeNull();
    expect(plan[0].values).toEqual([{ path: 'core.diameterNm', theirs: 80, mine: 120 }]);
    expect(plan.map((p) => p.sameNameAs)).toEqual([null, null, null]);
  });
  it('my workspace edited first, a colleague\'s separately made IZB@CCM (another id) → new, named as made separately, not "changed"', () => {
    const mine = ws({ ...izb(), id: 'a', core: { ...(izb().core as object), diameterNm: 90 } });
    const plan = planLinkImport(mine, ws({ ...izb(), id: 'z' }));
    expect(plan).toEqual([{ index: 0, name: 'IZB@CCM', status: 'new', matchId: null, changed: [], values: [], sameNameAs: 'IZB@CCM' }]);
    // my own older link (same id) after my edit: changed, with the link's value and mine
    const own = planLinkImport(mine, ws({ ...izb(), id: 'a' }));
    expect(own[0].status).toBe('changed');
    expect(own[0].values).toEqual([{ path: 'core.diameterNm', theirs: 120, mine: 90 }]);
  });
  it('changedPaths: array length change reports the array, element change its index', () => {
    expect(changedPaths({ p: [1, 2] }, { p: [1, 3] })).toEqual(['p.1']);
    expect(changedPaths({ p: [1, 2] }, { p: [1] })).toEqual(['p']);
    expect(changedPaths({ a: 1 }, { a: 1, b: 2 })).toEqual(['b']);
  });
});
