// In-vitro dosimetry (issue #26): sedimentation and diffusion of particles through the medium column onto the cell layer, ISDD-like (Hinderliter et al. 2010) with DG-style agglomerate density (DeLoid et al. 2014).

/** Boltzmann constant, J/K (SI 2019, exact). */
export const K_B = 1.380649e-23;
/** Standard gravity, m/s². */
export const G = 9.80665;

/**
 * Dynamic viscosity of water (Pa·s) by the Vogel equation μ = A·10^(B/(T − C)), A = 2.414e-5 Pa·s, B = 247.8 K,
 * C = 140 K (CRC Handbook fit; 0.692 mPa·s at 37 °C, 0.890 at 25 °C).
 */
export function waterViscosityPaS(temperatureC: number): number {
  const T = temperatureC + 273.15;
  return 2.414e-5 * Math.pow(10, 247.8 / (T - 140));
}

/**
 * Viscosity of culture medium (Pa·s): water × (1 + k_serum·serum fraction), k_serum = 0.3 (assumption: DMEM with 10 %
 * FBS is ≈ 3 % more viscous than water at 37 °C; the ISDD papers use 0.00074 Pa·s for medium at 37 °C, recalled).
 */
export function mediumViscosityPaS(temperatureC: number, serumFraction: number): number {
  return waterViscosityPaS(temperatureC) * (1 + 0.3 * serumFraction);
}

/**
 * Effective density of a fractal agglomerate (g/cm³), DeLoid et al., Nat Commun 2014 / Sterling et al. 2005:
 * ρ_eff = ρ_m + (ρ_p − ρ_m)·(d_p / d_a)^(3 − D_F). d_a = d_p gives the primary particle.
 */
export function agglomerateDensity(primaryDensity: number, mediumDensity: number, primaryDiameterNm: number, agglomerateDiameterNm: number, fractalDimension: number): number {
  if (agglomerateDiameterNm <= primaryDiameterNm) return primaryDensity;
  return mediumDensity + (primaryDensity - mediumDensity) * Math.pow(primaryDiameterNm / agglomerateDiameterNm, 3 - fractalDimension);
}

/** Stokes settling velocity (m/s, positive = downward): v = (ρ_p − ρ_m)·g·d² / (18 μ). Densities in g/cm³, d in nm. */
export function stokesVelocityMPerS(diameterNm: number, particleDensity: number, mediumDensity: number, viscosityPaS: number): number {
  const d = diameterNm * 1e-9;
  return ((particleDensity - mediumDensity) * 1000 * G * d * d) / (18 * viscosityPaS);
}

/** Stokes–Einstein diffusivity (m²/s): D = k_B T / (3 π μ d). */
export function stokesEinsteinM2PerS(diameterNm: number, temperatureC: number, viscosityPaS: number): number {
  return (K_B * (temperatureC + 273.15)) / (3 * Math.PI * viscosityPaS * diameterNm * 1e-9);
}

export interface TransportInput {
  /** hydrodynamic (or agglomerate) diameter, nm */
  diameterNm: number;
  /** effective density of the settling unit, g/cm³ */
  densityGPerCm3: number;
  mediumDensityGPerCm3: number;
  viscosityPaS: number;
  temperatureC: number;
  /** medium column height, m */
  heightM: number;
  /** end time, h */
  hours: number;
  /** output times (h), ascending, within [0, hours]; default 48 points */
  times?: readonly number[];
  /** finite-volume cells (default 60; 0.1 % of the converged delivered fraction, tested) */
  cells?: number;
  /** time steps (default 300) */
  steps?: number;
  /**
   * Reversible, saturable binding at the cell layer (DG model, DeLoid et al. 2015/2017): Langmuir equilibrium between
   * the bound surface density σ and the free concentration at the surface c_s, σ = σ_max c_s / (K_D + c_s), in the
   * normalised units of the solver (c: fraction of the administered mass per m of column; σ: fraction of the
   * administered mass). Absent, or K_D = 0 with σ_max = ∞: fully absorbing (ISDD).
   */
  binding?: { kdPerM: number; capacityFraction: number };
}

export interface TransportResult {
  velocityMPerS: number;
  diffusivityM2PerS: number;
  /** Péclet number v H / D of the column */
  peclet: number;
  /** output times (h) */
  timesH: number[];
  /** fraction of the administered particles at the cell layer at each time (no dissolution) */
  delivered: number[];
  /** fraction still suspended at each time */
  suspended: number[];
  /** free concentration at the cell surface at the end, in units of the administered concentration (0 when absorbing) */
  surfaceConcentrationRatio: number;
  /**
   * the suspended concentration at the last output time, in units of the administered concentration, at the cell centres
   * z_i = (i + ½) H / N from the cell layer up (the profile the Mason–Weaver check compares with the exact series)
   */
  finalProfile: number[];
}

/** B(x) = x / (eˣ − 1), the Bernoulli function of Scharfetter–Gummel fluxes (1 at 0; series near 0). */
function bern(x: number): number {
  const ax = Math.abs(x);
  if (ax < 1e-6) return 1 - x / 2;
  if (x > 700) return x * Math.exp(-x);
  return x / Math.expm1(x);
}

/**
 * 1-D advection–diffusion of a dilute suspension, ∂c/∂t = ∂/∂z (D ∂c/∂z + v c), z from the cell layer (0) to the
 * medium surface (H): no flux at the surface, and at the cell layer either c = 0 (fully absorbing: every particle that
 * reaches the cells stays, as ISDD assumes) or a Langmuir-bound layer in equilibrium with the free concentration at the
 * surface (`binding`, DG), whose absorbing limit is K_D → 0 with σ_max → ∞. Finite volumes with Scharfetter–Gummel fluxes (exact for steady advection–diffusion
 * between two nodes, so stable at any Péclet number) and implicit Euler in time (a tridiagonal solve per step).
 * Starts from a uniform suspension. Mass is conserved to rounding: delivered = 1 − suspended.
 */
export function settleAndDiffuse(inp: TransportInput): TransportResult {
  const { diameterNm, densityGPerCm3, mediumDensityGPerCm3, viscosityPaS, temperatureC, heightM, hours } = inp;
  for (const [k, v] of Object.entries({ diameterNm, viscosityPaS, heightM }))
    if (!(Number.isFinite(v) && v > 0)) throw new RangeError(`${k}: must be a finite number > 0, got ${v}`);
  if (!(Number.isFinite(hours) && hours >= 0)) throw new RangeError(`hours: must be a finite number ≥ 0, got ${hours}`);
  const v = stokesVelocityMPerS(diameterNm, densityGPerCm3, mediumDensityGPerCm3, viscosityPaS);
  const D = stokesEinsteinM2PerS(diameterNm, temperatureC, viscosityPaS);
  const N = inp.cells ?? 60;
  const steps = Math.max(1, inp.steps ?? 300);
  const h = heightM / N;
  const times = inp.times ?? Array.from({ length: 49 }, (_, i) => (hours * i) / 48);
  // upward velocity u = −v; SG flux (upward) between lower node i and upper node i+1: J = (D/h)[B(−P) c_i − B(P) c_{i+1}], P = u h / D
  const P = (-v * h) / D;
  const a = (D / h) * bern(-P); // coefficient of c_lower in the upward flux
  const b = (D / h) * bern(P); // coefficient of c_upper
  const Pw = (-v * (h / 2)) / D;
  const wall = (D / (h / 2)) * bern(Pw); // downward flux into the cell layer = wall · c_0 − wallS · c_s
  const wallS = (D / (h / 2)) * bern(-Pw);
  const kd = inp.binding ? inp.binding.kdPerM : 0;
  const cap = inp.binding ? inp.binding.capacityFraction : Infinity;
  if (inp.binding && !((kd > 0 && Number.isFinite(kd) && cap > 0 && cap < Infinity) || (kd === 0 && cap === Infinity)))
    throw new RangeError(`binding: give K_D > 0 with a finite capacity > 0 (or K_D = 0 with an infinite capacity: absorbing), got K_D ${kd}, capacity ${cap}`);
  const absorbing = kd === 0;
  // implicit Euler: c_i' (1 + dt/h·(out)) … assembled once (constant coefficients)
  const dt = (hours * 3600) / steps;
  const r = dt / h;
  const lo = new Float64Array(N);
  const di = new Float64Array(N);
  const up = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    // d c_i/dt · h = J_{i−1/2} − J_{i+1/2} (upward fluxes through the lower and upper faces)
    // J_{i+1/2} = a c_i − b c_{i+1} (0 at the surface); J_{i−1/2} = a c_{i−1} − b c_i, or −wall·c_0 at the cell layer
    let d = 1;
    if (i < N - 1) {
      d += r * a;
      up[i] = -r * b;
    }
    if (i > 0) {
      d += r * b;
      lo[i] = -r * a;
    } else d += r * wall;
    di[i] = d;
  }
  const cp = new Float64Array(N);
  const den = new Float64Array(N);
  const factor = (d0: number): void => {
    den[0] = d0;
    cp[0] = up[0] / den[0];
    for (let i = 1; i < N; i++) {
      den[i] = di[i] - lo[i] * cp[i - 1];
      cp[i] = up[i] / den[i];
    }
  };
  const d0Base = di[0] - r * wall;
  factor(di[0]);
  const c = new Float64Array(N).fill(1 / heightM); // normalised: ∫ c dz = 1
  const y = new Float64Array(N);
  const outD: number[] = [];
  const outS: number[] = [];
  const total = (): number => {
    let s = 0;
    for (let i = 0; i < N; i++) s += c[i] * h;
    return s;
  };
  let k = 0;
  const record = (tH: number, frac: number, susp: number): void => {
    while (k < times.length && times[k] <= tH + 1e-9 * Math.max(1, hours)) {
      outD.push(frac);
      outS.push(susp);
      k++;
    }
  };
  // Langmuir surface: c_s(σ) = K_D σ / (σ_max − σ), linearised about the last σ each step (one Newton step of the
  // implicit Euler system; the bound layer takes J = a0 c_0 − b0, exactly what leaves the column, so mass is conserved)
  let sigma = 0;
  let cs = 0;
  const surface = (sg: number): { cs: number; slope: number } => {
    if (absorbing) return { cs: 0, slope: 0 };
    const free = Math.max(cap - sg, cap * 1e-12);
    return { cs: (kd * sg) / free, slope: (kd * cap) / (free * free) };
  };
  record(0, 0, 1);
  for (let s = 1; s <= steps && k < times.length; s++) {
    let b0 = 0;
    if (!absorbing) {
      const sf = surface(sigma);
      const g = 1 + dt * wallS * sf.slope;
      const a0 = wall / g;
      b0 = (wallS * sf.cs) / g;
      factor(d0Base + r * a0);
    }
    // forward sweep of the Thomas solve (right-hand side: the old concentrations, plus the surface's release)
    y[0] = (c[0] + r * b0) / den[0];
    for (let i = 1; i < N; i++) y[i] = (c[i] - lo[i] * y[i - 1]) / den[i];
    c[N - 1] = y[N - 1];
    for (let i = N - 2; i >= 0; i--) c[i] = y[i] - cp[i] * c[i + 1];
    const susp = total();
    // the scheme is conservative: what left the column went through the cell-layer face
    sigma = 1 - susp;
    if (!absorbing) cs = surface(sigma).cs;
    record((hours * s) / steps, 1 - susp, susp);
  }
  while (outD.length < times.length) {
    outD.push(outD[outD.length - 1]);
    outS.push(outS[outS.length - 1]);
  }
  return { velocityMPerS: v, diffusivityM2PerS: D, peclet: (v * heightM) / D, timesH: [...times], delivered: outD, suspended: outS, surfaceConcentrationRatio: cs * heightM, finalProfile: Array.from(c, (x) => x * heightM) };
}
