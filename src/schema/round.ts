// Rounding of stored numbers to 6 significant figures (the canonical form's precision).

/** Round to 6 significant figures (0 and -0 → 0). */
export function round6(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x === 0 ? 0 : x;
  return Number(x.toPrecision(6));
}
