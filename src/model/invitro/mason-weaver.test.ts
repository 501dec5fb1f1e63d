// Independent checks of the well's transport solver against exact solutions of the Mason–Weaver sedimentation–diffusion equation: an absorbing bottom (ISDD's boundary) and a closed top (series derived here), and the closed cell of Mason & Weaver 1924 (their published series; the solver's reflecting limit through the DG Langmuir layer), for stated particles, media heights and temperatures.
import { describe, expect, it } from 'vitest';
import { settleAndDiffuse, stokesEinsteinM2PerS, stokesVelocityMPerS, waterViscosityPaS } from './transport';

/**
 * Fraction still suspended at time t of a column 0 ≤ z ≤ H (z up from the cells), uniform start:
 * ∂c/∂t = D ∂²c/∂z² + v ∂c/∂z, c(0) = 0, D ∂c/∂z + v c = 0 at H (Mason & Weaver, Phys Rev 23, 412 (1924), with an
 * absorbing instead of a closed bottom). With c = u e^(−a z − b t), a = v/(2D), b = v²/(4D): u_t = D u_zz, u(0) = 0,
 * u_z + a u = 0 at H, so u = Σ A_n sin(λ_n z) e^(−D λ_n² t), tan(λ_n H) = −λ_n / a, λ_n H ∈ ((n − ½)π, nπ).
 * With the Robin condition the two integrals close: ∫ e^(az) sin λz = λ(1 − 2e^(aH) cos λH)/(a² + λ²),
 * ∫ e^(−az) sin λz = λ/(a² + λ²), ‖sin λz‖² = H/2 − sin(2λH)/(4λ); S(t) = Σ I₊ I₋ e^(−(Dλ² + b)t) / (H ‖·‖²).
 * Written here from the equation alone (no code shared with the solver); exact at a = 0: Σ 8/((2n − 1)²π²) e^(−Dλ²t).
 */
function masonWeaverSuspended(v: number, D: number, H: number, tS: number, terms = 4000): number {
  const a = v / (2 * D);
  const alpha = a * H;
  const b = (v * v) / (4 * D);
  let s = 0;
  for (let n = 1; n <= terms; n++) {
    // root of g(x) = x cos x + α sin x on ((n − ½)π, nπ) by bisection (g changes sign there for α ≥ 0)
    let lo = (n - 0.5) * Math.PI;
    let hi = n * Math.PI;
    const g = (x: number): number => x * Math.cos(x) + alpha * Math.sin(x);
    const glo = g(lo);
    for (let k = 0; k < 80; k++) {
      const mid = 0.5 * (lo + hi);
      if (g(mid) * glo > 0) lo = mid;
      else hi = mid;
    }
    const x = alpha === 0 ? (n - 0.5) * Math.PI : 0.5 * (lo + hi);
    const lam = x / H;
    const den = a * a + lam * lam;
    const iPlus = (lam * (1 - 2 * Math.exp(alpha) * Math.cos(x))) / den;
    const iMinus = lam / den;
    const norm = H / 2 - Math.sin(2 * x) / (4 * lam);
    s += ((iPlus * iMinus) / (H * norm)) * Math.exp(-(D * lam * lam + b) * tS);
  }
  return s;
}

const MU37 = waterViscosityPaS(37);

describe('Mason–Weaver analytic solution (absorbing bottom) vs the finite-volume solver', () => {
  it('the series is exact where it must be: S(0) = 1 at any Péclet number; at v = 0 it is the classical diffusion series', () => {
    for (const pe of [0, 0.5, 4]) {
      const H = 3e-3;
      const D = 1e-11;
      expect(masonWeaverSuspended((pe * D) / H, D, H, 0, 40000)).toBeCloseTo(1, 3);
    }
    const H = 3e-3;
    const D = 2e-11;
    const t = 24 * 3600;
    let ref = 0;
    for (let n = 1; n <= 4000; n++) {
      const l = ((n - 0.5) * Math.PI) / H;
      ref += (8 / ((2 * n - 1) ** 2 * Math.PI ** 2)) * Math.exp(-D * l * l * t);
    }
    expect(masonWeaverSuspended(0, D, H, t)).toBeCloseTo(ref, 12);
  });

  // Stated cases (37 °C, medium ρ 1.007 g/cm³, water viscosity): a 20 nm polystyrene sphere (diffusion), 30 and 60 nm
  // gold (both; larger gold has Pe > 60, where the series loses digits to e^(Pe/2) and the settling-limit test applies), 200 nm silica (settling ≈ diffusion), each in a 3.1 mm and a 6 mm column, 1 to 24 h.
  const cases = [
    { name: '20 nm polystyrene (1.05 g/cm³)', d: 20, rho: 1.05 },
    { name: '60 nm gold (19.3 g/cm³)', d: 60, rho: 19.3 },
    { name: '200 nm silica (2.0 g/cm³)', d: 200, rho: 2.0 },
    { name: '30 nm gold (19.3 g/cm³)', d: 30, rho: 19.3 },
  ];
  for (const c of cases)
    for (const Hmm of [3.1, 6])
      it(`${c.name}, H ${Hmm} mm: delivered fraction at 1, 4, 12, 24 h within 0.5 % (or 0.002 absolute) of the analytic series`, () => {
        const H = Hmm * 1e-3;
        const v = stokesVelocityMPerS(c.d, c.rho, 1.007, MU37);
        const D = stokesEinsteinM2PerS(c.d, 37, MU37);
        const times = [1, 4, 12, 24];
        const num = settleAndDiffuse({ diameterNm: c.d, densityGPerCm3: c.rho, mediumDensityGPerCm3: 1.007, viscosityPaS: MU37, temperatureC: 37, heightM: H, hours: 24, times, cells: 120, steps: 1200 });
        expect((v * H) / D).toBeLessThan(60); // the series loses ≈ e^(Pe/2) × 1e-16 to cancellation: < 3e-4 here
        times.forEach((t, i) => {
          const exact = 1 - masonWeaverSuspended(v, D, H, t * 3600);
          expect(Math.abs(num.delivered[i] - exact)).toBeLessThan(Math.max(0.002, 0.005 * exact));
        });
      });

  it('the default grid (60 × 300) is within 2 % of the analytic value at 24 h for every case above', () => {
    for (const c of cases)
      for (const Hmm of [3.1, 6]) {
        const H = Hmm * 1e-3;
        const v = stokesVelocityMPerS(c.d, c.rho, 1.007, MU37);
        const D = stokesEinsteinM2PerS(c.d, 37, MU37);
        const num = settleAndDiffuse({ diameterNm: c.d, densityGPerCm3: c.rho, mediumDensityGPerCm3: 1.007, viscosityPaS: MU37, temperatureC: 37, heightM: H, hours: 24, times: [24] });
        const exact = 1 - masonWeaverSuspended(v, D, H, 24 * 3600);
        expect(Math.abs(num.delivered[0] / exact - 1)).toBeLessThan(0.02);
      }
  });

  it('temperature: 20 nm polystyrene in 3.1 mm delivers more at 37 °C than at 25 °C (D ∝ T/μ), as the series says', () => {
    const at = (T: number): number => {
      const mu = waterViscosityPaS(T);
      const v = stokesVelocityMPerS(20, 1.05, 1.007, mu);
      const D = stokesEinsteinM2PerS(20, T, mu);
      return 1 - masonWeaverSuspended(v, D, 3.1e-3, 24 * 3600);
    };
    const n = (T: number): number => {
      const mu = waterViscosityPaS(T);
      return settleAndDiffuse({ diameterNm: 20, densityGPerCm3: 1.05, mediumDensityGPerCm3: 1.007, viscosityPaS: mu, temperatureC: T, heightM: 3.1e-3, hours: 24, times: [24] }).delivered[0];
    };
    expect(at(37)).toBeGreaterThan(at(25));
    expect(n(37) / at(37)).toBeCloseTo(1, 1);
    expect(n(25) / at(25)).toBeCloseTo(1, 1);
  });
});

/**
 * The closed cell of Mason & Weaver (Phys Rev 23, 412 (1924)): no flux at either end, uniform start. Their series, in
 * the dimensionless form of Barthe & Werts (ChemRxiv 2022, doi 10.26434/chemrxiv-2022-91vrq; the function MW_adim_ISS of
 * github.com/mhvwerts/MasonWeaver-analytic, read for this test), y = depth / H from the surface (0) to the bottom (1),
 * α = D / (v H) = 1/Pe, τ = v t / H:
 *   c/c₀ = e^(y/α) / (α (e^(1/α) − 1))
 *        + 16 π α² e^((2y − τ)/(4α)) Σ_m e^(−α m² π² τ) m (1 − (−1)^m e^(−1/(2α))) (sin mπy + 2πmα cos mπy) / (1 + 4π²m²α²)².
 * The first term is the sedimentation equilibrium (barometric: Perrin). Written here independently of the solver; its
 * own checks below (mass 1 at every τ, the equilibrium at long times, 1 at τ → 0).
 */
function masonWeaverClosed(y: number, tau: number, alpha: number, terms = 20000): number {
  const eq = Math.exp((y - 1) / alpha) / (alpha * (1 - Math.exp(-1 / alpha)));
  const pref = 16 * alpha * alpha * Math.PI * Math.exp((2 * y - tau) / (4 * alpha));
  let s = 0;
  for (let m = 1; m <= terms; m++) {
    const decay = Math.exp(-alpha * m * m * Math.PI * Math.PI * tau);
    const den = (1 + 4 * Math.PI * Math.PI * m * m * alpha * alpha) ** 2;
    if (decay / den === 0) break;
    const sign = m % 2 ? -1 : 1;
    s += (decay * m * (1 - sign * Math.exp(-1 / (2 * alpha))) * (Math.sin(m * Math.PI * y) + 2 * Math.PI * m * alpha * Math.cos(m * Math.PI * y))) / den;
  }
  return eq + pref * s;
}

describe('Mason–Weaver closed cell (Mason & Weaver 1924) vs the solver with a non-binding cell layer', () => {
  it('the series: mass 1 at every τ (Simpson), 1 in the bulk at τ → 0, the barometric equilibrium Pe/(1 − e^(−Pe)) at the bottom for τ → ∞', () => {
    for (const alpha of [0.05, 0.5, 3])
      for (const tau of [0.01, 0.3, 3]) {
        const n = 2000;
        let s = 0;
        for (let i = 0; i <= n; i++) s += (i === 0 || i === n ? 1 : i % 2 ? 4 : 2) * masonWeaverClosed(i / n, tau, alpha);
        expect(s / (3 * n)).toBeCloseTo(1, 6);
      }
    expect(masonWeaverClosed(0.5, 1e-4, 0.2)).toBeCloseTo(1, 6);
    for (const pe of [0.5, 5, 40]) expect(masonWeaverClosed(1, 50 * Math.max(1, 1 / pe), 1 / pe) / (pe / (1 - Math.exp(-pe)))).toBeCloseTo(1, 8);
  });

  // K_D far above any concentration in the well: the Langmuir layer binds ≈ nothing (σ ≈ σ_max c_s / K_D ≈ 1e-8 of the
  // particles), so the cell layer reflects, as the closed cell's bottom. The solver's profile at the cell centres and its
  // surface concentration are compared with the series; tolerance 4 % of max(c, 0.05 c₀) on the 120 × 1200 grid (stated
  // here; the finite-volume error is second order in the cell size, tested), Pe ≤ 60 (the series' domain in doubles).
  const closedCases = [
    { name: '20 nm polystyrene, 3.1 mm', d: 20, rho: 1.05, Hmm: 3.1 },
    { name: '30 nm gold, 6 mm', d: 30, rho: 19.3, Hmm: 6 },
    { name: '60 nm gold, 3.1 mm', d: 60, rho: 19.3, Hmm: 3.1 },
    { name: '200 nm silica, 6 mm', d: 200, rho: 2.0, Hmm: 6 },
  ];
  const closedRun = (c: (typeof closedCases)[number], hours: number, cells: number, steps: number) => {
    const H = c.Hmm * 1e-3;
    const r = settleAndDiffuse({ diameterNm: c.d, densityGPerCm3: c.rho, mediumDensityGPerCm3: 1.007, viscosityPaS: MU37, temperatureC: 37, heightM: H, hours, times: [hours], cells, steps, binding: { kdPerM: 1e9 / H, capacityFraction: 1 } });
    const alpha = r.diffusivityM2PerS / (r.velocityMPerS * H);
    const tau = (r.velocityMPerS * hours * 3600) / H;
    let err = 0;
    r.finalProfile.forEach((x, i) => {
      const exact = masonWeaverClosed(1 - (i + 0.5) / cells, tau, alpha);
      err = Math.max(err, Math.abs(x - exact) / Math.max(exact, 0.05));
    });
    return { r, alpha, tau, err, bottom: masonWeaverClosed(1, tau, alpha) };
  };
  for (const c of closedCases)
    it(`${c.name}: profile and surface concentration at 4, 24 and 72 h within 4 % of the series; nothing is bound (< 1e-6)`, () => {
      for (const t of [4, 24, 72]) {
        const { r, alpha, err, bottom } = closedRun(c, t, 120, 1200);
        expect(1 / alpha).toBeLessThan(60);
        expect(err).toBeLessThan(0.04);
        expect(Math.abs(r.surfaceConcentrationRatio / bottom - 1)).toBeLessThan(0.04);
        expect(r.delivered[0]).toBeLessThan(1e-6);
        expect(r.delivered[0] + r.suspended[0]).toBeCloseTo(1, 12);
      }
    });

  it('second-order convergence: halving the cell (and a quarter of the step) cuts the profile error ≥ 3 × wherever it is resolvable (> 1e-4)', () => {
    for (const c of closedCases) {
      const coarse = closedRun(c, 24, 60, 300).err;
      const fine = closedRun(c, 24, 120, 1200).err;
      if (coarse > 1e-4) expect(fine).toBeLessThan(coarse / 3);
    }
  });

  it('the default grid (60 cells) resolves the settled layer (thickness D/v = H/Pe) to 1 % for Pe ≤ 15; at Pe ≈ 57 the surface concentration is 4–5 % high (what a Langmuir layer sees at high Pe)', () => {
    for (const c of closedCases) {
      const { r, alpha, bottom } = closedRun(c, 24, 60, 300);
      const rel = r.surfaceConcentrationRatio / bottom - 1;
      if (1 / alpha <= 15) expect(Math.abs(rel)).toBeLessThan(0.01);
      else {
        expect(rel).toBeGreaterThan(0);
        expect(rel).toBeLessThan(0.06);
      }
    }
  });
});
