// The engine's second entry, for the calibration tabs only (a lazy chunk, kept out of the main engine barrel so the fitter never enters the initial bundle): release-model fits, Langmuir fits, mechanistic release calibration.
export { fitLangmuir, fitReleaseModels, langmuirLoaded, RELEASE_MODELS, weightsFromSpread, fitTrust, fitPlausibility, type LangmuirCalibration, type ReleaseFit, type FitTrust } from '../model/fitting';
// the user's own model (mathjs stays in this lazy chunk) and f2 with its conditions of use
export { compileCustomModel, fitCustomModel, CustomModelError, checkModelExpression, checkModelParams, CUSTOM_MODEL_FUNCTIONS, assessF2, F2_RULES, bootstrapF2, parseReleaseProfileCsv, PROFILE_TIME_UNITS, UNIT_RELEASE_MAX_PCT } from '../model/fitting';
export type { CompiledCustomModel, CustomReleaseFit, F2Assessment, F2Profile, ReleaseModelId, BootstrapF2Result, ReleaseProfileData, ProfileTimeUnit } from '../model/fitting';
export { makeReleaseContext, releaseFraction, type CalibratableReleaseParam } from '../model/release';
export { calibrateRelease, defaultReleaseFit, RELEASE_CALIBRATION_UNITS, type ReleaseCalibrationResult } from '../model/release/calibrate';
