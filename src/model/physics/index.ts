// Public face of the photon physics: NIST coefficients, composition, beams, dose enhancement and the local effect.
export * from './photon';
export * from './composition';
export * from './beams';
export * from './dose-enhancement';
export * from './local-effect';
export * from './explain';
