// Public face of M2 release: kinetics (precomputed contexts, F(t, pH)) and scored outputs. Mechanistic calibration lives in
// './calibrate' and is imported from there: it pulls in the fitter (ml-matrix, Levenberg–Marquardt), which must stay out of
// the scoring path and the app's initial JavaScript (docs/benchmarks.md).
export {
  RELEASE_PARAMS,
  makeReleaseContext,
  withReleaseParams,
  releaseFraction,
  releaseRates,
  fractionWithRates,
  membraneWeight,
  thermoSwitch,
  protonatedFraction,
} from './kinetics';
export type { ReleaseContext, ReleaseContextInput, ReleaseRates, ReleaseParamId, CalibratableReleaseParam } from './kinetics';
export { BLOOD_MEDIUM, BLOOD_TEMPERATURE_C, computeRelease, halfTime, RELEASE_PH, CURVE_END_H, CURVE_STEPS, T50_TOLERANCE_H } from './release';
export type { ReleaseInput, ReleaseResult, ReleasePayloadInput, PayloadReleaseResult } from './release';
