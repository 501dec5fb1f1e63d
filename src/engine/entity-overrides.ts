// Overrides of catalog parameters by dotted id ('core.release.vRefNmPerH', 'agent.in10018.freeHalfLifeH', 'membrane.hela.prolongationVsRbc') and their enumeration for Monte Carlo.
import { isParam } from '../model/guards';
import type { Param } from '../model/param';

/** Parsed override keys: key → [entity prefix, path inside the entity], or null for a non-entity key (memoized, bounded). */
const KEY_CACHE = new Map<string, readonly [string, string[]] | null>();
const KEY_CACHE_LIMIT = 8192;

export function parseEntityKey(key: string): readonly [string, string[]] | null {
  const hit = KEY_CACHE.get(key);
  if (hit !== undefined) return hit;
  const parts = key.split('.');
  let out: readonly [string, string[]] | null = null;
  if (parts[0] === 'core' && parts.length > 1) out = ['core', parts.slice(1)];
  else if ((parts[0] === 'agent' || parts[0] === 'membrane') && parts.length > 2) out = [`${parts[0]}.${parts[1]}`, parts.slice(2)];
  if (KEY_CACHE.size >= KEY_CACHE_LIMIT) KEY_CACHE.clear();
  KEY_CACHE.set(key, out);
  return out;
}

/** Entity overrides grouped by entity prefix ('core', 'agent.<id>', 'membrane.<id>') with their paths split, in one pass. */
export function partitionEntityOverrides(overrides: Record<string, number> | undefined): Map<string, [string[], number][]> {
  const out = new Map<string, [string[], number][]>();
  if (!overrides) return out;
  for (const key in overrides) {
    const value = overrides[key];
    if (!Number.isFinite(value)) continue;
    const parsed = parseEntityKey(key);
    if (parsed === null) continue;
    let list = out.get(parsed[0]);
    if (!list) out.set(parsed[0], (list = []));
    list.push([parsed[1], value]);
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
  let copied: Set<unknown> | null = null;
  for (let k = 0; k < list.length; k++) {
    const path = list[k][0];
    const value = list[k][1];
    let node: unknown = entity;
    for (let i = 0; i < path.length; i++) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[path[i]] : undefined;
    if (!isParam(node)) continue;
    if (root === null) {
      root = shallowCopy(entity);
      copied = new Set<unknown>([root]);
    }
    let cur = root;
    for (let i = 0; i < path.length - 1; i++) {
      let child = cur[path[i]];
      if (!copied!.has(child)) {
        child = shallowCopy(child);
        copied!.add(child);
        cur[path[i]] = child;
      }
      cur = child as Record<string, unknown>;
    }
    const last = path[path.length - 1];
    cur[last] = withValue(cur[last] as Param, value);
  }
  return (root ?? entity) as T;
}

/**
 * A copy of a Param with another value (marked as set by override when it differs): the same own fields, copied field by field (a generic object spread is slow on
 * Params, whose optional fields give them many shapes; Monte Carlo copies ~50 per draw).
 */
function withValue(p: Param, value: number): Param {
  // A changed value is no longer the catalog's: it is the user's (or a sweep's, a draw's) — never shown under the
  // catalog's provenance (e.g. 'fitted to the calibration records') or its literature sentence alone.
  const same = value === p.value;
  const c: Param = same
    ? { value, unit: p.unit, source: p.source, provenance: p.provenance }
    : { value, unit: p.unit, source: `set by override (catalog value ${p.value} ${p.unit}: ${p.source})`, provenance: 'assumption' };
  if (p.verify !== undefined) c.verify = p.verify;
  if (p.spread !== undefined) c.spread = p.spread;
  if (p.min !== undefined) c.min = p.min;
  if (p.max !== undefined) c.max = p.max;
  if (p.label !== undefined) c.label = p.label;
  if (p.description !== undefined) c.description = p.description;
  return c;
}

function shallowCopy(x: unknown): Record<string, unknown> {
  return (Array.isArray(x) ? [...x] : { ...(x as object) }) as Record<string, unknown>;
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
