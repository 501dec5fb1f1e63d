// Public face of the fitting engine: release-model fitting (contract §4 `fit`), f2, Langmuir calibration and a general bounded least-squares helper.
export { fitLeastSquares, summarizeAt, RELATIVE_SE_LIMIT, CONDITION_LIMIT } from './least-squares';
export type { LeastSquaresProblem, LeastSquaresResult } from './least-squares';
export { RELEASE_MODELS, RELEASE_MODEL_IDS, isReleaseModelId, closedFormSlope } from './release-models';
export type { ReleaseModel, ReleaseModelId } from './release-models';
export { fitReleaseModel, fitReleaseModels, fitStatistics, interpretExponent, pointsFor, weightsFromSpread, FitInputError } from './release-fit';
export type { ReleaseData, ReleaseFit, SkippedFit, ExponentInterpretation } from './release-fit';
export { parseReleaseCsv, ReleaseCsvError } from './csv';
export { f2FromValues, f2Similarity, assessF2, F2_RULES } from './f2';
export type { ProfilePoint, F2Profile, F2Assessment } from './f2';
export { fitLangmuir, langmuirLoaded, loadedFromPoint } from './langmuir';
export type { LoadingPoint, LangmuirCalibration } from './langmuir';
export { studentTQuantile, studentTCdf } from './student-t';
export { compileCustomModel, fitCustomModel, CustomModelError, CUSTOM_MODEL_FUNCTIONS, CUSTOM_MODEL_LIMITS } from './custom-model';
export { checkModelExpression, checkModelParams } from './expression-syntax';
export type { CustomModelSpec, CustomParamSpec, CustomReleaseFit, CompiledCustomModel } from './custom-model';
export { fitTrust, NON_NEGATIVE_PARAMS } from './trust';
export type { FitTrust, FitForTrust } from './trust';
