// Ranking with the outcome (#16 §3): the local-control gain as a sixth desirability beside the Score's five, weight 0 by default (the ranking is then the overall score itself); the Scores never change.
import { param, paramRow, type Explanation } from '../param';
import type { ComponentId, Desirability } from '../scores';
import { COMPONENT_IDS } from '../scores';
import { rampUp, SCORE_PARAMS } from './desirability';

/** Limits of the local-control-gain ramp (probability, not percentage points). */
export const RANKING_PARAMS = {
  localControlGainLower: param(0, '1', 'assumption (#16 §3): no gain in local control over chemoradiotherapy gives d = 0', 'assumption', { min: 0, max: 1, label: 'local-control gain at d = 0' }),
  localControlGainUpper: param(0.1, '1', 'assumption (#16 §3): +10 points of local control (about a third of the ~30 % recurrences) gives d = 1', 'assumption', { min: 0, max: 1, label: 'local-control gain at d = 1' }),
} as const;

/** Default weight of the local-control gain in the ranking: 0, so no rank or score moves unless the user asks. */
export const DEFAULT_LOCAL_CONTROL_WEIGHT = 0;

export interface RankingInput {
  /** the Score's overall (0–100) */
  overall: number;
  /** the Score's desirabilities with their weights */
  desirability: Record<ComponentId, Pick<Desirability, 'd' | 'weight'>>;
  /** TCP_candidate − TCP_control (probability) from the outcome; null when not computed */
  localControlGain: number | null;
  /** weight of the local-control gain (≥ 0; 0 = not ranked by it) */
  weight: number;
  /** the Score's floor (score.floor) */
  floor?: number;
  /** the ranking's own weights of the five components (absent = the Score's weight); the Score is never changed by them */
  componentWeights?: Partial<Record<ComponentId, number>>;
}

/** Limits of a component weight in the ranking (0 = left out of the ranking). */
export const RANKING_WEIGHT_MAX = 100;

/** The ranking's weight of a component: the user's when set, else the Score's. */
function rankWeight(inp: RankingInput, id: ComponentId): number {
  const u = inp.componentWeights?.[id];
  return u === undefined ? inp.desirability[id].weight : u;
}

export interface RankingResult {
  /** ranking value (0–100): the overall score when the weight is 0 or the gain unknown */
  value: number;
  /** d of the local-control gain (floored), null when not used */
  dLocalControl: number | null;
  explanation: Explanation;
}

/**
 * R = 100 · exp((Σ w_i ln d_i + w_LC ln d_LC) / (Σ w_i + w_LC)) over the Score's components with a d and w_i > 0 (the
 * Score's own weighted geometric mean with one more term), d_LC = max(floor, ramp(gain; lower, upper)). With w_LC = 0 or
 * no gain, R is the overall score itself (the same number, not recomputed).
 */
export function rankingValue(inp: RankingInput): RankingResult {
  const w = inp.weight;
  if (!(Number.isFinite(w) && w >= 0)) throw new RangeError(`local-control gain weight: must be a finite number ≥ 0, got ${w}`);
  for (const id of COMPONENT_IDS) {
    const u = inp.componentWeights?.[id];
    if (u !== undefined && !(Number.isFinite(u) && u >= 0 && u <= RANKING_WEIGHT_MAX)) throw new RangeError(`${id} weight in the ranking: must be a number from 0 to ${RANKING_WEIGHT_MAX}, got ${u}`);
  }
  const reweighted = COMPONENT_IDS.some((id) => rankWeight(inp, id) !== inp.desirability[id].weight);
  const floor = inp.floor ?? SCORE_PARAMS['score.floor'].value;
  const lo = RANKING_PARAMS.localControlGainLower.value;
  const hi = RANKING_PARAMS.localControlGainUpper.value;
  const gain = inp.localControlGain;
  const used = w > 0 && gain !== null && Number.isFinite(gain);
  const dLc = used ? Math.max(floor, rampUp(gain as number, lo, hi, 'linear')) : null;
  let value = inp.overall;
  if (used || reweighted) {
    let logSum = 0;
    let wSum = 0;
    for (const id of COMPONENT_IDS) {
      const x = inp.desirability[id];
      const wi = rankWeight(inp, id);
      if (x.d !== null && wi > 0) {
        logSum += wi * Math.log(x.d);
        wSum += wi;
      }
    }
    if (used) {
      logSum += w * Math.log(dLc as number);
      wSum += w;
    }
    // every weight 0: nothing to rank by (value 0 for every candidate, so the order is the input order)
    value = wSum > 0 ? 100 * Math.exp(logSum / wSum) : 0;
  }
  return {
    value,
    dLocalControl: dLc,
    explanation: {
      equation: 'R1-ranking',
      formula: 'R = 100 · exp((Σ w_i ln d_i + w_LC ln d_LC) / (Σ w_i + w_LC)); w_i: your ranking weight of component i, else the Score\'s; d_LC = max(floor, (gain − lower) / (upper − lower)) clamped to [0, 1]; w_LC = 0 and the Score\'s weights → R = overall',
      inputs: [
        ...COMPONENT_IDS.map((id) => ({ name: `d_${id} (w = ${rankWeight(inp, id)}${rankWeight(inp, id) !== inp.desirability[id].weight ? `, yours; the Score's is ${inp.desirability[id].weight}` : ''})`, value: inp.desirability[id].d ?? 'n/a', unit: '1' })),
        { name: 'local-control gain (outcome O6)', value: gain ?? 'not computed', unit: '1' },
        { name: `d_LC (w = ${w})`, value: dLc ?? 'n/a', unit: '1' },
      ],
      params: [paramRow('lower', RANKING_PARAMS.localControlGainLower), paramRow('upper', RANKING_PARAMS.localControlGainUpper), paramRow('floor', SCORE_PARAMS['score.floor'], floor)],
      result: { name: 'ranking value', value, unit: '0–100' },
      note: used
        ? `HYPOTHESIS: the gain applies mouse-scale radiosensitization to a clinical course (see the Outcome tab). The Score itself is unchanged.${reweighted ? ' The components carry your ranking weights.' : ''}`
        : reweighted
          ? 'Your ranking weights of the components (set in Compare) replace the Score\'s; the Score itself is unchanged. Local-control gain not used (weight 0 or no outcome).'
          : 'Weight 0 (default) or no outcome, and the Score\'s own component weights: the ranking is the overall score.',
    },
  };
}

/** Ranks (1 = best) by ranking value, highest first; ties keep the input order. */
export function rankBy(values: readonly number[]): number[] {
  const order = values.map((v, i) => i).sort((a, b) => values[b] - values[a]);
  const rank = new Array<number>(values.length);
  order.forEach((i, k) => (rank[i] = k + 1));
  return rank;
}
