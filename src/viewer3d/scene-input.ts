// Specs + view options → what the 3D scene draws (layouts, arrangement, camera-fit key), on the page: for the viewer
// (ParticleViewer) and, as plain data, for the first-frame worker (poster.worker.ts), which draws what it is sent and so
// needs none of this code (nor the catalog). No three.js.
import { arrangeScene, type Arrangement } from './arrange';
import { buildParticleLayout, displayScaleFor, type DisplayScale, type ParticleLayout } from './layout';
import { frameKey, type PosterScene } from './poster-protocol';
import type { ParticleSpec } from './spec';

/** Everything the viewer's picture depends on besides the drawing area's size. Plain data (sent to the worker). */
export interface ViewScene {
  /** One or two particles (extra entries are ignored by the viewer before they get here). */
  specs: ParticleSpec[];
  /** Release view: draw each spec's `release` state. */
  release: boolean;
  /** Cap on drawn payload-molecule spheres per particle (undefined: the display default). */
  maxDisplayedPerParticle?: number;
  /** 0 = assembled; 1–3 = exploded assembly step. */
  step: number;
  cutaway: boolean;
  /** Incremented by "Reset view": re-fits the camera. */
  resetCount: number;
}

/** The last layouts built, by value: the start-up prime's particle is the viewer's first, built once (no second long task). */
let lastBuilt: { key: string; built: { scale: DisplayScale; layouts: ParticleLayout[] } } | null = null;

/**
 * The particles' layouts on one shared display scale (throws on a spec the builders cannot draw). The same specs and
 * options as the call before give the same objects (treat them as read-only).
 */
export function buildLayouts(specs: ParticleSpec[], release: boolean, maxDisplayedPerParticle?: number): { scale: DisplayScale; layouts: ParticleLayout[] } {
  const key = JSON.stringify([specs, release, maxDisplayedPerParticle ?? null]);
  if (lastBuilt?.key === key) return lastBuilt.built;
  const scale = displayScaleFor(specs, maxDisplayedPerParticle);
  const built = { scale, layouts: specs.map((s) => buildParticleLayout(s, { release, scale })) };
  lastBuilt = { key, built };
  return built;
}

/** Changes whenever the camera must be fitted again: a reset, or other bounds (a size change re-fits by itself). */
export function fitKeyOf(arrangement: Arrangement, resetCount: number): string {
  const b = arrangement.bounds;
  return `${resetCount}|${b.minX.toFixed(1)}|${b.maxX.toFixed(1)}|${b.minY.toFixed(1)}|${b.maxY.toFixed(1)}`;
}

export { arrangeScene };

/** One string per picture without its size: the scene by value. */
export function sceneKeyOf(scene: ViewScene): string {
  return JSON.stringify([scene.specs, scene.release, scene.maxDisplayedPerParticle ?? null, scene.step, scene.cutaway, scene.resetCount]);
}

/** One string per picture: the scene by value and the drawing size in CSS px (a frame is shown only for its own key). */
export function frameKeyOf(scene: ViewScene, width: number, height: number): string {
  return frameKey(sceneKeyOf(scene), width, height);
}

/** The scene as the first-frame worker draws it: layouts, arrangement and fit key built here, and its key (throws as buildLayouts). */
export function posterSceneOf(scene: ViewScene): PosterScene {
  const { layouts } = buildLayouts(scene.specs, scene.release, scene.maxDisplayedPerParticle);
  const arrangement = arrangeScene(layouts, scene.step);
  return { sceneKey: sceneKeyOf(scene), input: { layouts, arrangement, cutaway: scene.cutaway, fitKey: fitKeyOf(arrangement, scene.resetCount) } };
}
