// The terminal (β) half-life of a drug in plasma (#27, branch pk5): of the unformulated free drug (one compartment, or
// its two-compartment β phase where the catalog gives one) and of the total drug after a carrier (carried + released).

/**
 * β of a two-compartment bolus (central volume V1, elimination k10 from the central compartment, exchange k12 out and
 * k21 back), h⁻¹: the smaller root of λ² − (k10 + k12 + k21)λ + k10·k21 = 0. With k12 = 0 the central compartment decays at
 * k10 alone (the root min(k10, k21) may then be k21, with no amplitude: see twoCompartmentBolus);
 * it is never above k10 nor k21 (α·β = k10·k21 and α + β = k10 + k12 + k21).
 */
export function twoCompartmentBeta(k10: number, k12: number, k21: number): number {
  const s = k10 + k12 + k21;
  const disc = Math.max(0, s * s - 4 * k10 * k21);
  // the smaller root written without cancellation: β = 2·k10·k21/(s + √disc)
  // (clamped to min(k10, k21), its exact bound, against rounding at a double root)
  return s > 0 ? Math.min(k10, k21, (2 * k10 * k21) / (s + Math.sqrt(disc))) : 0;
}

/**
 * The central concentration of a two-compartment bolus, per unit dose: C(t) = A·e^(−αt) + B·e^(−βt) with
 * A = (α − k21)/(V1(α − β)), B = (k21 − β)/(V1(α − β)); its AUC₀^∞ = A/α + B/β = 1/(V1·k10) whatever k12 and k21.
 */
export function twoCompartmentBolus(v1: number, k10: number, k12: number, k21: number): { alpha: number; beta: number; a: number; b: number } {
  const beta = twoCompartmentBeta(k10, k12, k21);
  const alpha = Math.max(beta, k10 + k12 + k21 - beta);
  if (!(alpha - beta > 1e-12 * Math.max(1, alpha))) return { alpha, beta, a: 0, b: 1 / v1 }; // no second phase (k12 = 0, or a degenerate root)
  return { alpha, beta, a: (alpha - k21) / (v1 * (alpha - beta)), b: (k21 - beta) / (v1 * (alpha - beta)) };
}

/**
 * The peripheral uptake k12 that gives a two-compartment free drug the terminal rate β for a given return rate k21
 * (β < k10 and β < k21): k12 = (k10 − β)(k21 − β)/β (from the characteristic equation). A measured β fixes a family of
 * (k12, k21), all with the same terminal phase and the same AUC; which one holds the shape of the first hours.
 */
export function twoCompartmentK12ForBeta(k10: number, beta: number, k21: number): number {
  return ((k10 - beta) * (k21 - beta)) / beta;
}

/**
 * Terminal exit rate (h⁻¹) of the unformulated free drug from plasma: its two-compartment β where the catalog gives a
 * terminal half-life of the unformulated drug (`terminalHalfLifeH`), never faster than its one-compartment exit k10 =
 * ln2/t½_free (a peripheral compartment only slows the terminal phase); else k10.
 */
export function freeDrugTerminalRatePerH(freeHalfLifeH: number, terminalHalfLifeH?: number): number {
  const k10 = Math.LN2 / Math.max(1e-9, freeHalfLifeH);
  if (terminalHalfLifeH === undefined || !(terminalHalfLifeH > 0)) return k10;
  return Math.min(k10, Math.LN2 / terminalHalfLifeH);
}

/**
 * Terminal half-life (h) of the TOTAL drug in plasma after a carrier (M3.t): carried drug leaves the plasma at
 * k_c/(1 − L) (with its carrier, or by leaking), released drug as the unformulated free drug at its terminal rate; a sum
 * of exponentials ends on its slowest term, so t½β = ln2/min(k_c/(1 − L), k_free,terminal). L = 1 (all leaked): the free
 * drug's.
 */
export function totalDrugTerminalHalfLifeH(carrierExitPerH: number, leakedInBloodFraction: number, freeTerminalRatePerH: number): number {
  const L = Math.min(1, Math.max(0, leakedInBloodFraction));
  const kCarried = L < 1 ? carrierExitPerH / (1 - L) : Infinity;
  return Math.LN2 / Math.min(kCarried, freeTerminalRatePerH);
}
