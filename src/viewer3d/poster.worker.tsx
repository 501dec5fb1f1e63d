// The first 3D frames, drawn off the main thread: the same scene body as the on-page canvas, rendered by R3F in this
// Worker on an OffscreenCanvas; each frame goes back to the page as an ImageBitmap. Under software WebGL the first frame
// (shader compilation, first rasterisation) blocks its thread for 0.2–1.9 s — here that is this worker, not the page.
import { useEffect } from 'react';
import * as THREE from 'three';
import { createRoot, extend, useThree, type ReconcilerRoot } from '@react-three/fiber';
import { SceneBody, setupRenderer, useProgressiveDetail, VIEW_DIR, type FrameStats, type SceneInput } from './scene-body';

/** Page → worker: draw this (again). Sizes in CSS px; `dpr` the page's devicePixelRatio (full detail uses ≤ 2). */
export interface PosterRequest extends SceneInput { width: number; height: number; dpr: number }
/** Worker → page: a drawn frame, or why nothing can be drawn here. */
export type PosterMessage = { type: 'frame'; stats: FrameStats; bitmap: ImageBitmap; times?: PosterTimes } | { type: 'error'; message: string };
/** With the first frame: when (epoch ms) this worker's modules had loaded and when it received its first scene. */
export interface PosterTimes { loaded: number; firstScene: number }

const now = () => performance.timeOrigin + performance.now();
const times: PosterTimes = { loaded: now(), firstScene: 0 };
let sentTimes = false;

// <Canvas> does this for the page; a bare root needs the catalogue of three.js classes JSX names map to
type Catalogue = Parameters<typeof extend>[0];
const isClass = (e: [string, unknown]): e is [string, Catalogue[string]] => typeof e[1] === 'function';
extend(Object.fromEntries(Object.entries(THREE as Record<string, unknown>).filter(isClass)));

// the page tsconfig types `self` as a Window (DOM lib); in this worker it is a DedicatedWorkerGlobalScope
const scope = globalThis as typeof globalThis & { postMessage: (m: unknown, t: Transferable[]) => void };
const post = (m: PosterMessage, transfer: Transferable[] = []) => scope.postMessage(m, transfer);

const CAMERA = { position: [VIEW_DIR.x * 2000, VIEW_DIR.y * 2000, VIEW_DIR.z * 2000] as [number, number, number], zoom: 2, near: 1, far: 6000 };
let canvas: OffscreenCanvas | null = null;
/** Device px per CSS px now: 1 for the quick first frame, the page's ratio (≤ 2) at full detail. */
let dpr = 1;
let root: ReconcilerRoot<OffscreenCanvas> | null = null;

function onFrame(stats: FrameStats) {
  if (!canvas) return;
  // right after gl.render, in the same task: the bitmap is the frame just drawn
  const bitmap = canvas.transferToImageBitmap();
  post({ type: 'frame', stats, bitmap, times: sentTimes ? undefined : times }, [bitmap]);
  sentTimes = true;
}

function Poster({ req }: { req: PosterRequest }) {
  const [full, onFirstFrame] = useProgressiveDetail();
  const setDpr = useThree((s) => s.setDpr);
  useEffect(() => {
    dpr = full ? Math.min(2, Math.max(1, req.dpr)) : 1;
    setDpr(dpr);
  }, [full, req.dpr, setDpr]);
  return <SceneBody layouts={req.layouts} arrangement={req.arrangement} cutaway={req.cutaway} fitKey={req.fitKey} full={full} cheap onFrame={onFrame} onFirstFrame={onFirstFrame} />;
}

self.onmessage = (e: MessageEvent<PosterRequest>) => {
  const req = e.data;
  if (!times.firstScene) times.firstScene = now();
  try {
    if (!canvas) {
      canvas = new OffscreenCanvas(Math.max(1, req.width), Math.max(1, req.height));
      root = createRoot(canvas);
    }
    // the same settings each time (a configured root applies only what changed: here the size)
    root!.configure({
      orthographic: true,
      frameloop: 'demand',
      dpr,
      size: { width: req.width, height: req.height, top: 0, left: 0 },
      // no MSAA and Lambert surfaces (scene-body.tsx): the cheapest first frame; the interactive canvas has both
      gl: { preserveDrawingBuffer: true, antialias: false },
      camera: CAMERA,
      onCreated: ({ gl }) => setupRenderer(gl, false),
    }).catch((err: unknown) => post({ type: 'error', message: err instanceof Error ? err.message : String(err) }));
    root!.render(<Poster req={req} />);
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
