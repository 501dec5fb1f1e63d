// Small allocation-light vector helpers for the geometry builders: seeded RNG, sphere sampling, instance matrices.
// Pure TypeScript (no three.js), so the builders run and are tested in Node.

/** Mulberry32: a tiny deterministic PRNG; returns floats in [0, 1). The model's own (one implementation for both). */
export { mulberry32 } from '../model/rng';

/** FNV-1a hash of a string, used to seed per-particle RNGs from the spec id (same id → same picture). */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export type Vec3 = [number, number, number];

/** Point i of n on the unit sphere, Fibonacci (golden-angle) lattice: near-uniform, deterministic. */
export function fibonacciSphere(i: number, n: number, out: Vec3 = [0, 0, 0]): Vec3 {
  const y = 1 - (2 * (i + 0.5)) / n;
  const r = Math.sqrt(Math.max(0, 1 - y * y));
  const phi = i * Math.PI * (3 - Math.sqrt(5));
  out[0] = Math.cos(phi) * r;
  out[1] = y;
  out[2] = Math.sin(phi) * r;
  return out;
}

/** Uniform random point in the ball of radius r (cube-root radial law, isotropic direction). */
export function randomInBall(rand: () => number, r: number, out: Vec3 = [0, 0, 0]): Vec3 {
  const u = 2 * rand() - 1;
  const phi = 2 * Math.PI * rand();
  const s = Math.sqrt(1 - u * u);
  const rr = r * Math.cbrt(rand());
  out[0] = rr * s * Math.cos(phi);
  out[1] = rr * u;
  out[2] = rr * s * Math.sin(phi);
  return out;
}

/** Uniform random unit vector. */
export function randomUnit(rand: () => number, out: Vec3 = [0, 0, 0]): Vec3 {
  const u = 2 * rand() - 1;
  const phi = 2 * Math.PI * rand();
  const s = Math.sqrt(1 - u * u);
  out[0] = s * Math.cos(phi);
  out[1] = u;
  out[2] = s * Math.sin(phi);
  return out;
}

/**
 * Write a column-major 4×4 (three.js Matrix4 layout) into out[o..o+15]: translate p, rotate so the local +Y axis points
 * along unit vector dir (or identity rotation when dir is omitted), scale (sx, sy, sz) in local axes.
 */
export function writeInstanceMatrix(out: Float32Array, o: number, p: Vec3, sx: number, sy: number, sz: number, dir?: Vec3): void {
  // Rotation R with R·ŷ = dir: about the unit axis u = (ŷ × d)/|ŷ × d| by the angle θ with cos θ = d_y, sin θ = |ŷ × d|
  // (Rodrigues, R = I + sin θ [u]× + (1 − cos θ) [u]×², with sin θ·u = ŷ × d). The unit axis keeps full precision as d approaches ±ŷ, where the
  // form with 1/(1 + cos θ) cancels; parallel → identity, antiparallel → 180° about x.
  let r00 = 1, r01 = 0, r02 = 0, r10 = 0, r11 = 1, r12 = 0, r20 = 0, r21 = 0, r22 = 1;
  if (dir) {
    const [dx, dy, dz] = dir;
    const kx = dz, kz = -dx; // ŷ × d
    const big = Math.max(Math.abs(kx), Math.abs(kz));
    if (big === 0) {
      if (dy < 0) { r11 = -1; r22 = -1; }
    } else {
      // scale before normalising, so that an axis of subnormal components still comes out of unit length
      const ax = kx / big, az = kz / big, h = Math.hypot(ax, az);
      const ux = ax / h, uz = az / h, v = 1 - dy;
      r00 = 1 - uz * uz * v; r01 = -kz; r02 = ux * uz * v;
      r10 = kz; r11 = dy; r12 = -kx;
      r20 = ux * uz * v; r21 = kx; r22 = 1 - ux * ux * v;
    }
  }
  out[o] = r00 * sx; out[o + 1] = r10 * sx; out[o + 2] = r20 * sx; out[o + 3] = 0;
  out[o + 4] = r01 * sy; out[o + 5] = r11 * sy; out[o + 6] = r21 * sy; out[o + 7] = 0;
  out[o + 8] = r02 * sz; out[o + 9] = r12 * sz; out[o + 10] = r22 * sz; out[o + 11] = 0;
  out[o + 12] = p[0]; out[o + 13] = p[1]; out[o + 14] = p[2]; out[o + 15] = 1;
}

/** Translation of instance i of a matrix array. */
export function instancePosition(m: Float32Array, i: number): Vec3 {
  return [m[16 * i + 12], m[16 * i + 13], m[16 * i + 14]];
}

/** Apply instance matrix i to a local point (x, y, z). */
export function applyInstance(m: Float32Array, i: number, x: number, y: number, z: number): Vec3 {
  const o = 16 * i;
  return [
    m[o] * x + m[o + 4] * y + m[o + 8] * z + m[o + 12],
    m[o + 1] * x + m[o + 5] * y + m[o + 9] * z + m[o + 13],
    m[o + 2] * x + m[o + 6] * y + m[o + 10] * z + m[o + 14],
  ];
}

/** Smallest "nice" number (1, 2, 5 × 10^k) ≥ x. */
export function niceCeil(x: number): number {
  if (!(x > 1)) return 1;
  const e = Math.floor(Math.log10(x));
  for (const m of [1, 2, 5, 10]) {
    const v = m * 10 ** e;
    if (v >= x * (1 - 1e-12)) return v;
  }
  return 10 ** (e + 1);
}

/** Largest "nice" number (1, 2, 5 × 10^k) ≤ x (x > 0). */
export function niceFloor(x: number): number {
  const e = Math.floor(Math.log10(x));
  for (const m of [5, 2, 1]) {
    const v = m * 10 ** e;
    if (v <= x * (1 + 1e-12)) return v;
  }
  return 10 ** e;
}

/**
 * Level of detail for a small instanced sphere from its on-screen radius in CSS pixels: 0 = icosahedron (20 triangles,
 * below 6 px it reads as a round dot), 1 = once subdivided (80), 2 = twice subdivided (320, from 14 px). Non-finite → 0.
 */
export function sphereDetailForRadiusPx(radiusPx: number): 0 | 1 | 2 {
  if (!(radiusPx >= 6)) return 0;
  return radiusPx < 14 ? 1 : 2;
}

/** Largest instance scale (world units per geometry unit) among the first `count` column-major 4 × 4 matrices. */
export function maxInstanceScale(matrices: Float32Array, count: number): number {
  let max = 0;
  for (let i = 0; i < count; i++) {
    const o = 16 * i;
    for (let c = 0; c < 3; c++) {
      const x = matrices[o + 4 * c], y = matrices[o + 4 * c + 1], z = matrices[o + 4 * c + 2];
      const s = Math.sqrt(x * x + y * y + z * z);
      if (s > max) max = s;
    }
  }
  return max;
}
