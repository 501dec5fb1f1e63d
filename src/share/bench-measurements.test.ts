// The Bench sheet's measured values (formulation.measurements.bench) in links: a fast-check round trip, a hand case that
// survives encode → decode, and bad values refused with their path and reason.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../catalog';
import { parseFormulation, parseWorkspace, type Workspace } from '../schema';
import { benchArb } from '../schema/testing/arbitraries';
import { canonicalWorkspaceInputs } from './document';
import { decodeLink, encodeLink } from './link';

const izb = () => structuredClone(PRESETS['izb-ccm'].formulation) as unknown as Record<string, unknown>;
const benchOf = (w: Workspace) => (w.formulations[0] as unknown as { measurements?: { bench?: unknown } }).measurements?.bench;

describe('measurements.bench travels in links', () => {
  it('IZB@CCM with every checklist value: link → decode gives the same values (release sorted 7.4, 6.5, 5.0)', () => {
    const bench = {
      hydrodynamicDiameterNm: 142,
      zetaPotentialMv: -21.5,
      loading: [{ agent: 'in10018', encapsulationEfficiencyPct: 68, loadingCapacityPct: 8.9 }, { agent: 'bismuth', encapsulationEfficiencyPct: 61 }],
      release24h: [{ pH: 5.0, releasedPct: 88 }, { pH: 7.4, releasedPct: 12.5 }, { pH: 6.5, releasedPct: 35 }],
    };
    const r = decodeLink(encodeLink({ ...izb(), measurements: { bench } }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(benchOf(r.workspace)).toEqual({ ...bench, release24h: [{ pH: 7.4, releasedPct: 12.5 }, { pH: 6.5, releasedPct: 35 }, { pH: 5.0, releasedPct: 88 }] });
  });

  it('fast-check: any bench subset → link → decode → equal (canonical), and the link is a fixed point', () => {
    fc.assert(
      fc.property(benchArb, (bench) => {
        const parsed = parseWorkspace({ schema: 'nanoplatform.workspace/1', formulations: [{ ...izb(), measurements: { bench } }] });
        fc.pre(parsed.ok);
        const w = (parsed as { value: Workspace }).value;
        const link = encodeLink(w.formulations[0]);
        const r = decodeLink(link);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(benchOf(r.workspace)).toEqual(benchOf(canonicalWorkspaceInputs(w, { keepIds: false })));
        expect(encodeLink(r.workspace.formulations[0])).toBe(link);
      }),
      { numRuns: 100 },
    );
  });

  it('an empty bench adds nothing to the link', () => {
    expect(encodeLink({ ...izb(), measurements: { bench: {} } })).toBe(encodeLink(izb()));
    expect(encodeLink({ ...izb(), measurements: { bench: { loading: [{ agent: 'in10018' }] } } })).toBe(encodeLink(izb()));
  });

  it('bad values are refused with the field path and the reason', () => {
    const bad = (bench: unknown) => {
      const r = parseFormulation({ ...izb(), measurements: { bench } });
      return r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`);
    };
    expect(bad({ release24h: [{ pH: 5.0, releasedPct: 120 }] })).toEqual(['measurements.bench.release24h.0.releasedPct: released must be ≥ -5 and ≤ 105 % (got 120)']);
    expect(bad({ loading: [{ agent: 'in10018', encapsulationEfficiencyPct: -3 }] })[0]).toMatch(/^measurements\.bench\.loading\.0\.encapsulationEfficiencyPct: EE must be ≥ 0 and ≤ 100 %/);
    expect(bad({ hydrodynamicDiameterNm: 0 })[0]).toMatch(/^measurements\.bench\.hydrodynamicDiameterNm: .*> 0/);
    expect(bad({ release24h: [{ pH: 6, releasedPct: 10 }] })[0]).toMatch(/pH: must be one of 7\.4, 6\.5, 5\.0/);
    expect(bad({ release24h: [{ pH: 7.4, releasedPct: 10 }, { pH: 7.4, releasedPct: 11 }] })[0]).toMatch(/release24h\.1\.pH: pH 7\.4 appears twice/);
  });
});
