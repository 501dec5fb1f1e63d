// The schema's public face: parse/complete/canonicalize formulations and workspaces, defaults, field descriptors, versions.
export type { Issue, Result } from './result';
export { formatIssue, formatIssues, prefixIssues } from './result';
export { editDistance, suggestKey, unknownFieldWarnings, MAX_UNKNOWN_FIELD_WARNINGS } from './unknown-fields';
export {
  FORMULATION_DEFAULTS,
  LOADING_MODE_NEEDS,
  MAX_JSON_CHARS,
  completeFormulation,
  defaultLoadingMode,
  defaultScenario,
  loadingModesOf,
  overrideIssues,
  parseFormulation,
  type ParseOptions,
  parseJsonText,
  parseMeasurements,
  type Calibrations,
  type MeasuredLoadingSet,
  type MeasuredReleaseCurve,
  type Measurements,
  type Coating,
  type Formulation,
  type Payload,
  type Scenario,
} from './formulation';
export { parseDocument, parseWorkspace, type ParsedDocument, type Workspace } from './workspace';
export { canonicalFormulation, canonicalWorkspace, round6 } from './canonical';
export { FORMULATION_UPGRADERS, LATEST_VERSION, WORKSPACE_UPGRADERS, detectVersion, schemaId, upgrade, upgradeTo, type DocumentKind, type Upgrader } from './upgrade';
export {
  DIAMETER_FIELD,
  DOSE_BASES,
  FEED_FIELD,
  FORMULATION_SCHEMA_V1,
  FRACTION_FIELD,
  FRACTION_SUM_TOLERANCE,
  LIMITS,
  MEASURED_EE_FIELD,
  MEASURED_LC_FIELD,
  MEASURED_PH_FIELD,
  MEASURED_RELEASE_FIELD,
  MEASURED_RELEASE_TOLERANCE_PCT,
  MEASURED_TIME_FIELD,
  MEASUREMENT_LIMITS,
  MEDIA,
  MEMBRANE_RATIO_FIELD,
  ROUTES,
  SCENARIO_FIELDS,
  SPECIES,
  WORKSPACE_SCHEMA_V1,
  inRange,
  rangeText,
  type ChoiceField,
  type DoseBasis,
  type FieldDescriptor,
  type NumberField,
  type TextField,
} from './v1/fields';
