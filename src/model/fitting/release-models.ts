// The seven empirical release models of contract §4 (DDSolver conventions: F in %, t in the data's unit), with analytic partial derivatives, bounds and starting-point generators.

/** A release model without its id (the id is its key in the registry below). */
export interface ReleaseModelSpec {
  /** Equation as printed in docs and explanations. */
  equation: string;
  /** Parameter keys, exactly as in contract §4. */
  keys: readonly string[];
  /** Units of each parameter given t in the data's time unit and F in %. */
  units: readonly string[];
  /** Fitted on points with F ≤ 60 % only (Korsmeyer–Peppas, Peppas–Sahlin) or on all points. */
  subset: 'all' | 'F<=60';
  lower: readonly number[];
  upper: readonly number[];
  /**
   * The physically meaningful range of each parameter (the plausibility rule of trust.ts flags a fitted value outside
   * it): rate constants, scales and exponents are ≥ 0 (release does not run backwards); only the Peppas–Sahlin
   * relaxation term k2 may take either sign. Independent of the fitting bounds (zero-order, Higuchi and Peppas–Sahlin
   * k1 are fitted unbounded, so a negative optimum shows and is flagged rather than hidden at 0).
   */
  plausible: readonly (readonly [number, number])[];
  /** Predicted cumulative release F (%) at time t. */
  f(params: readonly number[], t: number): number;
  /** ∂F/∂params at t. */
  grad(params: readonly number[], t: number): number[];
  /** Linear in its single parameter through the origin: F = k·g(t); closed-form least squares exists. */
  linearBasis?: (t: number) => number;
}

/** A registered release model: its spec and its id. */
export interface ReleaseModel extends ReleaseModelSpec {
  id: ReleaseModelId;
}

/** t^e with 0^e = 0 for e > 0 (Math.pow gives 0^0 = 1; exponents here are bounded away from 0). */
function pow(t: number, e: number): number {
  return t <= 0 ? 0 : Math.pow(t, e);
}
/** t^e · ln t, taken as 0 at t = 0 (its limit for e > 0). */
function powLog(t: number, e: number): number {
  return t <= 0 ? 0 : Math.pow(t, e) * Math.log(t);
}

/** Exponents (n, beta, m) are bounded to [0.01, 10]: beyond that the curve is a step and the data unit dominates. */
const EXP_LO = 0.01;
const EXP_HI = 10;

/** THE release-model registry: adding a model here adds its id to ReleaseModelId (nothing else lists the ids). */
const SPECS = {
  'zero-order': {
    equation: 'F = k0·t',
    keys: ['k0'],
    units: ['%/time'],
    subset: 'all',
    lower: [-Infinity],
    upper: [Infinity],
    plausible: [[0, Infinity]],
    f: ([k0], t) => k0 * t,
    grad: (_p, t) => [t],
    linearBasis: (t) => t,
  },
  'first-order': {
    equation: 'F = 100·(1 − e^(−k1·t))',
    keys: ['k1'],
    units: ['1/time'],
    subset: 'all',
    lower: [0],
    upper: [Infinity],
    plausible: [[0, Infinity]],
    f: ([k1], t) => 100 * (1 - Math.exp(-k1 * t)),
    grad: ([k1], t) => [100 * t * Math.exp(-k1 * t)],
  },
  higuchi: {
    equation: 'F = kH·t^0.5',
    keys: ['kH'],
    units: ['%/time^0.5'],
    subset: 'all',
    lower: [-Infinity],
    upper: [Infinity],
    plausible: [[0, Infinity]],
    f: ([kH], t) => kH * Math.sqrt(Math.max(t, 0)),
    grad: (_p, t) => [Math.sqrt(Math.max(t, 0))],
    linearBasis: (t) => Math.sqrt(Math.max(t, 0)),
  },
  'korsmeyer-peppas': {
    equation: 'F = kKP·t^n   (points with F ≤ 60 %)',
    keys: ['kKP', 'n'],
    units: ['%/time^n', '1'],
    subset: 'F<=60',
    lower: [0, EXP_LO],
    upper: [Infinity, EXP_HI],
    plausible: [[0, Infinity], [0, Infinity]],
    f: ([k, n], t) => k * pow(t, n),
    grad: ([k, n], t) => [pow(t, n), k * powLog(t, n)],
  },
  'hixson-crowell': {
    equation: 'F = 100·[1 − (1 − kHC·t)^3]  (F = 100 where kHC·t ≥ 1)',
    keys: ['kHC'],
    units: ['1/time'],
    subset: 'all',
    lower: [0],
    upper: [Infinity],
    plausible: [[0, Infinity]],
    f: ([k], t) => {
      const u = 1 - k * t;
      return u <= 0 ? 100 : 100 * (1 - u * u * u);
    },
    grad: ([k], t) => {
      const u = 1 - k * t;
      return [u <= 0 ? 0 : 300 * u * u * t];
    },
  },
  weibull: {
    equation: 'F = 100·[1 − exp(−t^beta / alpha)]',
    keys: ['alpha', 'beta'],
    units: ['time^beta', '1'],
    subset: 'all',
    lower: [1e-300, EXP_LO],
    upper: [Infinity, EXP_HI],
    plausible: [[0, Infinity], [0, Infinity]],
    f: ([alpha, beta], t) => 100 * (1 - Math.exp(-pow(t, beta) / alpha)),
    grad: ([alpha, beta], t) => {
      const r = pow(t, beta) / alpha;
      const e = Math.exp(-r);
      if (e === 0 || t <= 0) return [0, 0];
      return [(-100 * e * r) / alpha, 100 * e * r * Math.log(t)];
    },
  },
  'peppas-sahlin': {
    equation: 'F = k1·t^m + k2·t^(2m)   (points with F ≤ 60 %)',
    keys: ['k1', 'k2', 'm'],
    units: ['%/time^m', '%/time^(2m)', '1'],
    subset: 'F<=60',
    // k2 may be negative (a relaxation term that decelerates release is commonly reported); k1, m are not bounded above 0 for k1
    lower: [-Infinity, -Infinity, EXP_LO],
    upper: [Infinity, Infinity, EXP_HI],
    plausible: [[0, Infinity], [-Infinity, Infinity], [0, Infinity]],
    f: ([k1, k2, m], t) => k1 * pow(t, m) + k2 * pow(t, 2 * m),
    grad: ([k1, k2, m], t) => [pow(t, m), pow(t, 2 * m), k1 * powLog(t, m) + 2 * k2 * powLog(t, 2 * m)],
  },
} satisfies Record<string, ReleaseModelSpec>;

/** The id of a release model: a key of the registry. */
export type ReleaseModelId = keyof typeof SPECS;

function withIds<K extends string>(specs: Record<K, ReleaseModelSpec>, ids: readonly K[]): Record<K, ReleaseModelSpec & { id: K }> {
  const out = {} as Record<K, ReleaseModelSpec & { id: K }>;
  for (const id of ids) out[id] = { ...specs[id], id };
  return out;
}

const isKey = (k: string): k is ReleaseModelId => Object.prototype.hasOwnProperty.call(SPECS, k);

/** Every release model id, in registry order. */
export const RELEASE_MODEL_IDS: readonly ReleaseModelId[] = Object.keys(SPECS).filter(isKey);

export const RELEASE_MODELS: Readonly<Record<ReleaseModelId, ReleaseModel>> = withIds(SPECS, RELEASE_MODEL_IDS);

export function isReleaseModelId(id: string): id is ReleaseModelId {
  return isKey(id);
}

/** Closed-form least squares for F = k·g(t): k = Σ g F / Σ g². */
export function closedFormSlope(g: (t: number) => number, t: readonly number[], F: readonly number[], w?: readonly number[]): number {
  let num = 0;
  let den = 0;
  for (let i = 0; i < t.length; i++) {
    const gi = g(t[i]);
    // weighted least squares through the origin: k = Σ w g F / Σ w g² (unweighted when w is absent)
    const wi = w ? w[i] : 1;
    num += wi * gi * F[i];
    den += wi * gi * gi;
  }
  return den > 0 ? num / den : 0;
}

function sse(f: (t: number) => number, t: readonly number[], F: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < t.length; i++) s += (F[i] - f(t[i])) ** 2;
  return Number.isFinite(s) ? s : Infinity;
}

function logGrid(lo: number, hi: number, count: number): number[] {
  const a = Math.log(lo);
  const b = Math.log(hi);
  return Array.from({ length: count }, (_, i) => Math.exp(a + ((b - a) * i) / (count - 1)));
}

/** The `keep` lowest-SSE candidates, de-duplicated. */
function bestOf(cands: { p: number[]; sse: number }[], keep: number): number[][] {
  const ok = cands.filter((c) => Number.isFinite(c.sse) && c.p.every(Number.isFinite)).sort((a, b) => a.sse - b.sse);
  const out: number[][] = [];
  for (const c of ok) {
    if (out.some((o) => o.every((v, i) => Math.abs(v - c.p[i]) <= 1e-9 * Math.max(Math.abs(v), 1e-300)))) continue;
    out.push(c.p);
    if (out.length >= keep) break;
  }
  return out;
}

/**
 * Starting points: linearised estimates plus a coarse grid (profiled over the parameters that enter linearly),
 * the best few by SSE. `t`, `F` are the points the model is fitted to.
 */
export function startingPoints(id: ReleaseModelId, t: readonly number[], F: readonly number[]): number[][] {
  const m = RELEASE_MODELS[id];
  const tPos = t.filter((x) => x > 0);
  const tMax = Math.max(...t, 1e-12);
  const tMin = tPos.length ? Math.min(...tPos) : tMax;
  const cand: { p: number[]; sse: number }[] = [];
  const add = (p: number[]) => cand.push({ p, sse: sse((x) => m.f(p, x), t, F) });
  switch (id) {
    case 'zero-order':
    case 'higuchi':
      add([closedFormSlope(m.linearBasis!, t, F)]);
      return bestOf(cand, 1);
    case 'first-order':
    case 'hixson-crowell': {
      // linearised: −ln(1 − F/100) = k1 t;  1 − (1 − F/100)^(1/3) = kHC t  (points with F < 100)
      const lin = id === 'first-order' ? (F_: number) => -Math.log(1 - F_ / 100) : (F_: number) => 1 - Math.cbrt(1 - F_ / 100);
      const ti: number[] = [];
      const yi: number[] = [];
      for (let i = 0; i < t.length; i++) {
        if (F[i] < 100) {
          ti.push(t[i]);
          yi.push(lin(F[i]));
        }
      }
      if (ti.length) add([Math.max(closedFormSlope((x) => x, ti, yi), 0)]);
      for (const k of logGrid(1e-4 / tMax, 1e3 / tMin, 60)) add([k]);
      return bestOf(cand, 3);
    }
    case 'korsmeyer-peppas': {
      // profile: for fixed n, kKP = Σ t^n F / Σ t^(2n)
      for (const n of logGrid(0.02, 5, 50)) add([closedFormSlope((x) => pow(x, n), t, F), n]);
      const pts = t.map((x, i) => [x, F[i]]).filter(([x, y]) => x > 0 && y > 0);
      if (pts.length >= 2) {
        const { slope, intercept } = regress(pts.map(([x]) => Math.log(x)), pts.map(([, y]) => Math.log(y)));
        if (slope >= m.lower[1] && slope <= m.upper[1]) add([Math.exp(intercept), slope]);
      }
      return bestOf(cand, 3);
    }
    case 'weibull': {
      // linearised: ln(−ln(1 − F/100)) = beta·ln t − ln alpha;  and for each beta on a grid, 1/alpha from −ln(1 − F/100) = t^beta/alpha
      const pts = t.map((x, i) => [x, F[i]]).filter(([x, y]) => x > 0 && y > 0 && y < 100);
      if (pts.length >= 2) {
        const { slope, intercept } = regress(pts.map(([x]) => Math.log(x)), pts.map(([, y]) => Math.log(-Math.log(1 - y / 100))));
        if (slope > m.lower[1] && slope < m.upper[1]) add([Math.exp(-intercept), slope]);
      }
      for (const beta of logGrid(0.05, 5, 30)) {
        const inv = closedFormSlope((x) => pow(x, beta), pts.map(([x]) => x), pts.map(([, y]) => -Math.log(1 - y / 100)));
        const alphaLin = inv > 0 ? 1 / inv : Math.pow(tMax, beta);
        for (const f of [0.3, 1, 3]) add([alphaLin * f, beta]);
      }
      return bestOf(cand, 3);
    }
    case 'peppas-sahlin': {
      // profile: for fixed m, (k1, k2) from the 2 × 2 normal equations
      for (const mm of logGrid(0.02, 5, 50)) {
        const ks = twoBasisLs((x) => pow(x, mm), (x) => pow(x, 2 * mm), t, F);
        if (ks) add([ks[0], ks[1], mm]);
      }
      return bestOf(cand, 3);
    }
  }
}

function regress(x: readonly number[], y: readonly number[]): { slope: number; intercept: number } {
  const n = x.length;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
  }
  const slope = sxx > 0 ? sxy / sxx : 0;
  return { slope, intercept: my - slope * mx };
}

/** Least squares of F ≈ a·g1(t) + b·g2(t); null when the normal equations are singular. */
function twoBasisLs(g1: (t: number) => number, g2: (t: number) => number, t: readonly number[], F: readonly number[]): [number, number] | null {
  let s11 = 0;
  let s12 = 0;
  let s22 = 0;
  let s1y = 0;
  let s2y = 0;
  for (let i = 0; i < t.length; i++) {
    const a = g1(t[i]);
    const b = g2(t[i]);
    s11 += a * a;
    s12 += a * b;
    s22 += b * b;
    s1y += a * F[i];
    s2y += b * F[i];
  }
  const det = s11 * s22 - s12 * s12;
  if (!(Math.abs(det) > 1e-12 * s11 * s22)) return null;
  return [(s1y * s22 - s2y * s12) / det, (s11 * s2y - s12 * s1y) / det];
}
