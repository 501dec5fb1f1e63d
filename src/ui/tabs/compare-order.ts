// The Compare table's order: its rows sorted by one column (missing values last), that sort in words, and whether the workspace list already has it (walk10 #16).

export interface SortSpec { key: string; dir: 'asc' | 'desc' }

/** Rows sorted by `value` in `dir`; rows whose value is missing (null/undefined) come last whatever the direction; ties keep their order. */
export function sortRows<R>(rows: readonly R[], value: (r: R) => string | number | null | undefined, dir: SortSpec['dir']): R[] {
  const keyed = rows.map((r, i) => ({ r, i, v: value(r) }));
  keyed.sort((a, b) => {
    const ma = a.v === null || a.v === undefined, mb = b.v === null || b.v === undefined;
    if (ma || mb) return ma === mb ? a.i - b.i : ma ? 1 : -1;
    const cmp = typeof a.v === 'string' ? a.v.localeCompare(String(b.v)) : (a.v as number) - (b.v as number);
    return (dir === 'asc' ? cmp : -cmp) || a.i - b.i;
  });
  return keyed.map((k) => k.r);
}

/** What the table is sorted by, as a reader says it: "rank, best first", "Overall score, highest first", "name, A to Z". */
export function sortPhrase(sort: SortSpec, label: string): string {
  if (sort.key === 'rank') return `rank, ${sort.dir === 'asc' ? 'best first' : 'lowest-ranked first'}`;
  if (sort.key === 'name') return `name, ${sort.dir === 'asc' ? 'A to Z' : 'Z to A'}`;
  return `${label}, ${sort.dir === 'desc' ? 'highest' : 'lowest'} first`;
}

/** Whether two id lists are the same order. */
export function sameOrder(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
