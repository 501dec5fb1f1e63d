// Seeded pseudo-random numbers for the model (Monte Carlo, property tests): no Math.random anywhere in src/model.

/** A seeded generator: `next()` returns a uniform number in [0, 1). */
export interface Rng {
  next(): number;
  /** Standard normal deviate (Box–Muller, one value per call, the pair's second value cached). */
  normal(): number;
  /** Uniform in [min, max). */
  uniform(min: number, max: number): number;
  /** Integer in [0, n). */
  int(n: number): number;
}

/** Mix an arbitrary 53-bit-safe number or a string into a 32-bit seed (splitmix32-style avalanche). */
export function seedFrom(seed: number | string): number {
  let h = 0x9e3779b9;
  const s = typeof seed === 'number' ? String(seed) : seed;
  for (let i = 0; i < s.length; i++) {
    h = Math.imul(h ^ s.charCodeAt(i), 0x85ebca6b);
    h = (h << 13) | (h >>> 19);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * sfc32 (Chris Doty-Humphrey's Small Fast Counter, PractRand-clean), seeded through splitmix32 from one number or string.
 * Same seed → same sequence on every platform (only 32-bit integer arithmetic).
 */
export function createRng(seed: number | string = 1): Rng {
  let s = seedFrom(seed);
  const split = (): number => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return (z ^ (z >>> 15)) >>> 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = split();
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  let spare: number | null = null;
  return {
    next,
    normal() {
      if (spare !== null) {
        const v = spare;
        spare = null;
        return v;
      }
      let u = 0;
      while (u === 0) u = next();
      const v = next();
      const r = Math.sqrt(-2 * Math.log(u));
      spare = r * Math.sin(2 * Math.PI * v);
      return r * Math.cos(2 * Math.PI * v);
    },
    uniform(min, max) {
      return min + (max - min) * next();
    },
    int(n) {
      return Math.floor(next() * n);
    },
  };
}

/**
 * mulberry32 (Tommy Ettinger): a tiny seeded generator, uniform in [0, 1). Kept beside createRng for the callers that
 * need its exact sequence (deterministic shuffles in tests, the loading/release bench); new code should use createRng.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
