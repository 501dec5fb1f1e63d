// Array building for the per-candidate chain: the same elements kind however V8 runs the caller (see mapArray).

/**
 * `items.map(fn)` built by index into `new Array(n)`. V8's Array.prototype.map returns a packed array from its builtin
 * but a holey one from code its optimising compiler inlined it into, so an array that one stage maps and another reads
 * changes map when the first is optimised or deoptimised, and every optimised reader of it deoptimises in turn
 * (a 10,000-row sweep spent about a third of its compile time on such re-optimisations). Built here, it is always holey.
 */
export function mapArray<T, U>(items: readonly T[], fn: (item: T, index: number) => U): U[] {
  const n = items.length;
  const out = new Array<U>(n);
  for (let i = 0; i < n; i++) out[i] = fn(items[i], i);
  return out;
}
