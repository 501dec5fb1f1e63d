// Measured data in the store: they live in draft.measurements, so undo/redo, autosave (workspaceOf) and links include
// them; every table the CSV importers accept is valid for the schema (one set of bounds).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeLink, encodeLink } from '../share';
import { parseMeasurements } from '../schema';
import { useStore, undo, redo } from './store';
import { workspaceOf } from './persistence';
import { measurementsOf, withMeasurements } from './measurements';
import { parseReleaseTable } from './release-csv';
import { parseLoadingTable } from './loading-csv';

const CSV = ['time_h,pH 7.4,pH 5.0', '0,0,0', '1,2.1,18', '2,3.9,31', '4,6.2,49', '8,9.8,68', '12,12.0,79', '24,16.5,91', '48,22,96'].join('\n');

describe('store: measured data are part of the formulation', () => {
  it('import → draft.measurements; undo removes them, redo brings them back; the saved workspace and the link carry them', () => {
    const id = useStore.getState().selectedId;
    const cand = () => useStore.getState().candidates.find((c) => c.id === id)!;
    expect(cand().draft.measurements).toBeUndefined();
    const data = parseReleaseTable(CSV);
    useStore.getState().setMeasuredRelease(id, data);
    expect(measurementsOf(cand()).release).toEqual(data);
    expect(measurementsOf(cand()).release.map((c) => c.points.length)).toEqual([8, 8]);
    const saved = workspaceOf(useStore.getState().candidates);
    const f = saved.formulations[0] as unknown as { measurements: unknown };
    expect(f.measurements).toEqual({ release: data });
    const link = decodeLink(encodeLink(saved));
    expect(link.ok && (link.workspace.formulations[0] as unknown as { measurements: unknown }).measurements).toEqual({ release: data });
    undo();
    expect(cand().draft.measurements).toBeUndefined();
    redo();
    expect(measurementsOf(cand()).release).toEqual(data);
    // loading points sit beside them; removing the release curves keeps the loading set
    useStore.getState().setMeasuredLoading(id, [{ agent: 'in10018', points: parseLoadingTable('feed,EE %\n0.1,90\n0.4,60') }]);
    useStore.getState().setMeasuredRelease(id, undefined);
    expect(cand().draft.measurements).toEqual({ loading: [{ agent: 'in10018', points: [{ feedMassRatio: 0.1, encapsulationEfficiencyPct: 90 }, { feedMassRatio: 0.4, encapsulationEfficiencyPct: 60 }] }] });
    useStore.getState().setMeasuredLoading(id, []);
    expect(cand().draft).not.toHaveProperty('measurements');
  });

  it('measurementsOf: same object → same result (fits memoized on it do not rerun); invalid data → issues, no points', () => {
    const draft = withMeasurements({ core: { material: 'zif-8' } }, 'release', parseReleaseTable(CSV));
    expect(measurementsOf(draft)).toBe(measurementsOf({ ...draft, name: 'renamed' }));
    const broken = { measurements: { release: [{ pH: 99, points: [[0, 0], [1, 1]] }] } };
    expect(measurementsOf(broken).release).toEqual([]);
    expect(measurementsOf(broken).issues[0].path).toBe('measurements.release.0.pH');
    expect(measurementsOf(undefined).release).toEqual([]);
  });
});

describe('the CSV importers and the schema share their bounds', () => {
  it('property: every release table the importer accepts is valid formulation.measurements.release', () => {
    const cell = fc.oneof(fc.double({ min: -20, max: 130, noNaN: true }).map((x) => x.toFixed(3)), fc.constant(''));
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.double({ min: 0.5, max: 15, noNaN: true }).map((x) => x.toFixed(2)), { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(fc.double({ min: -1, max: 12_000, noNaN: true }).map((x) => x.toFixed(4)), fc.array(cell, { minLength: 4, maxLength: 4 })), { minLength: 1, maxLength: 12 }),
        (phs, rows) => {
          const csv = [`time_h,${phs.map((p) => `pH ${p}`).join(',')}`, ...rows.map(([t, cells]) => [t, ...cells.slice(0, phs.length)].join(','))].join('\n');
          let data;
          try { data = parseReleaseTable(csv); } catch { return; }
          const r = parseMeasurements({ release: data });
          expect(r.ok, JSON.stringify(r)).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });
  it('property: every loading table the importer accepts is valid formulation.measurements.loading', () => {
    const num = (lo: number, hi: number) => fc.double({ min: lo, max: hi, noNaN: true }).map((x) => String(Number(x.toPrecision(9))));
    fc.assert(
      fc.property(fc.array(fc.tuple(num(-1, 120), fc.oneof(num(-5, 110), fc.constant('')), fc.oneof(num(-5, 110), fc.constant(''))), { minLength: 1, maxLength: 60 }), (rows) => {
        const csv = ['feed,EE %,LC %', ...rows.map((r) => r.join(','))].join('\n');
        let points;
        try { points = parseLoadingTable(csv); } catch { return; }
        const r = parseMeasurements({ loading: [{ agent: 'in10018', points }] });
        expect(r.ok, JSON.stringify(r)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
  it('the importers refuse what the schema refuses, naming the line or the limit', () => {
    expect(() => parseReleaseTable('time,pH 5\n0,0\n20000,50')).toThrow(/line 3, column 1 \("time"\): time must be ≥ 0 and ≤ 10000 h/);
    expect(() => parseReleaseTable('time,pH 15\n0,0\n1,50')).toThrow(/no release column.*"pH 15"\): pH 15 is not > 0 and ≤ 14/);
    const long = ['time,pH 5', ...Array.from({ length: 101 }, (_, i) => `${i},${Math.min(100, i)}`)].join('\n');
    expect(() => parseReleaseTable(long)).toThrow(/101 points; at most 100 per curve/);
    const many = ['t,release,pH', ...Array.from({ length: 13 }, (_, i) => [`0,0,${i + 1}`, `1,5,${i + 1}`]).flat()].join('\n');
    expect(() => parseReleaseTable(many)).toThrow(/at most 12 curves/);
    expect(() => parseLoadingTable('feed,EE\n200,50')).toThrow(/line 2: feed/);
    expect(() => parseLoadingTable('feed,LC\n1,99.99999999')).toThrow(/below 100/);
  });
});
