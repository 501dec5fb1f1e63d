// Linear–quadratic cell survival (MODEL.md M4.6): survival, SF2, D10 (closed form), BED and EQD2 for n × d.

function check(name: string, v: number, min: number, strict: boolean): void {
  if (typeof v !== 'number' || !Number.isFinite(v) || (strict ? v <= min : v < min))
    throw new RangeError(`${name}: must be a finite number ${strict ? '>' : '≥'} ${min}, got ${v}`);
}

/** Validates LQ coefficients: α > 0 Gy⁻¹, β ≥ 0 Gy⁻² (β = 0 is a purely linear curve). */
export function checkLq(alphaPerGy: number, betaPerGy2: number): void {
  check('alpha', alphaPerGy, 0, true);
  check('beta', betaPerGy2, 0, false);
}

/** −ln S of n fractions of d Gy (no repopulation): n (α d + β d²). */
export function lqEffect(alphaPerGy: number, betaPerGy2: number, doseGy: number, fractions = 1): number {
  return fractions * (alphaPerGy * doseGy + betaPerGy2 * doseGy * doseGy);
}

/** Surviving fraction after n fractions of d Gy: S = exp(−n(α d + β d²)). */
export function lqSurvival(alphaPerGy: number, betaPerGy2: number, doseGy: number, fractions = 1): number {
  checkLq(alphaPerGy, betaPerGy2);
  check('dose', doseGy, 0, false);
  check('fractions', fractions, 0, false);
  return Math.exp(-lqEffect(alphaPerGy, betaPerGy2, doseGy, fractions));
}

/** Surviving fraction after a single 2 Gy dose. */
export function sf2(alphaPerGy: number, betaPerGy2: number): number {
  return lqSurvival(alphaPerGy, betaPerGy2, 2);
}

/**
 * Single dose leaving surviving fraction `sf` (default 0.1): root of β D² + α D − ln(1/sf) = 0, written in the
 * cancellation-free form D = 2L / (α + √(α² + 4βL)), L = ln(1/sf) (equals L/α when β = 0).
 */
export function doseForSurvival(alphaPerGy: number, betaPerGy2: number, sf = 0.1): number {
  checkLq(alphaPerGy, betaPerGy2);
  if (!(sf > 0 && sf <= 1)) throw new RangeError(`surviving fraction must be in (0, 1], got ${sf}`);
  const L = Math.max(0, -Math.log(sf)); // +0 at sf = 1
  return (2 * L) / (alphaPerGy + Math.sqrt(alphaPerGy * alphaPerGy + 4 * betaPerGy2 * L));
}

/** D10: the single dose (Gy) leaving 10 % survival. */
export function d10Gy(alphaPerGy: number, betaPerGy2: number): number {
  return doseForSurvival(alphaPerGy, betaPerGy2, 0.1);
}

/** Biologically effective dose of n × d: BED = n d (1 + d / (α/β)) (Gy). */
export function bedGy(fractions: number, doseGy: number, alphaBetaGy: number): number {
  check('alpha/beta', alphaBetaGy, 0, true);
  return fractions * doseGy * (1 + doseGy / alphaBetaGy);
}

/** Equivalent dose in 2 Gy fractions: EQD2 = n d (d + α/β) / (2 + α/β) (Gy). */
export function eqd2Gy(fractions: number, doseGy: number, alphaBetaGy: number): number {
  check('alpha/beta', alphaBetaGy, 0, true);
  return (fractions * doseGy * (doseGy + alphaBetaGy)) / (2 + alphaBetaGy);
}

export interface ScheduleResult {
  sf2: number;
  d10Gy: number;
  survival: number;
  bedGy: number;
  eqd2Gy: number;
  /** dose per fraction after the dose-modifying factor (Gy) */
  effectiveDoseGy: number;
}

/**
 * The `survival` command's model: LQ with an optional dose-modifying factor (every dose × def, including SF2 and the
 * schedule; D10 is the physical dose, i.e. D10_LQ / def). BED and EQD2 use α/β of the cells and the effective dose.
 */
export function lqSchedule(opts: { alphaPerGy: number; betaPerGy2: number; def?: number; doseGy?: number; fractions?: number }): ScheduleResult {
  const { alphaPerGy: a, betaPerGy2: b } = opts;
  checkLq(a, b);
  if (!(b > 0)) throw new RangeError(`beta: must be > 0 for BED/EQD2 (α/β), got ${b}`);
  const def = opts.def ?? 1;
  const d = opts.doseGy ?? 2;
  const n = opts.fractions ?? 25;
  check('def', def, 0, true);
  check('dose', d, 0, false);
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`fractions: must be a whole number ≥ 1, got ${n}`);
  const dEff = def * d;
  const ab = a / b;
  return {
    sf2: Math.exp(-lqEffect(a, b, 2 * def)),
    d10Gy: d10Gy(a, b) / def,
    survival: Math.exp(-lqEffect(a, b, dEff, n)),
    bedGy: bedGy(n, dEff, ab),
    eqd2Gy: eqd2Gy(n, dEff, ab),
    effectiveDoseGy: dEff,
  };
}
