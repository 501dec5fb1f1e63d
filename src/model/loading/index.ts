// Public face of M1 loading: competitive Langmuir solver, rule resolution and per-payload EE/LC.
export { langmuirSingle, solveCompetitiveLangmuir } from './langmuir';
export type { CompetitiveSolution } from './langmuir';
export { computeLoading, isothermScaling, wholeFeedEncapsulationPct, loadingPool, partitionEE, resolveLoadingRule, specificSurfaceM2PerG, usesPartition, LOADING_PARAMS, AVOGADRO_PER_MOL } from './loading';
export type {
  LoadingInput,
  LoadingResult,
  LoadingGeometry,
  PayloadLoadingInput,
  PayloadLoadingResult,
  ResolvedLoadingRule,
  RuleOrigin,
  LoadingParamId,
  LoadingPool,
  PartitionEE,
  IsothermScaling,
} from './loading';
