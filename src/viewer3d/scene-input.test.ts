// Unit tests for the scene description shared by the page and the first-frame worker: the page builds the picture from
// the specs and posts it as plain data, and a frame is matched to a request by value (key order, absent options), never
// by object identity.
import { describe, expect, it } from 'vitest';
import { arrangeScene, buildLayouts, fitKeyOf, frameKeyOf, posterSceneOf, sceneKeyOf, type ViewScene } from './scene-input';
import type { ParticleSpec } from './spec';

/** IZB@CCM-like spec; counts are test inputs, not model output. */
const spec: ParticleSpec = {
  id: 'izb-ccm', label: 'IZB@CCM', coreMaterial: 'zif-8', coreDiameterNm: 100, hydrodynamicDiameterNm: 120,
  payloads: [{ agent: 'in10018', moleculesPerParticle: 60000, highZ: false }, { agent: 'bismuth', moleculesPerParticle: 100000, highZ: true }],
  membranes: [{ source: 'hela', fraction: 0.5 }, { source: 'caf-cervical', fraction: 0.5 }],
  coverage: 1, peg: false,
};

describe('buildLayouts', () => {
  it('is deterministic: a build from a structured clone of the specs (after another build in between) is the same picture', () => {
    const a = buildLayouts([spec], false);
    buildLayouts([{ ...spec, coreDiameterNm: 80 }], false);
    const b = buildLayouts([structuredClone(spec)], false);
    expect(b).not.toBe(a);
    expect(b.scale).toEqual(a.scale);
    expect(b.layouts).toEqual(a.layouts);
    expect(fitKeyOf(arrangeScene(b.layouts, 0), 0)).toBe(fitKeyOf(arrangeScene(a.layouts, 0), 0));
  });
});

describe('buildLayouts cache', () => {
  it('gives the same objects for the same specs and options by value (start-up prime, then the viewer), new ones otherwise', () => {
    const a = buildLayouts([spec], false);
    expect(buildLayouts([structuredClone(spec)], false, undefined)).toBe(a);
    expect(buildLayouts([spec], true)).not.toBe(a);
    expect(buildLayouts([spec], false, 500)).not.toBe(buildLayouts([spec], false));
  });
});

describe('frameKeyOf', () => {
  const base: ViewScene = { specs: [spec], release: false, step: 0, cutaway: false, resetCount: 0 };
  it('matches the start-up prime (no molecule cap given) with the viewer’s request (cap undefined, other key order)', () => {
    const viewer = { resetCount: 0, cutaway: false, step: 0, maxDisplayedPerParticle: undefined, release: false, specs: [structuredClone(spec)] };
    expect(frameKeyOf(viewer, 320, 280)).toBe(frameKeyOf(base, 320, 280));
  });
  it('differs for another size, view option or particle', () => {
    const k = frameKeyOf(base, 320, 280);
    expect(frameKeyOf(base, 321, 280)).not.toBe(k);
    expect(frameKeyOf(base, 320, 281)).not.toBe(k);
    expect(frameKeyOf({ ...base, cutaway: true }, 320, 280)).not.toBe(k);
    expect(frameKeyOf({ ...base, step: 1 }, 320, 280)).not.toBe(k);
    expect(frameKeyOf({ ...base, resetCount: 1 }, 320, 280)).not.toBe(k);
    expect(frameKeyOf({ ...base, maxDisplayedPerParticle: 500 }, 320, 280)).not.toBe(k);
    expect(frameKeyOf({ ...base, specs: [{ ...spec, coreDiameterNm: 101 }] }, 320, 280)).not.toBe(k);
  });
});

describe('posterSceneOf', () => {
  const view: ViewScene = { specs: [spec], release: false, step: 2, cutaway: true, resetCount: 3 };
  it('is plain data: the worker’s structured clone keeps every layout, the arrangement and the fit key', () => {
    const ps = posterSceneOf(view);
    const copy = structuredClone(ps);
    expect(copy).toEqual(ps);
    // typed arrays stay typed arrays (the scene builder uploads them as buffers)
    expect(copy.input.layouts[0].membrane.markers.matrices).toBeInstanceOf(Float32Array);
    expect(copy.input.layouts[0].molecules.count).toBeGreaterThan(0);
  });
  it('is the viewer’s own picture: same layouts, arrangement and fit key as the page builds, cutaway passed on', () => {
    const ps = posterSceneOf(view);
    const { layouts } = buildLayouts(view.specs, view.release);
    const arrangement = arrangeScene(layouts, view.step);
    expect(ps.input.layouts).toEqual(layouts);
    expect(ps.input.arrangement).toEqual(arrangement);
    expect(ps.input.fitKey).toBe(fitKeyOf(arrangement, view.resetCount));
    expect(ps.input.cutaway).toBe(true);
  });
  it('keys frames by the scene’s value and the size', () => {
    const ps = posterSceneOf(view);
    expect(ps.sceneKey).toBe(sceneKeyOf({ ...view, specs: [structuredClone(spec)] }));
    expect(frameKeyOf(view, 320, 280)).toBe(`${ps.sceneKey}|320|280`);
  });
});
