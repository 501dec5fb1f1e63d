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
