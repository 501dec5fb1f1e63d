// Robust scalar root finding (Brent's method) with automatic bracketing for monotone functions of dose.

/** Brent's method on [a, b] where f(a), f(b) have opposite signs (or one is 0). Absolute tolerance tol on x. */
export function brentRoot(f: (x: number) => number, a: number, b: number, tol = 1e-12, maxIter = 200): number {
  let fa = f(a);
  let fb = f(b);
  if (fa === 0) return a;
  if (fb === 0) return b;
  if (!((fa < 0 && fb > 0) || (fa > 0 && fb < 0))) throw new Error(`root not bracketed: f(${a}) = ${fa}, f(${b}) = ${fb}`);
  let c = a;
  let fc = fa;
  let d = b - a;
  let e = d;
  for (let i = 0; i < maxIter; i++) {
    if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tol1 = 2 * Number.EPSILON * Math.abs(b) + 0.5 * tol;
    const xm = 0.5 * (c - b);
    if (Math.abs(xm) <= tol1 || fb === 0) return b;
    if (Math.abs(e) >= tol1 && Math.abs(fa) > Math.abs(fb)) {
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * xm * s;
        q = 1 - s;
      } else {
        const qq = fa / fc;
        const r = fb / fc;
        p = s * (2 * xm * qq * (qq - r) - (b - a) * (r - 1));
        q = (qq - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      p = Math.abs(p);
      if (2 * p < Math.min(3 * xm * q - Math.abs(tol1 * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = xm;
        e = d;
      }
    } else {
      d = xm;
      e = d;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol1 ? d : xm > 0 ? tol1 : -tol1;
    fb = f(b);
  }
  return b;
}

/**
 * Smallest-bracket root of a non-increasing function g(x) − target on x ≥ 0, with g(0) ≥ target:
 * doubles an upper bound from `guess` until g(hi) < target, then runs Brent. Throws if no bracket below `maxX`.
 */
export function solveDecreasing(g: (x: number) => number, target: number, guess = 1, maxX = 1e6, tol = 1e-10): number {
  const h = (x: number) => g(x) - target;
  const h0 = h(0);
  if (h0 <= 0) return 0;
  let lo = 0;
  let hi = Math.max(guess, 1e-6);
  while (h(hi) > 0) {
    lo = hi;
    hi *= 2;
    if (hi > maxX) throw new Error(`no solution below ${maxX}: the function does not fall to ${target}`);
  }
  return brentRoot(h, lo, hi, tol);
}

/** Closed-form dose of one LQ compartment: α D + β D² = L (L ≥ 0), D = 2L/(α + √(α² + 4βL)) (no cancellation). */
function lqDose(alpha: number, beta: number, L: number): number {
  return L <= 0 ? 0 : (2 * L) / (alpha + Math.sqrt(alpha * alpha + 4 * beta * L));
}

/**
 * The dose D ≥ 0 at which a two-compartment LQ mixture reaches a survival level:
 * ln(f₀ e^(−(a₀D + b₀D²)) + f₁ e^(−(a₁D + b₁D²))) = lnTarget (f ≥ 0 with f₀ + f₁ ≤ 1, a > 0, b ≥ 0).
 * One compartment (the other's f = 0): the closed form. Two: S(D) lies between the compartments' own curves, so the root
 * is bracketed by their closed-form doses at the same target; Newton on ln S (analytic slope −Σ w_c (a_c + 2 b_c D),
 * w = the compartments' shares of survival) from the resistant compartment's dose at target/f, with bisection whenever a
 * step leaves the bracket; stops at |ΔD| ≤ 1e-14·D. Returns 0 when lnTarget ≥ ln(f₀ + f₁).
 */
export function lqMixtureDose(f0: number, a0: number, b0: number, f1: number, a1: number, b1: number, lnTarget: number): number {
  if (!(f1 > 0)) return f0 > 0 ? lqDose(a0, b0, Math.log(f0) - lnTarget) : 0;
  if (!(f0 > 0)) return lqDose(a1, b1, Math.log(f1) - lnTarget);
  const lf0 = Math.log(f0);
  const lf1 = Math.log(f1);
  if (lnTarget >= Math.log(f0 + f1)) return 0;
  const L = -lnTarget;
  const d0 = lqDose(a0, b0, L);
  const d1 = lqDose(a1, b1, L);
  let lo = Math.min(d0, d1);
  let hi = Math.max(d0, d1);
  if (hi - lo <= 1e-15 * hi) return hi;
  // start: the resistant compartment (larger dose) alone carries the survival, S ≈ f_c S_c
  let D = d0 > d1 ? lqDose(a0, b0, lf0 - lnTarget) : lqDose(a1, b1, lf1 - lnTarget);
  if (!(D > lo && D < hi)) D = 0.5 * (lo + hi);
  for (let it = 0; it < 100; it++) {
    const e0 = lf0 - (a0 + b0 * D) * D;
    const e1 = lf1 - (a1 + b1 * D) * D;
    const m = e0 > e1 ? e0 : e1;
    const x0 = Math.exp(e0 - m);
    const x1 = Math.exp(e1 - m);
    const s = x0 + x1;
    const g = m + Math.log(s) - lnTarget; // decreasing in D
    if (g === 0) return D;
    if (g > 0) lo = D;
    else hi = D;
    const slope = -(x0 * (a0 + 2 * b0 * D) + x1 * (a1 + 2 * b1 * D)) / s;
    let next = D - g / slope;
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
    const step = Math.abs(next - D);
    D = next;
    if (step <= 1e-14 * D || hi - lo <= 1e-15 * hi) break;
  }
  return D;
}
