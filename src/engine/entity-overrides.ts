// Overrides of catalog parameters by dotted id ('core.release.vRefNmPerH', 'agent.in10018.freeHalfLifeH', 'membrane.hela.prolongationVsRbc') and their enumeration for Monte Carlo.
import type { Param } from '../model/param';

export function isParam(x: unknown): x is Param {
  return typeof x === 'object' && x !== null && typeof (x as Param).value === 'number' && typeof (x as Param).unit === 'string' && typeof (x as Param).provenance === 'string';
}

/** Entity overrides grouped by entity prefix ('core', 'agent.<id>', 'membrane.<id>') with their paths split, in one pass. */
export function partitionEntityOverrides(overrides: Record<string, number> | undefined): Map<string, [string[], number][]> {
  const out = new Map<string, [string[], number][]>();
  if (!overrides) return out;
  for (const key of Object.keys(overrides)) {
    const value = overrides[key];
    if (!Number.isFinite(value)) continue;
    const parts = key.split('.');
    let prefix: string;
    if (parts[0] === 'core' && parts.length > 1) prefix = 'core';
    else if ((parts[0] === 'agent' || parts[0] === 'membrane') && parts.length > 2) prefix = `${parts[0]}.${parts[1]}`;
    else continue;
    const rest = parts.slice(prefix === 'core' ? 1 : 2);
    let list = out.get(prefix);
    if (!list) out.set(prefix, (list = []));
    list.push([rest, value]);
  }
  return out;
}

/**
 * A copy of `entity` with each (path, value) applied to the Param at that path; the original is untouched. Unknown
 * paths are ignored. Copy-on-write: each object on an overridden path is copied once.
 */
export function applyOverrideList<T extends object>(entity: T, list: readonly [string[], number][] | undefined): T {
  if (!list || list.length === 0) return entity;
  let root: Record<string, unknown> | null = null;
  const copied = new Set<unknown>();
  const copy = (x: unknown): Record<string, unknown> => {
    const c = (Array.isArray(x) ? [...x] : { ...(x as object) }) as Record<string, unknown>;
    copied.add(c);
    return c;
  };
  for (const [path, value] of list) {
    let node: unknown = entity;
    for (const seg of path) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[seg] : undefined;
    if (!isParam(node)) continue;
    root ??= copy(entity);
    let cur = root;
    for (let i = 0; i < path.length - 1; i++) {
      let child = cur[path[i]];
      if (!copied.has(child)) cur[path[i]] = child = copy(child);
      cur = child as Record<string, unknown>;
    }
    const last = path[path.length - 1];
    cur[last] = { ...(cur[last] as Param), value };
  }
  return (root ?? entity) as T;
}

/** A copy of `entity` with each override under `prefix.` (e.g. 'core.', 'agent.in10018.') applied; the original is untouched. */
export function applyEntityOverrides<T extends object>(entity: T, prefix: string, overrides: Record<string, number> | undefined): T {
  return applyOverrideList(entity, partitionEntityOverrides(overrides).get(prefix));
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
