// Whether a fit can be trusted enough to apply or quote: identifiable, each parameter determined by the data (SE below
// its own magnitude), and physically plausible (rate constants and scales not negative). A fit that fails any of these
// can only be applied with an explicit, labelled override.
import { RELATIVE_SE_LIMIT } from './least-squares';

export interface FitForTrust {
  params: Record<string, number>;
  se: Record<string, number | null | undefined>;
  identifiable: boolean;
  /** 95 % confidence intervals, when known: a parameter that must be positive whose interval reaches 0 is not pinned down. */
  ci95?: Record<string, readonly [number, number] | null | undefined>;
  /** Units for the messages ('nm/h'), by parameter key; '1' or absent = none. */
  units?: Record<string, string>;
  /** Residuals (measured − model) of each curve in time order, when known: long runs of one sign mean the model's shape misses the data. */
  residualSeries?: readonly (readonly number[])[];
}

/** Below this z of the runs test (one-sided p ≈ 0.01) the residuals are called systematic. */
export const RUNS_Z_LIMIT = -2.33;

/**
 * Wald–Wolfowitz runs test on the signs of the residuals, each curve on its own and summed (runs and their mean and
 * variance add over independent curves): R runs among n₊ positive and n₋ negative residuals have mean
 * μ = 2n₊n₋/N + 1 and variance (μ − 1)(μ − 2)/(N − 1) under random signs. Residuals within 1e-9 of the largest one
 * count as zero and are left out. Null with fewer than 10 signed residuals in all (too few to tell).
 */
export function residualRuns(series: readonly (readonly number[])[]): { runs: number; expected: number; z: number; n: number } | null {
  const scale = Math.max(0, ...series.flatMap((s) => s.map((v) => (Number.isFinite(v) ? Math.abs(v) : 0))));
  let runs = 0;
  let mean = 0;
  let variance = 0;
  let n = 0;
  for (const s of series) {
    const signs = s.filter((v) => Number.isFinite(v) && Math.abs(v) > 1e-9 * scale).map((v) => v > 0);
    if (signs.length < 2) continue;
    const pos = signs.filter(Boolean).length;
    const neg = signs.length - pos;
    const N = signs.length;
    n += N;
    let r = 1;
    for (let i = 1; i < N; i++) if (signs[i] !== signs[i - 1]) r++;
    runs += r;
    const mu = (2 * pos * neg) / N + 1;
    mean += mu;
    variance += ((mu - 1) * (mu - 2)) / (N - 1);
  }
  if (n < 10 || !(variance > 0)) return null;
  return { runs, expected: mean, z: (runs - mean) / Math.sqrt(variance), n };
}

/**
 * Parameters that must not be negative: rate constants, scales and exponents of the built-in models (DDSolver
 * conventions) and of the mechanistic M2 calibration. Peppas–Sahlin k2 (relaxation term) may be negative and is not listed.
 */
export const NON_NEGATIVE_PARAMS: ReadonlySet<string> = new Set(['k0', 'k1', 'kH', 'kKP', 'n', 'kHC', 'alpha', 'beta', 'm', 'vRefNmPerH', 'nH', 'kdPerH', 'burstFraction', 'qmaxMgPerMg', 'affinityK', 'qmax', 'K']);

export interface FitTrust {
  trusted: boolean;
  /** Plain-language reasons, one per problem (empty when trusted). */
  problems: string[];
  /** The parameters (by their display names) that the data do not pin down, for the override's label. */
  unpinned: string[];
}

export function fitTrust(fit: FitForTrust, names: Record<string, string> = {}): FitTrust {
  const problems: string[] = [];
  const unpinned = new Set<string>();
  const label = (k: string) => names[k] ?? k;
  const unit = (k: string) => { const u = fit.units?.[k]; return u && u !== '1' ? ` ${u}` : ''; };
  if (!fit.identifiable) problems.push('not all parameters are identifiable from these data');
  for (const [k, v] of Object.entries(fit.params)) {
    if (!Number.isFinite(v)) { problems.push(`${label(k)} is not a finite number`); unpinned.add(label(k)); continue; }
    if (NON_NEGATIVE_PARAMS.has(k) && v < 0) problems.push(`${label(k)} = ${Number(v.toPrecision(3))} is negative, which has no physical meaning for this model`);
    const se = fit.se[k];
    if (se === null || se === undefined) { problems.push(`${label(k)} has no standard error (the data do not determine it)`); unpinned.add(label(k)); }
    else if (!(se <= RELATIVE_SE_LIMIT * Math.abs(v))) { problems.push(`${label(k)}: its standard error (${Number(se.toPrecision(2))}) is larger than the value itself (${Number(v.toPrecision(3))})`); unpinned.add(label(k)); }
    else {
      // a positive quantity whose 95 % interval reaches 0 (or below) could be zero as far as these data tell
      const ci = fit.ci95?.[k];
      if (ci && NON_NEGATIVE_PARAMS.has(k) && v > 0 && ci[0] <= 0) {
        problems.push(`${label(k)}: its 95 % interval (${Number(ci[0].toPrecision(2))} … ${Number(ci[1].toPrecision(2))}${unit(k)}) includes 0 on the linear scale (value ± t·SE), so the data cannot tell it from zero`);
        unpinned.add(label(k));
      }
    }
  }
  // walk10 #7: a good R² with residuals in long one-signed stretches (a model plateau at 100 % over data levelling at 90 %)
  const rt = fit.residualSeries ? residualRuns(fit.residualSeries) : null;
  if (rt && rt.z < RUNS_Z_LIMIT) {
    problems.push(`the model misses your data systematically, not by noise: its residuals run in ${rt.runs} stretches of one sign where about ${rt.expected.toFixed(1)} are expected by chance (runs test z = ${rt.z.toFixed(2)}, ${rt.n} points) — fit more of the model (e.g. a burst or leakage term), or use an empirical model`);
  }
  if (!fit.identifiable && unpinned.size === 0) for (const k of Object.keys(fit.params)) unpinned.add(label(k));
  return { trusted: problems.length === 0, problems, unpinned: [...unpinned] };
}

/** A parameter's physically meaningful range and the bounds it was fitted within. */
export interface ParamRange {
  plausible: readonly [number, number];
  bounds: readonly [number, number];
}

/** Relative distance to a finite bound below which a fitted value counts as "at the bound". */
export const AT_BOUND_RELATIVE = 1e-6;

/**
 * THE plausibility rule for fitted parameters, the same for every model (the seven built-in ones and your own):
 * 1. a value outside the parameter's physical range is implausible — the built-in models declare theirs (rate
 *    constants, scales and exponents ≥ 0; Peppas–Sahlin k2 of either sign), your model's range is the bounds you typed;
 * 2. a value at a finite bound it was fitted within (within AT_BOUND_RELATIVE) is flagged: the least-squares optimum
 *    may lie beyond the bound, so the value is the bound's, not the data's.
 * One message per flagged parameter, naming it, its value and the range.
 */
export function plausibilityFlags(params: Record<string, number>, ranges: Record<string, ParamRange | undefined>): string[] {
  const out: string[] = [];
  const num = (v: number) => String(Number(v.toPrecision(3)));
  const rangeText = ([lo, hi]: readonly [number, number]) =>
    Number.isFinite(lo) && Number.isFinite(hi) ? `${num(lo)} … ${num(hi)}` : Number.isFinite(lo) ? `≥ ${num(lo)}` : Number.isFinite(hi) ? `≤ ${num(hi)}` : 'any value';
  for (const [k, v] of Object.entries(params)) {
    const r = ranges[k];
    if (!r || !Number.isFinite(v)) continue;
    const [lo, hi] = r.plausible;
    if (v < lo || v > hi) { out.push(`implausible: ${k} = ${num(v)} is outside its physical range (${rangeText(r.plausible)})`); continue; }
    for (const b of r.bounds) {
      if (Number.isFinite(b) && Math.abs(v - b) <= AT_BOUND_RELATIVE * Math.max(1, Math.abs(b))) {
        out.push(`${k} = ${num(v)} is at its bound ${num(b)}: the best fit may lie beyond it`);
        break;
      }
    }
  }
  return out;
}
