// The library layer's public face: validation checks (V1–V9), literature comparisons, preset scoring, the tour, glossary look-up, docs tables.
export { validationChecks, VALIDATION_CHECKS, invariantViolations, isPhResponsive, randomFormulation, referenceSse, syntheticRelease, withinRel, inRange, V8_SAMPLE } from './validation';
export type { CheckId, CheckPart, ValidationCheck } from './validation';
export { compareWithLiterature, compareTarget, metricValue, agreementSummary, POINT_TOLERANCE } from './compare';
export type { LiteratureComparison, Verdict } from './compare';
export { scoreDraft, scorePreset, presetScores } from './score';
export type { DraftScore } from './score';
export { TOUR_STEPS, tourStep, scoreStrip, explainChange, highZRealityNote } from './tour';
export type { TourStep, TourStepId, SourcedQuote, StripItem, StripKey, ReasoningLine } from './tour';
export { glossaryEntry, glossaryAnchor, splitTerms, REQUIRED_TERMS } from './glossary';
export type { TextSegment } from './glossary';
export { presetCard, PRESET_FILTERS, presetsInFilter, BROKEN_PRESET_WARNING_CODES, presetProblems } from './presets';
export type { PresetCard, PresetFilterId } from './presets';
export { parametersMarkdown, allParams, MODEL_PARAM_SETS } from './param-tables';
