// The first-frame worker's entry: a few lines that create the WebGL context first thing — under software WebGL that
// takes 0.1–0.25 s — while the drawing code (poster-draw.ts: three.js and the scene builder) downloads and compiles, and
// keep the page's messages until that code takes over (#21).
import type { PosterRequest } from './poster-protocol';

const loadedAt = performance.timeOrigin + performance.now();
// the drawing code is requested before the context is made, so its download runs meanwhile
const drawing = import('./poster-draw');
const canvas = new OffscreenCanvas(64, 64);
// the renderer's own defaults (poster-draw.ts: no MSAA; the frame is read back with transferToImageBitmap)
let context: WebGL2RenderingContext | null = null;
try {
  context = canvas.getContext('webgl2', { alpha: false, depth: true, stencil: false, antialias: false, premultipliedAlpha: true, preserveDrawingBuffer: true, powerPreference: 'default', failIfMajorPerformanceCaveat: false });
} catch { /* the renderer tries again and reports why */ }
const contextAt = performance.timeOrigin + performance.now();
const queued: MessageEvent<PosterRequest>[] = [];
self.onmessage = (e: MessageEvent<PosterRequest>) => { queued.push(e); };
void drawing.then((m) => m.start(canvas, context, queued, { loaded: loadedAt, gl: contextAt }), (err: unknown) => {
  self.postMessage({ type: 'error', message: `the 3D worker could not load: ${err instanceof Error ? err.message : String(err)}` });
});
