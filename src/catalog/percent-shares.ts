// Whole-percent labels for shares that sum to 1 (a membrane blend): largest-remainder rounding, so 0.375 / 0.625 reads
// 38 % / 62 % (sums to 100) rather than 38 % / 63 % (walk10 #10). Pure; used by the 3D legend, its text and the report.

/** Each share in whole percent, summing to round(100 · Σ shares); ties go to the earlier share. */
export function percentShares(fractions: readonly number[]): number[] {
  const raw = fractions.map((f) => (Number.isFinite(f) ? Math.max(0, f) * 100 : 0));
  const floors = raw.map(Math.floor);
  const target = Math.round(raw.reduce((s, v) => s + v, 0));
  let left = target - floors.reduce((s, v) => s + v, 0);
  const order = raw.map((v, i) => ({ i, r: v - Math.floor(v) })).sort((a, b) => b.r - a.r || a.i - b.i);
  const out = [...floors];
  for (const { i } of order) {
    if (left <= 0) break;
    out[i]++;
    left--;
  }
  return out;
}
