// M5 composite score: Derringer–Suich desirability (J Qual Technol 12, 214 (1980)) of the five responses, weighted geometric mean.
import { param, resolveParam, type Explanation, type ParamSet } from '../param';
import type { ComponentId, Desirability } from '../scores';
import { COMPONENT_IDS } from '../scores';
import { componentExplanations, overallNote } from './component-explanations';
import { pkp } from '../pk/params';

const DS = 'Derringer & Suich, J Qual Technol 12, 214 (1980): desirability functions';
/** A ramp limit; override range 0 … max (`max`: a bound no sensible limit of that response reaches). */
const lim = (v: number, unit: string, why: string, max: number) => param(v, unit, `assumption (MODEL.md M5): ${why}`, 'assumption', { min: 0, max });

/** Limits of each desirability ramp (lower → d = 0, upper → d = 1, or the reverse for "smaller is better"). */
export const SCORE_PARAMS = {
  'score.floor': param(0.01, '1', `${DS}; floor so one weak response lowers the overall without erasing it (MODEL.md M5)`, 'assumption', { min: 0, max: 0.5 }),
  'score.loadingLowerPct': lim(1, '%', 'total loading capacity giving d = 0', 100),
  'score.loadingUpperPct': lim(20, '%', 'total loading capacity giving d = 1', 100),
  'score.eeLowerPct': lim(5, '%', 'encapsulation efficiency (loaded / fed payload mass) at which the loading desirability reaches 0: a formulation that wastes 95 % of its drug is not a good loading (#16 §2)', 100),
  'score.eeUpperPct': lim(50, '%', 'encapsulation efficiency from which wasted feed no longer lowers the loading desirability', 100),
  'score.selectivityLower': lim(1, '1', 'no pH selectivity (d = 0)', 1000),
  'score.selectivityUpper': lim(5, '1', 'selectivity index giving d = 1', 1000),
  'score.leakageLowerPct': lim(10, '%', 'pH 7.4 release at 24 h below which there is no leakage penalty', 100),
  'score.leakageUpperPct': lim(50, '%', 'pH 7.4 release at 24 h at which the leakage penalty reaches 0', 100),
  'score.deliveryLowerPctID': lim(0.3, '% ID', 'tumour delivery giving d = 0 (log scale)', 100),
  'score.deliveryUpperPctID': lim(3, '% ID', 'tumour delivery giving d = 1 (log scale)', 100),
  'score.serLower': lim(1, '1', 'no sensitization (d = 0)', 10),
  'score.serUpper': lim(1.5, '1', 'sensitizer enhancement ratio giving d = 1', 10),
  'score.sizeMinNm': lim(10, 'nm', 'smallest hydrodynamic size of the safety window (renal filtration below)', 5000),
  'score.sizeMaxNm': lim(200, 'nm', 'largest hydrodynamic size of the safety window (liver/spleen filtration above)', 5000),
  'score.sizeToleranceFactor': lim(2, '1', 'factor outside the size window at which its desirability reaches 0 (log scale)', 100),
  'score.metalDoseLowerMgPerKg': lim(20, 'mg/kg', 'systemic high-Z metal dose with no penalty', 10000),
  'score.metalDoseUpperMgPerKg': lim(200, 'mg/kg', 'systemic high-Z metal dose giving d = 0 (log scale)', 10000),
  'score.prematureLeakLowerPct': lim(10, '%', 'premature leakage (release in blood, serum at 37 °C, pH 7.4, within the fixed window pk.leakageWindowH) with no penalty', 100),
  'score.prematureLeakUpperPct': lim(60, '%', 'premature leakage (release in blood within the fixed window) giving d = 0', 100),
} satisfies ParamSet;

export type ScoreParamId = keyof typeof SCORE_PARAMS;
const sp = (id: ScoreParamId, o?: Record<string, number>) => resolveParam(SCORE_PARAMS[id], o?.[id]);
/** One limit's row of a component explanation (explained scores only: nothing is built for a lean score). */
const limitRow = (id: ScoreParamId, o?: Record<string, number>) => ({ name: id, param: SCORE_PARAMS[id], value: sp(id, o) });

/** Larger-is-better ramp: 0 at `lower`, 1 at `upper` (linear or in log), clamped (no floor). */
export function rampUp(y: number, lower: number, upper: number, scale: 'linear' | 'log' = 'linear'): number {
  if (!Number.isFinite(y)) return y > 0 ? 1 : 0;
  if (scale === 'log') {
    if (y <= lower) return 0;
    if (y >= upper) return 1;
    return Math.log(y / lower) / Math.log(upper / lower);
  }
  if (upper === lower) return y >= upper ? 1 : 0;
  return Math.min(1, Math.max(0, (y - lower) / (upper - lower)));
}

/** Smaller-is-better ramp: 1 at or below `good`, 0 at or above `bad`. */
export function rampDown(y: number, good: number, bad: number, scale: 'linear' | 'log' = 'linear'): number {
  if (scale === 'log' && y <= 0) return 1;
  return 1 - rampUp(y, good, bad, scale);
}

export interface ScoreInput {
  /** Number of payloads (0 → loading and release are n/a). */
  payloadCount: number;
  totalLoadingPct: number;
  /** Encapsulation efficiency of the whole feed, 100 · Σ loaded / Σ fed (%); null when it does not apply (free drug). Absent = not counted. */
  encapsulationEfficiencyPct?: number | null;
  selectivityIndex: number | null;
  releasedAt24hPct74: number;
  tumorDeliveryPctID: number;
  sensitizerEnhancementRatio: number;
  hydrodynamicDiameterNm: number;
  /** Systemic high-Z metal dose (mg/kg) and premature leakage (%: release in blood — serum, 37 °C, pH 7.4 — within a fixed 24 h window). */
  systemicMetalDoseMgPerKg: number;
  prematureLeakagePct: number;
}

export interface ScoreResult {
  overall: number;
  components: Record<ComponentId, number | null>;
  desirability: Record<ComponentId, Desirability>;
  /** The three safety sub-desirabilities (unfloored). */
  safetyParts: { size: number; metal: number; leakage: number };
  explanation: Explanation;
  /** One explanation per component score (`score.loading`, …); empty when explanations are not asked for. */
  componentExplanations: Partial<Record<`score.${ComponentId}`, Explanation>>;
}

const LEAN_EXPLANATION: Explanation = { equation: 'M5.desirability', formula: 'overall = 100 · (Π d_i^w_i)^(1/Σ w_i)', inputs: [], params: [] };

export type ScoreWeights = Partial<Record<ComponentId, number>>;

/** d clamped to [floor, 1] (non-finite → floor). */
function clampD(floor: number, d: number): number {
  return Math.max(floor, Math.min(1, Number.isFinite(d) ? d : 0));
}

/** A component's weight: the given one if finite and ≥ 0, else 1. */
function weightOf(weights: ScoreWeights, id: ComponentId): number {
  const v = weights[id];
  return v !== undefined && Number.isFinite(v) && v >= 0 ? v : 1;
}

/**
 * d_i per response, floored at `score.floor` (n/a → null, left out); overall = 100 · (Π d_i^w_i)^(1/Σ w_i) over applicable i.
 * Safety = geometric mean of the size-window, metal-dose and premature-leakage desirabilities.
 */
export function desirabilityScore(input: ScoreInput, weights: ScoreWeights = {}, overrides?: Record<string, number>, explain = true): ScoreResult {
  const o = overrides;
  const floor = sp('score.floor', o);
  const hasDrug = input.payloadCount > 0;

  const lLo = sp('score.loadingLowerPct', o);
  const lHi = sp('score.loadingUpperPct', o);
  const ee = input.encapsulationEfficiencyPct;
  const eLo = sp('score.eeLowerPct', o);
  const eHi = sp('score.eeUpperPct', o);
  // d_loading = d_LC · d_EE: capacity and how much of the fed drug it keeps (EE n/a → factor 1)
  const dEE = ee === undefined || ee === null || !Number.isFinite(ee) ? 1 : rampUp(ee, eLo, eHi);
  const loading: Desirability = hasDrug
    ? {
        d: clampD(floor, rampUp(input.totalLoadingPct, lLo, lHi) * dEE),
        response: input.totalLoadingPct,
        unit: '%',
        lower: lLo,
        upper: lHi,
        scale: 'linear',
        weight: weightOf(weights, 'loading'),
        note: explain && ee !== undefined && ee !== null ? `× encapsulation-efficiency factor ${dEE.toFixed(3)} (EE ${ee.toFixed(1)} %, limits ${eLo} → ${eHi} %)` : undefined,
      }
    : { d: null, response: null, unit: '%', lower: lLo, upper: lHi, scale: 'linear', weight: weightOf(weights, 'loading'), note: 'n/a: no payload' };

  const sLo = sp('score.selectivityLower', o);
  const sHi = sp('score.selectivityUpper', o);
  const kLo = sp('score.leakageLowerPct', o);
  const kHi = sp('score.leakageUpperPct', o);
  const penalty = rampDown(input.releasedAt24hPct74, kLo, kHi);
  const sel = input.selectivityIndex;
  const release: Desirability =
    hasDrug && sel !== null && Number.isFinite(sel)
      ? {
          d: clampD(floor, rampUp(sel, sLo, sHi) * penalty),
          response: sel,
          unit: '1',
          lower: sLo,
          upper: sHi,
          scale: 'linear',
          weight: weightOf(weights, 'release'),
          note: explain ? `× leakage penalty ${penalty.toFixed(3)} (pH 7.4 release at 24 h ${input.releasedAt24hPct74.toFixed(1)} %, limits ${kLo} → ${kHi} %)` : undefined,
        }
      : { d: null, response: null, unit: '1', lower: sLo, upper: sHi, scale: 'linear', weight: weightOf(weights, 'release'), note: hasDrug ? 'n/a: no release at pH 7.4 to compare' : 'n/a: no payload' };

  const tLo = sp('score.deliveryLowerPctID', o);
  const tHi = sp('score.deliveryUpperPctID', o);
  const targeting: Desirability = { d: clampD(floor, rampUp(input.tumorDeliveryPctID, tLo, tHi, 'log')), response: input.tumorDeliveryPctID, unit: '% ID', lower: tLo, upper: tHi, scale: 'log', weight: weightOf(weights, 'targeting') };

  const rLo = sp('score.serLower', o);
  const rHi = sp('score.serUpper', o);
  const radiosensitization: Desirability = {
    d: clampD(floor, rampUp(input.sensitizerEnhancementRatio, rLo, rHi)),
    response: input.sensitizerEnhancementRatio,
    unit: '1',
    lower: rLo,
    upper: rHi,
    scale: 'linear',
    weight: weightOf(weights, 'radiosensitization'),
  };

  const zLo = sp('score.sizeMinNm', o);
  const zHi = sp('score.sizeMaxNm', o);
  const tol = sp('score.sizeToleranceFactor', o);
  const d = input.hydrodynamicDiameterNm;
  const dSize = d < zLo ? rampUp(d, zLo / tol, zLo, 'log') : d > zHi ? rampDown(d, zHi, zHi * tol, 'log') : 1;
  const dMetal = rampDown(input.systemicMetalDoseMgPerKg, sp('score.metalDoseLowerMgPerKg', o), sp('score.metalDoseUpperMgPerKg', o), 'log');
  const dLeak = rampDown(input.prematureLeakagePct, sp('score.prematureLeakLowerPct', o), sp('score.prematureLeakUpperPct', o));
  const safetyD = Math.cbrt(clampD(floor, dSize) * clampD(floor, dMetal) * clampD(floor, dLeak));
  const safety: Desirability = {
    d: clampD(floor, safetyD),
    response: d,
    unit: 'nm',
    lower: zLo,
    upper: zHi,
    scale: 'linear',
    weight: weightOf(weights, 'safety'),
    note: !explain ? undefined : `geometric mean of size window ${dSize.toFixed(3)} (d_h ${d.toFixed(0)} nm in ${zLo}–${zHi} nm), metal dose ${dMetal.toFixed(3)} (${input.systemicMetalDoseMgPerKg.toPrecision(3)} mg/kg systemic), premature leakage ${dLeak.toFixed(3)} (${input.prematureLeakagePct.toFixed(1)} % released in blood — serum, 37 °C, pH 7.4 — within ${pkp('pk.leakageWindowH', o)} h; not the buffer release)`,
  };

  const desirability: Record<ComponentId, Desirability> = { loading, release, targeting, radiosensitization, safety };
  let logSum = 0;
  let wSum = 0;
  const components = {} as Record<ComponentId, number | null>;
  for (const id of COMPONENT_IDS) {
    const x = desirability[id];
    components[id] = x.d === null ? null : 100 * x.d;
    if (x.d !== null && x.weight > 0) {
      logSum += x.weight * Math.log(x.d);
      wSum += x.weight;
    }
  }
  const overall = wSum > 0 ? 100 * Math.exp(logSum / wSum) : 0;
  return {
    overall,
    components,
    desirability,
    safetyParts: { size: dSize, metal: dMetal, leakage: dLeak },
    componentExplanations: !explain ? {} : componentExplanations({
      desirability,
      overall,
      floor,
      safetyParts: { size: dSize, metal: dMetal, leakage: dLeak },
      limits: {
        loading: [limitRow('score.loadingLowerPct', o), limitRow('score.loadingUpperPct', o), limitRow('score.eeLowerPct', o), limitRow('score.eeUpperPct', o), limitRow('score.floor', o)],
        release: [limitRow('score.selectivityLower', o), limitRow('score.selectivityUpper', o), limitRow('score.leakageLowerPct', o), limitRow('score.leakageUpperPct', o), limitRow('score.floor', o)],
        targeting: [limitRow('score.deliveryLowerPctID', o), limitRow('score.deliveryUpperPctID', o), limitRow('score.floor', o)],
        radiosensitization: [limitRow('score.serLower', o), limitRow('score.serUpper', o), limitRow('score.floor', o)],
        safety: [limitRow('score.sizeMinNm', o), limitRow('score.sizeMaxNm', o), limitRow('score.sizeToleranceFactor', o), limitRow('score.metalDoseLowerMgPerKg', o), limitRow('score.metalDoseUpperMgPerKg', o), limitRow('score.prematureLeakLowerPct', o), limitRow('score.prematureLeakUpperPct', o), limitRow('score.floor', o)],
      },
      extraInputs: {
        loading: ee === undefined || ee === null ? [] : [{ name: 'encapsulation efficiency (loaded / fed), EE factor input', value: ee, unit: '%' }],
        release: [{ name: 'released at pH 7.4 in 24 h (leakage penalty input)', value: input.releasedAt24hPct74, unit: '%' }],
        safety: [
          { name: 'systemic high-Z metal dose', value: input.systemicMetalDoseMgPerKg, unit: 'mg/kg' },
          { name: 'premature leakage: release in blood (serum, 37 °C, pH 7.4) within a fixed 24 h', value: input.prematureLeakagePct, unit: '%' },
        ],
      },
    }),
    explanation: !explain ? LEAN_EXPLANATION : {
      equation: 'M5.desirability',
      formula: 'overall = 100 · (Π d_i^w_i)^(1/Σ w_i), d_i ≥ floor, n/a responses left out',
      inputs: COMPONENT_IDS.map((id) => ({ name: `d_${id} (w = ${desirability[id].weight})`, value: desirability[id].d ?? 'n/a', unit: '1' })),
      params: [{ name: 'floor', value: floor, unit: '1', source: SCORE_PARAMS['score.floor'].source, provenance: 'assumption' }],
      result: { name: 'overall', value: overall, unit: '0–100' },
      note: overallNote(desirability, overall),
    },
  };
}
