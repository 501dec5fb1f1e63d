// Mechanistic M2 calibration: fits any subset of v_ref, n_H, k_d, F_b to measured release curves at several pH values at once (bounded multi-start Levenberg–Marquardt).
import { fitLeastSquares } from '../fitting';
import { logitScaleInterval, logScaleInterval } from '../fitting/intervals';
import { releaseFraction, withReleaseParams, type CalibratableReleaseParam, type ReleaseContext } from './kinetics';

export interface MeasuredReleaseCurve {
  pH: number;
  /** [hours, fraction released 0..1]. */
  points: [number, number][];
  /**
   * Optional weights, one per point (finite, > 0), typically 1/SDᵢ² from the measured error bars (`weightsFromSpread`).
   * When any curve has them, every curve must: the fit then minimises Σ wᵢ (Fᵢ − model)² over all points.
   */
  w?: readonly number[];
}

export interface ReleaseCalibrationInput {
  /** Context of the measured system (carrier, payload, mode, size, coat, medium, temperature); unfitted parameters stay at its values. */
  ctx: ReleaseContext;
  curves: readonly MeasuredReleaseCurve[];
  fit: readonly CalibratableReleaseParam[];
}

export interface ReleaseCalibrationResult {
  /** Fitted base values (pH 7.4, buffer, uncoated, typical agent: they go back into the carrier's release block). */
  params: Partial<Record<CalibratableReleaseParam, number>>;
  se: Partial<Record<CalibratableReleaseParam, number | null>>;
  /**
   * 95 % intervals that stay in range (walk11 #13): v_ref, n_H and k_d on the log scale, F_b on the logit scale (delta
   * method on the transformed parameter; see `intervalScale`). A velocity interval never reaches below 0.
   */
  ci95: Partial<Record<CalibratableReleaseParam, [number, number] | null>>;
  /** The symmetric Wald intervals value ± t(0.975, n − p)·SE, for the check whether the data can tell a parameter from 0. */
  ci95Linear: Partial<Record<CalibratableReleaseParam, [number, number] | null>>;
  sse: number;
  r2: number | null;
  n: number;
  /** Residuals (measured − model) per curve, in the order of the input points. */
  residuals: { pH: number; points: [number, number][] }[];
  identifiable: boolean;
  identifiabilityNotes: string[];
  /** True when the fit used the curves' weights (SSE and R² are then the weighted ones). */
  weighted: boolean;
  /** The calibrated context, ready for computeRelease-style evaluation. */
  ctx: ReleaseContext;
}

/** Bounds of each calibratable parameter. */
export const RELEASE_CALIBRATION_BOUNDS: Record<CalibratableReleaseParam, [number, number]> = {
  vRefNmPerH: [0, 1000],
  nH: [0, 4],
  kdPerH: [0, 100],
  burstFraction: [0, 1],
};

/** The scale each parameter's 95 % interval is made on: rates and the Hill exponent are positive (log), F_b a fraction (logit). */
export const RELEASE_INTERVAL_SCALE: Record<CalibratableReleaseParam, 'log' | 'logit'> = { vRefNmPerH: 'log', nH: 'log', kdPerH: 'log', burstFraction: 'logit' };

const UNITS: Record<CalibratableReleaseParam, string> = { vRefNmPerH: 'nm/h', nH: '1', kdPerH: 'h⁻¹', burstFraction: '1' };
export const RELEASE_CALIBRATION_UNITS = UNITS;

/**
 * Least squares over all points of all curves: Σ wᵢ (F_measured − F_model(t, pH))² (wᵢ = 1 without weights), the model being M2 (releaseFraction)
 * with the chosen parameters free and the rest taken from `ctx`. Several starting points (the context's values and
 * scaled variants) guard against local minima; SEs come from the Jacobian at the optimum.
 */
export function calibrateRelease(input: ReleaseCalibrationInput): ReleaseCalibrationResult {
  const { ctx, curves } = input;
  const fit = [...new Set(input.fit)];
  if (fit.length === 0) throw new Error('calibrateRelease: choose at least one parameter to fit');
  if (ctx.free) throw new Error('calibrateRelease: a free drug has no release kinetics to calibrate');
  const xs: { pH: number; t: number }[] = [];
  const ys: number[] = [];
  const ws: number[] = [];
  const weighted = curves.some((c) => c.w !== undefined);
  for (const c of curves) {
    if (!Number.isFinite(c.pH)) throw new Error('calibrateRelease: every curve needs a finite pH');
    if (weighted && (c.w === undefined || c.w.length !== c.points.length || c.w.some((w) => !(Number.isFinite(w) && w > 0))))
      throw new Error(`calibrateRelease: weights at pH ${c.pH} must be finite and > 0, one per point, and given for every curve or none`);
    c.points.forEach(([t, F], i) => {
      if (!(t >= 0) || !Number.isFinite(F)) throw new Error(`calibrateRelease: bad point [${t}, ${F}] at pH ${c.pH}`);
      xs.push({ pH: c.pH, t });
      ys.push(F);
      if (c.w) ws.push(c.w[i]);
    });
  }
  if (xs.length === 0) throw new Error('calibrateRelease: no data points');
  const lower = fit.map((k) => RELEASE_CALIBRATION_BOUNDS[k][0]);
  const upper = fit.map((k) => RELEASE_CALIBRATION_BOUNDS[k][1]);
  const build = (p: readonly number[]): ReleaseContext => {
    const patch: Partial<Record<CalibratableReleaseParam, number>> = {};
    fit.forEach((k, i) => (patch[k] = p[i]));
    return withReleaseParams(ctx, patch);
  };
  // Sensible positive starts even when the context's value is 0 (e.g. a non-dissolving carrier).
  const seed: Record<CalibratableReleaseParam, number> = {
    vRefNmPerH: ctx.vRefNmPerH > 0 ? ctx.vRefNmPerH : 0.1,
    nH: ctx.nH > 0 ? ctx.nH : 0.5,
    kdPerH: ctx.kdPerH > 0 ? ctx.kdPerH : 0.01,
    burstFraction: ctx.burstFraction > 0 ? ctx.burstFraction : 0.05,
  };
  const initial = fit.map((k) => seed[k]);
  const scales = [0.1, 0.3, 3, 10];
  const starts = scales.map((s) =>
    fit.map((k) => {
      if (k === 'burstFraction') return Math.min(0.9, seed[k] * s);
      if (k === 'nH') return Math.min(3, seed[k] * Math.sqrt(s));
      return seed[k] * s;
    }),
  );
  let cache: { key: readonly number[]; ctx: ReleaseContext } | null = null;
  const ctxFor = (p: readonly number[]) => {
    if (!cache || cache.key.length !== p.length || cache.key.some((v, i) => v !== p[i])) cache = { key: p.slice(), ctx: build(p) };
    return cache.ctx;
  };
  const res = fitLeastSquares<{ pH: number; t: number }>({
    model: (p, x) => releaseFraction(x.t, x.pH, ctxFor(p)),
    data: weighted ? { x: xs, y: ys, weights: ws } : { x: xs, y: ys },
    initial,
    lower,
    upper,
    starts,
    names: fit,
    maxIterations: 400,
  });
  const params: ReleaseCalibrationResult['params'] = {};
  const se: ReleaseCalibrationResult['se'] = {};
  const ci95: ReleaseCalibrationResult['ci95'] = {};
  const ci95Linear: ReleaseCalibrationResult['ci95'] = {};
  fit.forEach((k, i) => {
    params[k] = res.params[i];
    se[k] = res.se[i];
    const lin = res.ci95[i];
    ci95Linear[k] = lin;
    ci95[k] = lin === null ? null : (RELEASE_INTERVAL_SCALE[k] === 'logit' ? logitScaleInterval : logScaleInterval)(res.params[i], lin).ci;
  });
  const fitted = build(res.params);
  const residuals = curves.map((c) => ({
    pH: c.pH,
    points: c.points.map(([t, F]) => [t, F - releaseFraction(t, c.pH, fitted)] as [number, number]),
  }));
  return {
    params,
    se,
    ci95,
    ci95Linear,
    sse: res.sse,
    r2: res.r2,
    n: res.n,
    residuals,
    identifiable: res.identifiable,
    identifiabilityNotes: res.identifiabilityNotes,
    weighted,
    ctx: fitted,
  };
}

/**
 * The parameters a typical release data set can identify, fitted by default (the others are opt-in), and why.
 * Erosion and leakage both explain slow release at one pH: with k_d free the fit can trade a slower erosion at pH 7.4
 * for more leakage and recover the acid curve by a steeper n_H, a valley with no minimum (SEs larger than the values,
 * v_ref → 0, n_H → its bound). v_ref is the erosion rate at pH 7.4 and n_H how much faster it runs per pH unit, so one
 * curve fixes v_ref (n_H needs a second pH to be seen at all) and curves at two or more pH values fix both; k_d and F_b
 * stay at the carrier's literature values unless the user frees them.
 */
export function defaultReleaseFit(curves: readonly Pick<MeasuredReleaseCurve, 'pH'>[]): { fit: CalibratableReleaseParam[]; why: string } {
  const pHs = new Set(curves.map((c) => c.pH)).size;
  if (pHs < 2)
    return { fit: ['vRefNmPerH'], why: 'One pH curve shows the erosion velocity (v_ref) but not how it changes with pH (n_H needs curves at two or more pH values); leakage (k_d) and burst (F_b) stay at the carrier\'s literature values unless you tick them.' };
  return { fit: ['vRefNmPerH', 'nH'], why: `Curves at ${pHs} pH values fix the erosion velocity (v_ref) and how fast it rises in acid (n_H). Leakage (k_d) also makes slow release at pH 7.4, so fitting it with v_ref lets the fit trade one for the other and the values are rarely identifiable; k_d and burst (F_b) stay at the carrier's literature values unless you tick them.` };
}
