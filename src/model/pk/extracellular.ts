// M3.ecf (#27): particles smaller than the small pores of continuous endothelium distribute from plasma into the interstitial fluid of every tissue and of the tumour (rapid equilibrium, steric partition), so their central amount fills a larger volume.
import { paramRow, type Explanation } from '../param';
import { PK_PARAMS, pkp } from './params';

export interface ExtracellularInput {
  /** Hydrodynamic diameter of the particle (nm). */
  hydrodynamicDiameterNm: number;
  bodyMassKg: number;
  tumorMassG: number;
  overrides?: Record<string, number>;
}

export interface ExtracellularDistribution {
  /** Steric partition Φ = (1 − d_h/d_pore)² for d_h < d_pore, else 0: interstitial / plasma concentration at equilibrium. */
  partition: number;
  /** Volumes (L): plasma, the body's interstitial fluid, the tumour's interstitial fluid (1 g tumour ≈ 1 mL). */
  plasmaL: number;
  interstitialL: number;
  tumourInterstitialL: number;
  /** Distribution volume of the central (circulating) amount, V_d = V_p + Φ·(V_isf + v_e·m_T) (L). */
  distributionVolumeL: number;
  /** Shares of the central amount in plasma, in the body's interstitial fluid and in the tumour's (they sum to 1). */
  plasmaShare: number;
  interstitialShare: number;
  tumourShare: number;
}

/**
 * Distribution of a particle's circulating amount between plasma and interstitial fluid (M3.ecf, #27). The small pores
 * of continuous endothelium (d_pore ≈ 5 nm, Sarin 2010) let a smaller particle cross within minutes, far faster than it
 * is cleared (hours), so plasma and interstitial fluid are taken at equilibrium, with the steric partition of a sphere
 * in a cylindrical pore Φ = (1 − λ)², λ = d_h/d_pore (Ferry 1936; Renkin 1954) — 0 for d_h ≥ d_pore, where nothing
 * changes. The tumour's interstitial fluid (v_e of its volume) fills the same way (its vessels have the small pores too;
 * the large-pore leak is the EPR term, already modelled). V_d = V_p + Φ(V_isf + v_e m_T); plasma concentration = A/V_d;
 * tumour interstitial amount = A·Φ·v_e·m_T/V_d.
 */
export function extracellularDistribution(input: ExtracellularInput): ExtracellularDistribution {
  const o = input.overrides;
  const body = Math.max(0, input.bodyMassKg);
  const plasmaL = (pkp('pk.plasmaVolumeMlPerKg', o) * body) / 1000;
  const interstitialL = (pkp('pk.interstitialVolumeMlPerKg', o) * body) / 1000;
  const tumourInterstitialL = (pkp('pk.tumourInterstitialFraction', o) * Math.max(0, input.tumorMassG)) / 1000;
  const dPore = pkp('pk.continuousPoreDiameterNm', o);
  const d = input.hydrodynamicDiameterNm;
  const lambda = d > 0 && Number.isFinite(d) ? d / dPore : Infinity;
  const partition = lambda < 1 ? (1 - lambda) ** 2 : 0;
  const vd = plasmaL + partition * (interstitialL + tumourInterstitialL);
  return {
    partition,
    plasmaL,
    interstitialL,
    tumourInterstitialL,
    distributionVolumeL: vd,
    plasmaShare: partition === 0 ? 1 : shareOf(plasmaL, vd),
    interstitialShare: shareOf(partition * interstitialL, vd),
    tumourShare: shareOf(partition * tumourInterstitialL, vd),
  };
}

/** v/V_d (0 when V_d is 0). A module-level function: the compiled CLI (esbuild keepNames) would name a closure at each call. */
function shareOf(v: number, vd: number): number {
  return vd > 0 ? v / vd : 0;
}

/** The explanation of M3.ecf for one particle. */
export function extracellularExplanation(input: ExtracellularInput, r: ExtracellularDistribution): Explanation {
  const P = PK_PARAMS;
  const o = input.overrides;
  return {
    equation: 'M3.ecf',
    formula: 'Φ = (1 − d_h/d_pore)² (d_h < d_pore, else 0); V_d = V_p + Φ·(V_isf + v_e·m_T); C_plasma = A/V_d; tumour interstitial share = Φ·v_e·m_T/V_d of the circulating amount A',
    inputs: [
      { name: 'd_h', value: input.hydrodynamicDiameterNm, unit: 'nm' },
      { name: 'm_T', value: input.tumorMassG, unit: 'g' },
      { name: 'Φ', value: r.partition, unit: '1' },
      { name: 'V_d', value: r.distributionVolumeL * 1000, unit: 'mL' },
    ],
    params: [
      paramRow('d_pore', P['pk.continuousPoreDiameterNm'], pkp('pk.continuousPoreDiameterNm', o)),
      paramRow('V_isf', P['pk.interstitialVolumeMlPerKg'], pkp('pk.interstitialVolumeMlPerKg', o)),
      paramRow('v_e', P['pk.tumourInterstitialFraction'], pkp('pk.tumourInterstitialFraction', o)),
      paramRow('V_p', P['pk.plasmaVolumeMlPerKg'], pkp('pk.plasmaVolumeMlPerKg', o)),
    ],
    result: { name: 'tumour interstitial share', value: r.tumourShare, unit: '1' },
    note:
      r.partition > 0
        ? 'Smaller than the small pores of continuous endothelium (Sarin 2010): the particle fills the interstitial fluid of every tissue and of the tumour within minutes and leaves by the kidneys; the tumour holds v_e·Φ times the plasma concentration on top of what EPR retains.'
        : 'Larger than the small pores of continuous endothelium: it stays in plasma (only the EPR leak reaches the tumour).',
  };
}
