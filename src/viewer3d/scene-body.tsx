// The on-page canvas's scene body (R3F): mounts the plain three.js particle scene (scene-graph.ts, the same builder the
// first-frame worker draws with) as a primitive, fits the camera, renders with stats and refines progressively.
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type * as THREE from 'three';
import { useFrame, useThree } from '@react-three/fiber';
import { applyLod, BACKGROUND, fitCamera, ParticleGraph, programsLinked, type FrameStats, type SceneInput } from './scene-graph';
import type { Arrangement } from './arrange';

export { CAMERA, setupRenderer, VIEW_DIR, type FrameStats, type SceneInput } from './scene-graph';

/** Called right after each frame. */
export type FrameCallback = (s: FrameStats) => void;

/** The default controls (OrbitControls, made default by the scene): a target to re-centre and an update. */
function isOrbitLike(c: unknown): c is { target: THREE.Vector3; update: () => void } {
  return typeof c === 'object' && c !== null && 'target' in c && typeof (c.target as { set?: unknown } | null)?.set === 'function' && 'update' in c && typeof c.update === 'function';
}

/** Fit the orthographic camera to the arrangement's bounds (1 world unit = 1 nm, so zoom = pixels per nm). */
function Fit({ arrangement, fitKey }: { arrangement: Arrangement; fitKey: string }) {
  const camera = useThree((s) => s.camera);
  const size = useThree((s) => s.size);
  const controls = useThree((s) => s.controls);
  const invalidate = useThree((s) => s.invalidate);
  const arrRef = useRef(arrangement);
  arrRef.current = arrangement;
  useLayoutEffect(() => {
    fitCamera(camera as THREE.OrthographicCamera, arrRef.current, size.width, size.height);
    if (isOrbitLike(controls)) { controls.target.set(0, 0, 0); controls.update(); }
    invalidate();
    // re-fit only when the key (bounds + reset count) or the canvas size changes, not on every toggle
  }, [fitKey, size.width, size.height, controls, camera, invalidate]);
  return null;
}

/**
 * Takes over rendering (priority 1) so renderer.info is read right after the frame is drawn. The first frame waits for
 * the shaders to compile off the main thread (renderer.compileAsync polls KHR_parallel_shader_compile), so no frame
 * blocks on a synchronous compile and link; the instanced spheres get their level of detail before every frame.
 * `onFirstFrame` runs once, after the first drawn frame.
 */
function RenderAndMeasure({ graph, full, onFrame, onFirstFrame }: { graph: ParticleGraph; full: boolean; onFrame: FrameCallback; onFirstFrame: () => void }) {
  const maxLevel = full ? Infinity : 0;
  const drawn = useRef(false);
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  const invalidate = useThree((s) => s.invalidate);
  const compiled = useRef(false);
  useEffect(() => {
    let alive = true;
    scene.updateMatrixWorld();
    applyLod(graph.lod, (camera as THREE.OrthographicCamera).zoom, 0);
    const start = () => { if (alive) { compiled.current = true; invalidate(); } };
    let timer: ReturnType<typeof setTimeout> | undefined;
    if (gl.extensions.has('KHR_parallel_shader_compile')) {
      // a failed compile surfaces on the first render, where the error boundary sees it
      gl.compileAsync(scene, camera).catch(() => undefined).then(start);
    } else {
      // no completion query (e.g. SwiftShader): issue the compiles now, in their own task, and give the GPU process a
      // moment to link them before the first frame reads the programs' uniforms back
      timer = globalThis.setTimeout(() => {
        if (!alive) return;
        try { gl.compile(scene, camera); } catch { /* surfaces on the first render */ }
        timer = globalThis.setTimeout(start, 40);
      }, 0);
    }
    return () => { alive = false; globalThis.clearTimeout(timer); };
  }, [gl, scene, camera, graph, invalidate]);
  useFrame(({ gl: r, scene: sc, camera: cam }) => {
    if (!compiled.current) return;
    sc.updateMatrixWorld();
    applyLod(graph.lod, (cam as THREE.OrthographicCamera).zoom, maxLevel);
    r.render(sc, cam);
    onFrame({ calls: r.info.render.calls, triangles: r.info.render.triangles, pxPerNm: (cam as THREE.OrthographicCamera).zoom, programs: programsLinked(r), full });
    if (!drawn.current) { drawn.current = true; onFirstFrame(); }
  }, 1);
  return null;
}

type IdleWindow = typeof globalThis & { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number; cancelIdleCallback?: (h: number) => void };

/**
 * Progressive detail: the first frame is drawn at low detail (24 × 12-segment spheres, the lowest level of detail for
 * instanced spheres, one device pixel per CSS pixel) — the same shader programs as the full view, so the refinement
 * compiles nothing new. Once that frame is drawn and the thread is idle, `full` turns true: 64 × 32 spheres, the level of
 * detail the zoom asks for, the device's pixel ratio ≤ 2. Returns `[full, onFirstFrame]`.
 */
export function useProgressiveDetail(): [boolean, () => void] {
  const [full, setFull] = useState(false);
  const [firstDrawn, setFirstDrawn] = useState(false);
  useEffect(() => {
    if (!firstDrawn || full) return;
    const w = globalThis as IdleWindow;
    const go = () => setFull(true);
    if (w.requestIdleCallback) {
      const h = w.requestIdleCallback(go, { timeout: 1500 });
      return () => w.cancelIdleCallback?.(h);
    }
    const t = globalThis.setTimeout(go, 200);
    return () => globalThis.clearTimeout(t);
  }, [firstDrawn, full]);
  const onFirstFrame = useMemo(() => () => setFirstDrawn(true), []);
  return [full, onFirstFrame];
}

/**
 * Everything inside the canvas: background, the particle graph (lights and particles), rendering with stats, the camera
 * fit. `children` (the on-page canvas's OrbitControls) mount before the fit, which re-centres them.
 */
export function SceneBody({ layouts, arrangement, cutaway, fitKey, full, onFrame, onFirstFrame, children }: SceneInput & { full: boolean; onFrame: FrameCallback; onFirstFrame: () => void; children?: ReactNode }) {
  const graph = useMemo(() => new ParticleGraph(false), []);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => () => graph.dispose(), [graph]);
  // before the render effects below: the first compile sees the particles
  useLayoutEffect(() => {
    graph.update({ layouts, arrangement, cutaway }, full);
    invalidate();
  }, [graph, layouts, arrangement, cutaway, full, invalidate]);
  return (
    <>
      <color attach="background" args={[BACKGROUND]} />
      <primitive object={graph.root} />
      <RenderAndMeasure graph={graph} full={full} onFrame={onFrame} onFirstFrame={onFirstFrame} />
      {children}
      <Fit arrangement={arrangement} fitKey={fitKey} />
    </>
  );
}
