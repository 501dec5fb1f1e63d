// fast-check arbitraries for formulation.measurements inside the schema's bounds (used by schema and share tests).
import fc from 'fast-check';

const finiteIn = (lo: number, hi: number) => fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true });

/** A measured release curve inside the schema's bounds: 2–16 [time h, released %] pairs (times 0–10,000 h, −5…105 %), sometimes with SD/SEM error bars (one per point). */
export const releaseCurveArb = fc
  .record(
    {
      pH: finiteIn(0.5, 14),
      agent: fc.constantFrom('in10018', 'doxorubicin', 'cisplatin'),
      label: fc.string({ maxLength: 30 }),
      points: fc.array(fc.tuple(finiteIn(0, 10_000), finiteIn(-5, 105)), { minLength: 2, maxLength: 16 }),
      spreadKind: fc.constantFrom('sd' as const, 'sem' as const),
      spreadValues: fc.array(finiteIn(0, 100), { minLength: 16, maxLength: 16 }),
    },
    { requiredKeys: ['pH', 'points'] },
  )
  .map(({ spreadKind, spreadValues, ...c }) => (spreadKind && spreadValues ? { ...c, spread: { kind: spreadKind, values: spreadValues.slice(0, c.points.length) } } : c));

/** A measured loading point: feed (0, 100] mg/mg with EE 0–100 % or LC 0–99.99 %. */
export const loadingPointArb = fc.oneof(
  fc.record({ feedMassRatio: finiteIn(1e-4, 100), encapsulationEfficiencyPct: finiteIn(0, 100) }),
  fc.record({ feedMassRatio: finiteIn(1e-4, 100), loadingCapacityPct: finiteIn(0, 99.99) }),
);

/** formulation.measurements: up to 4 release curves with distinct (pH, agent) and up to 3 loading sets with distinct agents. */
export const measurementsArb = fc
  .record({
    release: fc.uniqueArray(releaseCurveArb, { maxLength: 4, selector: (c) => `${Number(c.pH.toPrecision(6))}|${c.agent ?? ''}` }),
    loading: fc.uniqueArray(fc.record({ agent: fc.constantFrom('in10018', 'bismuth', 'doxorubicin', 'mrna'), points: fc.array(loadingPointArb, { minLength: 1, maxLength: 8 }) }), { maxLength: 3, selector: (s) => s.agent }),
  })
  .filter((m) => m.release.length + m.loading.length > 0)
  .map((m) => ({ ...(m.release.length ? { release: m.release } : {}), ...(m.loading.length ? { loading: m.loading } : {}) }));

/** measurements.bench: the Bench sheet's checklist as measured (any subset; 6-significant-figure values). */
const sig6 = (lo: number, hi: number) => fc.double({ min: lo, max: hi, noNaN: true }).map((v) => Number(v.toPrecision(6)));
export const benchArb = fc
  .record(
    {
      hydrodynamicDiameterNm: sig6(1, 10_000),
      zetaPotentialMv: sig6(-200, 200),
      loading: fc.uniqueArray(
        fc.record({ agent: fc.constantFrom('in10018', 'bismuth', 'doxorubicin'), encapsulationEfficiencyPct: sig6(0, 100), loadingCapacityPct: sig6(0, 99.9) }, { requiredKeys: ['agent'] }),
        { minLength: 1, maxLength: 3, selector: (l) => l.agent },
      ),
      release24h: fc.uniqueArray(fc.record({ pH: fc.constantFrom(7.4, 6.5, 5.0), releasedPct: sig6(-5, 105) }), { minLength: 1, maxLength: 3, selector: (r) => r.pH }),
    },
    { requiredKeys: [] },
  );
