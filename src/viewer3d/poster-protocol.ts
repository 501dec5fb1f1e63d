// Messages between the page and the first-frame worker (poster.worker.ts), and the frame key both sides compute. No
// three.js, no catalog: the worker's script imports this and stays small.
import type { FrameStats, SceneInput } from './scene-graph';

/**
 * What the worker draws: the scene as plain data (layouts and arrangement, built on the page by scene-input.ts) and
 * `sceneKey` (scene-input.ts sceneKeyOf: the picture by value, without the drawing size). Equal keys, equal pictures.
 */
export interface PosterScene { sceneKey: string; input: SceneInput }

/**
 * Page → worker. `draw`: draw this scene (again) and send the frame; sizes in CSS px, `dpr` the page's devicePixelRatio
 * (full detail uses ≤ 2). Start-up (poster-start.ts): `prime` builds the scene the viewer is expected to show, compiles
 * it and draws it here only; `prime-size` then draws that scene at the viewer's size and sends the frame.
 */
export type PosterRequest =
  | { type: 'draw'; scene: PosterScene; width: number; height: number; dpr: number }
  | { type: 'prime'; scene: PosterScene }
  | { type: 'prime-size'; width: number; height: number; dpr: number };

/**
 * With the first frame sent: when (epoch ms) the worker's modules had loaded, it received its first message (`scene`)
 * the first of each kind of request (`prime`, `prime-size`, `draw`), the scene was built (`built`), the first frame sent had its render call
 * return (`rendered`) and was drawn (`bitmap`: the GPU process has rasterised it).
 */
export type PosterTimes = Record<string, number>;

/** Worker → page: a drawn frame (`key`: frameKey of what it shows), or why nothing can be drawn here. */
export type PosterMessage = { type: 'frame'; key: string; stats: FrameStats; bitmap: ImageBitmap; times?: PosterTimes } | { type: 'error'; message: string };

/** One string per picture: the scene by value (sceneKey) and the drawing size in CSS px (a frame is shown only for its own key). */
export function frameKey(sceneKey: string, width: number, height: number): string {
  return `${sceneKey}|${width}|${height}`;
}
