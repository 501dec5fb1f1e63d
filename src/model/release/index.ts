// Public face of M2 release: kinetics (precomputed contexts, F(t, pH)), scored outputs and mechanistic calibration.
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
export { computeRelease, halfTime, RELEASE_PH, CURVE_END_H, CURVE_STEPS, T50_TOLERANCE_H } from './release';
export type { ReleaseInput, ReleaseResult, ReleasePayloadInput, PayloadReleaseResult } from './release';
export { calibrateRelease, RELEASE_CALIBRATION_BOUNDS, RELEASE_CALIBRATION_UNITS } from './calibrate';
export type { ReleaseCalibrationInput, ReleaseCalibrationResult, MeasuredReleaseCurve } from './calibrate';
