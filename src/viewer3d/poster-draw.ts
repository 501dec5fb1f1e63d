// The first 3D frames, drawn off the main thread (the first-frame worker's code, loaded by poster.worker.ts): the particle
// scene (scene-graph.ts, the builder the interactive canvas uses too) rendered by plain three.js — no React, no R3F, no
// catalog or model code — on an OffscreenCanvas; each frame goes back to the page as an ImageBitmap. The page sends the
// scene as plain data (layouts built by scene-input.ts). Under software WebGL the first frame (shader compilation, first
// rasterisation) blocks its thread for 0.2–1.9 s — here that is this worker, not the page. Started at the first commit
// (poster-start.ts) and primed with the expected scene (#21).
import { Color, OrthographicCamera, Scene, WebGLRenderer } from 'three';
import { applyLod, BACKGROUND, CAMERA, fitCamera, ParticleGraph, programsLinked, setupRenderer, type SceneInput } from './scene-graph';
import { frameKey, type PosterMessage, type PosterRequest, type PosterScene, type PosterTimes } from './poster-protocol';

const now = () => performance.timeOrigin + performance.now();
let times: PosterTimes = {};
const step = (k: string) => { if (!(k in times)) times[k] = now(); };
let sentTimes = false;

// the page tsconfig types `self` as a Window (DOM lib); in this worker it is a DedicatedWorkerGlobalScope
const scope = globalThis as typeof globalThis & { postMessage: (m: unknown, t: Transferable[]) => void };
const post = (m: PosterMessage, transfer: Transferable[] = []) => scope.postMessage(m, transfer);

/** The primed scene's drawing size before the page has told its own (CSS px): small, as nothing of it is shown. */
const PRIME_SIZE = 64;
/** How long after the first frame sent (and asked for) the full-detail frame is drawn, ms. */
const REFINE_AFTER_MS = 200;

interface Gpu { canvas: OffscreenCanvas; renderer: WebGLRenderer; camera: OrthographicCamera; scene: Scene; graph: ParticleGraph }
let gpu: Gpu | null = null;
/** The canvas and WebGL context the entry made while this code loaded (null: make them here). */
let early: { canvas: OffscreenCanvas; context: WebGL2RenderingContext | null } | null = null;

/** The scene drawn now (from the last `draw` or `prime`), and the drawing area (CSS px) with the page's pixel ratio. */
let current: PosterScene | null = null;
let size = { width: PRIME_SIZE, height: PRIME_SIZE, dpr: 1 };
/** Frames go to the page only once it has asked for one (`draw`, `prime-size`); the primed scene's frames stay here. */
let posting = false;
/** A frame is owed to the page (each request that needs one gets one, even when nothing in the picture changed). */
let owed = false;
/** A viewer has asked for a frame (`draw`): until then frames are drawn ahead and the detail stays quick. */
let viewerAsked = false;
/** Full detail (64 × 32 spheres, the zoom's level of detail, the page's pixel ratio ≤ 2): after the first frame shown. */
let full = false;
let refineTimer: ReturnType<typeof setTimeout> | undefined;
/** The key of the last frame sent. */
let sentKey = '';
/** What the graph was last built from, and what the camera was last fitted to. */
let builtFrom: { input: SceneInput; full: boolean } | null = null;
let fitted = '';
let drawTimer: ReturnType<typeof setTimeout> | undefined;

function setupGpu(): Gpu {
  const canvas = early?.canvas ?? new OffscreenCanvas(size.width, size.height);
  // no MSAA and Lambert surfaces (ParticleGraph cheap): the cheapest first frame; the interactive canvas has both
  const renderer = new WebGLRenderer({ canvas, context: early?.context ?? undefined, antialias: false, preserveDrawingBuffer: true });
  setupRenderer(renderer, false);
  const camera = new OrthographicCamera(-1, 1, 1, -1, CAMERA.near, CAMERA.far);
  camera.position.set(...CAMERA.position);
  camera.zoom = CAMERA.zoom;
  const scene = new Scene();
  scene.background = new Color(BACKGROUND);
  const graph = new ParticleGraph(true);
  scene.add(graph.root);
  return { canvas, renderer, camera, scene, graph };
}

/** Draw the current scene at the current size and detail; send the frame when the page is owed one. */
function draw(): void {
  drawTimer = undefined;
  const sc = current;
  if (!sc) return;
  if (!gpu) { gpu = setupGpu(); step('renderer'); }
  const { canvas, renderer, camera, scene, graph } = gpu;
  if (builtFrom?.input !== sc.input || builtFrom.full !== full) {
    graph.update(sc.input, full);
    builtFrom = { input: sc.input, full };
  }
  if (posting) step('built');
  const { width, height } = size;
  renderer.setPixelRatio(full ? Math.min(2, Math.max(1, size.dpr)) : 1);
  renderer.setSize(width, height, false);
  camera.left = -width / 2; camera.right = width / 2; camera.top = height / 2; camera.bottom = -height / 2;
  const fit = `${sc.input.fitKey}|${width}|${height}`;
  if (fit !== fitted) { fitCamera(camera, sc.input.arrangement, width, height); fitted = fit; } else camera.updateProjectionMatrix();
  scene.updateMatrixWorld();
  applyLod(graph.lod, camera.zoom, full ? Infinity : 0);
  renderer.render(scene, camera);
  if (!posting || !owed) {
    // the primed frame: have the GPU process start on it (program links, buffer uploads) while the page is busy
    renderer.getContext().flush();
    return;
  }
  owed = false;
  step('rendered');
  const stats = { calls: renderer.info.render.calls, triangles: renderer.info.render.triangles, pxPerNm: camera.zoom, programs: programsLinked(renderer), full };
  // right after the render call, in the same task: the bitmap is the frame just drawn (this waits for the GPU process)
  const bitmap = canvas.transferToImageBitmap();
  step('bitmap');
  const key = frameKey(sc.sceneKey, width, height);
  post({ type: 'frame', key, stats, bitmap, times: sentTimes ? undefined : times }, [bitmap]);
  sentTimes = true;
  sentKey = key;
  // a frame drawn ahead for the page (`prime-size`) is the first frame only once a viewer has asked for it
  if (viewerAsked) refine();
}

/** Once a frame is shown: the full-detail frame of the same picture a moment later (the page shows it in its place). */
function refine(): void {
  if (full || refineTimer !== undefined) return;
  refineTimer = setTimeout(() => {
    full = true;
    owed = posting;
    schedule();
  }, REFINE_AFTER_MS);
}

/** Draw in a task of its own, after the messages already queued (start-up's `prime` and `prime-size` make one frame). */
function schedule(): void {
  if (drawTimer === undefined) drawTimer = setTimeout(() => {
    try {
      draw();
    } catch (err) {
      // a primed scene that cannot be drawn is no error of the page's: its own request will say
      if (posting) post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  }, 0);
}

function onRequest(e: MessageEvent<PosterRequest>): void {
  const req = e.data;
  step('scene');
  step(req.type);
  if (req.type === 'draw') {
    viewerAsked = true;
    if (frameKey(req.scene.sceneKey, req.width, req.height) === sentKey) {
      // the frame drawn ahead (`prime-size`) is this picture, and the page has it: refine it, nothing to send now
      refine();
      return;
    }
  }
  if (req.type !== 'prime') {
    posting = true;
    owed = true;
    size = { width: Math.max(1, req.width), height: Math.max(1, req.height), dpr: req.dpr };
  }
  // the same picture by value keeps the objects already built (and their buffers on the GPU)
  if (req.type !== 'prime-size' && current?.sceneKey !== req.scene.sceneKey) current = req.scene;
  schedule();
}

/**
 * Called by the entry (poster.worker.ts) once this code has loaded: its canvas and context, the messages that came
 * meanwhile, and when it loaded and made the context (epoch ms).
 */
export function start(canvas: OffscreenCanvas, context: WebGL2RenderingContext | null, queued: MessageEvent<PosterRequest>[], at: PosterTimes): void {
  early = { canvas, context };
  times = { ...at, code: now() };
  self.onmessage = onRequest;
  for (const e of queued.splice(0)) onRequest(e);
}
