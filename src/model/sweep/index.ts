// Public face of sweep planning (pure): spec parsing, ranges, cartesian indexing, shards, paths, CSV and fast-path helpers.
export * from './plan';
export * from './csv';
export * from './fast';
