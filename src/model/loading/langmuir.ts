// Competitive Langmuir mass balance (MODEL.md M1): closed form for one payload, a bracketed Newton solve for several.

/**
 * One payload: the root of q = qmax·K(f − q)/(1 + K(f − q)) in [0, min(f, qmax)]:
 * q = [B − √(B² − 4K²·qmax·f)]/(2K), B = 1 + K f + K qmax, written as 2K·qmax·f/(B + √(B² − 4K²·qmax·f))
 * (the same number, without cancellation when K·f is small). Returns 0 for f, qmax or K ≤ 0.
 */
/**
 * The one-payload closed form as the app writes it, in the explain panel and in the Langmuir fit alike (walk11 #18):
 * MODEL.md M1's form; the fit adds how it is evaluated (`LANGMUIR_SINGLE_EVALUATED`), the same number.
 */
export const LANGMUIR_SINGLE_FORMULA = 'q = [(1 + K f + K qmax) − √((1 + K f + K qmax)² − 4 K² qmax f)] / (2K)';
export const LANGMUIR_SINGLE_EVALUATED = 'evaluated as 2 K qmax f / [B + √(B² − 4 K² qmax f)], B = 1 + K f + K qmax: the same number (multiply by [B + √…]/[B + √…]) without the cancellation of B − √… when K f is small';

export function langmuirSingle(feed: number, qmax: number, K: number): number {
  if (!(feed > 0) || !(qmax > 0) || !(K > 0)) return 0;
  const B = 1 + K * feed + K * qmax;
  // discriminant = (1 + K f − K qmax)² + 4 K qmax ≥ 0, written so it never goes negative by rounding
  const d = 1 + K * feed - K * qmax;
  const disc = d * d + 4 * K * qmax;
  const q = (2 * K * qmax * feed) / (B + Math.sqrt(disc));
  return Math.min(q, feed, qmax);
}

export interface CompetitiveSolution {
  /** Loaded amounts q_i (mg per mg carrier). */
  q: number[];
  /** S = Σ K_j (f_j − q_j) at the solution (the occupied-site term of the denominator). */
  S: number;
  iterations: number;
  /** max_i |q_i − qmax_i K_i (f_i − q_i)/(1 + S)|. */
  maxResidual: number;
}

/**
 * Competitive Langmuir: q_i = qmax_i K_i (f_i − q_i) / (1 + Σ_j K_j (f_j − q_j)).
 *
 * Reduced to one unknown S = Σ K_j (f_j − q_j): for a given S each equation is linear in q_i, so
 * q_i(S) = a_i f_i / (1 + S + a_i), a_i = qmax_i K_i, and S solves g(S) = Σ K_j f_j (1+S)/(1+S+a_j) − S = 0.
 * g is concave with g(0) ≥ 0 and g(Σ K f) ≤ 0, so the root is unique in [0, Σ K f]; Newton from the right end
 * converges monotonically (tangents of a concave function lie above it), with a bisection safeguard.
 * Every q_i is then in [0, min(f_i, qmax_i)] by construction (q_i < f_i since a_i/(1+S+a_i) < 1; q_i < qmax_i since K_i(f_i − q_i) ≤ S).
 * Converges to |ΔS| ≤ 1e-14·(1 + S), which gives q to far better than 1e-10.
 */
export function solveCompetitiveLangmuir(feed: readonly number[], qmax: readonly number[], K: readonly number[]): CompetitiveSolution {
  const n = feed.length;
  if (qmax.length !== n || K.length !== n) throw new Error('solveCompetitiveLangmuir: feed, qmax and K need one entry per payload');
  const f = new Array<number>(n);
  const a = new Array<number>(n);
  const k = new Array<number>(n);
  let hi = 0;
  for (let i = 0; i < n; i++) {
    const fi = feed[i] > 0 ? feed[i] : 0;
    const ki = K[i] > 0 && qmax[i] > 0 ? K[i] : 0;
    f[i] = fi;
    k[i] = ki;
    a[i] = ki > 0 ? qmax[i] * ki : 0;
    hi += ki * fi;
  }
  let S = hi;
  let lo = 0;
  let iterations = 0;
  if (hi > 0) {
    for (; iterations < 200; iterations++) {
      let g = -S;
      let dg = -1;
      const x = 1 + S;
      for (let j = 0; j < n; j++) {
        if (k[j] === 0) continue;
        const den = x + a[j];
        g += (k[j] * f[j] * x) / den;
        dg += (k[j] * f[j] * a[j]) / (den * den);
      }
      if (g === 0) break;
      if (g > 0) lo = S;
      else hi = S;
      let next = dg < 0 ? S - g / dg : NaN;
      if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
      const step = Math.abs(next - S);
      S = next;
      if (step <= 1e-14 * (1 + S) || hi - lo <= 1e-15 * (1 + hi)) break;
    }
  }
  const q = new Array<number>(n);
  let maxResidual = 0;
  for (let i = 0; i < n; i++) {
    const qi = a[i] > 0 ? Math.min((a[i] * f[i]) / (1 + S + a[i]), f[i], qmax[i]) : 0;
    q[i] = qi;
  }
  let Sq = 0;
  for (let j = 0; j < n; j++) Sq += k[j] * (f[j] - q[j]);
  for (let i = 0; i < n; i++) {
    const r = Math.abs(q[i] - (a[i] * (f[i] - q[i])) / (1 + Sq));
    if (r > maxResidual) maxResidual = r;
  }
  return { q, S: Sq, iterations, maxResidual };
}
