// Overrides of catalog parameters by dotted id ('core.release.vRefNmPerH', 'agent.in10018.freeHalfLifeH', 'membrane.hela.prolongationVsRbc') and their enumeration for Monte Carlo.
import type { Param } from '../model/param';

export function isParam(x: unknown): x is Param {
  return typeof x === 'object' && x !== null && typeof (x as Param).value === 'number' && typeof (x as Param).unit === 'string' && typeof (x as Param).provenance === 'string';
}

/** A copy of `entity` with each override under `prefix.` (e.g. 'core.') applied to the Param at that path; the original is untouched. */
export function applyEntityOverrides<T extends object>(entity: T, prefix: string, overrides: Record<string, number> | undefined): T {
  if (!overrides) return entity;
  let out: T = entity;
  const p = prefix + '.';
  for (const [key, value] of Object.entries(overrides)) {
    if (!key.startsWith(p) || !Number.isFinite(value)) continue;
    const path = key.slice(p.length).split('.');
    out = setParamAt(out, path, value) ?? out;
  }
  return out;
}

function setParamAt<T>(node: T, path: string[], value: number): T | null {
  if (typeof node !== 'object' || node === null) return null;
  if (path.length === 0) return isParam(node) ? ({ ...node, value } as T) : null;
  const [head, ...rest] = path;
  const child = (node as Record<string, unknown>)[head];
  if (child === undefined) return null;
  const next = setParamAt(child, rest, value);
  if (next === null) return null;
  return (Array.isArray(node) ? Object.assign([...node], { [head]: next }) : { ...node, [head]: next }) as T;
}

/** Every Param inside an entity, with its dotted path under `prefix` (e.g. 'core.release.kdPerH'). */
export function listEntityParams(entity: object, prefix: string): { id: string; param: Param }[] {
  const out: { id: string; param: Param }[] = [];
  const walk = (node: unknown, path: string) => {
    if (isParam(node)) {
      out.push({ id: path, param: node });
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    for (const [k, v] of Object.entries(node)) walk(v, `${path}.${k}`);
  };
  walk(entity, prefix);
  return out;
}
