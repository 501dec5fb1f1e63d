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
  });
  it('changedPaths: array length change reports the array, element change its index', () => {
    expect(changedPaths({ p: [1, 2] }, { p: [1, 3] })).toEqual(['p.1']);
    expect(changedPaths({ p: [1, 2] }, { p: [1] })).toEqual(['p']);
    expect(changedPaths({ a: 1 }, { a: 1, b: 2 })).toEqual(['b']);
  });
});
