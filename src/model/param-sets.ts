// The one registry of the model's ParamSets: each family's id, title, MODEL.md section and override prefix, and every model parameter by its override id.
import { GEOMETRY_PARAMS } from './geometry';
import { LOADING_PARAMS } from './loading';
import type { Param, ParamSet } from './param';
import { LOCAL_EFFECT_PARAMS } from './physics/local-effect';
import { PK_PARAMS } from './pk/params';
import { OUTCOME_PARAMS } from './outcome/params';
import { RADIOBIOLOGY_PARAMS } from './radiobiology/params';
import { RELEASE_PARAMS } from './release';
import { SCORE_PARAMS } from './score';
import { TARGETING_PARAMS } from './targeting';
import { WARNING_PARAMS } from './warnings';

export interface ModelParamSet {
  /** Family id: also the first segment of each override id ('targeting.uMax', 'radiobiology.alphaPerGy'). */
  id: string;
  title: string;
  /** MODEL.md section(s) it belongs to. */
  section: string;
  /** What is put before a key to make its override id ('' when the keys already carry it). */
  prefix: string;
  params: ParamSet;
}

/**
 * Every model-level family, in the order the engine lists them (Monte Carlo draws follow this order: do not reorder).
 * A new ParamSet is registered here and nowhere else: engine overrides, Monte Carlo, the parameter panel, the override
 * validation of the schema and the generated docs all read this list.
 */
export const MODEL_PARAM_SETS: readonly ModelParamSet[] = [
  { id: 'geometry', title: 'Geometry and coating', section: 'M0', prefix: '', params: GEOMETRY_PARAMS },
  { id: 'loading', title: 'Loading', section: 'M1', prefix: '', params: LOADING_PARAMS },
  { id: 'release', title: 'Release kinetics', section: 'M2', prefix: '', params: RELEASE_PARAMS },
  { id: 'targeting', title: 'Targeting and circulation', section: 'M3, M4.1', prefix: '', params: TARGETING_PARAMS },
  { id: 'radiobiology', title: 'Radiobiology (FAK, oxygen, LQ)', section: 'M4.4–M4.7', prefix: 'radiobiology.', params: RADIOBIOLOGY_PARAMS },
  { id: 'localEffect', title: 'Nanoscale local effect', section: 'M4.3', prefix: 'localEffect.', params: LOCAL_EFFECT_PARAMS as ParamSet },
  { id: 'score', title: 'Composite score (desirability limits)', section: 'M5', prefix: '', params: SCORE_PARAMS },
  { id: 'warnings', title: 'Design warning thresholds', section: 'M5 safety', prefix: '', params: WARNING_PARAMS },
  { id: 'pk', title: 'Time-resolved pharmacokinetics', section: 'M3.t', prefix: '', params: PK_PARAMS },
  // last: the score's Monte Carlo skips 'outcome.' ids (they do not enter the Scores), so earlier draws keep their order
  { id: 'outcome', title: 'Outcome: tumour control (TCP, repopulation, cisplatin)', section: 'Outcome (#16 §3)', prefix: 'outcome.', params: OUTCOME_PARAMS },
];

/** Model-level parameters (not tied to a catalog entity), by override id. */
export const MODEL_PARAMS: Readonly<Record<string, Param>> = Object.fromEntries(MODEL_PARAM_SETS.flatMap((s) => Object.entries(s.params).map(([k, p]) => [s.prefix + k, p])));

/** The override id of key `key` of the family `setId` (e.g. ('radiobiology', 'alphaPerGy') → 'radiobiology.alphaPerGy'). */
export function overrideId(setId: string, key: string): string {
  const set = MODEL_PARAM_SETS.find((s) => s.id === setId);
  return set ? set.prefix + key : key;
}
