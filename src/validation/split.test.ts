// The frozen split is the rule's output (not hand-picked), keeps a paper on one side, never holds out a number that set a
// parameter, and records added later never move a frozen one; the hash and paper key against hand-derived values.
import { describe, expect, it } from 'vitest';
import { CORPUS, FROZEN_SPLIT, computeSplit, fnv1a, paperKey, sideOf, evaluateCorpus, type CorpusRecord } from './index';

const rec = (id: string, authors: string, year: number | null, metric: 'ee-pct' | 'size-nm' = 'ee-pct', sets = false): CorpusRecord => ({
  id,
  system: { preset: 'doxil' },
  condition: { medium: 'buffer', species: 'in-vitro' },
  quantity: { metric } as CorpusRecord['quantity'],
  value: 50,
  source: { authors, journal: 'J', year, locator: 'abstract' },
  provenance: 'read',
  setsCatalogParameter: sets,
});

describe('split rule', () => {
  it('FNV-1a 32-bit matches the published test vectors', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });
  it('paper key: first author surname (accents folded) and year; corporate authors and missing years', () => {
    expect(paperKey(rec('x', 'Chithrani DB, Jelveh S, Jalali F, et al.', 2010))).toBe('chithrani-2010');
    expect(paperKey(rec('x', 'Pötter R, Tanderup K', 2021))).toBe('potter-2021');
    expect(paperKey(rec('x', 'Janssen', null))).toBe('janssen-nd');
  });
  it('a small fixture splits by hand: ⌈6/3⌉ = 2 calibration papers, the forced one plus the lowest hash', () => {
    const papers = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot'];
    const records = papers.flatMap((p, i) => [rec(`${p}-1`, `${p} A`, 2000 + i, 'ee-pct', p === 'delta'), rec(`${p}-2`, `${p} A`, 2000 + i)]);
    const split = computeSplit(records, 7, 1 / 3);
    // the lowest FNV-1a('7|loading|<paper>-<year>') among the five free papers goes with the forced 'delta'
    const free = papers.filter((p) => p !== 'delta').map((p, i) => ({ key: `${p}-${2000 + papers.indexOf(p)}`, h: fnv1a(`7|loading|${p}-${2000 + papers.indexOf(p)}`), i }));
    const lowest = free.sort((a, b) => a.h - b.h)[0].key;
    const cal = [...new Set(Object.values(split).filter((e) => e.side === 'calibration').map((e) => e.paper))].sort();
    expect(cal).toEqual([lowest, 'delta-2003'].sort());
    // both records of a paper are on one side
    for (const p of papers) expect(split[`${p}-1`].side).toBe(split[`${p}-2`].side);
  });
  it('kinds are split separately (stratified): a size paper does not count toward loading', () => {
    const records = [rec('a', 'A', 1), rec('b', 'B', 2), rec('c', 'C', 3), rec('d', 'D', 4, 'size-nm'), rec('e', 'E', 5, 'size-nm'), rec('f', 'F', 6, 'size-nm')];
    const s = computeSplit(records, 1, 1 / 3);
    expect(['a', 'b', 'c'].filter((id) => s[id].side === 'calibration')).toHaveLength(1);
    expect(['d', 'e', 'f'].filter((id) => s[id].side === 'calibration')).toHaveLength(1);
  });
});

describe('the frozen split', () => {
  const frozenRecords = CORPUS.filter((r) => r.id in FROZEN_SPLIT.records);
  it('is exactly what the rule gives for the records it froze (seed and share as stored)', () => {
    expect(frozenRecords.length).toBe(Object.keys(FROZEN_SPLIT.records).length);
    expect(computeSplit(frozenRecords, FROZEN_SPLIT.seed, FROZEN_SPLIT.calibrationShare)).toEqual(FROZEN_SPLIT.records);
  });
  it('was frozen with the corpus of #17 (≥ 80 records) and every current record has a side', () => {
    expect(frozenRecords.length).toBeGreaterThanOrEqual(80);
    for (const r of CORPUS) expect(['calibration', 'held-out']).toContain(sideOf(r));
  });
  it('no number that set a catalog parameter is held out, and no (kind, paper) group is divided', () => {
    const groups = new Map<string, Set<string>>();
    for (const r of CORPUS) {
      if (r.setsCatalogParameter) expect(sideOf(r), r.id).toBe('calibration');
      const e = FROZEN_SPLIT.records[r.id];
      const key = `${e?.kind}|${paperKey(r)}`;
      groups.set(key, (groups.get(key) ?? new Set()).add(sideOf(r)));
    }
    for (const [k, sides] of groups) expect(sides.size, k).toBe(1);
  });
  it('a record added later joins its paper\'s side; a new paper draws its own side; frozen records never move', () => {
    const anyHeld = CORPUS.find((r) => FROZEN_SPLIT.records[r.id]?.side === 'held-out')!;
    expect(sideOf({ ...anyHeld, id: 'added-later-same-paper' })).toBe('held-out');
    const fresh = rec('added-later-new-paper', 'Newauthor X', 2031);
    const h = fnv1a(`${FROZEN_SPLIT.seed}|loading|newauthor-2031`) / 2 ** 32;
    expect(sideOf(fresh)).toBe(h < FROZEN_SPLIT.calibrationShare ? 'calibration' : 'held-out');
    expect(sideOf({ ...fresh, setsCatalogParameter: true })).toBe('calibration');
    for (const r of frozenRecords) expect(sideOf(r)).toBe(FROZEN_SPLIT.records[r.id].side);
  });
  it('a new paper whose group holds a parameter-setting record is calibration for every record of it (the group is never divided)', () => {
    // a paper key whose hash draws held-out, so only the group rule can make it calibration
    let year = 2031;
    while (fnv1a(`${FROZEN_SPLIT.seed}|loading|newauthor-${year}`) / 2 ** 32 < FROZEN_SPLIT.calibrationShare) year++;
    const setter = { ...rec('added-later-setter', 'Newauthor X', year), setsCatalogParameter: true };
    const other = rec('added-later-other', 'Newauthor X', year);
    expect(sideOf(other, FROZEN_SPLIT, [])).toBe('held-out');
    expect(sideOf(other, FROZEN_SPLIT, [setter, other])).toBe('calibration');
    expect(sideOf(setter, FROZEN_SPLIT, [setter, other])).toBe('calibration');
  });
  it('the report carries each record\'s frozen side', () => {
    for (const r of evaluateCorpus().results) if (FROZEN_SPLIT.records[r.id]) expect(r.use, r.id).toBe(FROZEN_SPLIT.records[r.id].side);
  });
});
