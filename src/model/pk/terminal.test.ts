// Terminal (β) half-lives (#27 pk5): the two-compartment bolus against hand-derived values, its invariants (β ≤ k10,
// AUC = dose/(V1·k10) whatever the exchange), and the total drug's terminal half-life after a carrier.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { freeDrugTerminalRatePerH, totalDrugTerminalHalfLifeH, twoCompartmentBeta, twoCompartmentBolus, twoCompartmentK12ForBeta } from './terminal';

const rate = fc.double({ min: 1e-4, max: 100, noNaN: true });

describe('two-compartment bolus', () => {
  it('hand-derived: k10 = 1, k12 = 2, k21 = 0.5 h⁻¹, V1 = 1 L', () => {
    // λ² − 3.5λ + 0.5 = 0 → λ = (3.5 ± √10.25)/2: β = 0.149219, α = 3.350781
    const { alpha, beta, a, b } = twoCompartmentBolus(1, 1, 2, 0.5);
    expect(beta).toBeCloseTo((3.5 - Math.sqrt(10.25)) / 2, 12);
    expect(alpha).toBeCloseTo((3.5 + Math.sqrt(10.25)) / 2, 12);
    expect(beta).toBeCloseTo(0.149219, 6);
    // A = (α − k21)/(α − β) = 2.850781/3.201562 = 0.890434; B = (k21 − β)/(α − β) = 0.109566
    expect(a).toBeCloseTo(0.890434, 6);
    expect(b).toBeCloseTo(0.109566, 6);
    expect(a / alpha + b / beta).toBeCloseTo(1, 12);
  });
  it('no exchange (k12 = 0) is one compartment: C = e^(−k10 t)/V1 whatever k21', () => {
    for (const k21 of [0.1, 1, 5]) {
      const { a, b, alpha, beta } = twoCompartmentBolus(2, 1, 0, k21);
      const c = (t: number) => a * Math.exp(-alpha * t) + b * Math.exp(-beta * t);
      for (const t of [0, 0.5, 3]) expect(c(t)).toBeCloseTo(Math.exp(-t) / 2, 12);
    }
  });
  it('properties: finite, β ≤ min(k10, k21), A, B ≥ 0, C(0) = 1/V1, AUC = 1/(V1·k10) (conserved by the exchange)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 100, noNaN: true }), rate, fc.double({ min: 0, max: 100, noNaN: true }), rate, (v1, k10, k12, k21) => {
        const { alpha, beta, a, b } = twoCompartmentBolus(v1, k10, k12, k21);
        for (const x of [alpha, beta, a, b]) expect(Number.isFinite(x)).toBe(true);
        expect(beta).toBeLessThanOrEqual(Math.min(k10, k21) * (1 + 1e-9));
        expect(beta).toBeGreaterThan(0);
        expect(alpha).toBeGreaterThanOrEqual(beta);
        expect(a).toBeGreaterThanOrEqual(-1e-12 / v1);
        expect(b).toBeGreaterThanOrEqual(-1e-12 / v1);
        expect((a + b) * v1).toBeCloseTo(1, 9);
        const auc = (a > 0 ? a / alpha : 0) + b / beta;
        expect(auc * v1 * k10).toBeCloseTo(1, 6);
      }),
    );
  });
  it('a two-compartment free drug never has a shorter terminal half-life than one compartment with the same k10', () => {
    fc.assert(
      fc.property(rate, fc.double({ min: 0, max: 100, noNaN: true }), rate, (k10, k12, k21) => {
        expect(Math.LN2 / twoCompartmentBeta(k10, k12, k21)).toBeGreaterThanOrEqual((Math.LN2 / k10) * (1 - 1e-9));
      }),
    );
  });
  it('k12 for a measured β: round trip through the characteristic equation', () => {
    fc.assert(
      fc.property(rate, fc.double({ min: 0.01, max: 0.99, noNaN: true }), fc.double({ min: 1.01, max: 100, noNaN: true }), (k10, fb, rk21) => {
        const beta = fb * k10;
        const k21 = rk21 * beta;
        const k12 = twoCompartmentK12ForBeta(k10, beta, k21);
        expect(k12).toBeGreaterThan(0);
        expect(twoCompartmentBeta(k10, k12, k21) / beta).toBeCloseTo(1, 9);
      }),
    );
  });
});

describe('terminal rate of the free drug and of the total drug after a carrier', () => {
  it('hand-derived values', () => {
    expect(freeDrugTerminalRatePerH(0.5)).toBeCloseTo(Math.LN2 / 0.5, 14);
    // paclitaxel: t½_free 0.5 h, t½β 4.448 h → k = ln2/4.448 = 0.155830 h⁻¹
    expect(freeDrugTerminalRatePerH(0.5, 4.448)).toBeCloseTo(0.15583, 5);
    // a "terminal" half-life shorter than t½_free is not a slower phase: one compartment
    expect(freeDrugTerminalRatePerH(0.5, 0.2)).toBeCloseTo(Math.LN2 / 0.5, 14);
    // carrier k_c = 0.1 h⁻¹ leaking half (L = 0.5): carried drug leaves at 0.2 h⁻¹, slower than the free drug's 1.386 h⁻¹
    expect(totalDrugTerminalHalfLifeH(0.1, 0.5, Math.LN2 / 0.5)).toBeCloseTo(Math.LN2 / 0.2, 12);
    // a fast-leaking carrier (k_c 1 h⁻¹, L = 0.4 → 1.667 h⁻¹) ends on the released drug's β phase
    expect(totalDrugTerminalHalfLifeH(1, 0.4, Math.LN2 / 4.448)).toBeCloseTo(4.448, 12);
    // everything leaked: the free drug's
    expect(totalDrugTerminalHalfLifeH(1, 1, 0.5)).toBeCloseTo(Math.LN2 / 0.5, 12);
  });
  it('properties: finite; never shorter than either route; a β phase never shortens it', () => {
    fc.assert(
      fc.property(rate, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0.01, max: 100, noNaN: true }), fc.double({ min: 0.01, max: 1000, noNaN: true }), (kc, L, tFree, tBeta) => {
        const one = totalDrugTerminalHalfLifeH(kc, L, freeDrugTerminalRatePerH(tFree));
        const two = totalDrugTerminalHalfLifeH(kc, L, freeDrugTerminalRatePerH(tFree, tBeta));
        expect(Number.isFinite(one) && Number.isFinite(two)).toBe(true);
        expect(two).toBeGreaterThanOrEqual(one * (1 - 1e-12));
        expect(one).toBeGreaterThanOrEqual(tFree * (1 - 1e-12));
        if (L < 1) expect(one).toBeGreaterThanOrEqual((Math.LN2 / (kc / (1 - L))) * (1 - 1e-12));
      }),
    );
  });
});
