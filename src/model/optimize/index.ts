// Public face of the multi-objective optimiser (pure NSGA-II).
export * from './nsga2';
