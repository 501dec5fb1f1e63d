// Gauss–Laguerre quadrature for exposure-weighted averages ∫₀^∞ k e^(−k t) f(t) dt (the mean of f at the moment a particle leaves the blood).

/** Nodes and weights of n-point Gauss–Laguerre quadrature (∫₀^∞ e^(−x) f(x) dx ≈ Σ w_i f(x_i)), by Newton on L_n (Numerical Recipes' gaulag). */
export function gaussLaguerre(n: number): { x: Float64Array; w: Float64Array } {
  const x = new Float64Array(n);
  const w = new Float64Array(n);
  let z = 0;
  for (let i = 0; i < n; i++) {
    if (i === 0) z = 3 / (1 + 2.4 * n);
    else if (i === 1) z += 15 / (1 + 2.5 * n);
    else {
      const ai = i - 1;
      z += ((1 + 2.55 * ai) / (1.9 * ai)) * (z - x[i - 2]);
    }
    let pp = 0;
    let p2 = 0;
    for (let it = 0; it < 100; it++) {
      let p1 = 1;
      p2 = 0;
      for (let j = 1; j <= n; j++) {
        const p3 = p2;
        p2 = p1;
        p1 = ((2 * j - 1 - z) * p2 - (j - 1) * p3) / j;
      }
      pp = (n * p1 - n * p2) / z;
      const z1 = z;
      z = z1 - p1 / pp;
      if (Math.abs(z - z1) <= 1e-14 * Math.max(1, Math.abs(z))) break;
    }
    x[i] = z;
    w[i] = -1 / (pp * n * p2);
  }
  return { x, w };
}

const GL = gaussLaguerre(24);

/**
 * ⟨f⟩ = ∫₀^∞ k e^(−k t) f(t) dt for a first-order exit rate k (h⁻¹): the expected value of f(t) at the time of exit.
 * 24-point Gauss–Laguerre (exact for polynomials of degree ≤ 47 in t; f bounded in [0, 1] here).
 */
export function exposureAverage(kPerH: number, f: (tH: number) => number): number {
  if (!(kPerH > 0) || !Number.isFinite(kPerH)) return 0;
  let s = 0;
  for (let i = 0; i < GL.x.length; i++) s += GL.w[i] * f(GL.x[i] / kPerH);
  return s;
}
