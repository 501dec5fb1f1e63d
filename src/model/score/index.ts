// Public face of the M5 composite score.
export * from './desirability';
