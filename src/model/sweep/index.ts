// Public face of sweep planning (pure): spec parsing, ranges, cartesian indexing, shards, paths and CSV.
export * from './plan';
export * from './csv';
