// The particle scene in plain three.js (no React): lights, core parts, instanced payload, nanodots, membrane markers and
// PEG, cutaway clipping and caps, exploded offsets, level of detail, camera fit. The one builder both canvases use: the
// first-frame worker (poster.worker.ts, no React or R3F in its script) and the interactive canvas (scene-body.tsx mounts
// `root` as a primitive), so the two pictures cannot drift apart. Input is plain data (layouts and arrangement).
import {
  ACESFilmicToneMapping, AmbientLight, BufferAttribute, BufferGeometry, CircleGeometry, Color, CylinderGeometry, DataTexture, DirectionalLight, DoubleSide,
  FrontSide, Group, IcosahedronGeometry, InstancedBufferAttribute, InstancedMesh, LinearFilter, LinearMipmapLinearFilter,
  LineBasicMaterial, LineSegments, Mesh, MeshLambertMaterial, MeshStandardMaterial, Plane, Quaternion, RGBAFormat, RepeatWrapping,
  RingGeometry, Shape, ShapeGeometry, SphereGeometry, SRGBColorSpace, Vector2, Vector3,
  type Material, type MeshStandardMaterialParameters, type OrthographicCamera, type WebGLRenderer,
} from 'three';
import { VIEWER_COLORS } from './colors';
import type { Arrangement, Placement } from './arrange';
import type { CorePart, CorePartCap, InstanceSet, ParticleLayout } from './layout';
import { latticeTile } from './lattice';
import { maxInstanceScale, sphereDetailForRadiusPx } from './math';

/**
 * Per-frame renderer figures. `programs`: shader programs linked so far (three.js numbers them from 1 in creation order).
 * `full`: drawn at full detail (false for the quick first frame).
 */
export interface FrameStats { calls: number; triangles: number; pxPerNm: number; programs: number; full: boolean }

/** What the scene draws: the same for the on-page canvas and the worker's. Plain data (posted to the worker). */
export interface SceneInput {
  layouts: ParticleLayout[];
  arrangement: Arrangement;
  cutaway: boolean;
  /** Changes re-fit the camera to the arrangement. */
  fitKey: string;
}

/** Default view direction: from the front, a little right and above, so facets and the z = 0 cutaway both read. */
export const VIEW_DIR = new Vector3(0.28, 0.38, 1).normalize();
/** The orthographic camera both canvases start with (world units are nm; zoom = CSS px per nm after the fit). */
export const CAMERA = { position: [VIEW_DIR.x * 2000, VIEW_DIR.y * 2000, VIEW_DIR.z * 2000] as [number, number, number], zoom: 2, near: 1, far: 6000 };
export const BACKGROUND = VIEWER_COLORS.background;
/** Cutaway plane: removes z > 0 (the half facing the default camera). */
const CUT_PLANE = new Plane(new Vector3(0, 0, -1), 0);

export function programsLinked(r: WebGLRenderer): number {
  let n = 0;
  for (const p of r.info.programs ?? []) if (p.id > n) n = p.id;
  return n;
}

/** Renderer settings both canvases share (right after the renderer is created). */
export function setupRenderer(gl: WebGLRenderer, dev: boolean): void {
  gl.localClippingEnabled = true;
  // R3F's default for its canvas, set here for the worker's bare renderer too: both pictures tone-mapped alike
  gl.toneMapping = ACESFilmicToneMapping;
  // production: no synchronous getProgramInfoLog / LINK_STATUS read-back per program (each one waits for the GPU)
  gl.debug.checkShaderErrors = dev;
}

/** Fit the orthographic camera to the arrangement's bounds for a drawing area of width × height CSS px (zoom = px per nm). */
export function fitCamera(camera: OrthographicCamera, arrangement: Arrangement, width: number, height: number): void {
  const { bounds } = arrangement;
  const w = Math.max(1, bounds.maxX - bounds.minX), h = Math.max(1, bounds.maxY - bounds.minY);
  camera.zoom = Math.max(0.01, Math.min(width / (w * 1.12), height / (h * 1.18)));
  camera.position.copy(VIEW_DIR).multiplyScalar(2000);
  camera.up.set(0, 1, 0);
  camera.lookAt(0, 0, 0);
  camera.updateProjectionMatrix();
}

const srgbToLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const linearCache = new WeakMap<Float32Array, Float32Array>();
/** sRGB 0..1 triples → linear (three.js reads instance and vertex colours as linear); cached per source array. */
function linearColors(src: Float32Array): Float32Array {
  let out = linearCache.get(src);
  if (!out) {
    out = new Float32Array(src.length);
    for (let i = 0; i < src.length; i++) out[i] = srgbToLinear(src[i]);
    linearCache.set(src, out);
  }
  return out;
}

const whites: Float32Array[] = [];
/** `count` white triples (shared, read only). */
function whiteColors(count: number): Float32Array {
  let w = whites[0];
  if (!w || w.length < 3 * count) { w = new Float32Array(3 * count).fill(1); whites[0] = w; }
  return w.subarray(0, 3 * count);
}

/**
 * Lit surfaces: physically based (MeshStandardMaterial) on the interactive canvas; Lambert (diffuse, no
 * roughness/metalness) in the first-frame worker, whose shaders SwiftShader compiles and runs in about half the time.
 * Same colours, opacity and clipping.
 */
function surfaceMaterial(p: MeshStandardMaterialParameters, cheap: boolean): Material {
  if (!cheap) return new MeshStandardMaterial(p);
  const { roughness, metalness, ...rest } = p;
  void roughness; void metalness;
  return new MeshLambertMaterial(rest);
}

/** An instanced mesh whose geometry follows its on-screen size: the level is picked before each frame. */
export interface LodEntry { mesh: InstancedMesh; levels: readonly BufferGeometry[]; radius: number }

const LOD_POS = new Vector3();
const LOD_QUAT = new Quaternion();
const LOD_SCALE = new Vector3();
/**
 * Swap each registered mesh to the detail its largest instance needs at the camera's zoom (CSS px per nm), at most
 * `maxLevel` (0 for the quick first frame). World matrices must be current.
 */
export function applyLod(entries: Iterable<LodEntry>, zoom: number, maxLevel = Infinity): void {
  for (const e of entries) {
    e.mesh.matrixWorld.decompose(LOD_POS, LOD_QUAT, LOD_SCALE);
    const worldScale = Math.max(Math.abs(LOD_SCALE.x), Math.abs(LOD_SCALE.y), Math.abs(LOD_SCALE.z));
    const g = e.levels[Math.min(e.levels.length - 1, maxLevel, sphereDetailForRadiusPx(e.radius * worldScale * zoom))];
    if (e.mesh.geometry !== g) e.mesh.geometry = g;
  }
}

/**
 * Objects kept across updates by key: what the new picture uses again is reused (a moved or resized part keeps its
 * material, so three.js keeps its compiled program instead of linking a new one, ~14 ms per edit under SwiftShader);
 * what it no longer uses is disposed at `sweep`.
 */
class Pool<K, V extends { dispose(): void }> {
  private prev = new Map<K, V>();
  private next = new Map<K, V>();
  get(key: K, make: () => V): V {
    let v = this.next.get(key) ?? this.prev.get(key);
    if (!v) v = make();
    this.next.set(key, v);
    return v;
  }
  sweep(): void {
    for (const [k, v] of this.prev) if (this.next.get(k) !== v) v.dispose();
    this.prev = this.next;
    this.next = new Map();
  }
  clear(): void {
    for (const v of new Set([...this.prev.values(), ...this.next.values()])) v.dispose();
    this.prev.clear();
    this.next.clear();
  }
}

/** Geometries, materials and the lattice texture shared by every particle of one scene. */
function makeResources(cheap: boolean) {
  const lattice = new DataTexture(latticeTile(64), 64, 64, RGBAFormat);
  lattice.wrapS = lattice.wrapT = RepeatWrapping;
  lattice.magFilter = LinearFilter;
  lattice.minFilter = LinearMipmapLinearFilter;
  lattice.generateMipmaps = true;
  lattice.colorSpace = SRGBColorSpace;
  // anisotropic filtering comes with full detail (update): SwiftShader builds a much longer sampling routine for it
  lattice.anisotropy = 1;
  lattice.needsUpdate = true;
  return {
    lattice,
    geo: {
      /** Small instanced spheres (payload molecules, nanodots, membrane markers, beads) by level of detail: 20 / 80 / 320 triangles. */
      ball: [new IcosahedronGeometry(1, 0), new IcosahedronGeometry(1, 1), new IcosahedronGeometry(1, 2)] as readonly BufferGeometry[],
      peg: new CylinderGeometry(1, 1, 1, 5, 1, true),
      pore: new CylinderGeometry(1, 1, 1, 10),
      sphere: new SphereGeometry(1, 64, 32),
      /** The quick first frame's sphere (1/8 of the triangles). */
      sphereLow: new SphereGeometry(1, 24, 12),
    },
    mat: {
      molecule: surfaceMaterial({ color: '#ffffff', roughness: 0.45 }, cheap),
      dot: surfaceMaterial({ color: VIEWER_COLORS.highZ, roughness: 0.3, metalness: 0.35 }, cheap),
      marker: surfaceMaterial({ color: '#ffffff', roughness: 0.55 }, cheap),
      peg: surfaceMaterial({ color: VIEWER_COLORS.peg, roughness: 0.8 }, cheap),
    },
  };
}
type Resources = ReturnType<typeof makeResources>;

/**
 * One scene's particles, built from plain data and rebuilt on `update` (objects are cheap; geometries, materials and so
 * their shader programs are kept while the picture still uses them). `root` holds the lights and the particles: add it
 * to a THREE.Scene (the worker) or mount it as a primitive (R3F). `cheap`: Lambert surfaces (the worker's first frames).
 */
export class ParticleGraph {
  readonly root = new Group();
  /** The instanced spheres whose geometry follows the zoom (applyLod before each frame). */
  readonly lod = new Set<LodEntry>();
  private res: Resources | null = null;
  private readonly content = new Group();
  private readonly partMats = new Pool<string, Material>();
  private readonly edgeMats = new Pool<string, LineBasicMaterial>();
  private readonly capMats = new Pool<string, Material>();
  private readonly geos = new Pool<object, BufferGeometry>();
  private meshes: InstancedMesh[] = [];

  constructor(readonly cheap: boolean) {
    this.root.add(new AmbientLight(0xffffff, 1.1));
    const key = new DirectionalLight(0xffffff, 2.2);
    key.position.set(300, 500, 700);
    const fill = new DirectionalLight(0xffffff, 0.6);
    fill.position.set(-500, -200, 300);
    this.root.add(key, fill, this.content);
  }

  private resources(): Resources {
    return (this.res ??= makeResources(this.cheap));
  }

  /** Build the picture of `layouts` placed by `arrangement`; `full` false = the quick first frame's low-poly spheres. */
  update({ layouts, arrangement, cutaway }: Pick<SceneInput, 'layouts' | 'arrangement' | 'cutaway'>, full: boolean): void {
    const res = this.resources();
    const old = this.meshes;
    this.meshes = [];
    this.lod.clear();
    this.content.clear();
    for (const m of [res.mat.marker, res.mat.peg]) m.clippingPlanes = cutaway ? [CUT_PLANE] : null;
    const anisotropy = full ? 4 : 1;
    if (res.lattice.anisotropy !== anisotropy) { res.lattice.anisotropy = anisotropy; res.lattice.needsUpdate = true; }
    layouts.forEach((l, i) => this.content.add(this.particle(l, arrangement.placements[i], cutaway, full, res)));
    for (const m of old) m.dispose();
    this.partMats.sweep();
    this.edgeMats.sweep();
    this.capMats.sweep();
    this.geos.sweep();
  }

  /** Frees every GPU resource (the graph can be updated again afterwards: it builds them anew). */
  dispose(): void {
    this.content.clear();
    for (const m of this.meshes) m.dispose();
    this.meshes = [];
    this.lod.clear();
    this.partMats.clear();
    this.edgeMats.clear();
    this.capMats.clear();
    this.geos.clear();
    if (this.res) {
      this.res.lattice.dispose();
      Object.values(this.res.geo).flat().forEach((g) => g.dispose());
      Object.values(this.res.mat).forEach((m) => m.dispose());
      this.res = null;
    }
  }

  private particle(l: ParticleLayout, place: Placement, cut: boolean, full: boolean, res: Resources): Group {
    const g = new Group();
    g.position.set(...place.center);
    g.name = `particle-${l.spec.id}`;
    const core = new Group();
    core.scale.setScalar(Math.max(l.coreScale, 1e-4));
    core.visible = l.coreScale > 1e-3;
    const sphereOrder = (p: CorePart) => (p.kind === 'sphere' ? -p.radiusNm : 0);
    const ranked = [...l.coreParts].sort((a, b) => sphereOrder(b) - sphereOrder(a));
    l.coreParts.forEach((p) => this.corePart(core, p, cut, ranked.indexOf(p), full, res));
    if (cut) for (const c of l.caps) core.add(this.cap(c));
    const payload = new Group();
    payload.position.set(...place.payloadOffset);
    payload.visible = place.showPayloads;
    if (l.molecules.count > 0) payload.add(this.instances(l.molecules, res.geo.ball, res.mat.molecule));
    if (l.nanodots.count > 0) payload.add(this.instances(l.nanodots, res.geo.ball, res.mat.dot));
    if (l.released.count > 0) payload.add(this.instances(l.released, res.geo.ball, res.mat.molecule));
    const membrane = new Group();
    membrane.position.set(...place.membraneOffset);
    membrane.visible = place.showMembrane;
    if (l.membrane.shell) membrane.add(this.shell(l.membrane.shell, cut));
    if (l.membrane.markers.count > 0) membrane.add(this.instances(l.membrane.markers, res.geo.ball, res.mat.marker));
    if (l.peg.count > 0) membrane.add(this.instances(l.peg, res.geo.peg, res.mat.peg));
    g.add(core, payload, membrane);
    return g;
  }

  private instances(set: InstanceSet, geometry: BufferGeometry | readonly BufferGeometry[], material: Material, renderOrder = 0): InstancedMesh {
    const levels = Array.isArray(geometry) ? (geometry as readonly BufferGeometry[]) : null;
    const m = new InstancedMesh(levels ? levels[0] : (geometry as BufferGeometry), material, set.count);
    m.frustumCulled = false;
    m.renderOrder = renderOrder;
    m.instanceMatrix.array.set(set.matrices.subarray(0, 16 * set.count));
    // every instanced mesh has per-instance colours (white = the material's own colour): one shader program for them all,
    // one fewer to compile and link before the first frame (a nanodot set alone would need its own)
    m.instanceColor = new InstancedBufferAttribute(set.colors ? linearColors(set.colors).subarray(0, 3 * set.count) : whiteColors(set.count), 3);
    if (levels) this.lod.add({ mesh: m, levels, radius: maxInstanceScale(set.matrices, set.count) });
    this.meshes.push(m);
    return m;
  }

  /** A part's material, keyed by its parameter values (not by the layout object that carries them). */
  private partMaterial(params: MeshStandardMaterialParameters, cut: boolean): Material {
    const key = JSON.stringify(params, (k, v: unknown) => (k === 'map' ? undefined : v)) + (params.map ? '|map' : '');
    const mat = this.partMats.get(key, () => surfaceMaterial(params, this.cheap));
    mat.clippingPlanes = cut ? [CUT_PLANE] : null;
    mat.side = cut && mat.transparent ? DoubleSide : FrontSide;
    mat.forceSinglePass = true;
    return mat;
  }

  private corePart(parent: Group, part: CorePart, cut: boolean, order: number, full: boolean, res: Resources): void {
    const color = part.color;
    const opacity = part.kind === 'poly' || part.kind === 'sphere' ? part.opacity : 1;
    const mat = this.partMaterial(
      part.kind === 'poly'
        ? { color, map: res.lattice, transparent: opacity < 1, opacity, roughness: 0.3, metalness: 0.05, depthWrite: true }
        : part.kind === 'sphere'
          ? { color, transparent: opacity < 1, opacity, roughness: part.roughness, metalness: part.metalness, depthWrite: opacity >= 1 }
          : { color, roughness: part.kind === 'pores' ? 0.9 : 0.6 },
      cut,
    );
    switch (part.kind) {
      case 'poly': {
        const geo = this.geos.get(part.mesh, () => {
          const g = new BufferGeometry();
          g.setAttribute('position', new BufferAttribute(part.mesh.positions, 3));
          g.setAttribute('normal', new BufferAttribute(part.mesh.normals, 3));
          g.setAttribute('uv', new BufferAttribute(part.mesh.uvs, 2));
          return g;
        });
        const edgeGeo = this.geos.get(part.mesh.edges, () => {
          const e = new BufferGeometry();
          e.setAttribute('position', new BufferAttribute(part.mesh.edges, 3));
          return e;
        });
        const edgeMat = this.edgeMats.get(color, () => new LineBasicMaterial({ color: new Color(color).multiplyScalar(0.3), transparent: true, opacity: 0.9 }));
        edgeMat.clippingPlanes = cut ? [CUT_PLANE] : null;
        const mesh = new Mesh(geo, mat);
        mesh.renderOrder = 1;
        const lines = new LineSegments(edgeGeo, edgeMat);
        lines.renderOrder = 2;
        parent.add(mesh, lines);
        return;
      }
      case 'sphere': {
        const mesh = new Mesh(full ? res.geo.sphere : res.geo.sphereLow, mat);
        mesh.scale.setScalar(part.radiusNm);
        mesh.renderOrder = opacity < 1 ? 1 + order : 0;
        parent.add(mesh);
        return;
      }
      case 'beads':
        parent.add(this.instances(part, res.geo.ball, mat));
        return;
      case 'pores':
        parent.add(this.instances(part, res.geo.pore, mat));
        return;
      default: {
        const never: never = part;
        throw new Error(`unhandled core part ${JSON.stringify(never)}`);
      }
    }
  }

  private cap(cap: CorePartCap): Mesh {
    const geo = this.geos.get(cap, () => {
      if (cap.kind === 'polygon') return new ShapeGeometry(new Shape(cap.points.map(([x, y]) => new Vector2(x, y))));
      return cap.innerNm > 0 ? new RingGeometry(cap.innerNm, cap.outerNm, 96) : new CircleGeometry(cap.outerNm, 96);
    });
    const mat = this.capMats.get(cap.color, () => surfaceMaterial({ color: cap.color, roughness: 0.8, side: DoubleSide, polygonOffset: true, polygonOffsetFactor: 1 }, this.cheap));
    const mesh = new Mesh(geo, mat);
    mesh.position.set(0, 0, -0.02);
    return mesh;
  }

  private shell(shell: NonNullable<ParticleLayout['membrane']['shell']>, cut: boolean): Mesh {
    const geo = this.geos.get(shell, () => {
      const g = new BufferGeometry();
      g.setAttribute('position', new BufferAttribute(shell.positions, 3));
      g.setAttribute('normal', new BufferAttribute(shell.normals, 3));
      g.setAttribute('color', new BufferAttribute(linearColors(shell.colors), 3));
      return g;
    });
    const mesh = new Mesh(geo, this.partMaterial({ vertexColors: true, transparent: true, opacity: 0.3, roughness: 0.7, depthWrite: false }, cut));
    mesh.renderOrder = 5;
    return mesh;
  }
}
