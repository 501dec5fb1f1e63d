// FAK inhibitor biology (MODEL.md M4.4): target occupancy and its two effects (α gain, hypoxia relief via CAFs).

/** Occupancy O = C / (C + IC50) (both molar), in [0, 1). */
export function fakOccupancy(freeDrugM: number, ic50M: number): number {
  if (!Number.isFinite(freeDrugM) || freeDrugM < 0) throw new RangeError(`freeDrugM: must be a finite concentration ≥ 0 M, got ${freeDrugM}`);
  if (!Number.isFinite(ic50M) || ic50M <= 0) throw new RangeError(`ic50M: must be > 0 M, got ${ic50M}`);
  return freeDrugM / (freeDrugM + ic50M);
}

/** α multiplier 1 + ε_FAK · O. */
export function fakAlphaFactor(occupancy: number, epsFak: number): number {
  return 1 + epsFak * occupancy;
}

/**
 * Hypoxic fraction after FAK inhibition: h' = h · (1 − ρ_FAK · O · g), the reduction read as relative and clamped so
 * h' stays in [0, h]; g is the CAF-uptake term supplied by the targeting model (0 = no CAF uptake).
 */
export function hypoxicFractionAfterFak(hypoxicFraction: number, rhoFak: number, occupancy: number, g: number): number {
  const relief = Math.min(1, Math.max(0, rhoFak * occupancy * g));
  return hypoxicFraction * (1 - relief);
}
