// M3.micelle-stability: a micelle's payload in blood — dissociation below the CMC as the copolymer is diluted and cleared (physically entrapped drug leaves with it), and a covalent or coordinate bond that only cleavage breaks (conjugated drug stays on the unimer).
import { paramRow, type Explanation, type Param } from '../param';

export interface MicelleBloodInput {
  /** Physically entrapped (one-pot, post-loaded …) or bound to the core-forming block ('conjugated'). */
  conjugated: boolean;
  /** Critical micelle concentration of the copolymer at 37 °C (mg/L). */
  cmcMgPerL: number;
  /** Copolymer (carrier) concentration in plasma right after the injection (mg/L): carrier dose / plasma volume. */
  copolymerMgPerL: number;
  /** The carrier's exit rate from blood (h⁻¹). */
  carrierExitRatePerH: number;
  /** M2 burst fraction and rate of the loading mode (the share bound loosely at the core–shell interface). */
  burstFraction: number;
  burstRatePerH: number;
  /** Cleavage rate of the drug–polymer bond in plasma (h⁻¹); null = not known: the M2 serum release stands. */
  bondCleavagePerH: number | null;
  /**
   * Extraction of a physically entrapped drug from intact micelles by serum proteins (h⁻¹, #27): the copolymer's rate
   * for the reference drug scaled to this drug's partition, k_ex·10^(γ(log P_ref − log P)); 0 or absent = none beyond M2.
   */
  serumExtractionPerH?: number;
  /**
   * Drug–core partition (#27, branch pk4): a physically entrapped drug less hydrophobic than the reference drug the core's
   * M2 serum leak k_d was set for leaves faster in proportion to its lower core/serum partition, an added route
   * k_part = k_d,serum·max(0, 10^(γ(log P_ref − log P)) − 1) (h⁻¹), so the drug's total diffusive exit is k_d·10^(γΔlog P).
   * 0 or absent = none (the reference drug, a more hydrophobic drug, or a drug without a log P).
   */
  partitionLeakPerH?: number;
}

export interface MicelleBloodResult {
  /** Share of the micelles that dissociate before leaving the blood, D = min(1, CMC/c₀). */
  dissociatedFraction: number;
  /** In-blood release F(t) to use instead of M2's (serum, 37 °C, pH 7.4). */
  releaseInBlood: (tH: number) => number;
  /** Which form applies. */
  form: 'physical' | 'bond-cleavage' | 'm2';
}

/**
 * Drug–core partition (#27, pk4): the added in-blood exit of a physically entrapped drug less hydrophobic than the
 * reference drug, k_part = k_d,serum·max(0, 10^(γ(log P_ref − log P)) − 1), capped at `cap` (h⁻¹). With it the drug's
 * diffusive exit is k_d·10^(γΔ log P): partition-limited exchange with serum, K_core/serum taken as K_ow. 0 for a drug at
 * least as hydrophobic as the reference, without a log P, or without a serum leak.
 */
export function partitionLeakRate(kdSerumPerH: number, logP: number | undefined, logPRef: number, gamma: number, cap: number): number {
  if (logP === undefined || !Number.isFinite(logP) || !(kdSerumPerH > 0)) return 0;
  const f = Math.pow(10, gamma * (logPRef - logP));
  return f > 1 ? Math.min(kdSerumPerH * (f - 1), cap) : 0;
}

/**
 * Dissociation by dilution: the copolymer's plasma concentration falls with the carriers, c(t) = c₀e^(−k_c t); the
 * micelles hold while c > CMC, i.e. until t* = ln(c₀/CMC)/k_c, and fall apart after (unimer exchange is fast against
 * hours). The share of carriers still in blood at t* is e^(−k_c t*) = CMC/c₀, so D = min(1, CMC/c₀) of the micelles
 * release their physically entrapped payload in blood; D does not depend on k_c. Combined with M2's release from
 * intact micelles as independent routes: F(t) = 1 − (1 − F_M2(t))(1 − D), whose exposure average is 1 − (1 − L_M2)(1 − D)
 * (it over-counts by releasing the dissociating share from t = 0 rather than t*; exact at D = 0 and D = 1).
 * Serum proteins extract physically entrapped drug from the intact micelles at k_ex (the copolymer's kinetic stability,
 * #27), a third independent route: F(t) = 1 − (1 − F_M2(t))(1 − D)e^(−k_ex t). A drug less hydrophobic than the
 * reference also leaves by its lower core/serum partition, k_part (pk4), added to k_ex in the same factor.
 *
 * A conjugated (covalent or coordinate) payload stays on the unimers when micelles fall apart and does not diffuse out:
 * it leaves by its burst share and by cleavage of the bond, F(t) = F_b(1 − e^(−k_b t)) + (1 − F_b)(1 − e^(−k_cl t)).
 */
export function micelleBloodRelease(input: MicelleBloodInput, m2: (tH: number) => number): MicelleBloodResult {
  const c0 = input.copolymerMgPerL;
  const cmc = Math.max(0, input.cmcMgPerL);
  const D = !(c0 > 0) ? 1 : Math.min(1, cmc / c0);
  if (input.conjugated) {
    if (input.bondCleavagePerH === null) return { dissociatedFraction: D, releaseInBlood: m2, form: 'm2' };
    const fb = Math.min(1, Math.max(0, input.burstFraction));
    const kb = Math.max(0, input.burstRatePerH);
    const kcl = Math.max(0, input.bondCleavagePerH);
    return { dissociatedFraction: D, releaseInBlood: (t) => (t > 0 ? fb * (1 - Math.exp(-kb * t)) + (1 - fb) * (1 - Math.exp(-kcl * t)) : 0), form: 'bond-cleavage' };
  }
  const kex = Math.max(0, input.serumExtractionPerH ?? 0) + Math.max(0, input.partitionLeakPerH ?? 0);
  if (kex > 0) return { dissociatedFraction: D, releaseInBlood: (t) => (t > 0 ? 1 - (1 - m2(t)) * (1 - D) * Math.exp(-kex * t) : 0), form: 'physical' };
  if (D === 0) return { dissociatedFraction: 0, releaseInBlood: m2, form: 'physical' };
  return { dissociatedFraction: D, releaseInBlood: (t) => (t > 0 ? 1 - (1 - m2(t)) * (1 - D) : 0), form: 'physical' };
}

/** The explanation row of the micelle-stability term. */
export function micelleStabilityExplanation(
  agent: string,
  input: MicelleBloodInput,
  r: MicelleBloodResult,
  cmc: Param,
  cleavage: Param | undefined,
  extraction?: Param | null,
  /** The drug–core partition's parameters (#27, pk4): γ, log P_ref, the drug's log P and the values they take. */
  partition?: { gamma: Param; logPRef: Param; logP: Param; values: { gamma: number; logPRef: number } },
): Explanation {
  const extracted = r.form === 'physical' && (input.serumExtractionPerH ?? 0) > 0;
  const partitioned = r.form === 'physical' && (input.partitionLeakPerH ?? 0) > 0;
  return {
    equation: 'M3.micelle-stability',
    formula:
      r.form === 'bond-cleavage'
        ? 'conjugated payload: F_blood(t) = F_b(1 − e^(−k_b t)) + (1 − F_b)(1 − e^(−k_cl t)) (stays on the unimer when the micelle falls apart)'
        : extracted || partitioned
          ? 'D = min(1, CMC/c₀), c₀ = carrier dose / plasma volume; F_blood(t) = 1 − (1 − F_M2(t))(1 − D)e^(−(k_ex + k_part)t), k_ex = k_ex,copolymer·10^(γ(log P_ref − log P)), k_part = k_d,serum·max(0, 10^(γ(log P_ref − log P)) − 1)'
          : 'D = min(1, CMC/c₀), c₀ = carrier dose / plasma volume; F_blood(t) = 1 − (1 − F_M2(t))(1 − D)',
    inputs: [
      { name: 'agent', value: agent, unit: '' },
      { name: 'c₀ (copolymer in plasma)', value: input.copolymerMgPerL, unit: 'mg/L' },
      { name: 'D (dissociated in blood)', value: r.dissociatedFraction, unit: '1' },
      ...(extracted ? [{ name: 'k_ex (serum extraction, this drug)', value: input.serumExtractionPerH ?? 0, unit: 'h⁻¹' }] : []),
      ...(partitioned ? [{ name: 'k_part (drug–core partition below the reference drug)', value: input.partitionLeakPerH ?? 0, unit: 'h⁻¹' }] : []),
      ...(r.form === 'bond-cleavage' ? [{ name: 'F_b', value: input.burstFraction, unit: '1' }] : []),
    ],
    params: [
      paramRow('CMC', cmc, input.cmcMgPerL),
      ...(r.form === 'bond-cleavage' && cleavage ? [paramRow('k_cl', cleavage, input.bondCleavagePerH ?? cleavage.value)] : []),
      ...(extracted && extraction ? [paramRow('k_ex (copolymer, reference drug)', extraction, extraction.value)] : []),
      ...((extracted || partitioned) && partition
        ? [paramRow('γ (partition exponent)', partition.gamma, partition.values.gamma), paramRow('log P_ref', partition.logPRef, partition.values.logPRef), paramRow(`log P (${agent})`, partition.logP)]
        : []),
    ],
    note:
      r.form === 'bond-cleavage'
        ? 'A covalent or coordinate bond holds the drug: the micelle leaks only by bond cleavage in plasma, not by diffusion.'
        : r.form === 'm2'
          ? 'No cleavage rate for this agent: the M2 serum release stands.'
          : `Physically entrapped drug: ${(100 * r.dissociatedFraction).toFixed(2)} % of the micelles fall below the CMC in blood before they leave it and release their payload there.${extracted ? ` Serum proteins extract it from the intact micelles at ${(input.serumExtractionPerH ?? 0).toPrecision(3)} h⁻¹ (the copolymer's kinetic stability).` : ''}${partitioned ? ` Less hydrophobic than the reference drug, it partitions out of the core ${(input.partitionLeakPerH ?? 0).toPrecision(3)} h⁻¹ faster than the core's serum leak k_d (drug–core partition).` : ''}`,
  };
}
