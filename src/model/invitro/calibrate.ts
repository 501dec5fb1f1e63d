// Calibration from the lab's own clonogenic assays (issue #26): LQ fit of the control, α of the treated arm at the control's β → fitted local-effect strength, carried to the in-vivo model as local-effect overrides.
import { LOCAL_EFFECT_ANCHOR_BEAMS, LOCAL_EFFECT_PARAMS } from '../physics';
import { fitSurvival, SurvivalDataError, type SurvivalFit, type SurvivalPoint } from '../radiobiology/fit-survival';

export interface SensitizationFitInput {
  control: readonly SurvivalPoint[];
  treated: readonly SurvivalPoint[];
  /** cell-average DEF of the treated arm (from the uptake per cell and the beam) */
  doseEnhancementFactor: number;
  /** the model's LEF for the same uptake and beam (with the local-effect parameters the candidate has now) */
  modelLocalEnhancementFactor: number;
  /**
   * the model's treated-arm α gain other than the local effect, α_t = α_c · LEF · G (the FAK-occupancy term 1 + ε·O of a
   * drug the particles carry); default 1. Your treated arm already holds that gain, so LEF_fit = α_t / (α_c · G) — without
   * it the drug's share would be counted twice once the fit is applied.
   */
  otherAlphaFactor?: number;
  /** gold's strength s at each anchor as the candidate has it now (override or back-solved value); default the catalog's */
  currentStrength?: Partial<Record<(typeof LOCAL_EFFECT_ANCHOR_BEAMS)[number]['key'], number>>;
}

export interface SensitizationFit {
  control: SurvivalFit;
  /** α of the treated arm (β fixed at the control's; dose × DEF) */
  alphaTreatedPerGy: number;
  alphaTreatedSE: number;
  /** the model's treated α gain other than the local effect used (G) */
  otherAlphaFactor: number;
  /** fitted LEF = α_treated / (α_control · G) */
  localEnhancementFactor: number;
  /** k = (LEF_fit − 1) / (LEF_model − 1): the factor on gold's α gain s(beam) that explains your data */
  strengthScale: number;
  /** override ids → values: s at every anchor × k, for the in-vivo prediction (provenance "fitted to your data") */
  overrides: Record<string, number>;
  warnings: string[];
}

/**
 * −ln S_t = α_c·LEF·G·(DEF·D) + β_c·(DEF·D)² (the model's treated arm): with β_c from the control fit, α_t = α_c·LEF·G is the weighted least-squares
 * slope of y − β_c x² on x = DEF·D (no intercept): α_t = Σ w x (y − β_c x²) / Σ w x².
 */
export function fitSensitization(inp: SensitizationFitInput): SensitizationFit {
  const control = fitSurvival(inp.control);
  if (!(control.alpha > 0)) throw new SurvivalDataError('control: the fitted α is not positive, so no α ratio can be formed; check the control data');
  const pts = inp.treated;
  if (!Array.isArray(pts) || pts.length < 2) throw new SurvivalDataError(`treated: need at least 2 points, got ${Array.isArray(pts) ? pts.length : 0}`);
  const def = inp.doseEnhancementFactor;
  const b = Math.max(0, control.beta);
  let sxx = 0;
  let sxy = 0;
  pts.forEach((p, i) => {
    if (!(Number.isFinite(p.doseGy) && p.doseGy >= 0)) throw new SurvivalDataError(`treated point ${i + 1}: dose must be ≥ 0 Gy, got ${p.doseGy}`);
    if (!(p.sf > 0 && p.sf <= 1)) throw new SurvivalDataError(`treated point ${i + 1}: surviving fraction must be in (0, 1], got ${p.sf}`);
    const w = p.weight ?? 1;
    const x = def * p.doseGy;
    const y = -Math.log(p.sf);
    sxx += w * x * x;
    sxy += w * x * (y - b * x * x);
  });
  if (!(sxx > 0)) throw new SurvivalDataError('treated: need at least one non-zero dose');
  const alphaT = sxy / sxx;
  let sse = 0;
  for (const p of pts) {
    const x = def * p.doseGy;
    const r = -Math.log(p.sf) - alphaT * x - b * x * x;
    sse += (p.weight ?? 1) * r * r;
  }
  const alphaTreatedSE = pts.length > 1 ? Math.sqrt(sse / (pts.length - 1) / sxx) : NaN;
  const g = inp.otherAlphaFactor ?? 1;
  if (!(Number.isFinite(g) && g > 0)) throw new SurvivalDataError(`otherAlphaFactor: must be a finite number > 0, got ${g}`);
  const lef = alphaT / (control.alpha * g);
  const warnings = [...control.warnings];
  if (lef < 1) warnings.push(g > 1 ? `the treated arm is no more sensitive than the drug’s modelled α gain (× ${g.toPrecision(3)}) and the dose enhancement explain: LEF < 1 (the strength scale is set to 0)` : 'the treated arm is less sensitive than the control after the dose enhancement: LEF < 1 (the strength scale is set to 0)');
  const lm = inp.modelLocalEnhancementFactor;
  const k = lm > 1 ? Math.max(0, (lef - 1) / (lm - 1)) : NaN;
  if (!(lm > 1)) warnings.push('the model predicts no local effect for this uptake and beam, so the strength cannot be scaled');
  const overrides: Record<string, number> = {};
  if (Number.isFinite(k)) for (const a of LOCAL_EFFECT_ANCHOR_BEAMS) overrides[`localEffect.${a.key}`] = k * (inp.currentStrength?.[a.key] ?? LOCAL_EFFECT_PARAMS[a.key].value);
  return { control, alphaTreatedPerGy: alphaT, alphaTreatedSE, otherAlphaFactor: g, localEnhancementFactor: lef, strengthScale: k, overrides, warnings };
}
