// An independent derivative-free minimizer (grid search + Nelder–Mead restarts), the reference solver of validation V9.
// It shares no code with the fitting engine (Levenberg–Marquardt), so agreement between the two is evidence, not echo.

/** Nelder–Mead simplex (standard coefficients 1, 2, 0.5, 0.5) from x0; stops when the simplex values agree to 1e-14. */
export function nelderMead(f: (x: number[]) => number, x0: readonly number[], iterations = 4000): { x: number[]; fx: number } {
  const n = x0.length;
  let simplex: number[][] = [x0.slice()];
  for (let i = 0; i < n; i++) {
    const x = x0.slice();
    x[i] = x[i] !== 0 ? x[i] * 1.1 : 0.05;
    simplex.push(x);
  }
  let vals = simplex.map(f);
  for (let it = 0; it < iterations; it++) {
    const order = vals.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]).map(([, i]) => i);
    simplex = order.map((i) => simplex[i]);
    vals = order.map((i) => vals[i]);
    if (Math.abs(vals[n] - vals[0]) <= 1e-14 * (Math.abs(vals[0]) + 1e-300)) break;
    const c = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) c[j] += simplex[i][j] / n;
    const at = (s: number) => c.map((cj, j) => cj + s * (simplex[n][j] - cj));
    const xr = at(-1);
    const fr = f(xr);
    if (fr < vals[0]) {
      const xe = at(-2);
      const fe = f(xe);
      if (fe < fr) {
        simplex[n] = xe;
        vals[n] = fe;
      } else {
        simplex[n] = xr;
        vals[n] = fr;
      }
    } else if (fr < vals[n - 1]) {
      simplex[n] = xr;
      vals[n] = fr;
    } else {
      const xc = fr < vals[n] ? at(-0.5) : at(0.5);
      const fc = f(xc);
      if (fc < Math.min(fr, vals[n])) {
        simplex[n] = xc;
        vals[n] = fc;
      } else {
        for (let i = 1; i <= n; i++) {
          simplex[i] = simplex[i].map((v, j) => simplex[0][j] + 0.5 * (v - simplex[0][j]));
          vals[i] = f(simplex[i]);
        }
      }
    }
  }
  let best = 0;
  for (let i = 1; i < vals.length; i++) if (vals[i] < vals[best]) best = i;
  return { x: simplex[best], fx: vals[best] };
}

/** One axis of the starting grid: [low, high, spacing]. */
export type GridAxis = readonly [number, number, 'log' | 'lin'];

/**
 * Global minimum estimate: evaluate f on a grid over the box (steps per axis), then run Nelder–Mead (twice, to escape a
 * collapsed simplex) from the `starts` best grid points. Returns the best value found.
 */
export function gridNelderMead(f: (x: number[]) => number, box: readonly GridAxis[], steps: number, starts = 4): { x: number[]; fx: number } {
  const axes = box.map(([lo, hi, kind]) =>
    Array.from({ length: steps }, (_, i) => (kind === 'log' ? lo * (hi / lo) ** (i / (steps - 1)) : lo + ((hi - lo) * i) / (steps - 1))),
  );
  const grid: { x: number[]; v: number }[] = [];
  const rec = (k: number, acc: number[]) => {
    if (k === axes.length) grid.push({ x: acc, v: f(acc) });
    else for (const v of axes[k]) rec(k + 1, [...acc, v]);
  };
  rec(0, []);
  grid.sort((a, b) => a.v - b.v);
  let best = { x: grid[0].x, fx: grid[0].v };
  for (const g of grid.slice(0, starts)) {
    let r = nelderMead(f, g.x);
    r = nelderMead(f, r.x);
    if (r.fx < best.fx) best = r;
  }
  return best;
}
