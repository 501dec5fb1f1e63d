// M6 through the engine: sample every sourced parameter with a spread that this formulation uses, score each draw (lean), summarise.
import type { Param } from '../model/param';
import type { Scores } from '../model/scores';
import { hasSpread, monteCarlo, type MonteCarloResult, type UncertainParam } from '../model/uncertainty';
import { entityParams, MODEL_PARAMS } from './params';
import { overridePlan, scoreWithPlan, type OverridePlan } from './override-plan';
import type { CompletedFormulation, EntityLookup, ScoreOptions } from './types';

/** Key outputs with bands (dotted Scores paths). */
export const UNCERTAINTY_OUTPUTS = [
  'score.overall',
  'score.components.loading',
  'score.components.release',
  'score.components.targeting',
  'score.components.radiosensitization',
  'score.components.safety',
  'loading.totalLoadingPct',
  'release.selectivityIndex',
  'release.prematureLeakagePct',
  'targeting.circulationHalfLifeH',
  'targeting.tumorDeliveryPctID',
  'radiosensitization.doseEnhancementFactor',
  'radiosensitization.localEnhancementFactor',
  'radiosensitization.hypoxicFraction',
  'radiosensitization.sensitizerEnhancementRatio',
  'radiosensitization.eqd2GainGy',
] as const;

export function outputsOf(s: Scores): Record<string, number | null> {
  return {
    'score.overall': s.score.overall,
    'score.components.loading': s.score.components.loading,
    'score.components.release': s.score.components.release,
    'score.components.targeting': s.score.components.targeting,
    'score.components.radiosensitization': s.score.components.radiosensitization,
    'score.components.safety': s.score.components.safety,
    'loading.totalLoadingPct': s.loading.totalLoadingPct,
    'release.selectivityIndex': s.release.selectivityIndex,
    'release.prematureLeakagePct': s.release.prematureLeakagePct,
    'targeting.circulationHalfLifeH': s.targeting.circulationHalfLifeH,
    'targeting.tumorDeliveryPctID': s.targeting.tumorDeliveryPctID,
    'radiosensitization.doseEnhancementFactor': s.radiosensitization.doseEnhancementFactor,
    'radiosensitization.localEnhancementFactor': s.radiosensitization.localEnhancementFactor,
    'radiosensitization.hypoxicFraction': s.radiosensitization.hypoxicFraction,
    'radiosensitization.sensitizerEnhancementRatio': s.radiosensitization.sensitizerEnhancementRatio,
    'radiosensitization.eqd2GainGy': s.radiosensitization.eqd2GainGy,
  };
}

/**
 * The uncertain parameters of a formulation: model parameters (score limits excluded: they are choices, not
 * uncertainties) and its catalog entities' parameters, each with a samplable spread. Parameters the user overrode are
 * held fixed at the override. α and β are sampled around the scenario's cell values.
 */
export function uncertainParams(f: CompletedFormulation, lookup: EntityLookup, fixed: Record<string, number> = {}): UncertainParam[] {
  const out: UncertainParam[] = [];
  const add = (id: string, param: Param, base?: number) => {
    if (id in fixed || !hasSpread(param)) return;
    out.push({ id, param, base });
  };
  for (const [id, p] of Object.entries(MODEL_PARAMS)) {
    // score limits are choices; outcome parameters do not enter the Scores (the outcome Monte Carlo samples them)
    if (id.startsWith('score.') || id.startsWith('outcome.')) continue;
    if (id === 'radiobiology.alphaPerGy') add(id, p, f.scenario.cells.alphaPerGy);
    else if (id === 'radiobiology.betaPerGy2') add(id, p, f.scenario.cells.betaPerGy2);
    else add(id, p);
  }
  for (const { id, param } of entityParams(f, lookup)) add(id, param);
  return out;
}

export interface UncertaintyOptions extends Pick<ScoreOptions, 'weights' | 'overrides'> {
  draws?: number;
  seed?: number | string;
  onProgress?: (done: number, total: number) => boolean | void;
}

export type UncertaintyResult = MonteCarloResult;

/** What every Monte Carlo of one formulation starts from (the score's and the outcome's). */
export interface MonteCarloSetup {
  /** overrides held fixed in every draw: the formulation's own, then the caller's */
  fixed: Record<string, number>;
  /** the uncertain parameters sampled (a fixed id is never sampled) */
  params: UncertainParam[];
  /** the formulation without its own overrides (they travel in `fixed`, so each draw passes one overrides object) */
  base: CompletedFormulation;
  /**
   * The overrides of one draw, completed in place: `o` is a fresh object per draw holding only sampled ids, so the
   * fixed values are added to it; every draw brings the same keys in the same order, so where each key goes is worked
   * out once, from the first draw.
   */
  draw(o: Record<string, number>): { overrides: Record<string, number>; plan: OverridePlan };
}

/**
 * The parameter collection of a Monte Carlo: fixed overrides, uncertain parameters (uncertainParams, minus the ids
 * `exclude` rejects, plus `extra` ones not fixed), the override-free base and the per-draw override plan.
 */
export function monteCarloSetup(
  f: CompletedFormulation,
  lookup: EntityLookup,
  overrides: Record<string, number> | undefined,
  opts: { exclude?: (id: string) => boolean; extra?: readonly UncertainParam[] } = {},
): MonteCarloSetup {
  const fixed = { ...(f.overrides ?? {}), ...(overrides ?? {}) };
  let params = uncertainParams(f, lookup, fixed);
  if (opts.exclude) params = params.filter((u) => !opts.exclude!(u.id));
  for (const u of opts.extra ?? []) if (!(u.id in fixed)) params.push(u);
  const base: CompletedFormulation = f.overrides ? { ...f, overrides: undefined } : f;
  let plan: OverridePlan | null = null;
  return {
    fixed,
    params,
    base,
    draw(o) {
      for (const k in fixed) o[k] = fixed[k];
      plan ??= overridePlan(o);
      return { overrides: o, plan };
    },
  };
}

/** Seeded Monte Carlo of one completed formulation: 5/50/95 % bands of the key outputs and Spearman ρ per parameter. */
export function uncertaintyCompleted(f: CompletedFormulation, lookup: EntityLookup, opts: UncertaintyOptions = {}): UncertaintyResult {
  const mc = monteCarloSetup(f, lookup, opts.overrides);
  const scoreOpts = { weights: opts.weights, lean: true };
  // draws are scored for their outputs only (no t50 solves, no warning texts: outputsOf reads neither)
  return monteCarlo({
    params: mc.params,
    draws: opts.draws ?? 256,
    seed: opts.seed ?? 1,
    onProgress: opts.onProgress,
    evaluate: (o) => {
      const { overrides, plan } = mc.draw(o);
      return outputsOf(scoreWithPlan(mc.base, lookup, scoreOpts, overrides, plan, true));
    },
  });
}
