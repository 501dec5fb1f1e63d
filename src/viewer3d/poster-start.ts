// Starts the first-frame worker (poster.worker.ts) ahead of the viewer and primes it with the scene the 3D panel will
// show: small and free of three.js/React, so start-up (main.tsx, App) can call it before the viewer's code has loaded
// (#21). The primed scene's layouts are built on this page (scene-input.ts, a chunk loaded with the worker's script) and
// posted as plain data. A frame the primed worker draws before any viewer exists is kept here until the viewer takes the worker.
import type { PosterMessage, PosterRequest } from './poster-protocol';
import type { ViewScene } from './scene-input';

/** Workers can draw WebGL into an OffscreenCanvas and hand frames back as ImageBitmaps. */
export function posterSupported(): boolean {
  return typeof Worker !== 'undefined' && typeof OffscreenCanvas !== 'undefined' && typeof OffscreenCanvas.prototype.transferToImageBitmap === 'function' && typeof ImageBitmapRenderingContext !== 'undefined';
}

/** A worker started ahead of the first viewer (it loads three.js meanwhile), taken by the first viewer that draws. */
let spare: Worker | null = null;
/** The spare worker's messages so far (its primed frame, or an error), for the viewer that takes it. */
let early: PosterMessage[] = [];
/** The scene to prime the next started worker with (primePoster before prewarmPoster). */
let primed: ViewScene | null = null;

function startWorker(): Worker {
  performance.mark('npd-3d-worker-start');
  return new Worker(new URL('./poster.worker.ts', import.meta.url), { type: 'module' });
}

/** Start the worker now (idempotent), so its script is loaded and parsed by the time the first scene is ready to draw. */
export function prewarmPoster(): void {
  if (spare || !posterSupported()) return;
  try {
    const w = startWorker();
    w.onmessage = (e: MessageEvent<PosterMessage>) => {
      // keep only the latest frame (a newer one replaces it)
      if (e.data.type === 'frame') early = early.filter((m) => (m.type === 'frame' ? (m.bitmap.close(), false) : true));
      early.push(e.data);
    };
    spare = w;
    if (primed) sendPrime(primed);
  } catch {
    spare = null;
  }
}

/** Build the primed scene's layouts here (while the worker loads its script) and send them. */
function sendPrime(scene: ViewScene): void {
  const worker = spare;
  void import('./scene-input').then(({ posterSceneOf }) => {
    // taken by a viewer meanwhile: that viewer sends its own scene
    if (spare !== worker || primed !== scene) return;
    send({ type: 'prime', scene: posterSceneOf(scene) });
  }).catch(() => undefined /* priming is an optimisation only (a spec the builders cannot draw: the viewer says so) */);
}

const send = (req: PosterRequest) => {
  try { spare?.postMessage(req); } catch { /* priming is an optimisation only */ }
};

/**
 * The scene the viewer is expected to show, before the viewer exists: once the worker is started (now, or when
 * prewarmPoster starts it) this page builds that scene's layouts and posts them; the worker draws them first thing,
 * sending nothing to the page until it knows the drawing size (sizePrimedPoster). A viewer that then asks for the same scene finds it built; another scene is simply built anew.
 */
export function primePoster(scene: ViewScene): void {
  primed = scene;
  if (spare) sendPrime(scene);
}

/**
 * The viewer's drawing area is known (the panel's placeholder has its width): the primed worker draws its scene at this
 * size now, and the frame waits here for the viewer (takePosterWorker), which shows it at once when it asks for the same.
 */
export function sizePrimedPoster(width: number, height: number, dpr: number): void {
  send({ type: 'prime-size', width, height, dpr });
}

/** The started worker (primed or not) and what it has sent so far, or a new one. Throws when a worker cannot be started. */
export function takePosterWorker(): { worker: Worker; early: PosterMessage[] } {
  if (!spare) return { worker: startWorker(), early: [] };
  const taken = { worker: spare, early };
  spare.onmessage = null;
  spare = null;
  early = [];
  return taken;
}
