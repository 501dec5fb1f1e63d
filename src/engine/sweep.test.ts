// runSweep through the engine: error rows keep their varied values and say why; the fast path (parse once per group, set
// numeric leaves on the completed form) gives byte for byte the reference path's CSV (every candidate parsed in full).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AGENT_IDS, CORE_IDS, MEMBRANE_IDS, PRESETS, PRESET_IDS } from '../catalog';
import { parseCsv, planSweep, type SweepPlan } from '../model/sweep';
import { DIAMETER_FIELD, FEED_FIELD, MEMBRANE_RATIO_FIELD, SCENARIO_FIELDS, completeFormulation, rangeText, type NumberField } from '../schema';
import { CATALOG_LOOKUP } from './catalog-lookup';
import { scoreCompleted } from './score';
import { isIndependentNumericLeaf, prepareSweep, runSweep, runSweepReference, scoreCandidate, scoreCandidateReference } from './sweep';

function planOf(spec: unknown): SweepPlan {
  const p = planSweep(spec);
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  return p.value;
}

/** Fast and reference CSV of a spec, and how many candidates the fast path answered without a full parse. */
function both(spec: unknown, opts: Parameters<typeof runSweep>[1] = {}) {
  const fast = runSweep(spec, opts);
  const ref = runSweepReference(spec, opts);
  let fastRows = 0;
  const p = planSweep(spec);
  if (p.ok && p.value.total <= 5000) {
    const prepared = prepareSweep(p.value);
    for (let k = 0; k < p.value.total; k++) prepared.outcome(k);
    fastRows = prepared.counts.fast;
  }
  return { fast, ref, fastRows };
}

function csvOf(r: ReturnType<typeof runSweep>): string {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.csv;
}

const izb = completeFormulation(PRESETS['izb-ccm'].formulation);

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
  it('an out-of-range value gets the schema\'s own message for that field, on the fast path as on the reference', () => {
    const spec = { base: izb, vary: { 'core.diameterNm': [-5, 120, 6000], 'payloads.1.feedMassRatio': [0, 0.3] } };
    const { fast, ref, fastRows } = both(spec);
    expect(csvOf(fast)).toBe(csvOf(ref));
    expect(fastRows).toBe(4);
    const err = parseCsv(csvOf(fast)).slice(1).map((r) => r[r.length - 1]);
    const d = (v: number) => `core.diameterNm: ${rangeText(DIAMETER_FIELD)} (got ${v})`;
    const f = (v: number) => `payloads.1.feedMassRatio: ${rangeText(FEED_FIELD)} (got ${v})`;
    // two invalid fields in one candidate: both issues, in the schema's order (answered by a full parse)
    expect(err).toEqual([`${d(-5)}; ${f(0)}`, d(-5), f(0), '', `${d(6000)}; ${f(0)}`, d(6000)]);
  });
});

describe('fast path = reference path', () => {
  it('the benchmark sweep (IZB@CCM, diameter × feed, log ranges) on a 20 × 20 grid: every row fast, same CSV', () => {
    const spec = { base: izb, vary: { 'core.diameterNm': { from: 20, to: 400, steps: 20, scale: 'log' }, 'payloads.1.feedMassRatio': { from: 0.02, to: 1, steps: 20, scale: 'log' } } };
    const { fast, ref, fastRows } = both(spec);
    expect(fastRows).toBe(400);
    expect(csvOf(fast)).toBe(csvOf(ref));
    expect(parseCsv(csvOf(fast)).slice(1).every((r) => r[r.length - 1] === '' && r[2] !== '')).toBe(true);
  });

  it('categorical axes that change defaults are parsed once per value, numeric leaves on top; texts, nulls and non-integers fall back', () => {
    const spec = {
      base: PRESETS['izb-ccm'].formulation,
      vary: {
        'core.material': ['zif-8', 'liposome', 'nope'],
        'payloads.0.agent': ['in10018', 'bismuth', 'doxorubicin'],
        'core.diameterNm': [30, 0, '80', null, 250],
        'scenario.fractions': [1, 2.5, 5],
      },
    };
    const { fast, ref, fastRows } = both(spec);
    expect(csvOf(fast)).toBe(csvOf(ref));
    expect(fastRows).toBeGreaterThan(0);
  });

  it('a numeric leaf the base does not have (a coat created by the sweep; an optional extension) matches the reference', () => {
    const spec = {
      base: { core: { material: 'gold' }, scenario: { route: 'intratumoral' } },
      vary: { 'coating.membraneToCoreMassRatio': [0, 0.5, 2, 200], 'scenario.injectedConcentrationGPerL': [10, 53.3, -1], 'scenario.cells.alphaPerGy': [0.1, 0.4] },
    };
    const { fast, ref, fastRows } = both(spec);
    expect(csvOf(fast)).toBe(csvOf(ref));
    expect(fastRows).toBe(22); // two candidates have two invalid values (200 and −1): a full parse orders their issues
  });

  it('a base that does not parse (membrane shares sum to 0.7) gives the reference error on every row', () => {
    const base = { ...PRESETS['izb-ccm'].formulation, coating: { membranes: [{ source: 'hela', fraction: 0.4 }, { source: 'caf-cervical', fraction: 0.3 }] } };
    const spec = { base, vary: { 'core.diameterNm': [50, -1], 'scenario.doseMgPerKg': [5, 10] } };
    const { fast, ref } = both(spec);
    expect(csvOf(fast)).toBe(csvOf(ref));
    expect(parseCsv(csvOf(fast)).slice(1).every((r) => r[r.length - 1] !== '')).toBe(true);
  });

  it('scoreCandidate (the worker\'s call) equals scoreCandidateReference for every candidate, with weights and overrides', () => {
    const plan = planOf({ base: izb, vary: { 'scenario.route': ['iv', 'intratumoral'], 'scenario.tumorMassG': [0.1, 0.5, 9], 'payloads.0.feedMassRatio': [0.05, 0.4] } });
    const opts = { weights: { safety: 2 }, overrides: { 'targeting.uMax': 0.2 } };
    for (let k = 0; k < plan.total; k++) expect(scoreCandidate(plan, k, opts)).toEqual(scoreCandidateReference(plan, k, opts));
  });

  it('the whitelist holds numeric scenario fields and the three numeric leaves, never ids, choices or membrane shares', () => {
    for (const f of SCENARIO_FIELDS) expect(isIndependentNumericLeaf(['scenario', ...f.key.split('.')])).toBe(f.kind === 'number');
    expect(isIndependentNumericLeaf(['core', 'diameterNm'])).toBe(true);
    expect(isIndependentNumericLeaf(['payloads', 3, 'feedMassRatio'])).toBe(true);
    expect(isIndependentNumericLeaf(['coating', 'membraneToCoreMassRatio'])).toBe(true);
    for (const s of [['core', 'material'], ['payloads', 0, 'agent'], ['payloads', 0, 'loading'], ['coating', 'membranes', 0, 'fraction'], ['coating', 'peg'], ['payloads', 'x', 'feedMassRatio'], ['scenario'], ['core']]) {
      expect(isIndependentNumericLeaf(s)).toBe(false);
    }
  });

  it('scoreCompleted does not change its input (the fast path shares the unvaried parts of the completed form)', () => {
    const deepFreeze = <T>(x: T): T => {
      if (typeof x === 'object' && x !== null) {
        for (const v of Object.values(x)) deepFreeze(v);
        Object.freeze(x);
      }
      return x;
    };
    for (const id of PRESET_IDS) {
      const f = deepFreeze(completeFormulation(PRESETS[id].formulation));
      expect(() => scoreCompleted(f, CATALOG_LOOKUP, { lean: true })).not.toThrow();
    }
  });

  // ---- the property: random specs over presets, numeric and categorical axes, invalid values and paths ------------
  const numberFields = SCENARIO_FIELDS.filter((f): f is NumberField => f.kind === 'number');
  /** Mostly values inside the field's range (so most candidates score), some outside, some not numbers at all. */
  const numeric = (f: Pick<NumberField, 'min' | 'max' | 'integer'>): fc.Arbitrary<unknown> =>
    fc.oneof(
      { weight: 6, arbitrary: f.integer ? fc.integer({ min: f.min, max: f.max }) : fc.double({ min: f.min, max: f.max, noNaN: true, noDefaultInfinity: true }) },
      { weight: 2, arbitrary: fc.constantFrom(f.min, f.max, f.max * 1.01, -1, 0.5, 1.5, -0, 1e6, -1e-9) },
      { weight: 1, arbitrary: fc.constantFrom<unknown>(null, '120', true, Number.NaN, Number.POSITIVE_INFINITY, [1], { v: 1 }) },
    );
  const list = <T>(a: fc.Arbitrary<T>) => fc.array(a, { minLength: 1, maxLength: 5 });
  const range = fc.record({ from: fc.double({ min: 0.01, max: 300, noNaN: true }), to: fc.double({ min: 0.01, max: 300, noNaN: true }), steps: fc.integer({ min: 1, max: 4 }), scale: fc.constantFrom('linear', 'log') });
  const numericPaths: [string, Pick<NumberField, 'min' | 'max' | 'integer'>][] = [
    ['core.diameterNm', { ...DIAMETER_FIELD, max: 400 }],
    ['payloads.0.feedMassRatio', FEED_FIELD],
    ['payloads.1.feedMassRatio', FEED_FIELD],
    ['payloads.01.feedMassRatio', FEED_FIELD],
    ['payloads.4.feedMassRatio', FEED_FIELD],
    ['coating.membraneToCoreMassRatio', MEMBRANE_RATIO_FIELD],
    ['scenario.injectedConcentrationGPerL', { min: 0, max: 2000 }],
    ...numberFields.map((f): [string, NumberField] => [`scenario.${f.key}`, f]),
  ];
  const numericAxis = fc.constantFrom(...numericPaths).chain(([path, f]) => fc.tuple(fc.constant(path), fc.oneof(list(numeric(f)), range)));
  const axis: fc.Arbitrary<[string, unknown]> = fc.oneof(
    { weight: 6, arbitrary: numericAxis },
    { weight: 1, arbitrary: fc.tuple(fc.constant('core.material'), list(fc.constantFrom<unknown>(...CORE_IDS, 'nope', 3))) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('payloads.0.agent', 'payloads.1.agent'), list(fc.constantFrom<unknown>(...AGENT_IDS, 'x'))) },
    { weight: 1, arbitrary: fc.tuple(fc.constant('payloads.0.loading'), list(fc.constantFrom('one-pot', 'post-loaded', 'remote', 'doped', 'bogus'))) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('coating.membranes.0.fraction', 'coating.membranes.1.fraction'), fc.oneof(list(numeric({ min: 0, max: 1 })), range)) },
    { weight: 1, arbitrary: fc.tuple(fc.constant('coating.membranes.1.source'), list(fc.constantFrom<unknown>(...MEMBRANE_IDS, 'hela', 'bad'))) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('scenario.route', 'scenario.medium', 'scenario.doseBasis', 'scenario.beam', 'scenario.tumor'), list(fc.constantFrom('iv', 'intratumoral', 'pbs', 'serum', 'particle', '6MV', 'mono:0.1', 'kvp:120:2mmAl', 'breast', 'Bad Value'))) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('coating', 'coating.peg', 'core', 'scenario.cells', 'name'), list(fc.constantFrom<unknown>(null, true, false, {}, { material: 'gold' }, { diameterNm: 40 }, { alphaPerGy: 0.3 }, 'x'))) },
  );
  const base = fc.tuple(fc.constantFrom(...PRESET_IDS), fc.constantFrom('raw', 'completed', 'bare', 'no-payloads', 'empty')).map(([id, how]): unknown => {
    const raw = PRESETS[id].formulation;
    if (how === 'completed') return completeFormulation(raw);
    if (how === 'bare') return { ...raw, coating: null };
    if (how === 'no-payloads') return { ...raw, payloads: undefined, scenario: undefined };
    if (how === 'empty') return {};
    return raw;
  });
  const spec = fc.tuple(base, fc.array(axis, { minLength: 1, maxLength: 4 })).map(([b, axes]) => ({ base: b, vary: Object.fromEntries(axes) }));

  it('random specs: the fast CSV equals the reference CSV byte for byte (property)', () => {
    let fastTotal = 0;
    let rowsTotal = 0;
    let runs = 0;
    let runsWithFast = 0;
    fc.assert(
      fc.property(spec, fc.option(fc.record({ safety: fc.double({ min: 0, max: 3, noNaN: true }) }), { nil: undefined }), (s, weights) => {
        const p = planSweep(s);
        fc.pre(p.ok && p.value.total <= 256);
        const { fast, ref, fastRows } = both(s, weights ? { weights } : {});
        expect(csvOf(fast)).toBe(csvOf(ref));
        if (fast.ok) {
          expect(fast.rows).toBe(fast.total);
          expect(parseCsv(fast.csv).length).toBe(fast.rows + 1);
          rowsTotal += fast.rows;
        }
        fastTotal += fastRows;
        runs++;
        if (fastRows > 0) runsWithFast++;
      }),
      { numRuns: Number(process.env.SWEEP_PROP_RUNS ?? 120), seed: Number(process.env.SWEEP_PROP_SEED ?? 20260505) },
    );
    // the property must exercise the fast path, not only the fallback
    expect(runsWithFast).toBeGreaterThan(runs / 5);
    expect(fastTotal).toBeGreaterThan(rowsTotal / 20);
  }, 120_000);

  it('shards of a fast sweep concatenate to the whole sweep; each shard has its slice of rows (property)', () => {
    const s = { base: izb, vary: { 'core.material': ['zif-8', 'liposome'], 'core.diameterNm': [40, -3, 90, 200], 'scenario.doseMgPerKg': [2, 20, 2000] } };
    const whole = csvOf(runSweep(s));
    const wholeRef = csvOf(runSweepReference(s));
    expect(whole).toBe(wholeRef);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), (n) => {
        let cat = '';
        let rows = 0;
        for (let i = 1; i <= n; i++) {
          const r = runSweep(s, { shard: { i, n }, header: i === 1 });
          if (!r.ok) throw new Error('plan failed');
          expect(r.total).toBe(24);
          rows += r.rows;
          cat += r.csv;
        }
        expect(rows).toBe(24);
        expect(cat).toBe(whole);
      }),
      { numRuns: 15, seed: 7 },
    );
  }, 60_000);
});
