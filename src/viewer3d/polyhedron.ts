// Convex crystal shapes as intersections of half-spaces (n·p ≤ d): face polygons, a triangle mesh with planar lattice
// UVs, edges, inside tests and the cross-section used to cap the cutaway. Pure TypeScript, tested in Node.
import type { Vec3 } from './math';

export interface Plane { n: Vec3; d: number }
export type Solid = 'truncated-rhombic-dodecahedron' | 'octahedron';

const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: Vec3, b: Vec3): Vec3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const norm = (a: Vec3): Vec3 => { const l = Math.hypot(a[0], a[1], a[2]); return [a[0] / l, a[1] / l, a[2] / l]; };
const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];

/** A fixed tilt (about y, then x) so the default camera sees facets at several angles rather than one face flat on. */
function tilt(v: Vec3): Vec3 {
  const ay = (22 * Math.PI) / 180, ax = (14 * Math.PI) / 180;
  const x1 = Math.cos(ay) * v[0] + Math.sin(ay) * v[2];
  const z1 = -Math.sin(ay) * v[0] + Math.cos(ay) * v[2];
  const y2 = Math.cos(ax) * v[1] - Math.sin(ax) * z1;
  const z2 = Math.sin(ax) * v[1] + Math.cos(ax) * z1;
  return [x1, y2, z2];
}

/**
 * Bounding planes of a solid scaled so its circumradius (farthest vertex) equals `circumradiusNm`.
 * - Truncated rhombic dodecahedron (ZIF-8 habit): the 12 {110} faces |x|+|y| ≤ 2 …, cut by the 6 {100} faces |x| ≤ 2 − t
 *   with t = 0.45; its farthest vertices are the 3-fold ones (±1, ±1, ±1) at √3.
 * - Octahedron (UiO-66 habit): the 8 {111} faces |x|+|y|+|z| ≤ 1, tips cut by {100} at 0.82; circumradius is then the
 *   truncated tip vertex radius.
 */
export function solidPlanes(solid: Solid, circumradiusNm: number): Plane[] {
  const raw: { n: Vec3; d: number }[] = [];
  let circ: number;
  if (solid === 'truncated-rhombic-dodecahedron') {
    for (const [a, b] of [[0, 1], [0, 2], [1, 2]] as const) {
      for (const sa of [1, -1]) for (const sb of [1, -1]) {
        const n: Vec3 = [0, 0, 0]; n[a] = sa; n[b] = sb;
        raw.push({ n, d: 2 });
      }
    }
    for (let a = 0; a < 3; a++) for (const s of [1, -1]) { const n: Vec3 = [0, 0, 0]; n[a] = s; raw.push({ n, d: 2 - 0.45 }); }
    circ = Math.sqrt(3);
  } else {
    for (const sx of [1, -1]) for (const sy of [1, -1]) for (const sz of [1, -1]) raw.push({ n: [sx, sy, sz], d: 1 });
    const cut = 0.82;
    for (let a = 0; a < 3; a++) for (const s of [1, -1]) { const n: Vec3 = [0, 0, 0]; n[a] = s; raw.push({ n, d: cut }); }
    // tip truncation vertex: x = cut, |y| + |z| = 1 − cut → farthest is (cut, 1 − cut, 0)
    circ = Math.hypot(cut, 1 - cut);
  }
  const k = circumradiusNm / circ;
  return raw.map(({ n, d }) => { const l = Math.hypot(n[0], n[1], n[2]); return { n: tilt([n[0] / l, n[1] / l, n[2] / l]), d: (d / l) * k }; });
}

/** Clip a convex polygon (3D points) to the half-space n·p ≤ d (Sutherland–Hodgman). */
function clipPolygon(poly: Vec3[], pl: Plane): Vec3[] {
  const out: Vec3[] = [];
  for (let i = 0; i < poly.length; i++) {
    const a = poly[i], b = poly[(i + 1) % poly.length];
    const da = dot(pl.n, a) - pl.d, db = dot(pl.n, b) - pl.d;
    if (da <= 0) out.push(a);
    if ((da < 0 && db > 0) || (da > 0 && db < 0)) {
      const t = da / (da - db);
      out.push([a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]), a[2] + t * (b[2] - a[2])]);
    }
  }
  return out;
}

/** Face polygons (counter-clockwise seen from outside) of the convex solid bounded by `planes`. */
export function facePolygons(planes: Plane[]): { plane: Plane; vertices: Vec3[] }[] {
  const faces: { plane: Plane; vertices: Vec3[] }[] = [];
  const big = 10 * Math.max(...planes.map((p) => Math.abs(p.d)));
  for (const pl of planes) {
    const n = pl.n;
    const e1 = norm(Math.abs(n[0]) < 0.9 ? cross(n, [1, 0, 0]) : cross(n, [0, 1, 0]));
    const e2 = cross(n, e1);
    const c: Vec3 = [n[0] * pl.d, n[1] * pl.d, n[2] * pl.d];
    let poly: Vec3[] = [[-1, -1], [1, -1], [1, 1], [-1, 1]].map(([u, v]) => [
      c[0] + big * (u * e1[0] + v * e2[0]), c[1] + big * (u * e1[1] + v * e2[1]), c[2] + big * (u * e1[2] + v * e2[2]),
    ]);
    for (const other of planes) if (other !== pl) poly = clipPolygon(poly, other);
    // drop near-duplicate vertices left by clipping through existing corners
    const clean: Vec3[] = [];
    for (const p of poly) if (!clean.some((q) => Math.hypot(q[0] - p[0], q[1] - p[1], q[2] - p[2]) < 1e-9 * big)) clean.push(p);
    if (clean.length < 3) continue;
    // ensure CCW about the outward normal
    const nn = cross(sub(clean[1], clean[0]), sub(clean[2], clean[0]));
    if (dot(nn, n) < 0) clean.reverse();
    faces.push({ plane: pl, vertices: clean });
  }
  return faces;
}

export interface PolyMesh {
  /** Non-indexed triangles: 3 floats per vertex. */
  positions: Float32Array;
  normals: Float32Array;
  /** Planar lattice coordinates in units of `latticeTileNm`. */
  uvs: Float32Array;
  /** Line segment endpoints (pairs) along the face edges. */
  edges: Float32Array;
  faceCount: number;
}

/** Flat-shaded triangle mesh of the solid, with UVs so a tiling lattice texture repeats every `latticeTileNm`. */
export function polyhedronMesh(planes: Plane[], latticeTileNm: number): PolyMesh {
  const faces = facePolygons(planes);
  const pos: number[] = [], nor: number[] = [], uv: number[] = [], edges: number[] = [];
  for (const { plane, vertices } of faces) {
    const e1 = norm(sub(vertices[1], vertices[0]));
    const e2 = cross(plane.n, e1);
    const push = (p: Vec3) => {
      pos.push(p[0], p[1], p[2]);
      nor.push(plane.n[0], plane.n[1], plane.n[2]);
      uv.push(dot(p, e1) / latticeTileNm, dot(p, e2) / latticeTileNm);
    };
    for (let i = 1; i + 1 < vertices.length; i++) { push(vertices[0]); push(vertices[i]); push(vertices[i + 1]); }
    for (let i = 0; i < vertices.length; i++) {
      const a = vertices[i], b = vertices[(i + 1) % vertices.length];
      edges.push(a[0], a[1], a[2], b[0], b[1], b[2]);
    }
  }
  return { positions: new Float32Array(pos), normals: new Float32Array(nor), uvs: new Float32Array(uv), edges: new Float32Array(edges), faceCount: faces.length };
}

/** Gauge of p: max over planes of n·p / d (≤ 1 inside the solid, 1 on the surface). */
export function polyhedronGauge(planes: Plane[], p: Vec3): number {
  let g = 0;
  for (const pl of planes) g = Math.max(g, dot(pl.n, p) / pl.d);
  return g;
}

/** Cross-section of the solid with the plane z = 0, as a CCW 2D polygon [x, y][] (empty if the plane misses it). */
export function crossSectionZ0(planes: Plane[]): [number, number][] {
  const big = 10 * Math.max(...planes.map((p) => Math.abs(p.d)));
  let poly: [number, number][] = [[-big, -big], [big, -big], [big, big], [-big, big]];
  for (const pl of planes) {
    const [nx, ny] = pl.n;
    const out: [number, number][] = [];
    for (let i = 0; i < poly.length; i++) {
      const a = poly[i], b = poly[(i + 1) % poly.length];
      const da = nx * a[0] + ny * a[1] - pl.d, db = nx * b[0] + ny * b[1] - pl.d;
      if (da <= 0) out.push(a);
      if ((da < 0 && db > 0) || (da > 0 && db < 0)) { const t = da / (da - db); out.push([a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])]); }
    }
    poly = out;
    if (poly.length < 3) return [];
  }
  return poly;
}

/** Area of a 2D polygon (shoelace; positive for CCW). */
export function polygonArea(poly: [number, number][]): number {
  let a = 0;
  for (let i = 0; i < poly.length; i++) { const p = poly[i], q = poly[(i + 1) % poly.length]; a += p[0] * q[1] - q[0] * p[1]; }
  return a / 2;
}
