// The page side of the first-frame worker (poster.worker.tsx): starts it, sends it the scene on every change, and puts
// each returned frame into a plain <canvas> ('bitmaprenderer'), so the particle is on screen without WebGL work here.
import { useEffect, useRef, type RefObject } from 'react';
import type { Arrangement } from './arrange';
import type { ParticleLayout } from './layout';
import type { FrameStats } from './scene-body';
import type { PosterMessage, PosterRequest } from './poster.worker';

/** Workers can draw WebGL into an OffscreenCanvas and hand frames back as ImageBitmaps. */
export function posterSupported(): boolean {
  return typeof Worker !== 'undefined' && typeof OffscreenCanvas !== 'undefined' && typeof OffscreenCanvas.prototype.transferToImageBitmap === 'function' && typeof ImageBitmapRenderingContext !== 'undefined';
}

/** A worker started ahead of the first viewer (it loads three.js meanwhile), taken by the first usePoster. */
let spare: Worker | null = null;
function startWorker(): Worker {
  performance.mark('npd-3d-worker-start');
  return new Worker(new URL('./poster.worker.tsx', import.meta.url), { type: 'module' });
}

/** Start the worker now, so its script is loaded and parsed by the time the first scene is ready to draw. */
export function prewarmPoster(): void {
  if (spare || !posterSupported()) return;
  try { spare = startWorker(); } catch { spare = null; }
}

export interface PosterOptions {
  /** false stops (and ends) the worker: the live canvas has taken over, or there is no 3D view. */
  enabled: boolean;
  layouts: ParticleLayout[];
  arrangement: Arrangement;
  cutaway: boolean;
  fitKey: string;
  /** The drawing area (its CSS size is the frame's). */
  box: RefObject<HTMLElement | null>;
  /** The canvas the frames go into. */
  canvas: RefObject<HTMLCanvasElement | null>;
  onFrame: (s: FrameStats) => void;
  /** The worker cannot draw (no WebGL in workers, a failed start): the caller falls back to the live canvas. */
  onError: (message: string) => void;
}

export function usePoster({ enabled, layouts, arrangement, cutaway, fitKey, box, canvas, onFrame, onError }: PosterOptions): void {
  const workerRef = useRef<Worker | null>(null);
  const cb = useRef({ onFrame, onError });
  cb.current = { onFrame, onError };
  useEffect(() => {
    if (!enabled) return;
    let worker: Worker;
    try {
      worker = spare ?? startWorker();
      spare = null;
    } catch (e) {
      cb.current.onError(e instanceof Error ? e.message : String(e));
      return;
    }
    workerRef.current = worker;
    worker.onmessage = (e: MessageEvent<PosterMessage>) => {
      const m = e.data;
      if (m.type === 'error') { cb.current.onError(m.message); return; }
      const c = canvas.current;
      if (!c) { m.bitmap.close(); return; }
      if (c.width !== m.bitmap.width) c.width = m.bitmap.width;
      if (c.height !== m.bitmap.height) c.height = m.bitmap.height;
      const ctx = c.getContext('bitmaprenderer');
      if (!ctx) { m.bitmap.close(); cb.current.onError('no bitmaprenderer context'); return; }
      ctx.transferFromImageBitmap(m.bitmap);
      if (m.times) {
        // the worker's side of the first frame, on this page's timeline (for the browser bench)
        const at = (t: number) => ({ startTime: Math.max(0, t - performance.timeOrigin) });
        try { performance.mark('npd-3d-worker-loaded', at(m.times.loaded)); performance.mark('npd-3d-worker-scene', at(m.times.firstScene)); } catch { /* marks are optional */ }
      }
      cb.current.onFrame(m.stats);
    };
    worker.onerror = (e) => { e.preventDefault(); cb.current.onError(e.message || 'the 3D worker failed to start'); };
    return () => { worker.terminate(); workerRef.current = null; };
  }, [enabled, canvas]);
  useEffect(() => {
    const w = workerRef.current;
    const el = box.current;
    if (!enabled || !w || !el) return;
    const r = el.getBoundingClientRect();
    const req: PosterRequest = { layouts, arrangement, cutaway, fitKey, width: Math.max(1, Math.round(r.width)), height: Math.max(1, Math.round(r.height)), dpr: window.devicePixelRatio || 1 };
    try { w.postMessage(req); } catch (e) { cb.current.onError(e instanceof Error ? e.message : String(e)); }
  }, [enabled, layouts, arrangement, cutaway, fitKey, box]);
}
