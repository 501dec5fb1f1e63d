// Public face of M3 targeting/circulation and M4.1 tumour concentrations.
export * from './params';
export * from './circulation';
export * from './delivery';
export * from './tumor-dose';
export { exposureAverage, gaussLaguerre } from './quadrature';
export * from './free-drug';
export * from './micelle-stability';
