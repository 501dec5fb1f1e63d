// runSweep through the engine: an invalid candidate keeps its varied values in the row and says why in the error column.
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../model/sweep';
import { runSweep } from './sweep';

describe('runSweep error rows', () => {
  it('a candidate that cannot be built (no payload to vary) still shows its values; the reason names the path', () => {
    const r = runSweep({ base: { core: { material: 'zif-8' } }, vary: { 'scenario.fractionDoseGy': [1, 3], 'payloads.0.feedMassRatio': [0.1] } });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const rows = parseCsv(r.csv);
    expect(rows.slice(1).map((x) => x.slice(0, 2))).toEqual([['1', '0.1'], ['3', '0.1']]);
    for (const row of rows.slice(1)) {
      expect(row.slice(2, -1).every((c) => c === '')).toBe(true);
      expect(row[row.length - 1]).toMatch(/^payloads\.0: the base formulation has no payloads list/);
    }
  });
  it('an empty shard prints nothing at all (not an empty line), so shards still concatenate', () => {
    const r = runSweep({ base: {}, vary: { 'core.diameterNm': [50] } }, { shard: { i: 2, n: 3 }, header: false });
    expect(r.ok && r.csv).toBe('');
  });
});
