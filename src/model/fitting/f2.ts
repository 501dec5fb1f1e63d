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
