// Schema: defaults, presets, every kind of bad input (path + reason), versions, and property tests (never throws,
// completion idempotent, canonical form stable).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AGENTS, AGENT_IDS, CORES, CORE_IDS, MEMBRANE_IDS, PRESETS, PRESET_IDS } from '../catalog';
import type { LoadingMode } from '../model/entities';
import {
  FORMULATION_UPGRADERS,
  SCENARIO_FIELDS,
  canonicalFormulation,
  canonicalWorkspace,
  completeFormulation,
  formatIssue,
  inRange,
  parseDocument,
  parseFormulation,
  parseWorkspace,
  type Issue,
  type Result,
} from './index';

function issuesOf<T>(r: Result<T>): Issue[] {
  if (r.ok) throw new Error(`expected failure, got ${JSON.stringify(r.value)}`);
  return r.issues;
}
function valueOf<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(r.issues.map(formatIssue).join('\n'));
  return r.value;
}
const one = (input: unknown): Issue => {
  const is = issuesOf(parseFormulation(input));
  expect(is).toHaveLength(1);
  return is[0];
};

describe('defaults', () => {
  it('a file with only core.material is valid and completed (contract §1 defaults)', () => {
    const f = valueOf(parseFormulation({ core: { material: 'zif-8' } }));
    expect(f).toEqual({
      schema: 'nanoplatform.formulation/1',
      name: 'Untitled formulation',
      core: { material: 'zif-8', diameterNm: 100 },
      payloads: [],
      coating: null,
      scenario: {
        species: 'mouse', tumor: 'cervical', tumorMassG: 0.3, route: 'iv', intratumoralVolumeFraction: 0.1, doseMgPerKg: 10, doseBasis: 'carrier', medium: 'buffer',
        temperatureC: 37, beam: '225kVp', irradiationDelayH: 24, fractionDoseGy: 2, fractions: 1, cells: { alphaPerGy: 0.25, betaPerGy2: 0.025 },
      },
    });
  });
  it('the core diameter defaults to the carrier\'s catalog size', () => {
    expect(valueOf(parseFormulation({ core: { material: 'hfo2' } })).core.diameterNm).toBe(50);
    expect(valueOf(parseFormulation({ core: { material: 'albumin' } })).core.diameterNm).toBe(130);
  });
  it('payload, coating and membrane defaults', () => {
    const f = valueOf(parseFormulation({ core: { material: 'liposome' }, payloads: [{ agent: 'doxorubicin' }], coating: { membranes: [{ source: 'rbc' }, { source: 'hela', fraction: 0.25 }, { source: 'platelet' }] } }));
    expect(f.payloads).toEqual([{ agent: 'doxorubicin', loading: 'remote', feedMassRatio: 0.1 }]);
    expect(f.coating).toEqual({ membranes: [{ source: 'rbc', fraction: 0.375 }, { source: 'hela', fraction: 0.25 }, { source: 'platelet', fraction: 0.375 }], membraneToCoreMassRatio: 1, peg: false });
    expect(valueOf(parseFormulation({ core: { material: 'hfo2' }, payloads: [{ agent: 'bismuth' }] })).payloads[0].loading).toBe('doped');
    expect(valueOf(parseFormulation({ core: { material: 'lnp' }, payloads: [{ agent: 'mrna' }] })).payloads[0].loading).toBe('complexed');
    expect(valueOf(parseFormulation({ core: { material: 'zif-8' }, coating: {} })).coating).toEqual({ membranes: [], membraneToCoreMassRatio: 1, peg: false });
    expect(valueOf(parseFormulation({})).core.material).toBe('zif-8');
  });
  it('unknown keys are dropped; extensions are kept', () => {
    const f = valueOf(parseFormulation({ core: { material: 'gold', colour: 'red' }, extra: 1, overrides: { 'targeting.uMax': 4 }, notes: 'hi', id: 'a1', calibrations: { loading: [{ core: 'zif-8', agent: 'in10018', mode: 'one-pot', qmaxMgPerMg: 0.4, affinityK: 30 }], release: [{ core: 'zif-8', params: { vRefNmPerH: 0.1 }, fittedTo: 'my.csv' }] } }));
    expect(f.core).toEqual({ material: 'gold', diameterNm: 50 });
    expect('extra' in f).toBe(false);
    expect(f.overrides).toEqual({ 'targeting.uMax': 4 });
    expect(f.notes).toBe('hi');
    expect(f.id).toBe('a1');
    expect(f.calibrations?.loading?.[0].qmaxMgPerMg).toBe(0.4);
    expect(f.calibrations?.release?.[0].fittedTo).toBe('my.csv');
  });
  it('beams are accepted by pattern and named beams normalised', () => {
    for (const b of ['mono:0.1', '160kVp', '225kVp', 'Ir-192', 'Co-60', '6MV', 'kvp:120:0.3mmCu', 'kvp:80:2mmAl']) {
      expect(valueOf(parseFormulation({ scenario: { beam: b } })).scenario.beam, b).toBeTruthy();
    }
    expect(valueOf(parseFormulation({ scenario: { beam: '6mv' } })).scenario.beam).toBe('6MV');
  });
  it('scenario descriptors: defaults in range, bounds enforced from the same declaration', () => {
    for (const d of SCENARIO_FIELDS) {
      if (d.kind !== 'number') continue;
      expect(inRange(d, d.default), d.key).toBe(true);
      const [head, tail] = d.key.split('.');
      const at = (v: number) => ({ scenario: tail ? { [head]: { [tail]: v } } : { [head]: v } });
      expect(parseFormulation(at(d.max)).ok, `${d.key} max`).toBe(true);
      expect(parseFormulation(at(d.max * 1.01 + 1)).ok, `${d.key} above max`).toBe(false);
      expect(parseFormulation(at(d.min)).ok, `${d.key} min`).toBe(!d.exclusiveMin);
      expect(one(at(d.min - 1)).path).toBe(`scenario.${d.key}`);
    }
  });
});

describe('presets', () => {
  it.each([...PRESET_IDS])('%s parses and completes', (id) => {
    const f = valueOf(parseFormulation(PRESETS[id].formulation));
    expect(f.core.material).toBe(PRESETS[id].formulation.core.material);
    expect(completeFormulation(PRESETS[id].formulation)).toEqual(f);
  });
  it('izb-ccm completes to the contract example plus only the defaulted intratumoral fraction and dose basis', () => {
    const f = valueOf(parseFormulation(PRESETS['izb-ccm'].formulation));
    const { intratumoralVolumeFraction, doseBasis, ...scenario } = f.scenario;
    expect(intratumoralVolumeFraction).toBe(0.1);
    expect(doseBasis).toBe('carrier');
    expect({ ...f, scenario }).toEqual(PRESETS['izb-ccm'].formulation);
  });
});

describe('bad input: path and reason', () => {
  it('unknown core lists the valid ids', () => {
    const i = one({ core: { material: 'zif-9' } });
    expect(i.path).toBe('core.material');
    expect(i.message).toContain('unknown core "zif-9"');
    for (const id of CORE_IDS) expect(i.message).toContain(id);
  });
  it('unknown agent and membrane list their ids', () => {
    expect(one({ payloads: [{ agent: 'aspirin' }] })).toMatchObject({ path: 'payloads.0.agent', message: expect.stringContaining('in10018') });
    expect(one({ coating: { membranes: [{ source: 'skin' }] } })).toMatchObject({ path: 'coating.membranes.0.source', message: expect.stringContaining('caf-cervical') });
  });
  it('diameter 0 and 6000 are out of range', () => {
    for (const d of [0, 6000, -5]) expect(one({ core: { material: 'zif-8', diameterNm: d } })).toEqual({ path: 'core.diameterNm', message: `must be > 0 and ≤ 5000 nm (got ${d})` });
  });
  it('membrane fractions summing to 0.9 are rejected', () => {
    expect(one({ coating: { membranes: [{ source: 'hela', fraction: 0.4 }, { source: 'caf-cervical', fraction: 0.5 }] } })).toEqual({
      path: 'coating.membranes',
      message: 'membrane fractions sum to 0.9; they must sum to 1 (±0.001)',
    });
    expect(parseFormulation({ coating: { membranes: [{ source: 'hela', fraction: 0.4995 }, { source: 'rbc', fraction: 0.5 }] } }).ok).toBe(true);
    expect(one({ coating: { membranes: [{ source: 'hela', fraction: 1 }, { source: 'rbc' }] } }).path).toBe('coating.membranes.1.fraction');
    expect(one({ coating: { membranes: [{ source: 'hela', fraction: 0 }] } }).path).toBe('coating.membranes.0.fraction');
  });
  it('remote loading into ZIF-8 is rejected with the reason and the possible modes', () => {
    expect(one({ core: { material: 'zif-8' }, payloads: [{ agent: 'doxorubicin', loading: 'remote' }] })).toEqual({
      path: 'payloads.0.loading',
      message: 'remote loading needs a liposome with a transmembrane gradient; zif-8 can do one-pot, post-loaded, doped',
    });
    expect(one({ core: { material: 'zif-8' }, payloads: [{ agent: 'paclitaxel', loading: 'doped' }] }).message).toMatch(/only elements can be doped/);
    expect(one({ payloads: [{ agent: 'in10018', loading: 'boiled' }] }).path).toBe('payloads.0.loading');
  });
  it('negative or zero feed is rejected', () => {
    expect(one({ payloads: [{ agent: 'in10018' }, { agent: 'bismuth', feedMassRatio: -0.1 }] })).toEqual({ path: 'payloads.1.feedMassRatio', message: 'must be > 0 and ≤ 100 mg/mg (got -0.1)' });
    expect(one({ payloads: [{ agent: 'in10018', feedMassRatio: 0 }] }).path).toBe('payloads.0.feedMassRatio');
  });
  it('non-object input', () => {
    for (const x of [null, 42, [], true, undefined]) expect(one(x).path).toBe('');
    expect(one([]).message).toMatch(/expected a formulation object/);
    expect(one('{"core": ').message).toMatch(/^invalid JSON/);
    expect(one('x'.repeat(1_000_001)).message).toMatch(/too large/);
  });
  it('wrong JSON types name the field', () => {
    expect(one({ core: { material: 'zif-8', diameterNm: '120' } })).toEqual({ path: 'core.diameterNm', message: 'must be a number (got "120")' });
    expect(one({ core: 'zif-8' })).toEqual({ path: 'core', message: 'must be an object (got "zif-8")' });
    expect(one({ payloads: { agent: 'in10018' } }).path).toBe('payloads');
    expect(one({ coating: { peg: 'yes' } }).path).toBe('coating.peg');
    expect(one({ scenario: { route: 'oral' } })).toEqual({ path: 'scenario.route', message: 'must be one of iv, intratumoral (got "oral")' });
    expect(one({ scenario: { cells: { alphaPerGy: 0 } } }).path).toBe('scenario.cells.alphaPerGy');
    expect(one({ scenario: { fractions: 2.5 } }).path).toBe('scenario.fractions');
    expect(one({ scenario: { beam: 'mono:99' } }).path).toBe('scenario.beam');
    expect(one({ scenario: { tumor: 'Cervical Cancer' } }).path).toBe('scenario.tumor');
    expect(one({ notes: 'x'.repeat(2001) }).path).toBe('notes');
    expect(one({ overrides: { 'a b': 1 } }).path).toMatch(/^overrides/);
    expect(one({ overrides: { 'targeting.uMax': 'big' } }).path).toBe('overrides.targeting.uMax');
    expect(one({ calibrations: { loading: [{ core: 'zif-8', agent: 'doxorubicin', mode: 'remote', qmaxMgPerMg: 1, affinityK: 1 }] } }).path).toBe('calibrations.loading.0.mode');
    expect(one({ payloads: Array.from({ length: 9 }, () => ({ agent: 'in10018' })) }).path).toBe('payloads');
  });
  it('duplicate agents and membranes', () => {
    expect(one({ payloads: [{ agent: 'in10018' }, { agent: 'in10018' }] }).path).toBe('payloads.1.agent');
    expect(one({ coating: { membranes: [{ source: 'hela', fraction: 0.5 }, { source: 'hela', fraction: 0.5 }] } }).path).toBe('coating.membranes.1.source');
  });
  it('reports several problems at once', () => {
    const is = issuesOf(parseFormulation({ core: { diameterNm: -1 }, payloads: [{ feedMassRatio: 0 }] }));
    expect(is.map((i) => i.path).sort()).toEqual(['core.diameterNm', 'payloads.0.feedMassRatio']);
  });
});

describe('versions', () => {
  it('unknown and future versions are refused with a clear message', () => {
    expect(formatIssue(one({ schema: 'nanoplatform.formulation/9', core: { material: 'zif-8' } }))).toBe(
      'schema: unsupported version nanoplatform.formulation/9 (this app reads nanoplatform.formulation/1)',
    );
    expect(one({ schema: 'nanoplatform.formulation/0' }).message).toMatch(/unsupported version/);
    expect(one({ schema: 'something-else' }).message).toMatch(/unknown format/);
    expect(one({ schema: 'nanoplatform.workspace/1' }).message).toMatch(/expected a formulation/);
    expect(issuesOf(parseWorkspace({ schema: 'nanoplatform.workspace/2', formulations: [] }))[0].message).toBe(
      'unsupported version nanoplatform.workspace/2 (this app reads nanoplatform.workspace/1)',
    );
  });
  it('v1 → v1 is the identity chain (no upgrader registered yet)', () => {
    expect(Object.keys(FORMULATION_UPGRADERS)).toEqual([]);
    const f = valueOf(parseFormulation(PRESETS.doxil.formulation));
    expect(valueOf(parseFormulation({ ...f, schema: 'nanoplatform.formulation/1' }))).toEqual(f);
  });
  it('a v1 fixture decodes forever', () => {
    const fixture = '{"schema":"nanoplatform.formulation/1","name":"fixture","core":{"material":"liposome","diameterNm":87},"payloads":[{"agent":"doxorubicin","loading":"remote","feedMassRatio":0.125}],"coating":{"membranes":[],"membraneToCoreMassRatio":1,"peg":true},"scenario":{"species":"mouse","tumor":"cervical","tumorMassG":0.3,"route":"iv","intratumoralVolumeFraction":0.1,"doseMgPerKg":10,"medium":"buffer","temperatureC":37,"beam":"225kVp","irradiationDelayH":24,"fractionDoseGy":2,"fractions":1,"cells":{"alphaPerGy":0.25,"betaPerGy2":0.025}}}';
    // Written before the doseBasis extension: it decodes to the same document with the default basis filled in.
    expect(JSON.stringify(valueOf(parseFormulation(fixture)))).toBe(fixture.replace('"doseMgPerKg":10,', '"doseMgPerKg":10,"doseBasis":"carrier",'));
  });
  it('doseBasis: default carrier, particle kept, anything else rejected with the options', () => {
    expect(valueOf(parseFormulation({})).scenario.doseBasis).toBe('carrier');
    expect(valueOf(parseFormulation({ scenario: { doseBasis: 'particle' } })).scenario.doseBasis).toBe('particle');
    const i = issuesOf(parseFormulation({ scenario: { doseBasis: 'core' } }));
    expect(i[0].path).toBe('scenario.doseBasis');
    expect(i[0].message).toContain('carrier, particle');
    expect(canonicalFormulation(valueOf(parseFormulation({ scenario: { doseBasis: 'particle' } }))).scenario.doseBasis).toBe('particle');
  });
});

describe('workspaces', () => {
  it('completes each candidate, assigns missing ids, keeps given ones', () => {
    const w = valueOf(parseWorkspace({ schema: 'nanoplatform.workspace/1', formulations: [{ core: { material: 'gold' } }, { id: 'c1', core: { material: 'plga' } }, {}] }));
    expect(w.formulations.map((f) => f.id)).toEqual(['c2', 'c1', 'c3']);
    expect(w.formulations[0].core.diameterNm).toBe(50);
    expect(valueOf(parseWorkspace({})).formulations).toEqual([]);
  });
  it('issues carry the candidate index', () => {
    expect(issuesOf(parseWorkspace({ formulations: [{}, { core: { diameterNm: 0 } }] }))).toEqual([{ path: 'formulations.1.core.diameterNm', message: 'must be > 0 and ≤ 5000 nm (got 0)' }]);
    expect(issuesOf(parseWorkspace({ formulations: [{ id: 'a' }, { id: 'a' }] }))[0].path).toBe('formulations.1.id');
    expect(issuesOf(parseWorkspace({ formulations: [{ id: 'a' }], activeId: 'b' }))[0].path).toBe('activeId');
    expect(issuesOf(parseWorkspace({ formulations: 'x' }))[0].path).toBe('formulations');
    expect(issuesOf(parseWorkspace([]))[0].path).toBe('');
    expect(issuesOf(parseWorkspace({ schema: 'nanoplatform.formulation/1' }))[0].message).toMatch(/expected a workspace/);
  });
  it('parseDocument tells formulations from workspaces', () => {
    expect(valueOf(parseDocument({ core: { material: 'zif-8' } })).kind).toBe('formulation');
    expect(valueOf(parseDocument('{"formulations":[]}')).kind).toBe('workspace');
    expect(issuesOf(parseDocument({ core: { diameterNm: 0 } }))[0].path).toBe('core.diameterNm');
  });
});

// ---------- property tests ----------

const num = (lo: number, hi: number) => fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true });

const formulationArb = fc
  .record({
    core: fc.constantFrom(...CORE_IDS),
    diameterNm: fc.option(num(0.01, 5000), { nil: undefined }),
    agents: fc.uniqueArray(fc.constantFrom(...AGENT_IDS), { maxLength: 4 }),
    feeds: fc.array(num(1e-4, 100), { minLength: 4, maxLength: 4 }),
    modePick: fc.array(fc.nat(), { minLength: 4, maxLength: 4 }),
    coating: fc.option(
      fc.record({
        sources: fc.uniqueArray(fc.constantFrom(...MEMBRANE_IDS), { maxLength: 4 }),
        weights: fc.array(num(0.05, 1), { minLength: 4, maxLength: 4 }),
        ratio: num(0, 100),
        peg: fc.boolean(),
      }),
      { nil: null },
    ),
    scenario: fc.record({
      tumorMassG: num(0.001, 5),
      route: fc.constantFrom('iv', 'intratumoral'),
      doseMgPerKg: num(0, 1000),
      medium: fc.constantFrom('buffer', 'pbs', 'serum'),
      temperatureC: num(20, 50),
      beam: fc.oneof(fc.constantFrom('160kVp', '225kVp', 'Ir-192', 'Co-60', '6MV'), num(0.001, 20).map((e) => `mono:${e}`)),
      fractions: fc.integer({ min: 1, max: 60 }),
      alpha: num(1e-3, 5),
      beta: num(1e-3, 1),
    }),
    name: fc.string({ maxLength: 50 }),
  })
  .map((g) => {
    const core = CORES[g.core];
    const payloads = g.agents.map((agent, i) => {
      const modes = (Object.keys(core.loading) as LoadingMode[]).filter((m) => m !== 'doped' || g.core === 'none' || AGENTS[agent].kind === 'element');
      return modes.length ? { agent, loading: modes[g.modePick[i] % modes.length], feedMassRatio: g.feeds[i] } : null;
    }).filter((p) => p !== null);
    const w = g.coating ? g.coating.sources.map((_, i) => g.coating!.weights[i]) : [];
    const total = w.reduce((a, b) => a + b, 0);
    return {
      name: g.name,
      core: { material: g.core, ...(g.diameterNm !== undefined ? { diameterNm: g.diameterNm } : {}) },
      payloads,
      coating: g.coating ? { membranes: g.coating.sources.map((source, i) => ({ source, fraction: w[i] / total })), membraneToCoreMassRatio: g.coating.ratio, peg: g.coating.peg } : null,
      scenario: {
        tumorMassG: g.scenario.tumorMassG, route: g.scenario.route, doseMgPerKg: g.scenario.doseMgPerKg, medium: g.scenario.medium,
        temperatureC: g.scenario.temperatureC, beam: g.scenario.beam, fractions: g.scenario.fractions,
        cells: { alphaPerGy: g.scenario.alpha, betaPerGy2: g.scenario.beta },
      },
    };
  });

describe('properties', () => {
  it('parse never throws, on anything', () => {
    fc.assert(
      fc.property(fc.anything(), (x) => {
        const r = parseFormulation(x);
        const w = parseWorkspace(x);
        const d = parseDocument(x);
        for (const res of [r, w, d]) if (!res.ok) for (const i of res.issues) expect(typeof i.path === 'string' && i.message.length > 0).toBe(true);
      }),
      { numRuns: 300 },
    );
    fc.assert(fc.property(fc.string(), (s) => { parseFormulation(s); parseWorkspace(s); }), { numRuns: 200 });
  });
  it('garbage inside a valid shape never throws and names a field', () => {
    fc.assert(
      fc.property(fc.constantFrom('core', 'payloads', 'coating', 'scenario', 'overrides', 'calibrations', 'notes', 'name'), fc.anything(), (k, v) => {
        const r = parseFormulation({ [k]: v });
        if (!r.ok) for (const i of r.issues) expect(i.path.startsWith(k) || i.path === '').toBe(true);
      }),
      { numRuns: 300 },
    );
  });
  it('valid formulations parse; completing then re-parsing is idempotent', () => {
    fc.assert(
      fc.property(formulationArb, (raw) => {
        const f = valueOf(parseFormulation(raw));
        expect(valueOf(parseFormulation(f))).toEqual(f);
        expect(valueOf(parseFormulation(JSON.parse(JSON.stringify(f))))).toEqual(f);
      }),
      { numRuns: 300 },
    );
  });
  it('canonical form is stable: canonical ∘ parse ∘ canonical = canonical, and key order is fixed', () => {
    fc.assert(
      fc.property(formulationArb, (raw) => {
        const c = canonicalFormulation(valueOf(parseFormulation(raw)));
        const again = canonicalFormulation(valueOf(parseFormulation(JSON.parse(JSON.stringify(c)))));
        expect(JSON.stringify(again)).toBe(JSON.stringify(c));
        expect(JSON.stringify(canonicalFormulation(c))).toBe(JSON.stringify(c));
        expect(Object.keys(c).slice(0, 6)).toEqual(['schema', 'name', 'core', 'payloads', 'coating', 'scenario']);
      }),
      { numRuns: 300 },
    );
  });
  it('canonical rounding to 6 significant figures, and key order independent of input order', () => {
    const f = valueOf(parseFormulation({ scenario: { doseMgPerKg: 12.3456789 }, core: { diameterNm: 100.0000004, material: 'zif-8' } }));
    const c = canonicalFormulation(f);
    expect(c.scenario.doseMgPerKg).toBe(12.3457);
    expect(c.core.diameterNm).toBe(100);
    const g = valueOf(parseFormulation({ core: { material: 'zif-8', diameterNm: 100 }, scenario: { doseMgPerKg: 12.34570001 } }));
    expect(JSON.stringify(canonicalFormulation(g))).toBe(JSON.stringify(c));
    const w = valueOf(parseWorkspace({ formulations: [f] }));
    expect(canonicalWorkspace(w).formulations[0].scenario.doseMgPerKg).toBe(12.3457);
  });
});

describe('docs/formats.md', () => {
  it('lists every scenario field with its default (declared once, documented)', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync(new URL('../../docs/formats.md', import.meta.url), 'utf8');
    for (const f of SCENARIO_FIELDS) {
      const row = doc.split('\n').find((l) => l.startsWith(`| \`scenario.${f.key}\``));
      expect(row, f.key).toBeDefined();
      expect(row!, f.key).toContain(f.kind === 'number' ? ` ${f.default} ` : JSON.stringify(f.default));
    }
  });
});
