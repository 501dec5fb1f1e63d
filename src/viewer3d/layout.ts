// Pure geometry builders: turn a ParticleSpec into shell radii, core parts and instance matrices (payload molecules,
// high-Z nanodots, membrane protein markers coloured by source, PEG strands). No three.js: tested in Node.
import { hexToRgb, payloadColor, VIEWER_COLORS } from './colors';
import {
  fibonacciSphere, hashString, mulberry32, randomInBall, randomUnit, writeInstanceMatrix, niceCeil, type Vec3,
} from './math';
import { crossSectionZ0, polyhedronGauge, polyhedronMesh, solidPlanes, type Plane, type PolyMesh } from './polyhedron';
import { CORE_VISUALS, MEMBRANE_VISUALS, type MembraneId } from '../catalog';
import { sanitizeSpec, shapeForCore, type CoreShape, type ParticleSpec } from './spec';

/**
 * Display constants. These set how the picture is drawn, not the science; each is stated in the legend.
 * Sizes marked "assumption" are typical literature values used only to draw to scale.
 */
export const DISPLAY = {
  /** Default cap on displayed payload-molecule spheres per particle. */
  maxMoleculeSpheres: 2000,
  /** Cap on displayed high-Z nanodots per particle. */
  maxNanodots: 600,
  /** Cap on displayed membrane protein markers per particle. */
  maxMarkers: 1500,
  /** Cap on displayed PEG strands per particle. */
  maxPegStrands: 900,
  /** Drawn diameter of one payload-molecule sphere, nm (small drugs are ≈ 1–2 nm across). */
  moleculeDiameterNm: 1.6,
  /** Default high-Z nanodot diameter, nm (assumption: ultrasmall Bi nanodots are 2–5 nm). */
  nanodotDiameterNm: 3,
  /** Bismuth metal: ρ = 9.78 g/cm³, M = 208.98 g/mol → 9.78/208.98 × 6.022e23 / 1e21 = 28.2 atoms/nm³ (published, CRC Handbook). */
  bismuthAtomsPerNm3: 28.18,
  /** Cell-membrane lipid bilayer thickness, nm (published: ≈ 4–5 nm). */
  bilayerNm: 4.5,
  /** Membrane area represented by one protein marker, nm² (display: sparser than the real ≈ 1 protein per 20–50 nm², so the crystal stays visible). */
  markerAreaNm2: 100,
  /** PEG2000 brush height, nm (assumption: Flory radius ≈ 3.5 nm, stretched in the brush regime). */
  pegLengthNm: 5,
  /** PEG grafting density, chains/nm² (assumption: 5 mol % PEG-lipid at 0.65 nm² per lipid ≈ 0.077 nm⁻²). */
  pegChainsPerNm2: 0.077,
  /** Liposome bilayer thickness, nm (published ≈ 4–5 nm). */
  liposomeBilayerNm: 5,
  /** Micelle hydrophobic core as a fraction of the micelle radius (assumption). */
  micelleCoreFraction: 0.55,
  /** LNP electron-dense core as a fraction of the radius (assumption). */
  lnpCoreFraction: 0.78,
  /** Gold nanoshell thickness, nm (assumption: 10–15 nm on a ≈ 120 nm silica core). */
  goldShellNm: 12,
  /** Albumin (HSA) sphere-equivalent diameter, nm (published: HSA ≈ 8 × 8 × 3 nm heart shape). */
  albuminDiameterNm: 7,
  /** Mesopore opening diameter and spacing, nm (MCM-41-like: 2–3 nm pores, ≈ 4–6 nm apart; display). */
  poreDiameterNm: 3,
  poreSpacingNm: 6,
  /** Free drug shown as a cloud of this radius when there is no carrier, nm. */
  freeCloudRadiusNm: 12,
  /** Repeat of the drawn MOF lattice texture, nm (display; ZIF-8's cubic cell is 1.70 nm, too fine to draw). */
  latticeTileNm: 8,
} as const;

export interface ShellRadii {
  /** Core circumradius before erosion, nm. */
  coreNm: number;
  /** Core radius after erosion (release view) = coreNm × coreRemainingFraction, nm. */
  coreShownNm: number;
  membraneInnerNm: number;
  membraneOuterNm: number;
  pegInnerNm: number;
  pegOuterNm: number;
  /** Outermost drawn radius (≥ hydrodynamic radius), nm. */
  outerNm: number;
}

export type CorePart =
  | { kind: 'poly'; mesh: PolyMesh; color: string; opacity: number }
  | { kind: 'sphere'; radiusNm: number; color: string; opacity: number; metalness: number; roughness: number }
  | { kind: 'beads'; matrices: Float32Array; count: number; color: string }
  | { kind: 'pores'; matrices: Float32Array; count: number; color: string };

/** Cutaway caps at z = 0 in core coordinates: a polygon, or a ring between two radii (inner 0 → disc). */
export type CorePartCap =
  | { kind: 'polygon'; points: [number, number][]; color: string }
  | { kind: 'ring'; innerNm: number; outerNm: number; color: string };

export interface PayloadGroup {
  agent: string;
  label: string;
  color: string;
  highZ: boolean;
  /** Molecules (or atoms, for high-Z) per particle in the spec. */
  moleculesPerParticle: number;
  /** For high-Z payloads: atoms per nanodot and nanodots per particle. */
  atomsPerDot?: number;
  nanodotsPerParticle?: number;
  releasedFraction: number;
  /** Instances for the unreleased particle, and shown now (= round((1 − releasedFraction) × full) in release view). */
  instancesFull: number;
  instancesShown: number;
  /** Offset of this group's instances in `molecules` or `nanodots`. */
  start: number;
}

export interface InstanceSet {
  count: number;
  /** 16 floats per instance, column-major (three.js Matrix4 layout), world units = nm. */
  matrices: Float32Array;
  /** Optional 3 floats (sRGB 0..1) per instance. */
  colors?: Float32Array;
}

export interface MembraneSourceShare { source: MembraneId; fraction: number; color: string; markerCount: number }

export interface ShellMesh { positions: Float32Array; normals: Float32Array; colors: Float32Array; triangleSources: Int8Array }

export interface ParticleLayout {
  spec: ParticleSpec;
  shape: CoreShape;
  releaseApplied: boolean;
  /** Uniform scale applied to the core parts (coreRemainingFraction in release view, else 1). */
  coreScale: number;
  radii: ShellRadii;
  coreParts: CorePart[];
  caps: CorePartCap[];
  /** Polyhedron bounding planes (unscaled), when the core is a crystal. */
  planes?: Plane[];
  molecules: InstanceSet;
  nanodots: InstanceSet;
  /**
   * Release view: the released payload drawn outside the particle (one instance per released sphere or dot, coloured
   * like its payload), in a halo between RELEASE_HALO.innerFactor and .outerFactor × the outer radius, so the share
   * released is seen growing outside while the inside empties. Empty outside release view.
   */
  released: InstanceSet;
  nanodotDiameterNm: number;
  payloadGroups: PayloadGroup[];
  membrane: { markers: InstanceSet; sources: MembraneSourceShare[]; shell: ShellMesh | null; markerAreaNm2: number };
  peg: InstanceSet & { chains: number; chainsPerStrand: number; lengthNm: number };
}

export interface DisplayScale {
  /** Molecules represented by one drawn sphere (1, 2, 5 × 10^k). */
  moleculesPerSphere: number;
  /** High-Z nanodots represented by one drawn dot. */
  nanodotsPerDot: number;
  /** PEG chains represented by one drawn strand. */
  pegChainsPerStrand: number;
  maxMoleculeSpheres: number;
}

export interface LayoutOptions {
  /** Apply spec.release (erode the core, remove released payload). */
  release?: boolean;
  /** Shared scale (from displayScaleFor over every spec in view) so two particles are drawn comparably. */
  scale?: DisplayScale;
  /** Overrides DISPLAY.maxMoleculeSpheres when computing a scale for this spec alone. */
  maxMoleculeSpheres?: number;
}

const sphereArea = (r: number) => 4 * Math.PI * r * r;

function nanodotInfo(p: { moleculesPerParticle: number; nanodotDiameterNm?: number; atomsPerNm3?: number }) {
  const d = p.nanodotDiameterNm && p.nanodotDiameterNm > 0 ? p.nanodotDiameterNm : DISPLAY.nanodotDiameterNm;
  const rho = p.atomsPerNm3 && p.atomsPerNm3 > 0 ? p.atomsPerNm3 : DISPLAY.bismuthAtomsPerNm3;
  const atomsPerDot = rho * (Math.PI / 6) * d ** 3;
  return { diameterNm: d, atomsPerDot, dots: p.moleculesPerParticle / atomsPerDot };
}

/** Shell radii: core, membrane bilayer just inside the hydrodynamic radius (under the PEG brush), PEG brush outermost. */
export function shellRadii(specIn: ParticleSpec): ShellRadii {
  const spec = sanitizeSpec(specIn);
  const coreNm = spec.coreMaterial === 'none' ? 0 : spec.coreDiameterNm / 2;
  const rh = spec.hydrodynamicDiameterNm / 2;
  const pegL = spec.peg ? DISPLAY.pegLengthNm : 0;
  const hasMembrane = spec.membranes.length > 0 && spec.coverage > 0;
  let membraneOuterNm = coreNm, membraneInnerNm = coreNm;
  if (hasMembrane) {
    membraneOuterNm = Math.max(rh - pegL, coreNm + DISPLAY.bilayerNm);
    membraneInnerNm = membraneOuterNm - DISPLAY.bilayerNm;
  }
  const pegInnerNm = hasMembrane ? membraneOuterNm : coreNm;
  const pegOuterNm = spec.peg ? Math.max(pegInnerNm + pegL, rh) : pegInnerNm;
  const coreShownNm = coreNm * (spec.release ? spec.release.coreRemainingFraction : 1);
  const outerNm = Math.max(rh, pegOuterNm, membraneOuterNm, coreNm, spec.coreMaterial === 'none' ? DISPLAY.freeCloudRadiusNm : 0);
  return { coreNm, coreShownNm, membraneInnerNm, membraneOuterNm, pegInnerNm, pegOuterNm, outerNm };
}

/** One display scale for every particle in view, so equal molecule counts draw as equal sphere counts. */
export function displayScaleFor(specs: ParticleSpec[], maxMoleculeSpheres: number = DISPLAY.maxMoleculeSpheres): DisplayScale {
  let maxMol = 0, maxDots = 0, maxChains = 0;
  for (const s0 of specs) {
    const s = sanitizeSpec(s0);
    let mol = 0, dots = 0;
    for (const p of s.payloads) if (p.highZ) dots += nanodotInfo(p).dots; else mol += p.moleculesPerParticle;
    maxMol = Math.max(maxMol, mol);
    maxDots = Math.max(maxDots, dots);
    if (s.peg) { const r = shellRadii(s); maxChains = Math.max(maxChains, sphereArea(r.pegInnerNm) * DISPLAY.pegChainsPerNm2); }
  }
  const cap = Math.max(1, Math.floor(maxMoleculeSpheres));
  return {
    moleculesPerSphere: niceCeil(maxMol / cap),
    nanodotsPerDot: niceCeil(maxDots / DISPLAY.maxNanodots),
    pegChainsPerStrand: niceCeil(maxChains / DISPLAY.maxPegStrands),
    maxMoleculeSpheres: cap,
  };
}

/** Split `total` integer units across weights exactly (largest-remainder / Hamilton method). */
export function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (total <= 0 || sum <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (w / sum) * total);
  const out = exact.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k++, left--) out[order[k % order.length][1]]++;
  return out;
}

/** Where payload sits, with a gauge g(p) ∈ [0, 1] (0 centre, 1 boundary) used to release from the outside in. */
interface Region { sample(rand: () => number): Vec3; gauge(p: Vec3): number }

function payloadRegion(shape: CoreShape, r: ShellRadii, planes: Plane[] | undefined): Region {
  const ball = (R: number): Region => ({
    sample: (rand) => randomInBall(rand, R),
    gauge: (p) => Math.hypot(p[0], p[1], p[2]) / R,
  });
  const R = r.coreNm;
  switch (shape.kind) {
    case 'polyhedron': {
      const margin = 0.94; // keep spheres inside the faces
      const pl = planes!;
      return {
        sample: (rand) => {
          for (;;) { const p = randomInBall(rand, R); if (polyhedronGauge(pl, p) <= margin) return p; }
        },
        gauge: (p) => polyhedronGauge(pl, p) / margin,
      };
    }
    case 'bilayer-vesicle': return ball(Math.max(0.5, R - DISPLAY.liposomeBilayerNm - 1));
    case 'core-shell-micelle': return ball(R * DISPLAY.micelleCoreFraction * 0.95);
    case 'lipid-nanoparticle': return ball(R * DISPLAY.lnpCoreFraction * 0.95);
    case 'nanoshell': return ball(Math.max(0.5, R - DISPLAY.goldShellNm - 1));
    case 'porous-sphere': return ball(R * 0.95);
    case 'protein-aggregate':
    case 'polymer': return ball(R * 0.92);
    case 'dense-solid':
      // no interior loading: adsorbed in a 2 nm layer on the surface
      return {
        sample: (rand) => { const u = randomUnit(rand); const rr = R + 1 + 2 * rand(); return [u[0] * rr, u[1] * rr, u[2] * rr]; },
        gauge: (p) => Math.hypot(p[0], p[1], p[2]) / (R + 3),
      };
    case 'free': return ball(Math.max(DISPLAY.freeCloudRadiusNm, r.outerNm));
    default: {
      const never: never = shape;
      throw new Error(`unhandled shape ${JSON.stringify(never)}`);
    }
  }
}

/** Low-frequency random field on the unit sphere (sum of signed Gaussian bumps) used to draw membrane patches. */
export function patchField(seed: number): (p: Vec3) => number {
  const rand = mulberry32(seed);
  const bumps = Array.from({ length: 7 }, (_, i) => ({ c: randomUnit(rand), w: i % 2 === 0 ? 1 : -1 }));
  return (p) => {
    let f = 0;
    for (const b of bumps) f += b.w * Math.exp(-(1 - (p[0] * b.c[0] + p[1] * b.c[1] + p[2] * b.c[2])) / 0.35);
    return f;
  };
}

function darker(hex: string, k: number): string {
  const [r, g, b] = hexToRgb(hex).map((v) => Math.round(v * k * 255));
  return `#${((1 << 24) | (r << 16) | (g << 8) | b).toString(16).slice(1).toUpperCase()}`;
}

function surfaceInstances(count: number, radiusNm: number, scale: [number, number, number], jitterSeed: number | null): Float32Array {
  const m = new Float32Array(16 * count);
  const rand = jitterSeed === null ? null : mulberry32(jitterSeed);
  const u: Vec3 = [0, 0, 0];
  for (let i = 0; i < count; i++) {
    fibonacciSphere(i, count, u);
    let d: Vec3 = [u[0], u[1], u[2]];
    if (rand) {
      const j = randomUnit(rand);
      d = [u[0] + 0.18 * j[0], u[1] + 0.18 * j[1], u[2] + 0.18 * j[2]];
      const l = Math.hypot(d[0], d[1], d[2]); d = [d[0] / l, d[1] / l, d[2] / l];
    }
    writeInstanceMatrix(m, 16 * i, [u[0] * radiusNm, u[1] * radiusNm, u[2] * radiusNm], scale[0], scale[1], scale[2], d);
  }
  return m;
}

function coreGeometry(spec: ParticleSpec, shape: CoreShape, R: number, seed: number): { parts: CorePart[]; caps: CorePartCap[]; planes?: Plane[] } {
  const color = CORE_VISUALS[spec.coreMaterial].color;
  const sphere = (radiusNm: number, c: string, opacity: number, metalness = 0, roughness = 0.6): CorePart => ({ kind: 'sphere', radiusNm, color: c, opacity, metalness, roughness });
  const disc = (outerNm: number, c: string, innerNm = 0): CorePartCap => ({ kind: 'ring', innerNm, outerNm, color: c });
  switch (shape.kind) {
    case 'polyhedron': {
      const planes = solidPlanes(shape.solid, R);
      return { parts: [{ kind: 'poly', mesh: polyhedronMesh(planes, DISPLAY.latticeTileNm), color, opacity: 0.62 }], caps: [{ kind: 'polygon', points: crossSectionZ0(planes), color: darker(color, 0.92) }], planes };
    }
    case 'bilayer-vesicle': {
      const ri = Math.max(0.5, R - DISPLAY.liposomeBilayerNm);
      return { parts: [sphere(R, color, 0.5), sphere(ri, VIEWER_COLORS.aqueous, 0.3)], caps: [disc(R, color, ri), disc(ri, VIEWER_COLORS.aqueous)] };
    }
    case 'core-shell-micelle': {
      const rc = R * DISPLAY.micelleCoreFraction;
      return { parts: [sphere(rc, darker(color, 0.8), 0.8), sphere(R, color, 0.3)], caps: [disc(rc, darker(color, 0.8)), disc(R, color, rc)] };
    }
    case 'dense-solid':
      return { parts: [sphere(R, color, 1, shape.metallic ? 0.45 : 0.05, shape.metallic ? 0.35 : 0.55)], caps: [disc(R, darker(color, 0.85))] };
    case 'porous-sphere': {
      const count = Math.min(1500, Math.round(sphereArea(R) / (DISPLAY.poreSpacingNm ** 2 * 0.866)));
      const pr = DISPLAY.poreDiameterNm / 2;
      return {
        parts: [sphere(R, color, 0.75), { kind: 'pores', matrices: surfaceInstances(count, R, [pr, 1.2, pr], null), count, color: '#5B6770' }],
        caps: [disc(R, darker(color, 0.92))],
      };
    }
    case 'lipid-nanoparticle': {
      const rc = R * DISPLAY.lnpCoreFraction;
      return { parts: [sphere(rc, darker(color, 0.7), 0.9), sphere(R, color, 0.35)], caps: [disc(rc, darker(color, 0.7)), disc(R, color, rc)] };
    }
    case 'nanoshell': {
      const ri = Math.max(0.5, R - DISPLAY.goldShellNm);
      return { parts: [sphere(R, color, 1, 0.45, 0.35), sphere(ri, CORE_VISUALS['mesoporous-silica'].color, 0.6)], caps: [disc(R, darker(color, 0.85), ri), disc(ri, CORE_VISUALS['mesoporous-silica'].color)] };
    }
    case 'protein-aggregate':
    case 'polymer': {
      const bead = shape.kind === 'protein-aggregate' ? DISPLAY.albuminDiameterNm : Math.max(2.5, R / 5);
      const rr = Math.max(0.5, R - bead / 2);
      const count = Math.max(1, Math.min(1500, Math.round((0.9 * sphereArea(rr)) / (Math.PI * (bead / 2) ** 2))));
      const b = bead / 2;
      return {
        parts: [sphere(rr, darker(color, 0.85), 1), { kind: 'beads', matrices: surfaceInstances(count, rr, [b, b * 0.85, b], seed), count, color }],
        caps: [disc(R - bead * 0.3, darker(color, 0.85))],
      };
    }
    case 'free':
      return { parts: [], caps: [] };
    default: {
      const never: never = shape;
      throw new Error(`unhandled shape ${JSON.stringify(never)}`);
    }
  }
}

/** UV sphere, non-indexed (flat colour per triangle), radius 1. */
function unitSphereTriangles(widthSegments = 72, heightSegments = 36): Float32Array {
  const tris: number[] = [];
  const v = (i: number, j: number): Vec3 => {
    const th = (j / heightSegments) * Math.PI, ph = (i / widthSegments) * 2 * Math.PI;
    return [Math.sin(th) * Math.cos(ph), Math.cos(th), Math.sin(th) * Math.sin(ph)];
  };
  for (let j = 0; j < heightSegments; j++) {
    for (let i = 0; i < widthSegments; i++) {
      const a = v(i, j), b = v(i + 1, j), c = v(i + 1, j + 1), d = v(i, j + 1);
      // CCW from outside
      if (j > 0) tris.push(...a, ...b, ...d);
      if (j < heightSegments - 1) tris.push(...b, ...c, ...d);
    }
  }
  return new Float32Array(tris);
}
let UNIT_SPHERE: Float32Array | null = null;

/**
 * Source of each unit-sphere triangle (−1 = uncovered): triangles are ranked by the patch field at their centroid and
 * handed out by area — the lowest (1 − coverage) of the area uncovered, then each source its fraction of the rest. A
 * triangle goes where the middle of its area interval falls, so every share is met to within half a triangle.
 */
function shellSources(unit: Float32Array, field: (p: Vec3) => number, coverage: number, fractions: number[]): Int8Array {
  const nUnit = unit.length / 9;
  const f = new Float64Array(nUnit), area = new Float64Array(nUnit);
  let total = 0;
  for (let t = 0, i = 0; i < nUnit; t += 9, i++) {
    const cx = unit[t] + unit[t + 3] + unit[t + 6], cy = unit[t + 1] + unit[t + 4] + unit[t + 7], cz = unit[t + 2] + unit[t + 5] + unit[t + 8];
    const l = Math.hypot(cx, cy, cz);
    f[i] = field([cx / l, cy / l, cz / l]);
    const ux = unit[t + 3] - unit[t], uy = unit[t + 4] - unit[t + 1], uz = unit[t + 5] - unit[t + 2];
    const vx = unit[t + 6] - unit[t], vy = unit[t + 7] - unit[t + 1], vz = unit[t + 8] - unit[t + 2];
    area[i] = Math.hypot(uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx) / 2;
    total += area[i];
  }
  const sum = fractions.reduce((a, b) => a + b, 0);
  const bounds: number[] = []; // cumulative area where each class ends: [uncovered | source 0 | source 1 | …]
  let b = (1 - Math.min(1, Math.max(0, coverage))) * total;
  bounds.push(b);
  for (const fr of fractions) { b += (sum > 0 ? fr / sum : 0) * (total - bounds[0]); bounds.push(b); }
  bounds[bounds.length - 1] = Infinity;
  const order = Array.from({ length: nUnit }, (_, i) => i).sort((a, c) => f[a] - f[c] || a - c);
  const out = new Int8Array(nUnit);
  let cum = 0, cls = 0;
  for (const i of order) {
    const mid = cum + area[i] / 2;
    while (mid >= bounds[cls]) cls++;
    out[i] = cls - 1;
    cum += area[i];
  }
  return out;
}

function buildMembrane(spec: ParticleSpec, r: ShellRadii, seed: number): ParticleLayout['membrane'] {
  const hasMembrane = spec.membranes.length > 0 && spec.coverage > 0;
  const empty = { count: 0, matrices: new Float32Array(0), colors: new Float32Array(0) };
  if (!hasMembrane) return { markers: empty, sources: [], shell: null, markerAreaNm2: DISPLAY.markerAreaNm2 };
  const area = sphereArea(r.membraneOuterNm);
  let markerAreaNm2: number = DISPLAY.markerAreaNm2;
  let n = Math.max(8, Math.round(area / markerAreaNm2));
  if (n > DISPLAY.maxMarkers) { n = DISPLAY.maxMarkers; markerAreaNm2 = area / n; }
  const field = patchField(seed);
  const pts: { p: Vec3; f: number }[] = [];
  for (let i = 0; i < n; i++) { const p = fibonacciSphere(i, n); pts.push({ p, f: field(p) }); }
  const nCovered = Math.round(spec.coverage * n);
  const nUncovered = n - nCovered;
  const counts = apportion(nCovered, spec.membranes.map((m) => m.fraction));
  // markers: rank-exact assignment so the counts equal the apportioned counts
  const order = pts.map((x, i) => [x.f, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const srcOf = new Int8Array(n).fill(-1);
  let k = nUncovered;
  counts.forEach((c, s) => { for (let j = 0; j < c; j++, k++) srcOf[order[k][1]] = s; });
  const matrices = new Float32Array(16 * nCovered);
  const colors = new Float32Array(3 * nCovered);
  const rgb = spec.membranes.map((m) => hexToRgb(MEMBRANE_VISUALS[m.source].color));
  const rm = r.membraneOuterNm + 1.2;
  let w = 0;
  for (let i = 0; i < n; i++) {
    const s = srcOf[i];
    if (s < 0) continue;
    const p = pts[i].p;
    writeInstanceMatrix(matrices, 16 * w, [p[0] * rm, p[1] * rm, p[2] * rm], 1.5, 2.4, 1.5, p);
    colors.set(rgb[s], 3 * w);
    w++;
  }
  // bilayer shell: outer + inner leaflet, one flat colour per triangle by source, uncovered triangles dropped. Both
  // leaflets share the unit triangles, so each is classified once; typed arrays are filled in place (no pushes).
  UNIT_SPHERE ??= unitSphereTriangles();
  const unit = UNIT_SPHERE;
  const nUnit = unit.length / 9;
  // The triangles are apportioned by area along the same field, so the shell shows the coverage and the fractions to
  // within one triangle (a threshold taken from the markers' ranks would only estimate them: off by up to ~0.06).
  const triSrc = shellSources(unit, field, spec.coverage, spec.membranes.map((m) => m.fraction));
  let kept = 0;
  for (let i = 0; i < nUnit; i++) if (triSrc[i] >= 0) kept++;
  const pos = new Float32Array(2 * kept * 9), nor = new Float32Array(2 * kept * 9), col = new Float32Array(2 * kept * 9);
  const tsrc = new Int8Array(kept);
  let o = 0, k2 = 0;
  for (const radius of [r.membraneOuterNm, r.membraneInnerNm]) {
    const outer = radius === r.membraneOuterNm;
    for (let t = 0, i = 0; i < nUnit; t += 9, i++) {
      const s = triSrc[i];
      if (s < 0) continue;
      if (outer) tsrc[k2++] = s;
      const c = rgb[s];
      for (let v = 0; v < 9; v += 3, o += 3) {
        pos[o] = unit[t + v] * radius; pos[o + 1] = unit[t + v + 1] * radius; pos[o + 2] = unit[t + v + 2] * radius;
        nor[o] = unit[t + v]; nor[o + 1] = unit[t + v + 1]; nor[o + 2] = unit[t + v + 2];
        col[o] = c[0]; col[o + 1] = c[1]; col[o + 2] = c[2];
      }
    }
  }
  return {
    markers: { count: nCovered, matrices, colors },
    sources: spec.membranes.map((m, i) => ({ source: m.source, fraction: m.fraction, color: MEMBRANE_VISUALS[m.source].color, markerCount: counts[i] })),
    shell: { positions: pos, normals: nor, colors: col, triangleSources: tsrc },
    markerAreaNm2,
  };
}

/** A finer random field than patchField (more, narrower bumps), so an opened coat breaks into several pieces. */
function fragmentField(seed: number): (p: Vec3) => number {
  const rand = mulberry32(seed);
  const bumps = Array.from({ length: 26 }, (_, i) => ({ c: randomUnit(rand), w: i % 2 === 0 ? 1 : -1 }));
  return (p) => {
    let f = 0;
    for (const b of bumps) f += b.w * Math.exp(-(1 - (p[0] * b.c[0] + p[1] * b.c[1] + p[2] * b.c[2])) / 0.08);
    return f;
  };
}

/** Share of the coat still drawn when the model's barrier is fully open (the coat is opened into pieces, not gone). */
export const OPEN_MEMBRANE_KEPT = 0.35;

/**
 * Release view: the coat opened into fragments as the model's barrier opens (intact 1 → whole, 0 → OPEN_MEMBRANE_KEPT of
 * it left as patches). Triangles and markers are kept where a second smooth field on the sphere is below the kept
 * quantile, so what remains is patches, not speckle. Deterministic for a seed.
 */
export function fragmentMembrane(m: ParticleLayout['membrane'], intact: number, seed: number): ParticleLayout['membrane'] {
  const keep = OPEN_MEMBRANE_KEPT + (1 - OPEN_MEMBRANE_KEPT) * Math.min(1, Math.max(0, intact));
  if (keep >= 1 || !m.shell) return m;
  const field = fragmentField(seed);
  const sh = m.shell;
  const nTri = sh.triangleSources.length; // per leaflet
  const centre = (t: number): Vec3 => {
    const o = 9 * t;
    const p = sh.positions;
    const x = p[o] + p[o + 3] + p[o + 6], y = p[o + 1] + p[o + 4] + p[o + 7], z = p[o + 2] + p[o + 5] + p[o + 8];
    const r = Math.hypot(x, y, z) || 1;
    return [x / r, y / r, z / r];
  };
  const fTri = Array.from({ length: nTri }, (_, t) => field(centre(t)));
  const cut = [...fTri].sort((a, b) => a - b)[Math.max(0, Math.min(nTri - 1, Math.floor(keep * nTri)))];
  const keepTri = fTri.map((f) => f < cut);
  const kept = keepTri.filter(Boolean).length;
  const pos = new Float32Array(2 * kept * 9), nor = new Float32Array(2 * kept * 9), col = new Float32Array(2 * kept * 9);
  const tsrc = new Int8Array(kept);
  let o = 0, k = 0;
  for (let leaf = 0; leaf < 2; leaf++) {
    for (let t = 0; t < nTri; t++) {
      if (!keepTri[t]) continue;
      if (leaf === 0) tsrc[k++] = sh.triangleSources[t];
      const src = 9 * (leaf * nTri + t);
      pos.set(sh.positions.subarray(src, src + 9), o); nor.set(sh.normals.subarray(src, src + 9), o); col.set(sh.colors.subarray(src, src + 9), o);
      o += 9;
    }
  }
  // markers: the same field at each marker's position (its matrix's translation), same cut
  const mk = m.markers;
  const keepM: number[] = [];
  for (let i = 0; i < mk.count; i++) {
    const b = 16 * i;
    const x = mk.matrices[b + 12], y = mk.matrices[b + 13], z = mk.matrices[b + 14];
    const r = Math.hypot(x, y, z) || 1;
    if (field([x / r, y / r, z / r]) < cut) keepM.push(i);
  }
  const mats = new Float32Array(16 * keepM.length), cols = new Float32Array(3 * keepM.length);
  keepM.forEach((i, j) => { mats.set(mk.matrices.subarray(16 * i, 16 * i + 16), 16 * j); cols.set(mk.colors!.subarray(3 * i, 3 * i + 3), 3 * j); });
  return { ...m, markers: { count: keepM.length, matrices: mats, colors: cols }, shell: { positions: pos, normals: nor, colors: col, triangleSources: tsrc } };
}

function buildPeg(spec: ParticleSpec, r: ShellRadii, scale: DisplayScale, seed: number): ParticleLayout['peg'] {
  if (!spec.peg) return { count: 0, matrices: new Float32Array(0), chains: 0, chainsPerStrand: scale.pegChainsPerStrand, lengthNm: 0 };
  const chains = sphereArea(r.pegInnerNm) * DISPLAY.pegChainsPerNm2;
  const count = Math.max(1, Math.round(chains / scale.pegChainsPerStrand));
  const len = r.pegOuterNm - r.pegInnerNm;
  const rand = mulberry32(seed);
  const m = new Float32Array(16 * count);
  const u: Vec3 = [0, 0, 0];
  for (let i = 0; i < count; i++) {
    fibonacciSphere(i, count, u);
    const j = randomUnit(rand);
    let d: Vec3 = [u[0] + 0.25 * j[0], u[1] + 0.25 * j[1], u[2] + 0.25 * j[2]];
    const l = Math.hypot(d[0], d[1], d[2]); d = [d[0] / l, d[1] / l, d[2] / l];
    const base = r.pegInnerNm, mid = len / 2;
    // unit cylinder is centred on its origin, height 1 along +Y
    writeInstanceMatrix(m, 16 * i, [u[0] * base + d[0] * mid, u[1] * base + d[1] * mid, u[2] * base + d[2] * mid], 0.45, len, 0.45, d);
  }
  return { count, matrices: m, chains, chainsPerStrand: scale.pegChainsPerStrand, lengthNm: len };
}

/** Where released payload is drawn: a halo from innerFactor to outerFactor × the particle's outer radius. */
export const RELEASE_HALO = { innerFactor: 1.08, outerFactor: 1.35 } as const;

/** The radius the scene must frame for this particle (the release halo included in release view), nm. */
export function extentNm(l: Pick<ParticleLayout, 'radii' | 'releaseApplied'>): number {
  return l.releaseApplied ? l.radii.outerNm * RELEASE_HALO.outerFactor : l.radii.outerNm;
}

/**
 * Build everything drawn for one particle. Deterministic: the same spec (id included) and options give identical arrays.
 * Payload: one sphere per `scale.moleculesPerSphere` molecules (apportioned exactly over agents), high-Z payload as
 * nanodots; in release view each group keeps round((1 − releasedFraction) × full) instances, the innermost ones (the
 * core erodes and releases from the outside in), drawn inside the eroded core.
 */
export function buildParticleLayout(specIn: ParticleSpec, opts: LayoutOptions = {}): ParticleLayout {
  const spec = sanitizeSpec(specIn);
  const shape = shapeForCore(spec.coreMaterial);
  const scale = opts.scale ?? displayScaleFor([spec], opts.maxMoleculeSpheres);
  const releaseApplied = Boolean(opts.release && spec.release);
  const radii0 = shellRadii(spec);
  const coreScale = releaseApplied ? spec.release!.coreRemainingFraction : 1;
  const radii: ShellRadii = { ...radii0, coreShownNm: radii0.coreNm * coreScale };
  const seed = hashString(`${spec.id}|${spec.coreMaterial}`);
  const { parts, caps, planes } = coreGeometry(spec, shape, radii.coreNm, seed ^ 0x51ed);
  const region = payloadRegion(shape, radii, planes);

  // apportion sphere counts over molecular payloads exactly; nanodots per high-Z agent
  const molIdx = spec.payloads.map((p, i) => [p, i] as const).filter(([p]) => !p.highZ);
  const totalMol = molIdx.reduce((s, [p]) => s + p.moleculesPerParticle, 0);
  const molCounts = apportion(Math.min(scale.maxMoleculeSpheres, Math.round(totalMol / scale.moleculesPerSphere)), molIdx.map(([p]) => p.moleculesPerParticle));
  const groups: PayloadGroup[] = [];
  const molPositions: { p: Vec3; color: [number, number, number] }[] = [];
  const dotPositions: Vec3[] = [];
  const releasedPositions: { p: Vec3; color: [number, number, number]; r: number }[] = [];
  let dotDiameter: number = DISPLAY.nanodotDiameterNm;
  spec.payloads.forEach((p, i) => {
    const rf = releaseApplied ? (spec.release!.releasedFraction[p.agent] ?? 0) : 0;
    const info = p.highZ ? nanodotInfo(p) : null;
    const full = p.highZ ? Math.round(info!.dots / scale.nanodotsPerDot) : molCounts[molIdx.findIndex(([, j]) => j === i)];
    const shown = Math.round((1 - rf) * full);
    const rand = mulberry32(seed ^ hashString(`payload:${i}:${p.agent}`));
    const pts: Vec3[] = [];
    for (let k = 0; k < full; k++) pts.push(region.sample(rand));
    let kept = pts;
    const color = payloadColor(p.agent, p.highZ, i);
    if (releaseApplied) {
      const ranked = pts.map((q) => [q, region.gauge(q)] as const).sort((a, b) => a[1] - b[1]);
      // the outer ones leave first: drawn outside the particle, each along its own direction
      const rgb = hexToRgb(color);
      const r = p.highZ ? (info?.diameterNm ?? DISPLAY.nanodotDiameterNm) / 2 : DISPLAY.moleculeDiameterNm / 2;
      for (const [q] of ranked.slice(shown)) {
        const n = Math.hypot(q[0], q[1], q[2]) || 1;
        const dir: Vec3 = n > 1e-9 ? [q[0] / n, q[1] / n, q[2] / n] : [1, 0, 0];
        const u = rand();
        const R = radii.outerNm * (RELEASE_HALO.innerFactor + (RELEASE_HALO.outerFactor - RELEASE_HALO.innerFactor) * u);
        releasedPositions.push({ p: [dir[0] * R, dir[1] * R, dir[2] * R], color: rgb, r });
      }
      kept = ranked.slice(0, shown).map(([q]) => q);
      const gmax = kept.reduce((m, q) => Math.max(m, region.gauge(q)), 0);
      const s = shape.kind === 'dense-solid' || shape.kind === 'free' ? 1 : Math.min(1, gmax > 0 ? coreScale / gmax : 1);
      kept = kept.map((q) => [q[0] * s, q[1] * s, q[2] * s]);
    }
    groups.push({
      agent: p.agent, label: p.label ?? p.agent, color, highZ: p.highZ, moleculesPerParticle: p.moleculesPerParticle,
      atomsPerDot: info?.atomsPerDot, nanodotsPerParticle: info?.dots, releasedFraction: rf, instancesFull: full, instancesShown: shown,
      start: p.highZ ? dotPositions.length : molPositions.length,
    });
    if (p.highZ) { dotDiameter = info!.diameterNm; for (const q of kept) dotPositions.push(q); }
    else { const rgb = hexToRgb(color); for (const q of kept) molPositions.push({ p: q, color: rgb }); }
  });
  const md = DISPLAY.moleculeDiameterNm / 2;
  const molM = new Float32Array(16 * molPositions.length), molC = new Float32Array(3 * molPositions.length);
  molPositions.forEach(({ p, color }, k) => { writeInstanceMatrix(molM, 16 * k, p, md, md, md); molC.set(color, 3 * k); });
  const relM = new Float32Array(16 * releasedPositions.length), relC = new Float32Array(3 * releasedPositions.length);
  releasedPositions.forEach(({ p, color, r }, k) => { writeInstanceMatrix(relM, 16 * k, p, r, r, r); relC.set(color, 3 * k); });
  const dotM = new Float32Array(16 * dotPositions.length);
  dotPositions.forEach((p, k) => writeInstanceMatrix(dotM, 16 * k, p, dotDiameter / 2, dotDiameter / 2, dotDiameter / 2));

  return {
    spec, shape, releaseApplied, coreScale, radii, coreParts: parts, caps, planes,
    molecules: { count: molPositions.length, matrices: molM, colors: molC },
    nanodots: { count: dotPositions.length, matrices: dotM },
    released: { count: releasedPositions.length, matrices: relM, colors: relC },
    nanodotDiameterNm: dotDiameter,
    payloadGroups: groups,
    membrane: releaseApplied && spec.release!.membraneIntact !== undefined && spec.release!.membraneIntact < 1
      ? fragmentMembrane(buildMembrane(spec, radii, seed ^ 0x3a7), spec.release!.membraneIntact, seed ^ 0x7f4a)
      : buildMembrane(spec, radii, seed ^ 0x3a7),
    peg: buildPeg(spec, radii, scale, seed ^ 0x9e9),
  };
}
