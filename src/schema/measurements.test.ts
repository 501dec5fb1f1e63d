// formulation.measurements (extension): valid data kept field by field, every bad field named by its path, limits,
// canonical form (order, rounding, fixed point), and documents without it unchanged.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../catalog';
import {
  MEASUREMENT_LIMITS,
  canonicalFormulation,
  formatIssue,
  parseFormulation,
  parseMeasurements,
  type Formulation,
  type Issue,
  type Result,
} from './index';
import { measurementsArb } from './testing/arbitraries';

const valueOf = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(r.issues.map(formatIssue).join('\n'));
  return r.value;
};
const issuesOf = <T>(r: Result<T>): Issue[] => {
  if (r.ok) throw new Error(`expected failure, got ${JSON.stringify(r.value)}`);
  return r.issues;
};

const curve = (pH: number, n = 12) => ({ pH, points: Array.from({ length: n }, (_, i) => [i * 6, Math.min(100, i * 8.5)] as [number, number]) });
const izb = () => structuredClone(PRESETS['izb-ccm'].formulation) as unknown as Record<string, unknown>;
const withM = (measurements: unknown) => ({ ...izb(), measurements });
/** The one issue of a formulation whose measurements are `m`. */
const bad = (m: unknown): Issue => {
  const is = issuesOf(parseFormulation(withM(m)));
  expect(is, JSON.stringify(is)).toHaveLength(1);
  return is[0];
};

describe('formulation.measurements: valid data', () => {
  it('release curves and loading sets are kept as given (the CSV importers\' shapes)', () => {
    const m = {
      release: [{ ...curve(7.4), label: 'batch 3, PBS' }, { ...curve(5.0), agent: 'in10018' }],
      loading: [{ agent: 'in10018', points: [{ feedMassRatio: 0.1, encapsulationEfficiencyPct: 92 }, { feedMassRatio: 0.8, loadingCapacityPct: 31.5 }] }],
    };
    const f = valueOf(parseFormulation(withM(m)));
    expect(f.measurements).toEqual(m);
  });
  it('bounds are inclusive where the importers are: −5 and 105 %, time 0 and 10,000 h, pH 14, EE 0 and 100 %', () => {
    const m = { release: [{ pH: 14, points: [[0, -5], [10_000, 105]] }], loading: [{ agent: 'bismuth', points: [{ feedMassRatio: 100, encapsulationEfficiencyPct: 0 }, { feedMassRatio: 1e-6, encapsulationEfficiencyPct: 100 }] }] };
    expect(valueOf(parseFormulation(withM(m))).measurements).toEqual(m);
  });
  it('empty lists and an empty object mean "no data": left out, so the completed formulation equals one without the key', () => {
    const without = valueOf(parseFormulation(izb()));
    for (const m of [{}, { release: [] }, { loading: [] }, { release: [], loading: [] }]) expect(valueOf(parseFormulation(withM(m)))).toEqual(without);
    expect('measurements' in without).toBe(false);
  });
  it('limits at their maximum are accepted, one more is refused with the limit named', () => {
    const L = MEASUREMENT_LIMITS;
    const many = Array.from({ length: L.releaseCurves }, (_, i) => curve(1 + i, L.releasePoints));
    expect(valueOf(parseFormulation(withM({ release: many }))).measurements?.release).toHaveLength(L.releaseCurves);
    expect(bad({ release: [...many, curve(13.5)] })).toEqual({ path: 'measurements.release', message: `at most ${L.releaseCurves} release curves` });
    expect(bad({ release: [curve(7.4, L.releasePoints + 1)] })).toEqual({ path: 'measurements.release.0.points', message: `at most ${L.releasePoints} points per curve` });
    expect(bad({ release: [curve(7.4, 1)] })).toEqual({ path: 'measurements.release.0.points', message: 'at least 2 points per curve' });
    const pts = (n: number) => Array.from({ length: n }, (_, i) => ({ feedMassRatio: 0.01 * (i + 1), encapsulationEfficiencyPct: 50 }));
    expect(valueOf(parseFormulation(withM({ loading: [{ agent: 'in10018', points: pts(L.loadingPoints) }] }))).measurements?.loading?.[0].points).toHaveLength(L.loadingPoints);
    expect(bad({ loading: [{ agent: 'in10018', points: pts(L.loadingPoints + 1) }] }).path).toBe('measurements.loading.0.points');
    expect(bad({ loading: [{ agent: 'in10018', points: [] }] })).toEqual({ path: 'measurements.loading.0.points', message: 'at least 1 point' });
    const agents = ['in10018', 'bismuth', 'cisplatin', 'oxaliplatin', 'doxorubicin', 'daunorubicin', 'paclitaxel', 'docetaxel', 'irinotecan'];
    expect(bad({ loading: agents.map((agent) => ({ agent, points: pts(1) })) })).toEqual({ path: 'measurements.loading', message: `at most ${L.loadingSets} loading sets` });
  });
});

describe('formulation.measurements: error bars (spread)', () => {
  it('kept with the points; one per point, each ≥ 0, kind sd or sem — else named by path', () => {
    const c = { pH: 7.4, points: [[0, 0], [1, 10], [2, 18]], spread: { kind: 'sd', values: [0, 1.5, 2] } };
    expect(valueOf(parseFormulation(withM({ release: [c] }))).measurements?.release?.[0].spread).toEqual({ kind: 'sd', values: [0, 1.5, 2] });
    expect(bad({ release: [{ ...c, spread: { kind: 'sd', values: [0, 1] } }] })).toEqual({ path: 'measurements.release.0.spread.values', message: '2 error bars for 3 points; one per point' });
    expect(bad({ release: [{ ...c, spread: { kind: 'sd', values: [0, -1, 2] } }] }).path).toBe('measurements.release.0.spread.values.1');
    expect(bad({ release: [{ ...c, spread: { kind: 'cv', values: [0, 1, 2] } }] }).path).toBe('measurements.release.0.spread.kind');
  });
  it('walk11 #12: spread.missing (points without a given SD) is kept, sorted and deduplicated in the canonical form; an index past the points is named', () => {
    const c = { pH: 7.4, points: [[0, 0], [1, 10], [2, 18]], spread: { kind: 'sd', values: [0, 2, 2], missing: [2, 1, 2] } };
    const f = valueOf(parseFormulation(withM({ release: [c] })));
    expect(f.measurements?.release?.[0].spread).toEqual({ kind: 'sd', values: [0, 2, 2], missing: [2, 1, 2] });
    expect(canonicalFormulation(f).measurements?.release?.[0].spread).toEqual({ kind: 'sd', values: [0, 2, 2], missing: [1, 2] });
    expect(bad({ release: [{ ...c, spread: { ...c.spread, missing: [3] } }] })).toEqual({ path: 'measurements.release.0.spread.missing', message: 'point 3 does not exist (the curve has 3 points, 0-based)' });
  });
});

describe('formulation.measurements: each invalid field is named (path: reason)', () => {
  const cases: [string, unknown, string, RegExp][] = [
    ['not an object', [1, 2], 'measurements', /must be an object \(got a list\)/],
    ['release not a list', { release: { pH: 5 } }, 'measurements.release', /must be a list/],
    ['pH missing', { release: [{ points: [[0, 0], [1, 2]] }] }, 'measurements.release.0.pH', /pH is required|pH must be a number/],
    ['pH 0', { release: [curve(0)] }, 'measurements.release.0.pH', /^pH must be > 0 and ≤ 14 \(got 0\)$/],
    ['pH 15', { release: [curve(15)] }, 'measurements.release.0.pH', /^pH must be > 0 and ≤ 14 \(got 15\)$/],
    ['pH as text', { release: [{ ...curve(5), pH: '5' }] }, 'measurements.release.0.pH', /must be a number \(got "5"\)/],
    ['unknown agent', { release: [{ ...curve(5), agent: 'unobtainium' }] }, 'measurements.release.0.agent', /unknown agent "unobtainium"; valid ids: /],
    ['label too long', { release: [{ ...curve(5), label: 'x'.repeat(121) }] }, 'measurements.release.0.label', /at most 120 characters/],
    ['negative time', { release: [{ pH: 5, points: [[-1, 0], [1, 2]] }] }, 'measurements.release.0.points.0.0', /^time must be ≥ 0 and ≤ 10000 h \(got -1\)$/],
    ['time too late', { release: [{ pH: 5, points: [[0, 0], [20_000, 2]] }] }, 'measurements.release.0.points.1.0', /^time must be ≥ 0 and ≤ 10000 h/],
    ['release over 105 %', { release: [{ pH: 5, points: [[0, 0], [1, 250]] }] }, 'measurements.release.0.points.1.1', /^released must be ≥ -5 and ≤ 105 % \(got 250\)$/],
    ['release under −5 %', { release: [{ pH: 5, points: [[0, -6], [1, 2]] }] }, 'measurements.release.0.points.0.1', /^released must be ≥ -5/],
    ['release as text', { release: [{ pH: 5, points: [[0, 0], [1, 'lots']] }] }, 'measurements.release.0.points.1.1', /released must be a number \(got "lots"\)/],
    ['release null (JSON of NaN)', { release: [{ pH: 5, points: [[0, 0], [1, null]] }] }, 'measurements.release.0.points.1.1', /released must be a number \(got null\)/],
    ['Infinity', { release: [{ pH: 5, points: [[0, 0], [Infinity, 1]] }] }, 'measurements.release.0.points.1.0', /time/],
    ['not a pair', { release: [{ pH: 5, points: [[0, 0], { t: 1, F: 2 }] }] }, 'measurements.release.0.points.1', /must be a \[time h, released %\] pair/],
    ['duplicate pH', { release: [curve(5), curve(5.0000001)] }, 'measurements.release.1.pH', /pH 5\.0000001 appears twice \(also measurements\.release\.0\); one curve per pH/],
    ['loading agent missing', { loading: [{ points: [{ feedMassRatio: 0.1, encapsulationEfficiencyPct: 50 }] }] }, 'measurements.loading.0.agent', /required/],
    ['feed 0', { loading: [{ agent: 'in10018', points: [{ feedMassRatio: 0, encapsulationEfficiencyPct: 50 }] }] }, 'measurements.loading.0.points.0.feedMassRatio', /^feed must be > 0 and ≤ 100 mg\/mg \(got 0\)$/],
    ['EE over 100 %', { loading: [{ agent: 'in10018', points: [{ feedMassRatio: 0.1, encapsulationEfficiencyPct: 101 }] }] }, 'measurements.loading.0.points.0.encapsulationEfficiencyPct', /^EE must be ≥ 0 and ≤ 100 % \(got 101\)$/],
    ['LC of 100 %', { loading: [{ agent: 'in10018', points: [{ feedMassRatio: 0.1, loadingCapacityPct: 100 }] }] }, 'measurements.loading.0.points.0.loadingCapacityPct', /^LC must be ≥ 0 and < 100 % \(got 100\)$/],
    ['EE and LC', { loading: [{ agent: 'in10018', points: [{ feedMassRatio: 0.1, encapsulationEfficiencyPct: 50, loadingCapacityPct: 5 }] }] }, 'measurements.loading.0.points.0.loadingCapacityPct', /give EE or LC, not both/],
    ['neither EE nor LC', { loading: [{ agent: 'in10018', points: [{ feedMassRatio: 0.1 }] }] }, 'measurements.loading.0.points.0.encapsulationEfficiencyPct', /needs encapsulationEfficiencyPct or loadingCapacityPct/],
    ['duplicate loading agent', { loading: [{ agent: 'bismuth', points: [{ feedMassRatio: 0.1, encapsulationEfficiencyPct: 50 }] }, { agent: 'bismuth', points: [{ feedMassRatio: 0.2, encapsulationEfficiencyPct: 40 }] }] }, 'measurements.loading.1.agent', /bismuth appears twice \(also measurements\.loading\.0\)/],
  ];
  for (const [what, m, path, message] of cases) {
    it(what, () => {
      const i = bad(m);
      expect(i.path).toBe(path);
      expect(i.message).toMatch(message);
    });
  }
  it('parseMeasurements alone gives the same paths (for data outside a formulation), and undefined is "nothing measured"', () => {
    expect(issuesOf(parseMeasurements({ release: [{ pH: 5, points: [[0, 0], [1, 250]] }] }))[0].path).toBe('measurements.release.0.points.1.1');
    expect(issuesOf(parseMeasurements({ loading: 3 }, 'byId.c1'))[0].path).toBe('byId.c1.loading');
    expect(valueOf(parseMeasurements(undefined))).toBeUndefined();
    expect(valueOf(parseMeasurements({}))).toBeUndefined();
  });
  it('garbage in any measurements field never throws and is named under measurements', () => {
    fc.assert(
      fc.property(fc.anything(), fc.constantFrom('release', 'loading', 'release.0', 'release.0.points', 'release.0.points.0', 'loading.0', 'loading.0.points.0'), (v, where) => {
        const m: Record<string, unknown> = { release: [curve(5)], loading: [{ agent: 'in10018', points: [{ feedMassRatio: 0.1, encapsulationEfficiencyPct: 50 }] }] };
        const keys = where.split('.');
        let cur: Record<string, unknown> | unknown[] = m;
        for (const k of keys.slice(0, -1)) cur = (cur as Record<string, unknown>)[k] as Record<string, unknown>;
        (cur as Record<string, unknown>)[keys[keys.length - 1]] = v;
        const r = parseFormulation(withM(m));
        if (!r.ok) for (const i of r.issues) expect(i.path.startsWith('measurements')).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});

describe('canonical form', () => {
  it('measurements come after calibrations and before notes; numbers rounded to 6 significant figures', () => {
    const f = valueOf(parseFormulation({ ...izb(), notes: 'n', calibrations: { loading: [] }, measurements: { loading: [{ agent: 'in10018', points: [{ feedMassRatio: 0.123456789, encapsulationEfficiencyPct: 45.67891234 }] }], release: [{ label: 'L', agent: 'in10018', points: [[1.23456789, 12.3456789], [2, 3]], pH: 7.40000001 }] } }));
    const c = canonicalFormulation(f);
    const keys = Object.keys(c);
    expect(keys.indexOf('measurements')).toBe(keys.indexOf('calibrations') + 1);
    expect(keys[keys.length - 1]).toBe('notes');
    expect(c.measurements).toEqual({
      release: [{ pH: 7.4, agent: 'in10018', label: 'L', points: [[1.23457, 12.3457], [2, 3]] }],
      loading: [{ agent: 'in10018', points: [{ feedMassRatio: 0.123457, encapsulationEfficiencyPct: 45.6789 }] }],
    });
    expect(Object.keys(c.measurements!.release![0])).toEqual(['pH', 'agent', 'label', 'points']);
  });
  it('an LC just below 100 % stays below 100 after rounding (the bound is exclusive)', () => {
    const f = valueOf(parseFormulation(withM({ loading: [{ agent: 'in10018', points: [{ feedMassRatio: 1, loadingCapacityPct: 99.9999999 }] }] })));
    const lc = canonicalFormulation(f).measurements!.loading![0].points[0].loadingCapacityPct!;
    expect(lc).toBeLessThan(100);
    expect(valueOf(parseFormulation(canonicalFormulation(f))).measurements).toEqual(canonicalFormulation(f).measurements);
  });
  it('property: parse ∘ canonical is a fixed point for formulations with arbitrary valid measurements', () => {
    fc.assert(
      fc.property(fc.constantFrom('izb-ccm', 'doxil', 'nbtxr3', 'abraxane', 'il22bp-lnp'), measurementsArb, (preset, m) => {
        const r = parseFormulation({ ...structuredClone(PRESETS[preset].formulation), measurements: m });
        fc.pre(r.ok); // a preset variant the schema refuses for another reason
        const c = canonicalFormulation(valueOf(r));
        const again = canonicalFormulation(valueOf(parseFormulation(JSON.parse(JSON.stringify(c)))));
        expect(JSON.stringify(again)).toBe(JSON.stringify(c));
        expect(c.measurements).toBeDefined();
      }),
      { numRuns: 200 },
    );
  });
  it('property: every valid measurements value is accepted and kept point for point', () => {
    fc.assert(
      fc.property(measurementsArb, (m) => {
        const f: Formulation = valueOf(parseFormulation(withM(m)));
        expect(f.measurements?.release?.map((c) => c.points)).toEqual(m.release?.map((c) => c.points));
        expect(f.measurements?.loading?.map((s) => s.points.length)).toEqual(m.loading?.map((s) => s.points.length));
      }),
      { numRuns: 200 },
    );
  });
});
