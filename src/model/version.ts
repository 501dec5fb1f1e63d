// Semver of the scoring model: a Scores object may only change when this changes (contract §2 `modelVersion`).
/** Bump the minor version when a default parameter or equation changes results; the major version when keys change. */
export const MODEL_VERSION = '1.8.0';
