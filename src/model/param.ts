// Sourced parameters: every number the model uses carries its unit, source, provenance mark and (for Monte Carlo) a spread.

/** data = tabulated physical data; published = a cited measurement; assumption = our estimate (shown in a warning colour). */
/**
 * Where a value comes from: tabulated physical `data`; a `published` measurement; a value `fitted` (back-solved from a
 * published measurement through the model, or fitted to the user's own data); or an `assumption`.
 */
export type Provenance = 'data' | 'published' | 'fitted' | 'assumption';

/** Uncertainty of a parameter for the Monte Carlo (M6). lognormal: geometric SD (≥ 1); uniform: a range; normal: an SD. */
export type Spread =
  | { kind: 'lognormal'; gsd: number }
  | { kind: 'uniform'; min: number; max: number }
  | { kind: 'normal'; sd: number };

export interface Param {
  value: number;
  /** SI-ish unit string shown to users, e.g. 'nm', 'g/cm³', 'h⁻¹', '1' for dimensionless. */
  unit: string;
  /** Citation or reasoning, e.g. 'Hu et al., PNAS 2011' or 'assumption: …'. */
  source: string;
  provenance: Provenance;
  /** true for values recalled rather than re-read (MODEL.md "(R)"): shown as "to verify". */
  verify?: boolean;
  spread?: Spread;
  /** Valid range for user overrides (inclusive). */
  min?: number;
  max?: number;
  /** Short human label and a one-line description for the UI's parameter descriptor. */
  label?: string;
  description?: string;
}

/** Build a Param tersely. */
export function param(
  value: number,
  unit: string,
  source: string,
  provenance: Provenance,
  extra: Omit<Param, 'value' | 'unit' | 'source' | 'provenance'> = {},
): Param {
  return { value, unit, source, provenance, ...extra };
}

/** A named family of parameters (e.g. the targeting sub-model's constants), addressable by id for overrides. */
export type ParamSet = Record<string, Param>;

/** A parameter value with any user override applied. Overrides are keyed by a dotted id, e.g. 'targeting.uMax'. */
export function resolveParam(p: Param, override: number | undefined): number {
  return override !== undefined && Number.isFinite(override) ? override : p.value;
}

/** One line of an explanation: which equation, which inputs (with units), which parameters (with sources). */
export interface Explanation {
  /** Stable equation id, e.g. 'M1.langmuir-competitive', 'M4.def-mixture'. */
  equation: string;
  /** The formula as text, e.g. 'DEF = Σ Ψ(E)[w μZ + (1−w) μt] / Σ Ψ(E) μt'. */
  formula: string;
  inputs: { name: string; value: number | string; unit: string }[];
  params: { name: string; value: number; unit: string; source: string; provenance: Provenance }[];
  result?: { name: string; value: number | string | null; unit: string };
  note?: string;
}

/** Convert a Param to an explanation's parameter row. */
export function paramRow(name: string, p: Param, value = p.value): Explanation['params'][number] {
  return { name, value, unit: p.unit, source: p.source, provenance: p.provenance };
}

/** Why `v` is not a valid override of `p` (finite and inside [min, max]), or null when it is. */
export function rangeProblem(p: Param, v: number): string | null {
  const unit = p.unit === '1' ? '' : ` ${p.unit}`;
  if (typeof v !== 'number' || !Number.isFinite(v)) return 'must be a finite number';
  if (p.min !== undefined && v < p.min) return `must be ≥ ${p.min}${unit}`;
  if (p.max !== undefined && v > p.max) return `must be ≤ ${p.max}${unit}`;
  return null;
}
