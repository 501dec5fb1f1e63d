// Measured viability (MTT / CCK-8) → four-parameter logistic (Hill) fit: IC50, Hill slope, top, bottom with standard errors, weighted by the SDs when given (the project's one least-squares fitter).
import { fitLeastSquares } from '../fitting/least-squares';

/** One measured viability point: concentration (the data's canonical unit: µg/mL or µM) and viability as a fraction of the control (1 = control). */
export interface ViabilityPoint {
  c: number;
  v: number;
  /** SD (or SEM) of v as a fraction; the point's weight is 1/sd² when every point has one */
  sd?: number;
}

/** V(c) = bottom + (top − bottom) / (1 + (c / IC50)^h); c = 0 gives top. Monotone non-increasing in c for h ≥ 0 and top ≥ bottom. */
export function logistic4(c: number, ic50: number, hill: number, top = 1, bottom = 0): number {
  if (!(c > 0)) return top;
  return bottom + (top - bottom) / (1 + Math.pow(c / ic50, hill));
}

export interface ViabilityFit {
  ic50: number;
  hill: number;
  top: number;
  bottom: number;
  /** standard errors (first order, from the fitter's covariance; IC50's through its log: SE(IC50) = IC50 · ln10 · SE(log10 IC50)); null when not estimable */
  se: { ic50: number | null; hill: number | null; top: number | null; bottom: number | null };
  /** which of top and bottom were held (fewer than 5 distinct concentrations: top 1, bottom 0) */
  fixed: { top: boolean; bottom: boolean };
  n: number;
  /** distinct concentrations (> 0) */
  levels: number;
  weighted: boolean;
  sse: number;
  r2: number | null;
  identifiable: boolean;
  notes: string[];
  equation: 'V(c) = bottom + (top − bottom) / (1 + (c / IC50)^h)';
}

export class ViabilityFitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ViabilityFitError';
  }
}

/**
 * Weighted least squares of the 4-parameter logistic in (top, bottom, log10 IC50, h), h ≥ 0 (viability falls with
 * concentration). Weights 1/sd² when every point has an SD, else equal. With fewer than 5 distinct positive
 * concentrations top and bottom are held at 1 and 0 (a 2-parameter Hill curve; said in notes); `fix` holds them on
 * request. Points at c = 0 (controls) inform the top only.
 */
export function fitViability(points: readonly ViabilityPoint[], fix: { top?: number; bottom?: number } = {}): ViabilityFit {
  const pts = points.filter((p) => Number.isFinite(p.c) && Number.isFinite(p.v));
  const pos = [...new Set(pts.filter((p) => p.c > 0).map((p) => p.c))].sort((a, b) => a - b);
  if (pos.length < 3) throw new ViabilityFitError(`need at least 3 distinct concentrations above 0 to fit IC50 and Hill slope, got ${pos.length}`);
  const notes: string[] = [];
  const auto = pos.length < 5 && fix.top === undefined && fix.bottom === undefined;
  const fixTop = fix.top ?? (auto ? 1 : undefined);
  const fixBottom = fix.bottom ?? (auto ? 0 : undefined);
  if (auto) notes.push(`${pos.length} concentrations: top held at 1 and bottom at 0 (a 2-parameter Hill curve); 5 or more fit all four`);
  const weighted = pts.every((p) => p.sd !== undefined && p.sd > 0);
  if (!weighted && pts.some((p) => p.sd !== undefined)) notes.push('some points have no SD: all points weighted equally');
  const lo = Math.log10(pos[0]) - 3;
  const hi = Math.log10(pos[pos.length - 1]) + 3;
  // free parameters in order; held ones filled in
  const free: ('top' | 'bottom' | 'logIc50' | 'hill')[] = [...(fixTop === undefined ? ['top' as const] : []), ...(fixBottom === undefined ? ['bottom' as const] : []), 'logIc50', 'hill'];
  const unpack = (p: readonly number[]) => {
    const o: Record<string, number> = {};
    free.forEach((k, i) => (o[k] = p[i]));
    return { top: fixTop ?? o.top, bottom: fixBottom ?? o.bottom, logIc50: o.logIc50, hill: o.hill };
  };
  const vs = pts.map((p) => p.v);
  const vMax = Math.max(...vs);
  const vMin = Math.min(...vs);
  const bounds: Record<(typeof free)[number], [number, number, number]> = {
    top: [0, 2, Math.min(2, Math.max(0, vMax))],
    bottom: [-0.5, 1.5, Math.min(1.5, Math.max(-0.5, vMin))],
    logIc50: [lo, hi, Math.log10(Math.sqrt(pos[0] * pos[pos.length - 1]))],
    hill: [0, 20, 1],
  };
  const initial = free.map((k) => bounds[k][2]);
  const starts = [0.5, 2, 4].flatMap((h) => [-1, 0, 1].map((dl) => free.map((k) => (k === 'hill' ? h : k === 'logIc50' ? Math.min(hi, Math.max(lo, bounds.logIc50[2] + dl)) : bounds[k][2]))));
  const r = fitLeastSquares<number>({
    model: (p, c) => {
      const u = unpack(p);
      return logistic4(c, Math.pow(10, u.logIc50), u.hill, u.top, u.bottom);
    },
    data: { x: pts.map((p) => p.c), y: vs, ...(weighted ? { weights: pts.map((p) => 1 / (p.sd! * p.sd!)) } : {}) },
    initial,
    starts,
    lower: free.map((k) => bounds[k][0]),
    upper: free.map((k) => bounds[k][1]),
    names: free.map((k) => (k === 'logIc50' ? 'log10 IC50' : k)),
  });
  const u = unpack(r.params);
  const seOf = (k: (typeof free)[number]) => {
    const i = free.indexOf(k);
    return i < 0 ? null : r.se[i];
  };
  const ic50 = Math.pow(10, u.logIc50);
  const seLog = seOf('logIc50');
  if (r.atBound[free.indexOf('logIc50')]) notes.push('IC50 ended at a bound (3 decades beyond the tested range): the data do not bracket it');
  if (r.atBound[free.indexOf('hill')]) notes.push('the Hill slope ended at a bound (0 or 20)');
  notes.push(...r.identifiabilityNotes);
  return {
    ic50,
    hill: u.hill,
    top: u.top,
    bottom: u.bottom,
    se: { ic50: seLog === null ? null : ic50 * Math.LN10 * seLog, hill: seOf('hill'), top: seOf('top'), bottom: seOf('bottom') },
    fixed: { top: fixTop !== undefined, bottom: fixBottom !== undefined },
    n: pts.length,
    levels: pos.length,
    weighted,
    sse: r.sse,
    r2: r.r2,
    identifiable: r.identifiable,
    notes,
    equation: 'V(c) = bottom + (top − bottom) / (1 + (c / IC50)^h)',
  };
}
