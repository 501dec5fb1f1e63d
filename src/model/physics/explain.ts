// Sourced parameters and explanations for physics/radiobiology: the shared model types (../param) plus an override-aware row.
import type { Explanation, Param } from '../param';

export type { Explanation, Param, Provenance, Spread } from '../param';
export { param, resolveParam } from '../param';

/** Parameter → explanation row; a user override is reported as such (source 'user override', provenance assumption). */
export function paramRow(name: string, p: Param, value: number = p.value): Explanation['params'][number] {
  const overridden = value !== p.value;
  return {
    name,
    value,
    unit: p.unit,
    source: overridden ? `user override (default ${p.value} ${p.unit}: ${p.source})` : p.verify ? `${p.source} (to verify)` : p.source,
    provenance: overridden ? 'assumption' : p.provenance,
  };
}
