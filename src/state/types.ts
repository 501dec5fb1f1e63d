// State types: a candidate is the user's (possibly invalid, half-typed) formulation JSON plus what travels with it.
import type { Explanation } from '../model/param';

/** The formulation as the user is editing it: contract §1 JSON, not yet validated (fields may be missing or wrong). */
export type FormulationDraft = Record<string, unknown>;

/** Measured release points imported for calibration / overlay: [time h, cumulative release %] pairs at one pH (formulation.measurements.release). */
export interface MeasuredRelease {
  pH: number;
  agent?: string;
  points: [number, number][];
  label?: string;
  /** Error bars: SD or SEM of each point in % points, one per point (formulation.measurements.release[].spread). */
  spread?: { kind: 'sd' | 'sem'; values: number[]; missing?: number[] };
}

/** Measured loading points (feed mg/mg, EE % or LC %) for one payload (formulation.measurements.loading). */
export interface MeasuredLoading {
  agent: string;
  /** sdPct: the SD of the EE or LC value in % points, when the file gave one (weights 1/SD² in the Langmuir fit). */
  points: { feedMassRatio: number; encapsulationEfficiencyPct?: number; loadingCapacityPct?: number; sdPct?: number }[];
}

/** The user's own release model (formulation.measurements.releaseModel): F(t) in % as an expression in t (h), with per-parameter start and bounds. */
export interface OwnReleaseModel {
  expression: string;
  params?: { name: string; initial?: number; lower?: number; upper?: number }[];
}

/** The Bench sheet's checklist as measured on one batch (formulation.measurements.bench); every value optional. */
export interface BenchMeasured {
  /** The batch size the sheet was scaled to (mg, dry finished particles). */
  batchMg?: number;
  /** The weighed product (mg, dry, after washing). */
  productMassMg?: number;
  hydrodynamicDiameterNm?: number;
  zetaPotentialMv?: number;
  loading?: { agent: string; encapsulationEfficiencyPct?: number; loadingCapacityPct?: number }[];
  release24h?: { pH: number; releasedPct: number }[];
}

/** What the Bench sheet hands to Calibrate: CSV text for the matching import panel (shown as a preview, stored only on confirm). */
export interface CalibratePrefill {
  candidateId: string;
  kind: 'release' | 'loading';
  /** The payload of a loading prefill. */
  agent?: string;
  text: string;
}

export interface Candidate {
  id: string;
  /**
   * Formulation JSON; parameter overrides ride inside it (`overrides`), as do calibrations (`calibrations`) and the
   * measured points behind them (`measurements`), so links, exports, undo and the two-tab merge carry them.
   */
  draft: FormulationDraft;
}

/** The results tabs' ids; the list itself (labels, views) is the tab registry in src/ui/tabs/registry.tsx (type-only import). */
export type { TabId } from '../ui/tabs/registry';

/** What the explanation drawer shows: a key into Scores.explanations (or a builder parameter) and a title. */
export interface ExplainTarget {
  key: string;
  title: string;
  value?: string;
  /** explanations that are not in the candidate's Scores (e.g. the In vitro tab's plate model); shown instead of the key's */
  explanations?: Explanation[];
  /**
   * the number's 90 % prediction interval, shown in the panel (walk11 #4): the validation corpus kind and metric whose
   * spread applies to `value` (CorpusKind, Metric: state may not import validation, so strings here), or why none does
   */
  interval?: { kind: string; metric: string; value: number } | { none: string };
}
