// Inverse design's public face: the spec (nanoplatform.optimize/1), its outputs, runs, merge, robust percentiles, CSV and local sensitivity.
export * from './outputs';
export * from './spec';
export * from './problem';
export * from './run';
export * from './sensitivity';
