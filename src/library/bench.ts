// Measured vs predicted on the Bench sheet (issue #20): each checklist value the researcher entered beside the model's
// prediction, the difference, the model's stated tolerance for that quantity (the validation corpus's agreement rule)
// and the calibration that would absorb a miss. Pure.
import type { ChecklistItem } from '../engine/protocol';
import { judgePrediction, toleranceText, type Metric } from '../validation';
import { wholeFeedEncapsulationPct } from '../model/loading/loading';

/** The measured checklist values (formulation.measurements.bench, validated), with payload ids as plain strings. */
export interface BenchValues {
  batchMg?: number;
  productMassMg?: number;
  hydrodynamicDiameterNm?: number;
  zetaPotentialMv?: number;
  loading?: readonly { agent: string; encapsulationEfficiencyPct?: number; loadingCapacityPct?: number }[];
  release24h?: readonly { pH: number; releasedPct: number }[];
}

/** Which calibration a checklist value feeds: the release fit (24 h points) or the loading fit of one payload. */
export type BenchCalibration = { kind: 'release' } | { kind: 'loading'; agent: string };

export interface BenchComparisonRow {
  /** The checklist id: dh, zeta, ee.<agent>, lc.<agent>, ee.total, release.<pH>. */
  id: string;
  label: string;
  unit: string;
  predicted: number | null;
  measured: number | null;
  /** measured − predicted, in the unit (percentage points for %); null unless both are known. */
  difference: number | null;
  /** The validation corpus's agreement rule for this quantity ('± 15 percentage points'), null when not judged. */
  tolerance: string | null;
  /** |difference| within the tolerance; null when not judged (not modelled, or nothing measured). */
  within: boolean | null;
  calibrate: BenchCalibration | null;
  /** Set when the measured value is computed from other rows (not typed): how (the whole-feed EE from the payload EEs). */
  derived?: string;
}

/**
 * The whole-feed EE (Σ loaded / Σ fed, the Overview's) from the payload EEs measured, with loaded_i = EE_i · feed_i:
 * Σ EE_i·feed_i / Σ feed_i (model/loading wholeFeedEncapsulationPct, the one function). Null unless every fed payload
 * has a measured EE.
 */
export function measuredWholeFeedEE(bench: BenchValues | undefined, feeds: Readonly<Record<string, number>>): number | null {
  const agents = Object.keys(feeds).filter((a) => feeds[a] > 0);
  if (agents.length < 2) return null;
  const rows = agents.map((a) => ({ a, ee: bench?.loading?.find((l) => l.agent === a)?.encapsulationEfficiencyPct }));
  if (rows.some((r) => r.ee === undefined)) return null;
  return wholeFeedEncapsulationPct(rows.map((r) => ({ feedMassRatio: feeds[r.a], loadedMgPerMgCarrier: ((r.ee as number) / 100) * feeds[r.a] })));
}

/** The validation metric whose rule judges a checklist row, or null (zeta, product mass, whole-feed EE: not judged). */
function metricOf(id: string): Metric | null {
  if (id === 'dh') return 'size-nm';
  if (id.startsWith('release.')) return 'release-pct';
  if (id.startsWith('lc.')) return 'lc-pct';
  if (id.startsWith('ee.') && id !== 'ee.total') return 'ee-pct';
  return null;
}

/** The measured value of a checklist row, if the researcher entered one. */
export function measuredFor(id: string, bench: BenchValues | undefined): number | null {
  if (!bench) return null;
  if (id === 'dh') return bench.hydrodynamicDiameterNm ?? null;
  if (id === 'yield') return bench.productMassMg ?? null;
  if (id === 'zeta') return bench.zetaPotentialMv ?? null;
  if (id.startsWith('release.')) {
    const pH = Number(id.slice('release.'.length));
    return bench.release24h?.find((r) => Math.abs(r.pH - pH) < 1e-9)?.releasedPct ?? null;
  }
  const m = /^(ee|lc)\.(.+)$/.exec(id);
  if (m && m[2] !== 'total') {
    const row = bench.loading?.find((l) => l.agent === m[2]);
    return (m[1] === 'ee' ? row?.encapsulationEfficiencyPct : row?.loadingCapacityPct) ?? null;
  }
  return null;
}

/**
 * One row per checklist item: typed values, and the whole-feed EE computed from the payload EEs when `feeds` (mg per mg
 * core, per payload) are given and every payload's EE is measured.
 */
export function compareBench(checklist: readonly ChecklistItem[], bench: BenchValues | undefined, feeds?: Readonly<Record<string, number>>): BenchComparisonRow[] {
  return checklist
    .filter((c) => c.id !== 'ee.total' || feeds !== undefined)
    .map((c) => {
      const total = c.id === 'ee.total';
      const measured = total ? measuredWholeFeedEE(bench, feeds ?? {}) : measuredFor(c.id, bench);
      const metric = metricOf(c.id);
      const both = measured !== null && c.predicted !== null;
      const judged = both && metric ? judgePrediction({ metric, measured, range: null, sd: null }, c.predicted as number) : null;
      const agent = /^(ee|lc)\.(.+)$/.exec(c.id)?.[2];
      return {
        id: c.id,
        label: c.label,
        unit: c.unit,
        predicted: c.predicted,
        measured,
        difference: both ? measured - (c.predicted as number) : null,
        tolerance: metric ? toleranceText(metric) : null,
        within: judged ? judged.agrees : null,
        calibrate: c.id.startsWith('release.') ? { kind: 'release' } : agent && !total ? { kind: 'loading', agent } : null,
        ...(total ? { derived: 'computed from the payload EEs: Σ EE·feed / Σ feed' } : {}),
      };
    });
}

/**
 * CSV for Calibrate's release import from the 24 h values: t = 0 (0 % by definition of cumulative release) and t = 24 h,
 * one column per measured pH. Null when no release value is entered.
 */
export function releasePrefillCsv(bench: BenchValues | undefined): string | null {
  const rows = [...(bench?.release24h ?? [])].sort((a, b) => b.pH - a.pH);
  if (!rows.length) return null;
  return `time_h,${rows.map((r) => `pH ${r.pH.toFixed(1)}`).join(',')}\n0,${rows.map(() => '0').join(',')}\n24,${rows.map((r) => String(r.releasedPct)).join(',')}\n`;
}

/**
 * CSV for Calibrate's loading import of one payload: the design's feed (mg/mg) with the measured EE (or LC when no EE
 * was entered). Null when neither is entered.
 */
export function loadingPrefillCsv(bench: BenchValues | undefined, agent: string, feedMassRatio: number): string | null {
  const row = bench?.loading?.find((l) => l.agent === agent);
  if (row?.encapsulationEfficiencyPct !== undefined) return `feed_mg_per_mg,EE_pct\n${feedMassRatio},${row.encapsulationEfficiencyPct}\n`;
  if (row?.loadingCapacityPct !== undefined) return `feed_mg_per_mg,LC_pct\n${feedMassRatio},${row.loadingCapacityPct}\n`;
  return null;
}
