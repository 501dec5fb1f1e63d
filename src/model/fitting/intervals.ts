// 95 % intervals that respect a parameter's range: on the log scale for a positive one, on the logit scale for a fraction (delta method).

/**
 * A positive parameter's interval from its symmetric (Wald) one, value ± h with h = t·SE: the delta method on ln θ
 * (SE(ln θ) ≈ SE/θ) gives [θ·e^(−h/θ), θ·e^(h/θ)], which never reaches 0 and is symmetric in ln θ (geometric mean of
 * the ends = θ). At the bound (θ ≤ 0) ln θ has no SE: the interval is clamped to [0, θ + h], stated by `clamped`.
 */
export function logScaleInterval(value: number, linear: readonly [number, number]): { ci: [number, number]; clamped: boolean } {
  const h = (linear[1] - linear[0]) / 2;
  if (!(value > 0)) return { ci: [0, Math.max(0, value + h)], clamped: true };
  return { ci: [value * Math.exp(-h / value), value * Math.exp(h / value)], clamped: false };
}

/**
 * A fraction's (0 < θ < 1) interval: the delta method on logit θ (SE(logit θ) ≈ SE/[θ(1 − θ)]), mapped back, so it
 * stays inside (0, 1). At a bound (θ ≤ 0 or θ ≥ 1) the Wald interval is clamped to [0, 1], stated by `clamped`.
 */
export function logitScaleInterval(value: number, linear: readonly [number, number]): { ci: [number, number]; clamped: boolean } {
  const h = (linear[1] - linear[0]) / 2;
  if (!(value > 0 && value < 1)) return { ci: [Math.max(0, linear[0]), Math.min(1, linear[1])], clamped: true };
  const l = Math.log(value / (1 - value));
  const hl = h / (value * (1 - value));
  const expit = (x: number) => 1 / (1 + Math.exp(-x));
  return { ci: [expit(l - hl), expit(l + hl)], clamped: false };
}
