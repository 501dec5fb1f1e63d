// The engine's second entry, for the calibration tabs only (a lazy chunk, kept out of the main engine barrel so the fitter never enters the initial bundle): release-model fits, Langmuir fits, mechanistic release calibration.
export { fitLangmuir, fitReleaseModels, langmuirLoaded, RELEASE_MODELS, weightsFromSpread, fitTrust, type LangmuirCalibration, type ReleaseFit, type FitTrust } from '../model/fitting';
export { makeReleaseContext, releaseFraction, type CalibratableReleaseParam } from '../model/release';
export { calibrateRelease, defaultReleaseFit, RELEASE_CALIBRATION_UNITS, type ReleaseCalibrationResult } from '../model/release/calibrate';
