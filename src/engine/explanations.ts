// Explanations of one score gathered by Scores path (contract §2 `explanations`), from the sub-models' own lists.
import type { Explanation } from '../model/param';

/** Append one explanation under a Scores path. */
export function push(map: Record<string, Explanation[]>, key: string, ex: Explanation): void {
  const list = map[key];
  if (list) list.push(ex);
  else map[key] = [ex];
}

/** Append a list of explanations under a Scores path. */
export function pushAll(map: Record<string, Explanation[]>, key: string, ex: readonly Explanation[]): void {
  let list = map[key];
  if (!list) map[key] = list = [];
  for (let i = 0; i < ex.length; i++) list.push(ex[i]);
}

/** Scores path of a radiosensitization explanation, by the prefix of its equation id (first match wins). */
const RADIO_KEYS: readonly (readonly [string, string])[] = [
  ['M4.2', 'radiosensitization.doseEnhancementFactor'],
  ['M4.3', 'radiosensitization.localEnhancementFactor'],
  ['M4.4-fak', 'radiosensitization.fakOccupancy'],
  ['M4.4-hyp', 'radiosensitization.hypoxicFraction'],
  ['M4.5', 'radiosensitization.sf2Treated'],
  ['M4.6', 'radiosensitization.sf2Treated'],
  ['M4.7-ser', 'radiosensitization.sensitizerEnhancementRatio'],
  ['M4.7-eqd2', 'radiosensitization.eqd2GainGy'],
];

const RADIO_KEY_BY_EQUATION = new Map<string, string>();

/** Scores path of a radiosensitization explanation (memoized per equation id, bounded). */
export function radioKey(equation: string): string {
  let key = RADIO_KEY_BY_EQUATION.get(equation);
  if (key === undefined) {
    key = 'radiosensitization';
    for (let i = 0; i < RADIO_KEYS.length; i++)
      if (equation.startsWith(RADIO_KEYS[i][0])) {
        key = RADIO_KEYS[i][1];
        break;
      }
    if (RADIO_KEY_BY_EQUATION.size >= 256) RADIO_KEY_BY_EQUATION.clear();
    RADIO_KEY_BY_EQUATION.set(equation, key);
  }
  return key;
}
