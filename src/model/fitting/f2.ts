// The f2 similarity factor between two dissolution/release profiles (Moore & Flanner 1996; FDA 1997 guidance): f2 = 50·log10(100/√(1 + Σ(R−T)²/n)).

export interface ProfilePoint {
  t: number;
  /** Cumulative release, % */
  F: number;
}

/** f2 from two equal-length arrays of release % at the same time points. 100 = identical; ≥ 50 is conventionally "similar" (≤ 10 % mean difference). */
export function f2FromValues(reference: readonly number[], test: readonly number[]): number {
  if (reference.length !== test.length || reference.length === 0) throw new RangeError('f2: the profiles need the same, non-zero number of points');
  let s = 0;
  for (let i = 0; i < reference.length; i++) s += (reference[i] - test[i]) ** 2;
  if (!Number.isFinite(s)) throw new RangeError('f2: release values must be finite');
  return 50 * Math.log10(100 / Math.sqrt(1 + s / reference.length));
}

/** f2 over the time points the two profiles share (exact match of t). */
export function f2Similarity(reference: readonly ProfilePoint[], test: readonly ProfilePoint[]): { f2: number; n: number; times: number[] } {
  const byT = new Map(test.map((p) => [p.t, p.F]));
  const times: number[] = [];
  const R: number[] = [];
  const T: number[] = [];
  for (const p of reference) {
    const v = byT.get(p.t);
    if (v !== undefined) {
      times.push(p.t);
      R.push(p.F);
      T.push(v);
    }
  }
  if (times.length === 0) throw new RangeError('f2: the profiles share no time point');
  return { f2: f2FromValues(R, T), n: times.length, times };
}

/** One profile for an f2 comparison: cumulative release (%) at times t (any unit, the same for both profiles). */
export interface F2Profile {
  t: readonly number[];
  F: readonly number[];
  /** Standard deviation of each mean (% points), for the CV limits; absent when not known. */
  sd?: readonly number[];
  /** A model curve has no between-unit variability: the CV limits do not apply to it. */
  kind?: 'measured' | 'model';
  /** Why the CV limits cannot be checked for this profile (default: "no SD given"). */
  cvUnknownReason?: string;
}

/** The regulatory conditions for using f2 (FDA 1997 dissolution guidance; EMA CPMP/EWP/QWP/1401/98 Rev. 1, 2010, App. I). */
export const F2_RULES = {
  /** At least this many time points, zero excluded. */
  minPoints: 3,
  /** Not more than one mean value above this release (%) for either profile: later points are left out. */
  plateauPct: 85,
  /** Coefficient of variation limits (%): the first time point, and every later one. */
  cvFirstPct: 20,
  cvLaterPct: 10,
  /** f2 at or above this: the profiles are similar (a mean difference of about 10 % or less). */
  similarF2: 50,
} as const;

export interface F2Assessment {
  /** f2 over the points used, or null when no point is left. */
  f2: number | null;
  /** Difference factor f1 = 100·Σ|R − T|/ΣR over the same points (≤ 15 conventionally "similar"), or null. */
  f1: number | null;
  n: number;
  /** The time points used (shared by both, zero excluded, up to the first above 85 %). */
  times: number[];
  /** All regulatory conditions met (as far as they can be checked from these data). */
  applicable: boolean;
  /** f2 ≥ 50 and applicable. */
  similar: boolean;
  /** Why f2 is not applicable (empty when it is). */
  reasons: string[];
  /** What was left out or could not be checked. */
  notes: string[];
}

/**
 * f2 with its conditions of use: the time points both profiles share, zero excluded, up to and including the first
 * point at which either profile exceeds 85 % (EMA: not more than one mean value > 85 %); at least 3 points; CV of
 * each measured mean ≤ 20 % at the first point used and ≤ 10 % after (checked where an SD is known). Never throws.
 */
export function assessF2(reference: F2Profile, test: F2Profile): F2Assessment {
  const reasons: string[] = [];
  const notes: string[] = [];
  const byT = new Map<number, number>();
  test.t.forEach((t, i) => byT.set(t, i));
  let shared: { t: number; r: number; s: number }[] = [];
  reference.t.forEach((t, r) => {
    const s = byT.get(t);
    if (s !== undefined && Number.isFinite(reference.F[r]) && Number.isFinite(test.F[s])) shared.push({ t, r, s });
  });
  shared.sort((a, b) => a.t - b.t);
  const unshared = Math.max(reference.t.length, test.t.length) - shared.length;
  if (unshared > 0) notes.push(`${unshared} time point${unshared === 1 ? '' : 's'} not shared by both profiles left out`);
  if (shared.some((p) => p.t === 0)) {
    shared = shared.filter((p) => p.t !== 0);
    notes.push('t = 0 left out (zero is excluded)');
  }
  const cut = shared.findIndex((p) => reference.F[p.r] > F2_RULES.plateauPct || test.F[p.s] > F2_RULES.plateauPct);
  if (cut >= 0 && cut < shared.length - 1) {
    notes.push(`${shared.length - cut - 1} point${shared.length - cut - 1 === 1 ? '' : 's'} after the first above ${F2_RULES.plateauPct} % (t = ${Number(shared[cut].t.toPrecision(4))} h) left out (at most one mean value above ${F2_RULES.plateauPct} %)`);
    shared = shared.slice(0, cut + 1);
  }
  const n = shared.length;
  if (n < F2_RULES.minPoints) reasons.push(`only ${n} time point${n === 1 ? '' : 's'} usable (shared, zero excluded, up to the first above ${F2_RULES.plateauPct} %); f2 needs at least ${F2_RULES.minPoints}`);
  for (const [name, prof, idx] of [['reference', reference, 'r'], ['test', test, 's']] as const) {
    if (prof.kind === 'model') continue;
    if (!prof.sd || prof.sd.length !== prof.F.length) {
      notes.push(`${name}: CV limits not checked (${prof.cvUnknownReason ?? 'no SD given'}); they require CV ≤ ${F2_RULES.cvFirstPct} % at the first point and ≤ ${F2_RULES.cvLaterPct} % after`);
      continue;
    }
    const noSd: number[] = [];
    shared.forEach((p, k) => {
      const i = p[idx];
      const mean = prof.F[i];
      const sd = prof.sd![i];
      if (!Number.isFinite(sd)) noSd.push(p.t);
      if (!(mean > 0) || !Number.isFinite(sd)) return;
      const cv = (100 * sd) / mean;
      const limit = k === 0 ? F2_RULES.cvFirstPct : F2_RULES.cvLaterPct;
      if (cv > limit) reasons.push(`${name}: CV ${cv.toFixed(1)} % at t = ${Number(p.t.toPrecision(4))} h is above the ${limit} % limit${k === 0 ? ' (first point)' : ''}`);
    });
    if (noSd.length) notes.push(`${name}: CV not checked at t = ${noSd.map((t) => Number(t.toPrecision(4))).join(', ')} h (no SD given there; checked at the other ${shared.length - noSd.length})`);
  }
  let f2: number | null = null;
  let f1: number | null = null;
  if (n > 0) {
    const R = shared.map((p) => reference.F[p.r]);
    const T = shared.map((p) => test.F[p.s]);
    f2 = f2FromValues(R, T);
    const sumR = R.reduce((a, b) => a + b, 0);
    f1 = sumR > 0 ? (100 * R.reduce((a, r, i) => a + Math.abs(r - T[i]), 0)) / sumR : null;
  }
  const applicable = reasons.length === 0 && f2 !== null;
  return { f2, f1, n, times: shared.map((p) => p.t), applicable, similar: applicable && (f2 ?? 0) >= F2_RULES.similarF2, reasons, notes };
}
