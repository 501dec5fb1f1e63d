// Model output → flat chart rows (pure functions; the chart components only draw them).
import type { ReleaseCurve } from '../model/scores';

export interface ReleaseRow { t: number; pct: number; pH: string; series: string }

export function releaseRows(curves: readonly ReleaseCurve[], label = 'model'): ReleaseRow[] {
  const rows: ReleaseRow[] = [];
  for (const c of curves) {
    const pH = c.pH.toFixed(1);
    for (const [t, f] of c.points) rows.push({ t, pct: f * 100, pH, series: `${label} pH ${pH}` });
  }
  return rows;
}

export interface MeasuredRow { t: number; pct: number; pH: string }

export function measuredRows(data: readonly { pH: number; points: [number, number][] }[]): MeasuredRow[] {
  return data.flatMap((d) => d.points.map(([t, pct]) => ({ t, pct, pH: d.pH.toFixed(1) })));
}

/** Survival S(D) = exp(−(αD + βD²)) summed over compartments with their fractions, on a dose grid (Gy). */
export function survivalRows(
  compartments: readonly { name: string; fraction: number; alphaPerGy: number; betaPerGy2: number }[],
  def: number,
  arm: string,
  maxDoseGy = 10,
  steps = 60,
): { doseGy: number; survival: number; arm: string; compartment: string }[] {
  const rows: { doseGy: number; survival: number; arm: string; compartment: string }[] = [];
  for (const c of compartments) {
    for (let i = 0; i <= steps; i++) {
      const D = (maxDoseGy * i) / steps;
      const De = D * def;
      rows.push({ doseGy: D, survival: Math.exp(-(c.alphaPerGy * De + c.betaPerGy2 * De * De)), arm, compartment: c.name });
    }
  }
  return rows;
}
