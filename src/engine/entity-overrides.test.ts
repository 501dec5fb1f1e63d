// Entity overrides: copy-on-write, untouched original, unknown paths ignored, enumeration round trip.
import { describe, expect, it } from 'vitest';
import { getCore } from '../catalog';
import { applyEntityOverrides, listEntityParams } from './entity-overrides';

describe('entity overrides', () => {
  const core = getCore('zif-8');
  it('sets values by dotted path without touching the catalog entry', () => {
    const before = core.release.kdPerH.value;
    const c = applyEntityOverrides(core, 'core', { 'core.release.kdPerH': 0.5, 'core.release.nH': 2, 'core.nope.x': 1, 'agent.x.y': 3 });
    expect(c.release.kdPerH.value).toBe(0.5);
    expect(c.release.nH.value).toBe(2);
    // the overridden value says it was set by override and keeps the catalog's sentence for reference
    expect(c.release.kdPerH.source).toBe(`set by override (catalog value ${before} ${core.release.kdPerH.unit}: ${core.release.kdPerH.source})`);
    expect(c.release.kdPerH.provenance).toBe('assumption');
    expect(core.release.kdPerH.value).toBe(before);
    expect(c.densityGPerCm3).toBe(core.densityGPerCm3);
    expect(applyEntityOverrides(core, 'core', { 'targeting.uMax': 2 })).toBe(core);
  });
  it('every listed parameter can be overridden by its id', () => {
    const list = listEntityParams(core, 'core');
    expect(list.length).toBeGreaterThan(10);
    const o = Object.fromEntries(list.map((x, i) => [x.id, i + 0.5]));
    const c = applyEntityOverrides(core, 'core', o);
    for (const [i, x] of listEntityParams(c, 'core').entries()) expect(x.param.value).toBe(i + 0.5);
  });
});
