// Migration of the old `npd.measured` key into formulation.measurements: nothing lost, unreadable data → recovery.
import { describe, expect, it } from 'vitest';
import type { StorageLike } from '../share';
import { LEGACY_MEASURED_KEY, finishLegacyMeasured, migrateLegacyMeasured, readLegacyMeasured } from './measured-legacy';
import type { Candidate } from './types';

class MemoryStorage implements StorageLike {
  map = new Map<string, string>();
  constructor(init: Record<string, string> = {}) { for (const [k, v] of Object.entries(init)) this.map.set(k, v); }
  getItem(k: string) { return this.map.get(k) ?? null; }
  setItem(k: string, v: string) { this.map.set(k, v); }
  removeItem(k: string) { this.map.delete(k); }
}

const curve = { pH: 5, points: [[0, 0], [2, 30], [24, 85]] as [number, number][] };
const loading = { agent: 'in10018', points: [{ feedMassRatio: 0.1, encapsulationEfficiencyPct: 92 }] };
const cand = (id: string, extra: Record<string, unknown> = {}): Candidate => ({ id, draft: { name: `cand ${id}`, core: { material: 'zif-8' }, ...extra } });
const legacy = (byId: unknown, version = 1) => new MemoryStorage({ [LEGACY_MEASURED_KEY]: JSON.stringify({ version, byId }) });

describe('readLegacyMeasured', () => {
  it('absent key: nothing to do', () => {
    expect(readLegacyMeasured(new MemoryStorage())).toEqual({ kind: 'none' });
  });
  it('the old format: entries by candidate id', () => {
    expect(readLegacyMeasured(legacy({ a: { release: [curve] } }))).toEqual({ kind: 'ok', byId: { a: { release: [curve] } } });
  });
  it('corrupted, foreign, future or unreadable data: a recovery that keeps the raw text and names the key', () => {
    const cases: [StorageLike, string][] = [
      [new MemoryStorage({ [LEGACY_MEASURED_KEY]: '{"version":1,"byId":{"a":{"release":[{"pH":5,' }), 'corrupted-json'],
      [new MemoryStorage({ [LEGACY_MEASURED_KEY]: '[1,2,3]' }), 'not-an-envelope'],
      [legacy({ a: {} }, 7), 'future-version'],
      [legacy({ a: {} }, 0), 'not-an-envelope'],
      [new MemoryStorage({ [LEGACY_MEASURED_KEY]: '{"version":1,"byId":[]}' }), 'not-an-envelope'],
    ];
    for (const [storage, reason] of cases) {
      const r = readLegacyMeasured(storage);
      expect(r.kind, reason).toBe('unreadable');
      if (r.kind !== 'unreadable') continue;
      expect(r.recovery.reason).toBe(reason);
      expect(r.recovery.raw).toBe(storage.getItem(LEGACY_MEASURED_KEY));
      expect(r.recovery.message).toContain(`"${LEGACY_MEASURED_KEY}"`);
    }
    const throwing: StorageLike = { getItem: () => { throw new Error('denied'); }, setItem: () => undefined, removeItem: () => undefined };
    const t = readLegacyMeasured(throwing);
    expect(t.kind === 'unreadable' && t.recovery.reason).toBe('unreadable-storage');
  });
});

describe('migrateLegacyMeasured', () => {
  it('moves each entry into its candidate\'s draft.measurements (validated) and reports it done', () => {
    const m = migrateLegacyMeasured([cand('a'), cand('b')], { a: { release: [curve], loading: [loading] } });
    expect(m.candidates[0].draft.measurements).toEqual({ release: [curve], loading: [loading] });
    expect(m.candidates[1].draft.measurements).toBeUndefined();
    expect(m.done).toEqual(['a']);
    expect(m.remaining).toEqual({});
    expect(m.problems).toEqual([]);
  });
  it('a candidate that already has measurements keeps them; the old entry is superseded (done)', () => {
    const mine = { release: [{ pH: 7.4, points: [[0, 0], [1, 1]] }] };
    const m = migrateLegacyMeasured([cand('a', { measurements: mine })], { a: { release: [curve] } });
    expect(m.candidates[0].draft.measurements).toBe(mine);
    expect(m.done).toEqual(['a']);
  });
  it('never loses points: entries without a candidate, or refused by the schema, stay under the old key with a notice', () => {
    const bad = { release: [{ pH: 5, points: [[0, 0], [1, 250]] }] };
    const m = migrateLegacyMeasured([cand('a'), cand('b')], { a: bad, gone: { release: [curve] }, b: { release: [curve] } });
    expect(m.candidates[0].draft.measurements).toBeUndefined();
    expect(m.candidates[1].draft.measurements).toEqual({ release: [curve] });
    expect(m.done).toEqual(['b']);
    expect(m.remaining).toEqual({ a: bad, gone: { release: [curve] } });
    expect(m.problems).toHaveLength(1);
    expect(m.problems[0]).toContain('"cand a"');
    expect(m.problems[0]).toContain('measurements.release.0.points.1.1: released must be ≥ -5 and ≤ 105 % (got 250)');
  });
  it('empty old entries count as done and add nothing', () => {
    const m = migrateLegacyMeasured([cand('a')], { a: { release: [], loading: [] } });
    expect(m.candidates[0].draft).not.toHaveProperty('measurements');
    expect(m.done).toEqual(['a']);
  });
});

describe('finishLegacyMeasured (after the workspace with the migrated data was saved)', () => {
  it('removes the key when everything moved, keeps only the remainder otherwise', () => {
    const s = legacy({ a: { release: [curve] } });
    expect(finishLegacyMeasured(s, {})).toEqual({ ok: true });
    expect(s.getItem(LEGACY_MEASURED_KEY)).toBeNull();
    const t = legacy({ a: { release: [curve] }, gone: { release: [curve] } });
    finishLegacyMeasured(t, { gone: { release: [curve] } });
    expect(JSON.parse(t.getItem(LEGACY_MEASURED_KEY)!)).toEqual({ version: 1, byId: { gone: { release: [curve] } } });
    // what stays is read back the same way next time
    const again = readLegacyMeasured(t);
    expect(again.kind === 'ok' && again.byId).toEqual({ gone: { release: [curve] } });
  });
});
