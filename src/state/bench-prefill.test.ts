// The Bench sheet's Calibrate prefills (library/bench) read back by the app's own importers: the release CSV reader and the loading table reader.
import { describe, expect, it } from 'vitest';
import { loadingPrefillCsv, releasePrefillCsv } from '../library/bench';
import { importReleaseCsv } from '../share/csv/release-import';
import { parseLoadingTable } from './loading-csv';

describe('Calibrate prefills read back by the importers', () => {
  it('release: t = 0 and 24 h per measured pH', () => {
    const csv = releasePrefillCsv({ release24h: [{ pH: 5.0, releasedPct: 80 }, { pH: 7.4, releasedPct: 12.5 }] })!;
    const r = importReleaseCsv(csv);
    expect(r.errors).toEqual([]);
    expect(r.curves.map((c) => [c.pH, c.points])).toEqual([[7.4, [[0, 0], [24, 12.5]]], [5, [[0, 0], [24, 80]]]]);
    expect(releasePrefillCsv({})).toBeNull();
  });

  it('loading: the design feed with the measured EE (LC when no EE)', () => {
    expect(parseLoadingTable(loadingPrefillCsv({ loading: [{ agent: 'in10018', encapsulationEfficiencyPct: 60 }] }, 'in10018', 0.2)!)).toEqual([{ feedMassRatio: 0.2, encapsulationEfficiencyPct: 60 }]);
    expect(parseLoadingTable(loadingPrefillCsv({ loading: [{ agent: 'bismuth', loadingCapacityPct: 9 }] }, 'bismuth', 0.3)!)).toEqual([{ feedMassRatio: 0.3, loadingCapacityPct: 9 }]);
    expect(loadingPrefillCsv({ loading: [{ agent: 'bismuth', loadingCapacityPct: 9 }] }, 'in10018', 0.3)).toBeNull();
  });
});
