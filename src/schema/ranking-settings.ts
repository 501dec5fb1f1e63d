// Compare's ranking settings as a workspace carries them: the local-control gain weight and the user's component weights (each written only when it differs from the default, so a workspace without them keeps its bytes).
import { round6 } from './round';

/** The five Score components a ranking weight can name (the order of the Score). */
export const RANKING_COMPONENTS = ['loading', 'release', 'targeting', 'radiosensitization', 'safety'] as const;
export type RankingComponent = (typeof RANKING_COMPONENTS)[number];
export type RankingWeights = Partial<Record<RankingComponent, number>>;
/** The workspace's `ranking` field: present only when a setting differs from the default. */
export interface RankingSettings {
  localControlWeight: number;
  weights?: RankingWeights;
}

/** Largest ranking weight of a component (schema limit). */
export const RANKING_WEIGHT_LIMIT = 100;
/** The Score's own weight of each component (the engine's default); a ranking weight equal to it is not written. */
export const SCORE_COMPONENT_WEIGHT = 1;

/** The component weights that differ from the Score's (finite, 0–100), in the Score's order, rounded to 6 significant figures. */
export function cleanRankingWeights(w: RankingWeights | undefined): RankingWeights | undefined {
  if (!w) return undefined;
  const out: RankingWeights = {};
  for (const id of RANKING_COMPONENTS) {
    const v = w[id];
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= RANKING_WEIGHT_LIMIT && round6(v) !== SCORE_COMPONENT_WEIGHT) out[id] = round6(v);
  }
  return Object.keys(out).length ? out : undefined;
}

/** The `ranking` field to write for these settings, or undefined when both are the defaults (weight 0, the Score's component weights). */
export function rankingField(localControlWeight: number | undefined, weights: RankingWeights | undefined): RankingSettings | undefined {
  const lcw = typeof localControlWeight === 'number' && Number.isFinite(localControlWeight) && localControlWeight > 0 ? round6(localControlWeight) : 0;
  const cw = cleanRankingWeights(weights);
  if (lcw === 0 && !cw) return undefined;
  return cw ? { localControlWeight: lcw, weights: cw } : { localControlWeight: lcw };
}
