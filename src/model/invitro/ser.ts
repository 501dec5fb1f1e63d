// SER under the definitions papers use (issue #26): dose ratios at SF 0.5, 0.1 and 1/e, and the SF ratio at 2 Gy, for two LQ curves.
import { doseForSurvival } from '../radiobiology/lq';

/** One arm's LQ curve: S(D) = exp(−α (k D) − β (k D)²), k = dose-enhancement factor on the physical dose. */
export interface LqArm {
  alphaPerGy: number;
  betaPerGy2: number;
  /** multiplies the physical dose (DEF); 1 for the control */
  doseFactor: number;
}

export function armSurvival(a: LqArm, doseGy: number): number {
  const x = a.doseFactor * doseGy;
  return Math.exp(-a.alphaPerGy * x - a.betaPerGy2 * x * x);
}

/** Physical dose giving surviving fraction sf. */
export function armDose(a: LqArm, sf: number): number {
  return doseForSurvival(a.alphaPerGy, a.betaPerGy2, sf) / a.doseFactor;
}

export interface SerDefinitions {
  /** D_control / D_treated at SF 0.5 */
  doseRatioAtSf50: number;
  /** D_control / D_treated at SF 0.1 — the app's SER */
  doseRatioAtSf10: number;
  /** D_control / D_treated at SF 1/e ≈ 0.37 (D₀-like) */
  doseRatioAtSf37: number;
  /** SF_control(2 Gy) / SF_treated(2 Gy) */
  sfRatioAt2Gy: number;
}

export const SER_LABELS: Record<keyof SerDefinitions, string> = {
  doseRatioAtSf50: 'dose ratio at SF 0.5',
  doseRatioAtSf10: 'dose ratio at SF 0.1 (the app’s SER)',
  doseRatioAtSf37: 'dose ratio at SF 0.37 (1/e, D₀-like)',
  sfRatioAt2Gy: 'SF ratio at 2 Gy',
};

export function serDefinitions(control: LqArm, treated: LqArm): SerDefinitions {
  const r = (sf: number): number => armDose(control, sf) / armDose(treated, sf);
  return { doseRatioAtSf50: r(0.5), doseRatioAtSf10: r(0.1), doseRatioAtSf37: r(Math.exp(-1)), sfRatioAt2Gy: armSurvival(control, 2) / armSurvival(treated, 2) };
}
