// The frozen calibration / held-out split of the corpus (#27): the rule written down before any model change, the paper
// key it groups by, and the side of every record (split.json holds the frozen assignment; tests prove it is the rule's).
import { CORPUS } from './corpus';
import frozen from './split.json';
import { METRIC_KIND, type CorpusKind, type CorpusRecord } from './schema';

export type Side = 'calibration' | 'held-out';

/** Seed of the split and of the cross-validation folds (fixed; changing it is a new split, never done after a model change). */
export const SPLIT_SEED = 20261207;
/** Share of each kind's source papers that goes to the calibration side (at least, counting papers that set a parameter). */
export const CALIBRATION_SHARE = 1 / 3;

export interface SplitEntry {
  kind: CorpusKind;
  paper: string;
  side: Side;
}

export interface FrozenSplit {
  seed: number;
  calibrationShare: number;
  frozenOn: string;
  records: Record<string, SplitEntry>;
}

/** 32-bit FNV-1a hash of a string (deterministic across platforms; no Math.random). */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * The source paper of a record: first author's surname (or the first word of a corporate author) and the year, e.g.
 * 'chithrani-2010', 'janssen-nd'. Records of one paper share it whatever the table or figure they were read from.
 */
export function paperKey(r: CorpusRecord): string {
  const first = r.source.authors.trim().split(/[\s,(]+/)[0] ?? '';
  const name = first.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]/g, '') || 'unknown';
  return `${name}-${r.source.year ?? 'nd'}`;
}

export const kindOf = (r: CorpusRecord): CorpusKind => METRIC_KIND[r.quantity.metric];
const groupKey = (kind: CorpusKind, paper: string) => `${kind}|${paper}`;
const rank = (seed: number, kind: CorpusKind, paper: string) => fnv1a(`${seed}|${kind}|${paper}`);

/**
 * The split rule (docs/validation.md 'Split'), applied to a set of records at once:
 * 1. records are grouped by (kind, source paper); a group is never divided between the sides;
 * 2. a group containing a record that set a catalog parameter is calibration (it cannot be held out honestly);
 * 3. within each kind the other groups are ordered by FNV-1a(seed|kind|paper) and the lowest go to calibration until
 *    ⌈G_k × share⌉ of the kind's G_k groups are calibration; the rest are held out.
 */
export function computeSplit(records: readonly CorpusRecord[], seed = SPLIT_SEED, share = CALIBRATION_SHARE): Record<string, SplitEntry> {
  const groups = new Map<string, { kind: CorpusKind; paper: string; forced: boolean; ids: string[] }>();
  for (const r of records) {
    const kind = kindOf(r);
    const paper = paperKey(r);
    const key = groupKey(kind, paper);
    const g = groups.get(key) ?? { kind, paper, forced: false, ids: [] };
    g.forced ||= r.setsCatalogParameter;
    g.ids.push(r.id);
    groups.set(key, g);
  }
  const side = new Map<string, Side>();
  const kinds = [...new Set([...groups.values()].map((g) => g.kind))];
  for (const kind of kinds) {
    const gs = [...groups.values()].filter((g) => g.kind === kind);
    const target = Math.ceil(gs.length * share);
    const forced = gs.filter((g) => g.forced);
    const free = gs.filter((g) => !g.forced).sort((a, b) => rank(seed, kind, a.paper) - rank(seed, kind, b.paper) || a.paper.localeCompare(b.paper));
    const extra = Math.max(0, target - forced.length);
    for (const g of forced) side.set(groupKey(kind, g.paper), 'calibration');
    free.forEach((g, i) => side.set(groupKey(kind, g.paper), i < extra ? 'calibration' : 'held-out'));
  }
  const out: Record<string, SplitEntry> = {};
  for (const g of groups.values()) for (const id of g.ids) out[id] = { kind: g.kind, paper: g.paper, side: side.get(groupKey(g.kind, g.paper))! };
  return out;
}

export const FROZEN_SPLIT = frozen as FrozenSplit;

/**
 * The side of a record: its frozen assignment; for a record added after the freeze, the side of its (kind, paper) group
 * when the group was frozen, else a new group's own draw (calibration when it set a parameter or when
 * FNV-1a(seed|kind|paper)/2³² < share) — so adding records never moves a frozen one. A new group "set a parameter" when
 * any of its records in `corpus` did (rules 1–2: a group is never divided, and a group holding a parameter-setting
 * number is calibration; #27 pk5: before, only the record's own flag was read, which could divide a group added after
 * the freeze).
 */
export function sideOf(r: CorpusRecord, split: FrozenSplit = FROZEN_SPLIT, corpus: readonly CorpusRecord[] = CORPUS): Side {
  const f = split.records[r.id];
  if (f) return f.side;
  const kind = kindOf(r);
  const paper = paperKey(r);
  const sibling = Object.values(split.records).find((e) => e.kind === kind && e.paper === paper);
  if (sibling) return sibling.side;
  if (r.setsCatalogParameter) return 'calibration';
  if (corpus.some((o) => o.setsCatalogParameter && kindOf(o) === kind && paperKey(o) === paper)) return 'calibration';
  return rank(split.seed, kind, paper) / 2 ** 32 < split.calibrationShare ? 'calibration' : 'held-out';
}

/** Cross-validation folds of a kind's calibration papers: ordered by FNV-1a(seed|cv|kind|paper), dealt round-robin into k folds. */
export function foldOfPapers(kind: CorpusKind, papers: readonly string[], k: number, seed = SPLIT_SEED): Map<string, number> {
  const sorted = [...new Set(papers)].sort((a, b) => fnv1a(`${seed}|cv|${kind}|${a}`) - fnv1a(`${seed}|cv|${kind}|${b}`) || a.localeCompare(b));
  return new Map(sorted.map((p, i) => [p, i % k]));
}
