// Independent check of the well's transport solver: the analytic (eigenfunction) solution of the Mason–Weaver sedimentation–diffusion equation with an absorbing bottom (ISDD's boundary) and a closed top, for stated particles, media heights and temperatures.
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
