// Public face of M3.t, the time-resolved pharmacokinetics: compartments, curves, AUCs, delivery ratios and per-fraction exposures.
export * from './params';
export * from './model';
export * from './fraction-exposure';
export * from './extracellular';
export * from './terminal';
export { expm, aucInfinity, aucTo } from './linear';
export * from './explain';
