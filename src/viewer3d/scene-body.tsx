// The three.js / R3F scene body shared by the on-page Canvas (Scene.tsx) and the first-frame worker (poster.worker.tsx):
// instanced payload, nanodots, membrane markers and PEG, the core parts, cutaway clipping, exploded offsets, camera fit,
// progressive detail and per-frame stats. No DOM: it runs in a Worker on an OffscreenCanvas too.
import { createContext, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import * as THREE from 'three';
import { useFrame, useThree } from '@react-three/fiber';
import { VIEWER_COLORS } from './colors';
import type { Arrangement, Placement } from './arrange';
import type { CorePart, CorePartCap, InstanceSet, ParticleLayout } from './layout';
import { latticeTile } from './lattice';
import { maxInstanceScale, sphereDetailForRadiusPx } from './math';

/**
 * Per-frame renderer figures. `programs`: shader programs linked so far (three.js numbers them from 1 in creation order).
 * `full`: drawn at full detail (false for the quick first frame, see ParticleScene).
 */
export interface FrameStats { calls: number; triangles: number; pxPerNm: number; programs: number; full: boolean }

/**
 * The three.js classes this scene names as JSX elements (<color>, <mesh>, …): a bare R3F root (the first-frame worker)
 * registers only these, so its bundle carries only the parts of three.js the scene uses. Add a class here when the scene
 * starts using a new element.
 */
export const SCENE_ELEMENTS = {
  Color: THREE.Color, AmbientLight: THREE.AmbientLight, DirectionalLight: THREE.DirectionalLight, Group: THREE.Group,
  Mesh: THREE.Mesh, InstancedMesh: THREE.InstancedMesh, LineSegments: THREE.LineSegments,
};

/** Called right after each frame; returning false says the frame was not shown (it does not count as the first). */
export type FrameCallback = (s: FrameStats) => boolean | void;

function programsLinked(r: THREE.WebGLRenderer): number {
  let n = 0;
  for (const p of r.info.programs ?? []) if (p.id > n) n = p.id;
  return n;
}

/** What the scene draws: the same for the on-page canvas and the worker's. */
export interface SceneInput {
  layouts: ParticleLayout[];
  arrangement: Arrangement;
  cutaway: boolean;
  /** Changes re-fit the camera to the arrangement. */
  fitKey: string;
}

/** Default view direction: from the front, a little right and above, so facets and the z = 0 cutaway both read. */
export const VIEW_DIR = new THREE.Vector3(0.28, 0.38, 1).normalize();
/** Cutaway plane: removes z > 0 (the half facing the default camera). */
const CUT_PLANE = new THREE.Plane(new THREE.Vector3(0, 0, -1), 0);

const srgbToLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
function linearColors(src: Float32Array): Float32Array {
  const out = new Float32Array(src.length);
  for (let i = 0; i < src.length; i++) out[i] = srgbToLinear(src[i]);
  return out;
}

/**
 * Lit surfaces: physically based (MeshStandardMaterial) on the interactive canvas; Lambert (per-vertex-free diffuse, no
 * roughness/metalness) in the first-frame worker, whose shaders SwiftShader compiles and runs in about half the time
 * (measured: scene → first frame 0.7–1.5 s instead of 1.8–2.5 s at load ≈ 20). Same colours, opacity and clipping.
 */
const CheapContext = createContext(false);
function surfaceMaterial(p: THREE.MeshStandardMaterialParameters, cheap: boolean): THREE.Material {
  if (!cheap) return new THREE.MeshStandardMaterial(p);
  const { roughness, metalness, ...rest } = p;
  void roughness; void metalness;
  return new THREE.MeshLambertMaterial(rest as THREE.MeshLambertMaterialParameters);
}

/** Geometries and materials shared by every particle in one viewer (disposed with it). */
function useResources() {
  const cheap = useContext(CheapContext);
  const res = useMemo(() => {
    const lattice = new THREE.DataTexture(latticeTile(64), 64, 64, THREE.RGBAFormat);
    lattice.wrapS = lattice.wrapT = THREE.RepeatWrapping;
    lattice.magFilter = THREE.LinearFilter;
    lattice.minFilter = THREE.LinearMipmapLinearFilter;
    lattice.generateMipmaps = true;
    lattice.colorSpace = THREE.SRGBColorSpace;
    lattice.anisotropy = 4;
    lattice.needsUpdate = true;
    return {
      lattice,
      geo: {
        /** Small instanced spheres (payload molecules, nanodots, membrane markers, beads) by level of detail: 20 / 80 / 320 triangles. */
        ball: [new THREE.IcosahedronGeometry(1, 0), new THREE.IcosahedronGeometry(1, 1), new THREE.IcosahedronGeometry(1, 2)],
        peg: new THREE.CylinderGeometry(1, 1, 1, 5, 1, true),
        pore: new THREE.CylinderGeometry(1, 1, 1, 10),
        sphere: new THREE.SphereGeometry(1, 64, 32),
        /** The quick first frame's sphere (1/8 of the triangles). */
        sphereLow: new THREE.SphereGeometry(1, 24, 12),
      },
      mat: {
        molecule: surfaceMaterial({ color: '#ffffff', roughness: 0.45 }, cheap),
        dot: surfaceMaterial({ color: VIEWER_COLORS.highZ, roughness: 0.3, metalness: 0.35 }, cheap),
        marker: surfaceMaterial({ color: '#ffffff', roughness: 0.55 }, cheap),
        peg: surfaceMaterial({ color: VIEWER_COLORS.peg, roughness: 0.8 }, cheap),
      },
    };
  }, [cheap]);
  useEffect(() => () => {
    res.lattice.dispose();
    Object.values(res.geo).flat().forEach((g) => g.dispose());
    Object.values(res.mat).forEach((m) => m.dispose());
  }, [res]);
  return res;
}
type Resources = ReturnType<typeof useResources>;

/** Full detail, or the quick first frame's (low-poly spheres, lowest level of detail, 1 device pixel per CSS pixel). */
const DetailContext = createContext(true);

/** An instanced mesh whose geometry follows its on-screen size: the renderer picks the level before each frame. */
interface LodEntry { mesh: THREE.InstancedMesh; levels: readonly THREE.BufferGeometry[]; radius: number }
const LodContext = createContext<Set<LodEntry> | null>(null);

const LOD_POS = new THREE.Vector3();
const LOD_QUAT = new THREE.Quaternion();
const LOD_SCALE = new THREE.Vector3();
/**
 * Swap each registered mesh to the detail its largest instance needs at the camera's zoom (CSS px per nm), at most
 * `maxLevel` (0 for the quick first frame).
 */
function applyLod(entries: Set<LodEntry>, zoom: number, maxLevel = Infinity): void {
  for (const e of entries) {
    e.mesh.matrixWorld.decompose(LOD_POS, LOD_QUAT, LOD_SCALE);
    const worldScale = Math.max(Math.abs(LOD_SCALE.x), Math.abs(LOD_SCALE.y), Math.abs(LOD_SCALE.z));
    const g = e.levels[Math.min(e.levels.length - 1, maxLevel, sphereDetailForRadiusPx(e.radius * worldScale * zoom))];
    if (e.mesh.geometry !== g) e.mesh.geometry = g;
  }
}
function Instances({ set, geometry, material, renderOrder = 0 }: { set: InstanceSet; geometry: THREE.BufferGeometry | readonly THREE.BufferGeometry[]; material: THREE.Material; renderOrder?: number }) {
  const ref = useRef<THREE.InstancedMesh>(null);
  const invalidate = useThree((s) => s.invalidate);
  const lod = useContext(LodContext);
  const levels = Array.isArray(geometry) ? (geometry as readonly THREE.BufferGeometry[]) : null;
  const radius = useMemo(() => maxInstanceScale(set.matrices, set.count), [set]);
  useLayoutEffect(() => {
    const m = ref.current;
    if (!m || !levels || !lod) return;
    const entry: LodEntry = { mesh: m, levels, radius };
    lod.add(entry);
    return () => { lod.delete(entry); };
  }, [levels, lod, radius]);
  useLayoutEffect(() => {
    const m = ref.current;
    if (!m) return;
    m.instanceMatrix.array.set(set.matrices.subarray(0, 16 * set.count));
    m.instanceMatrix.needsUpdate = true;
    if (set.colors) m.instanceColor = new THREE.InstancedBufferAttribute(linearColors(set.colors.subarray(0, 3 * set.count)), 3);
    invalidate();
  }, [set, invalidate]);
  return <instancedMesh ref={ref} args={[levels ? levels[0] : (geometry as THREE.BufferGeometry), material, set.count]} frustumCulled={false} renderOrder={renderOrder} />;
}

/**
 * A material that lives as long as its parameters do. It is keyed by their values, not by the layout object that
 * carries them: an edit that moves or resizes a part (a new layout every time) keeps the material, so three.js keeps
 * its compiled shader program instead of disposing it and linking a new one (~14 ms per edit under SwiftShader).
 */
function usePartMaterial(params: THREE.MeshStandardMaterialParameters, cut: boolean) {
  const key = JSON.stringify(params, (k, v: unknown) => (k === 'map' ? undefined : v));
  // `key` stands for every parameter value except the texture
  const cheap = useContext(CheapContext);
  const mat = useMemo(() => surfaceMaterial(params, cheap), [key, params.map, cheap]);
  useEffect(() => () => mat.dispose(), [mat]);
  mat.clippingPlanes = cut ? [CUT_PLANE] : null;
  mat.side = cut && mat.transparent ? THREE.DoubleSide : THREE.FrontSide;
  mat.forceSinglePass = true;
  return mat;
}

function CorePartMesh({ part, cut, res, order }: { part: CorePart; cut: boolean; res: Resources; order: number }) {
  const full = useContext(DetailContext);
  const color = part.color;
  const opacity = part.kind === 'poly' || part.kind === 'sphere' ? part.opacity : 1;
  const mat = usePartMaterial(
    part.kind === 'poly'
      ? { color, map: res.lattice, transparent: opacity < 1, opacity, roughness: 0.3, metalness: 0.05, depthWrite: true }
      : part.kind === 'sphere'
        ? { color, transparent: opacity < 1, opacity, roughness: part.roughness, metalness: part.metalness, depthWrite: opacity >= 1 }
        : { color, roughness: part.kind === 'pores' ? 0.9 : 0.6 },
    cut,
  );
  const polyGeo = useMemo(() => {
    if (part.kind !== 'poly') return null;
    const g = new THREE.BufferGeometry();
    g.setAttribute('position', new THREE.BufferAttribute(part.mesh.positions, 3));
    g.setAttribute('normal', new THREE.BufferAttribute(part.mesh.normals, 3));
    g.setAttribute('uv', new THREE.BufferAttribute(part.mesh.uvs, 2));
    const e = new THREE.BufferGeometry();
    e.setAttribute('position', new THREE.BufferAttribute(part.mesh.edges, 3));
    return { g, e };
  }, [part]);
  const edgeMat = useMemo(() => new THREE.LineBasicMaterial({ color: new THREE.Color(color).multiplyScalar(0.3), transparent: true, opacity: 0.9 }), [color]);
  // separate clean-ups: a new layout replaces the geometry but keeps the material (and so its shader program)
  useEffect(() => () => { polyGeo?.g.dispose(); polyGeo?.e.dispose(); }, [polyGeo]);
  useEffect(() => () => edgeMat.dispose(), [edgeMat]);
  edgeMat.clippingPlanes = cut ? [CUT_PLANE] : null;
  switch (part.kind) {
    case 'poly':
      return (
        <>
          <mesh geometry={polyGeo!.g} material={mat} renderOrder={1} />
          <lineSegments geometry={polyGeo!.e} material={edgeMat} renderOrder={2} />
        </>
      );
    case 'sphere':
      return <mesh geometry={full ? res.geo.sphere : res.geo.sphereLow} material={mat} scale={part.radiusNm} renderOrder={opacity < 1 ? 1 + order : 0} />;
    case 'beads':
      return <Instances set={part} geometry={res.geo.ball} material={mat} />;
    case 'pores':
      return <Instances set={part} geometry={res.geo.pore} material={mat} />;
    default: {
      const never: never = part;
      throw new Error(`unhandled core part ${JSON.stringify(never)}`);
    }
  }
}

function CapMesh({ cap }: { cap: CorePartCap }) {
  const geo = useMemo(() => {
    if (cap.kind === 'polygon') return new THREE.ShapeGeometry(new THREE.Shape(cap.points.map(([x, y]) => new THREE.Vector2(x, y))));
    return cap.innerNm > 0 ? new THREE.RingGeometry(cap.innerNm, cap.outerNm, 96) : new THREE.CircleGeometry(cap.outerNm, 96);
  }, [cap]);
  const cheap = useContext(CheapContext);
  const mat = useMemo(() => surfaceMaterial({ color: cap.color, roughness: 0.8, side: THREE.DoubleSide, polygonOffset: true, polygonOffsetFactor: 1 }, cheap), [cap.color, cheap]);
  useEffect(() => () => geo.dispose(), [geo]);
  useEffect(() => () => mat.dispose(), [mat]);
  return <mesh geometry={geo} material={mat} position={[0, 0, -0.02]} />;
}

function MembraneShell({ l, cut }: { l: ParticleLayout; cut: boolean }) {
  const shell = l.membrane.shell!;
  const geo = useMemo(() => {
    const g = new THREE.BufferGeometry();
    g.setAttribute('position', new THREE.BufferAttribute(shell.positions, 3));
    g.setAttribute('normal', new THREE.BufferAttribute(shell.normals, 3));
    g.setAttribute('color', new THREE.BufferAttribute(linearColors(shell.colors), 3));
    return g;
  }, [shell]);
  useEffect(() => () => geo.dispose(), [geo]);
  const mat = usePartMaterial({ vertexColors: true, transparent: true, opacity: 0.3, roughness: 0.7, depthWrite: false }, cut);
  return <mesh geometry={geo} material={mat} renderOrder={5} />;
}

function Particle({ l, place, cut, res }: { l: ParticleLayout; place: Placement; cut: boolean; res: Resources }) {
  const clipMats = [res.mat.marker, res.mat.peg];
  for (const m of clipMats) m.clippingPlanes = cut ? [CUT_PLANE] : null;
  const sphereOrder = (p: CorePart) => (p.kind === 'sphere' ? -p.radiusNm : 0);
  const ranked = [...l.coreParts].sort((a, b) => sphereOrder(b) - sphereOrder(a));
  return (
    <group position={place.center} name={`particle-${l.spec.id}`}>
      <group scale={Math.max(l.coreScale, 1e-4)} visible={l.coreScale > 1e-3}>
        {l.coreParts.map((p, i) => <CorePartMesh key={i} part={p} cut={cut} res={res} order={ranked.indexOf(p)} />)}
        {cut && l.caps.map((c, i) => <CapMesh key={i} cap={c} />)}
      </group>
      <group position={place.payloadOffset} visible={place.showPayloads}>
        {l.molecules.count > 0 && <Instances key={`m${l.molecules.count}`} set={l.molecules} geometry={res.geo.ball} material={res.mat.molecule} />}
        {l.nanodots.count > 0 && <Instances key={`d${l.nanodots.count}`} set={l.nanodots} geometry={res.geo.ball} material={res.mat.dot} />}
        {l.released.count > 0 && <Instances key={`r${l.released.count}`} set={l.released} geometry={res.geo.ball} material={res.mat.molecule} />}
      </group>
      <group position={place.membraneOffset} visible={place.showMembrane}>
        {l.membrane.shell && <MembraneShell l={l} cut={cut} />}
        {l.membrane.markers.count > 0 && <Instances key={`k${l.membrane.markers.count}`} set={l.membrane.markers} geometry={res.geo.ball} material={res.mat.marker} />}
        {l.peg.count > 0 && <Instances key={`p${l.peg.count}`} set={l.peg} geometry={res.geo.peg} material={res.mat.peg} />}
      </group>
    </group>
  );
}

function Content({ layouts, arrangement, cutaway }: Pick<SceneInput, 'layouts' | 'arrangement' | 'cutaway'>) {
  const res = useResources();
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => { invalidate(); }, [layouts, arrangement, cutaway, invalidate]);
  return (
    <>
      {layouts.map((l, i) => <Particle key={`${l.spec.id}-${i}`} l={l} place={arrangement.placements[i]} cut={cutaway} res={res} />)}
    </>
  );
}

/** The default controls (OrbitControls, made default by the scene): a target to re-centre and an update. */
function isOrbitLike(c: unknown): c is { target: THREE.Vector3; update: () => void } {
  return typeof c === 'object' && c !== null && 'target' in c && c.target instanceof THREE.Vector3 && 'update' in c && typeof c.update === 'function';
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
    const { bounds } = arrRef.current;
    const w = Math.max(1, bounds.maxX - bounds.minX), h = Math.max(1, bounds.maxY - bounds.minY);
    camera.zoom = Math.max(0.01, Math.min(size.width / (w * 1.12), size.height / (h * 1.18)));
    camera.position.copy(VIEW_DIR).multiplyScalar(2000);
    camera.up.set(0, 1, 0);
    camera.lookAt(0, 0, 0);
    camera.updateProjectionMatrix();
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
function RenderAndMeasure({ onFrame, lod, onFirstFrame }: { onFrame: FrameCallback; lod: Set<LodEntry>; onFirstFrame: () => void }) {
  const full = useContext(DetailContext);
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
    applyLod(lod, (camera as THREE.OrthographicCamera).zoom, 0);
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
  }, [gl, scene, camera, lod, invalidate]);
  useFrame(({ gl: r, scene: sc, camera: cam }) => {
    if (!compiled.current) return;
    sc.updateMatrixWorld();
    applyLod(lod, (cam as THREE.OrthographicCamera).zoom, maxLevel);
    r.render(sc, cam);
    const shown = onFrame({ calls: r.info.render.calls, triangles: r.info.render.triangles, pxPerNm: (cam as THREE.OrthographicCamera).zoom, programs: programsLinked(r), full });
    // a frame its receiver did not show (the first-frame worker's primed scene) is no first frame
    if (shown !== false && !drawn.current) { drawn.current = true; onFirstFrame(); }
  }, 1);
  return null;
}

/** Asks the demand frameloop for a frame whenever `when` changes (the switch to full detail). */
function Redraw({ when }: { when: unknown }) {
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => { invalidate(); }, [when, invalidate]);
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

/** Renderer settings both canvases share (right after the renderer is created). */
export function setupRenderer(gl: THREE.WebGLRenderer, dev: boolean): void {
  gl.localClippingEnabled = true;
  // production: no synchronous getProgramInfoLog / LINK_STATUS read-back per program (each one waits for the GPU)
  gl.debug.checkShaderErrors = dev;
}

/**
 * Everything inside the canvas: background, lights, the particles, rendering with stats, the camera fit. `children`
 * (the on-page canvas's OrbitControls) mount before the fit, which re-centres them.
 */
export function SceneBody({ layouts, arrangement, cutaway, fitKey, full, cheap = false, onFrame, onFirstFrame, children }: SceneInput & { full: boolean; cheap?: boolean; onFrame: FrameCallback; onFirstFrame: () => void; children?: ReactNode }) {
  const lod = useMemo(() => new Set<LodEntry>(), []);
  return (
    <>
      <color attach="background" args={[VIEWER_COLORS.background]} />
      <ambientLight intensity={1.1} />
      <directionalLight position={[300, 500, 700]} intensity={2.2} />
      <directionalLight position={[-500, -200, 300]} intensity={0.6} />
      <DetailContext.Provider value={full}>
        <LodContext.Provider value={lod}>
          <CheapContext.Provider value={cheap}>
            <Content layouts={layouts} arrangement={arrangement} cutaway={cutaway} />
          </CheapContext.Provider>
        </LodContext.Provider>
        <RenderAndMeasure onFrame={onFrame} lod={lod} onFirstFrame={onFirstFrame} />
        <Redraw when={full} />
      </DetailContext.Provider>
      {children}
      <Fit arrangement={arrangement} fitKey={fitKey} />
    </>
  );
}
