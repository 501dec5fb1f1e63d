// The first 3D frames, drawn off the main thread: the same scene body as the on-page canvas, rendered by R3F in this
// Worker on an OffscreenCanvas; each frame goes back to the page as an ImageBitmap. Under software WebGL the first frame
// (shader compilation, first rasterisation) blocks its thread for 0.2–1.9 s — here that is this worker, not the page.
// Started at page start-up (poster-start.ts) and primed with the expected scene: it builds the layouts from the specs,
// compiles the shader programs and uploads the buffers before the viewer asks for a frame at its real size (#21).
import { useEffect, useLayoutEffect } from 'react';
import type * as THREE from 'three';
import { createRoot, extend, useThree, type ReconcilerRoot } from '@react-three/fiber';
import { SCENE_ELEMENTS, SceneBody, setupRenderer, useProgressiveDetail, VIEW_DIR, type FrameStats, type SceneInput } from './scene-body';
import { arrangeScene, buildLayouts, fitKeyOf, frameKeyOf, type ViewScene } from './scene-input';
import type { Arrangement } from './arrange';
import type { ParticleLayout } from './layout';

/**
 * Page → worker. `draw`: draw this scene (again) and send the frame; sizes in CSS px, `dpr` the page's devicePixelRatio
 * (full detail uses ≤ 2). Start-up (poster-start.ts): `prime` builds and compiles the scene the viewer is expected to
 * show and draws it here only; `prime-size` then draws that scene at the viewer's size and sends the frame.
 */
export type PosterRequest =
  | { type: 'draw'; scene: ViewScene; width: number; height: number; dpr: number }
  | { type: 'prime'; scene: ViewScene }
  | { type: 'prime-size'; width: number; height: number; dpr: number };
/** Worker → page: a drawn frame (`key`: scene-input.ts frameKeyOf of what it shows), or why nothing can be drawn here. */
export type PosterMessage = { type: 'frame'; key: string; stats: FrameStats; bitmap: ImageBitmap; times?: PosterTimes } | { type: 'error'; message: string };
/**
 * With the first frame sent: when (epoch ms) this worker's modules had loaded, it received its first scene (`scene`) and
 * the page's first `draw` request (`draw`), the first frame sent had its render call return (`rendered`) and was drawn
 * (`bitmap`: the GPU process has rasterised it).
 */
export type PosterTimes = Record<string, number>;

const now = () => performance.timeOrigin + performance.now();
const times: PosterTimes = { loaded: now() };
const step = (k: string) => { if (!(k in times)) times[k] = now(); };
let sentTimes = false;

// <Canvas> registers all of three.js for the page; this bare root registers only the classes the scene names, so the
// rest of three.js stays out of this worker's script (parsed on the way to the first frame)
extend(SCENE_ELEMENTS);

// the page tsconfig types `self` as a Window (DOM lib); in this worker it is a DedicatedWorkerGlobalScope
const scope = globalThis as typeof globalThis & { postMessage: (m: unknown, t: Transferable[]) => void };
const post = (m: PosterMessage, transfer: Transferable[] = []) => scope.postMessage(m, transfer);

const CAMERA = { position: [VIEW_DIR.x * 2000, VIEW_DIR.y * 2000, VIEW_DIR.z * 2000] as [number, number, number], zoom: 2, near: 1, far: 6000 };
/** The primed scene's drawing size before the page has told its own (CSS px): small, as nothing of it is shown. */
const PRIME_SIZE = 64;
let canvas: OffscreenCanvas | null = null;
let renderer: THREE.WebGLRenderer | null = null;
let root: ReconcilerRoot<OffscreenCanvas> | null = null;
/** Frames go to the page only once it has asked for one (`draw`, `prime-size`); the primed scene's frames stay here. */
let posting = false;
/** Incremented by every request that needs a frame sent: each one gets one, even when nothing in the scene changed. */
let drawSeq = 0;
/** A viewer has asked for a frame (`draw`): until then frames are drawn ahead and the detail stays quick. */
let viewerAsked = false;
/** The key of the last frame sent, and how to start its refinement (full detail) once a viewer has asked for it. */
let sentKey = '';
let refine: (() => void) | null = null;
/** Device px per CSS px now: 1 until the first frame sent is drawn, then the page's ratio (≤ 2) at full detail. */
let dpr = 1;

function onFrame(stats: FrameStats): boolean {
  if (!canvas) return false;
  if (!posting) {
    // the primed frame: have the GPU process start on it (program links, buffer uploads) while the page is busy
    renderer?.getContext().flush();
    return false;
  }
  step('rendered');
  // right after gl.render, in the same task: the bitmap is the frame just drawn (this waits for the GPU process to draw it)
  const bitmap = canvas.transferToImageBitmap();
  step('bitmap');
  post({ type: 'frame', key: shownKey, stats, bitmap, times: sentTimes ? undefined : times }, [bitmap]);
  sentTimes = true;
  sentKey = shownKey;
  // a frame drawn ahead for the page (`prime-size`) is the first frame only once a viewer has asked for it
  return viewerAsked;
}

/** The scene input from the page's specs, the layouts cached by value: a `draw` of the primed scene reuses its objects. */
let built: { key: string; layouts: ParticleLayout[]; arrangements: Map<number, Arrangement> } | null = null;
function inputOf(sc: ViewScene): SceneInput {
  const key = JSON.stringify([sc.specs, sc.release, sc.maxDisplayedPerParticle ?? null]);
  if (!built || built.key !== key) built = { key, layouts: buildLayouts(sc.specs, sc.release, sc.maxDisplayedPerParticle).layouts, arrangements: new Map() };
  let arrangement = built.arrangements.get(sc.step);
  if (!arrangement) { arrangement = arrangeScene(built.layouts, sc.step); built.arrangements.set(sc.step, arrangement); }
  return { layouts: built.layouts, arrangement, cutaway: sc.cutaway, fitKey: fitKeyOf(arrangement, sc.resetCount) };
}

/** The frame key of the scene rendered now (set when it commits, so a frame drawn before that keeps the old key). */
let shownKey = '';

function Poster({ input, frameKey, pageDpr, seq }: { input: SceneInput; frameKey: string; pageDpr: number; seq: number }) {
  useLayoutEffect(() => { shownKey = frameKey; }, [frameKey]);
  const [full, onFirstFrame] = useProgressiveDetail();
  refine = onFirstFrame;
  const setDpr = useThree((s) => s.setDpr);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    dpr = full ? Math.min(2, Math.max(1, pageDpr)) : 1;
    setDpr(dpr);
  }, [full, pageDpr, setDpr]);
  useEffect(() => { if (seq > 0) invalidate(); }, [seq, invalidate]);
  return <SceneBody layouts={input.layouts} arrangement={input.arrangement} cutaway={input.cutaway} fitKey={input.fitKey} full={full} cheap onFrame={onFrame} onFirstFrame={onFirstFrame} />;
}

let size = { width: PRIME_SIZE, height: PRIME_SIZE, dpr: 1 };
/** The scene drawn now (from the last `draw` or `prime`). */
let scene: ViewScene | null = null;

self.onmessage = (e: MessageEvent<PosterRequest>) => {
  const req = e.data;
  step('scene');
  try {
    if (req.type === 'draw') {
      step('draw');
      viewerAsked = true;
      if (frameKeyOf(req.scene, req.width, req.height) === sentKey) {
        // the frame drawn ahead (`prime-size`) is this picture, and the page has it: refine it, nothing to send now
        refine?.();
        return;
      }
    }
    if (req.type !== 'prime') {
      posting = true;
      drawSeq++;
      size = { width: Math.max(1, req.width), height: Math.max(1, req.height), dpr: req.dpr };
    }
    if (req.type !== 'prime-size') scene = req.scene;
    if (!scene) return;
    const input = inputOf(scene);
    if (!canvas) {
      canvas = new OffscreenCanvas(size.width, size.height);
      root = createRoot(canvas);
    }
    // the same settings each time (a configured root applies only what changed: here the size)
    root!.configure({
      orthographic: true,
      frameloop: 'demand',
      dpr,
      size: { width: size.width, height: size.height, top: 0, left: 0 },
      // no MSAA and Lambert surfaces (scene-body.tsx): the cheapest first frame; the interactive canvas has both
      gl: { preserveDrawingBuffer: true, antialias: false },
      camera: CAMERA,
      onCreated: ({ gl }) => { renderer = gl; setupRenderer(gl, false); },
    }).catch((err: unknown) => post({ type: 'error', message: err instanceof Error ? err.message : String(err) }));
    root!.render(<Poster input={input} frameKey={frameKeyOf(scene, size.width, size.height)} pageDpr={size.dpr} seq={drawSeq} />);
  } catch (err) {
    // a primed scene that cannot be built is no error of the page's: its own `draw` will say
    if (req.type === 'draw') post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
