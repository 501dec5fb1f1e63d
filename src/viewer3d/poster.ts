// The page side of the first-frame worker (poster.worker.tsx): takes the started worker (poster-start.ts), sends it the
// scene on every change, and puts each returned frame into a plain <canvas> ('bitmaprenderer'), so the particle is on
// screen without WebGL work here. A frame the worker drew before this viewer existed (primed at start-up) is shown at
// once when it is of the same scene and size.
import { useEffect, useRef, type RefObject } from 'react';
import type { FrameStats } from './scene-graph';
import { frameKey, type PosterMessage, type PosterRequest, type PosterScene } from './poster-protocol';
import { takePosterWorker } from './poster-start';

export { posterSupported, prewarmPoster } from './poster-start';

export interface PosterOptions {
  /** false stops (and ends) the worker: the live canvas has taken over, or there is no 3D view. */
  enabled: boolean;
  /** What to draw (layouts built on this page, posted as plain data). A new `sceneKey` asks for a new frame. */
  scene: PosterScene;
  /** The drawing area (its CSS size is the frame's). */
  box: RefObject<HTMLElement | null>;
  /** The canvas the frames go into. */
  canvas: RefObject<HTMLCanvasElement | null>;
  onFrame: (s: FrameStats) => void;
  /** The worker cannot draw (no WebGL in workers, a failed start): the caller falls back to the live canvas. */
  onError: (message: string) => void;
}

export function usePoster({ enabled, scene, box, canvas, onFrame, onError }: PosterOptions): void {
  const workerRef = useRef<Worker | null>(null);
  /** Messages the worker sent before this viewer took it (start-up priming), for the first draw to look at. */
  const earlyRef = useRef<PosterMessage[]>([]);
  /** The picture asked for last: frames of any other (older) request are dropped. */
  const wantedRef = useRef('');
  const showRef = useRef<(m: PosterMessage) => void>(() => undefined);
  const cb = useRef({ onFrame, onError });
  cb.current = { onFrame, onError };
  useEffect(() => {
    if (!enabled) return;
    let taken: ReturnType<typeof takePosterWorker>;
    try {
      taken = takePosterWorker();
    } catch (e) {
      cb.current.onError(e instanceof Error ? e.message : String(e));
      return;
    }
    const worker = taken.worker;
    workerRef.current = worker;
    earlyRef.current = taken.early;
    const show = (m: PosterMessage) => {
      if (m.type === 'error') { cb.current.onError(m.message); return; }
      const c = canvas.current;
      if (!c || m.key !== wantedRef.current) { m.bitmap.close(); return; }
      if (c.width !== m.bitmap.width) c.width = m.bitmap.width;
      if (c.height !== m.bitmap.height) c.height = m.bitmap.height;
      const ctx = c.getContext('bitmaprenderer');
      if (!ctx) { m.bitmap.close(); cb.current.onError('no bitmaprenderer context'); return; }
      ctx.transferFromImageBitmap(m.bitmap);
      if (m.times) {
        // the worker's side of the first frame, on this page's timeline (for the browser bench)
        try {
          for (const [step, t] of Object.entries(m.times)) performance.mark(`npd-3d-worker-${step}`, { startTime: Math.max(0, t - performance.timeOrigin) });
        } catch { /* marks are optional */ }
      }
      cb.current.onFrame(m.stats);
    };
    showRef.current = show;
    worker.onmessage = (e: MessageEvent<PosterMessage>) => show(e.data);
    worker.onerror = (e) => { e.preventDefault(); cb.current.onError(e.message || 'the 3D worker failed to start'); };
    return () => {
      for (const m of earlyRef.current) if (m.type === 'frame') m.bitmap.close();
      earlyRef.current = [];
      worker.terminate();
      workerRef.current = null;
    };
  }, [enabled, canvas]);
  const sceneKey = scene.sceneKey;
  const sceneRef = useRef(scene);
  sceneRef.current = scene;
  useEffect(() => {
    const w = workerRef.current;
    const el = box.current;
    if (!enabled || !w || !el) return;
    const r = el.getBoundingClientRect();
    const width = Math.max(1, Math.round(r.width)), height = Math.max(1, Math.round(r.height));
    const key = frameKey(sceneKey, width, height);
    wantedRef.current = key;
    // a frame drawn ahead at start-up is shown now if it is this picture (then the request below only tells the worker
    // to refine it; otherwise it draws this one)
    const early = earlyRef.current;
    earlyRef.current = [];
    for (const m of early) showRef.current(m);
    const req: PosterRequest = { type: 'draw', scene: sceneRef.current, width, height, dpr: window.devicePixelRatio || 1 };
    try { w.postMessage(req); } catch (e) { cb.current.onError(e instanceof Error ? e.message : String(e)); }
    // `sceneKey` stands for the scene's value
  }, [enabled, sceneKey, box]);
}
