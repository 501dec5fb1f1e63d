// The on-page 3D canvas (lazy chunk, imported only from ParticleViewer): the shared scene body with orbit controls,
// context-loss handling and a snapshot for PNG export at a chosen scale.
import { useEffect, useRef } from 'react';
import * as THREE from 'three';
import { Canvas } from '@react-three/fiber';
import { OrbitControls } from '@react-three/drei';
import { CAMERA, SceneBody, setupRenderer, useProgressiveDetail, type FrameStats, type SceneInput } from './scene-body';

export type { FrameStats } from './scene-body';

/** The live renderer, and a picture of the current view drawn at `scale` × the canvas's CSS size (a new canvas). */
export interface RendererHandle {
  gl: THREE.WebGLRenderer;
  snapshot: (scale: number) => HTMLCanvasElement;
}

export interface SceneProps extends SceneInput {
  onFrame: (s: FrameStats) => void;
  onContextLost: () => void;
  onRenderer: (h: RendererHandle | null) => void;
}

/**
 * Draws the view once more at `scale` device px per CSS px (full detail) and copies it out, then restores the canvas:
 * the same task, so nothing in between reaches the screen. The copy is a plain 2D canvas of exactly
 * round(cssWidth × scale) × round(cssHeight × scale) px.
 */
function snapshotOf(gl: THREE.WebGLRenderer, scene: THREE.Scene, camera: THREE.Camera, cssWidth: number, cssHeight: number, scale: number): HTMLCanvasElement {
  const before = gl.getPixelRatio();
  const out = document.createElement('canvas');
  try {
    gl.setPixelRatio(scale);
    gl.setSize(cssWidth, cssHeight, false);
    gl.render(scene, camera);
    out.width = Math.round(cssWidth * scale);
    out.height = Math.round(cssHeight * scale);
    out.getContext('2d')?.drawImage(gl.domElement, 0, 0, out.width, out.height);
  } finally {
    gl.setPixelRatio(before);
    gl.setSize(cssWidth, cssHeight, false);
    gl.render(scene, camera);
  }
  return out;
}

/** Progressive detail (scene-body.tsx): a quick low-detail first frame, then full detail once the page is idle. */
export default function ParticleScene({ layouts, arrangement, cutaway, fitKey, onFrame, onContextLost, onRenderer }: SceneProps) {
  const lostRef = useRef(onContextLost);
  lostRef.current = onContextLost;
  const [full, onFirstFrame] = useProgressiveDetail();
  useEffect(() => () => onRenderer(null), [onRenderer]);
  return (
    <Canvas
      orthographic
      frameloop="demand"
      dpr={full ? [1, 2] : 1}
      gl={{ preserveDrawingBuffer: true, antialias: true }}
      camera={CAMERA}
      onCreated={({ gl, get }) => {
        setupRenderer(gl, import.meta.env.DEV);
        gl.domElement.addEventListener('webglcontextlost', (e) => { e.preventDefault(); lostRef.current(); });
        onRenderer({
          gl,
          snapshot: (scale) => {
            const s = get();
            return snapshotOf(s.gl, s.scene, s.camera, s.size.width, s.size.height, scale);
          },
        });
      }}
    >
      <SceneBody layouts={layouts} arrangement={arrangement} cutaway={cutaway} fitKey={fitKey} full={full} onFrame={onFrame} onFirstFrame={onFirstFrame}>
        <OrbitControls makeDefault enableDamping={false} />
      </SceneBody>
    </Canvas>
  );
}
