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
