// Shared shapes for sourced parameters and self-explaining results (equation id, inputs with units, parameter sources).

/** data = tabulated physical data; published = a cited measurement; assumption = our estimate (shown with a warning). */
export type Provenance = 'data' | 'published' | 'assumption';

/** A model parameter declared once, with its unit, source, provenance and spread (for the uncertainty analysis). */
export interface SourcedParameter {
  value: number;
  unit: string;
  source: string;
  provenance: Provenance;
  /** log-normal geometric SD (kind 'gsd') or a [min, max] range (kind 'range') */
  spread: { kind: 'gsd'; gsd: number } | { kind: 'range'; min: number; max: number } | { kind: 'none' };
  note?: string;
}

export interface ExplanationInput {
  name: string;
  value: number | string;
  unit: string;
}

export interface ExplanationParam {
  name: string;
  value: number | string;
  unit: string;
  source: string;
  provenance: Provenance;
}

/** How a computed value came about: the model equation id (MODEL.md section), its formula, inputs and parameters. */
export interface Explanation {
  equation: string;
  formula: string;
  inputs: ExplanationInput[];
  params: ExplanationParam[];
  /** plain-language remark (e.g. what the number means and its limits) */
  note?: string;
}

/** Parameter → explanation row. */
export function paramRow(name: string, p: SourcedParameter, value: number = p.value): ExplanationParam {
  return { name, value, unit: p.unit, source: value === p.value ? p.source : 'user override', provenance: value === p.value ? p.provenance : 'assumption' };
}
