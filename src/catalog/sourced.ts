// Terse builders for sourced catalog parameters: one place that decides the default Monte Carlo spread per provenance.
import { param, type Param, type Spread } from '../model/param';

type Extra = Omit<Param, 'value' | 'unit' | 'source' | 'provenance'>;

/** Default spread of an assumption: log-normal, geometric SD 2 (a factor of 2 either way at 1 SD). */
export const ASSUMPTION_GSD = 2;
/** Default spread of a published value read in a source: log-normal, GSD 1.15. */
export const PUBLISHED_GSD = 1.15;
/** Default spread of a published value recalled, not re-read ("to verify"): log-normal, GSD 1.3. */
export const RECALLED_GSD = 1.3;

function lognormal(gsd: number): Spread {
  return { kind: 'lognormal', gsd };
}

/** An assumption: source text starts with 'assumption: '. Positive values get a log-normal spread (GSD 2 unless given); 0 gets none. */
export function assumed(value: number, unit: string, why: string, extra: Extra = {}): Param {
  const spread = extra.spread ?? (value > 0 ? lognormal(ASSUMPTION_GSD) : undefined);
  return param(value, unit, `assumption: ${why}`, 'assumption', { ...extra, ...(spread ? { spread } : {}) });
}

/** A published value that was read in the cited source. */
export function published(value: number, unit: string, source: string, extra: Extra = {}): Param {
  const spread = extra.spread ?? (value > 0 ? lognormal(PUBLISHED_GSD) : undefined);
  return param(value, unit, source, 'published', { ...extra, ...(spread ? { spread } : {}) });
}

/** A published value recalled rather than re-read (MODEL.md "(R)"): flagged verify, wider spread. */
export function recalled(value: number, unit: string, source: string, extra: Extra = {}): Param {
  const spread = extra.spread ?? (value > 0 ? lognormal(RECALLED_GSD) : undefined);
  return param(value, unit, `${source} (recalled, to verify)`, 'published', { ...extra, verify: true, ...(spread ? { spread } : {}) });
}

/** Tabulated physical data (NIST): no spread. */
export function tabulated(value: number, unit: string, source: string, extra: Extra = {}): Param {
  return param(value, unit, source, 'data', extra);
}

/**
 * A value back-solved through the model from a published measurement (e.g. a Langmuir affinity chosen so the model
 * reproduces a published loading): provenance 'fitted', the source names the measurement and the arithmetic.
 */
export function backSolved(value: number, unit: string, source: string, extra: Extra = {}): Param {
  const spread = extra.spread ?? (value > 0 ? lognormal(RECALLED_GSD) : undefined);
  return param(value, unit, `fitted: back-solved from ${source}`, 'fitted', { ...extra, ...(spread ? { spread } : {}) });
}
