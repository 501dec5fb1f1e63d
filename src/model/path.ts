// The one path helper: immutable get/set/delete of a value in plain JSON by a dotted path with numeric array indices ('payloads.1.feedMassRatio').

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

export function splitPath(path: string): (string | number)[] {
  return path.split('.').filter(Boolean).map((k) => (/^\d+$/.test(k) ? Number(k) : k));
}

export function getPath(root: unknown, path: string | (string | number)[]): unknown {
  const keys = typeof path === 'string' ? splitPath(path) : path;
  let cur: unknown = root;
  for (const k of keys) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[k];
  }
  return cur;
}

/** A copy of `root` with `value` at `path`; intermediate objects/arrays are created (and copied) as needed. */
export function setPath<T>(root: T, path: string | (string | number)[], value: unknown): T {
  const keys = typeof path === 'string' ? splitPath(path) : path;
  if (keys.length === 0) return value as T;
  const [head, ...rest] = keys;
  const base: unknown = root ?? (typeof head === 'number' ? [] : {});
  if (Array.isArray(base)) {
    const copy = base.slice();
    copy[head as number] = setPath(copy[head as number], rest, value);
    return copy as T;
  }
  const obj = base as Record<string, unknown>;
  return { ...obj, [head]: setPath(obj[head as string], rest, value) } as T;
}

/** A copy of `root` without the key at `path` (array elements are spliced out). */
export function deletePath<T>(root: T, path: string | (string | number)[]): T {
  const keys = typeof path === 'string' ? splitPath(path) : path;
  if (keys.length === 0) return root;
  const parentKeys = keys.slice(0, -1);
  const last = keys[keys.length - 1];
  const parent = getPath(root, parentKeys);
  if (parent === null || typeof parent !== 'object') return root;
  let next: unknown;
  if (Array.isArray(parent)) next = parent.filter((_, i) => i !== last);
  else {
    const { [last as string]: _drop, ...restObj } = parent as Record<string, unknown>;
    next = restObj;
  }
  return parentKeys.length ? setPath(root, parentKeys, next) : (next as T);
}
