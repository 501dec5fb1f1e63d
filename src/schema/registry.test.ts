// The field registry is the one source: every zod bound, default, choice list and message of a registered field equals
// the registry's, every registered path is a real field of the schema, and the frozen v1 defaults complete a formulation.
import { describe, expect, it } from 'vitest';
import { CORE_IDS } from '../catalog';
import { FORMULATION_FIELDS, INVITRO_OPTIONAL_KEYS, SCHEDULE_FIELDS, V1_DEFAULT_DIAMETER_NM, fieldAt, matchesFieldPath, numberFieldAt, rangeText, type RegisteredField } from './v1/fields';
import { parseFormulation } from './formulation';
import { FormulationSchemaV1, ScenarioSchemaV1 } from './v1/completed';
import { PRESET_IDS, getPreset } from '../catalog';

type Obj = Record<string, unknown>;

const keyOf = (k: string) => (/^\d+$/.test(k) ? Number(k) : k);
function getPath(o: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((cur, k) => (cur !== null && typeof cur === 'object' ? (cur as Obj)[keyOf(k)] : undefined), o);
}
/** `o` (changed in place) with `v` at `path`; objects are created on the way. */
function setPath(o: Obj, path: string, v: unknown): Obj {
  const ks = path.split('.');
  let cur = o;
  for (const k of ks.slice(0, -1)) cur = ((cur[keyOf(k)] as Obj | undefined) ??= {}) as Obj;
  cur[keyOf(ks[ks.length - 1])] = v;
  return o;
}

/** A formulation with one payload and two membranes, so every list path has an element 0. */
const BASE: Obj = {
  core: { material: 'zif-8', diameterNm: 100 },
  payloads: [{ agent: 'in10018', loading: 'one-pot', feedMassRatio: 0.1 }],
  coating: { membranes: [{ source: 'hela', fraction: 0.5 }, { source: 'rbc', fraction: 0.5 }], membraneToCoreMassRatio: 1, peg: false },
  scenario: {},
};
const concrete = (f: RegisteredField) => f.path.replace('*', '0');

/** Issues of a formulation with `value` at `path`, on that path only. */
function issuesAt(path: string, value: unknown): string[] {
  const r = parseFormulation(setPath(structuredClone(BASE), path, value));
  return r.ok ? [] : r.issues.filter((i) => i.path === path).map((i) => i.message);
}

const below = (x: number) => (x === 0 ? -Number.MIN_VALUE : x - Math.abs(x) * 1e-9);
const above = (x: number) => (x === 0 ? Number.MIN_VALUE : x + Math.abs(x) * 1e-9);

describe('field registry', () => {
  it('help texts and labels are in user words: no field key (doseMgPerKg) and no internal document name (MODEL.md)', () => {
    const keys = FORMULATION_FIELDS.map((f) => f.key).filter((k) => /[a-z][A-Z]/.test(k));
    for (const f of FORMULATION_FIELDS)
      for (const text of [f.label, f.description]) {
        for (const k of keys) expect(text, `${f.path}: "${text}"`).not.toMatch(new RegExp(`\\b${k}\\b`));
        expect(text, f.path).not.toMatch(/MODEL\.md|\bdoc 00\d\b|\(extension\)/);
      }
  });
  it('one entry per path, and every concrete path finds its entry', () => {
    const paths = FORMULATION_FIELDS.map((f) => f.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const f of FORMULATION_FIELDS) expect(fieldAt(concrete(f))).toBe(f);
    expect(fieldAt('payloads.3.feedMassRatio')?.path).toBe('payloads.*.feedMassRatio');
    expect(fieldAt('payloads.x.feedMassRatio')).toBeUndefined();
    expect(matchesFieldPath('coating.membranes.*.fraction', ['coating', 'membranes', 2, 'fraction'])).toBe(true);
    expect(() => numberFieldAt('core.material')).toThrow(/core\.material/);
  });

  it('every registered path is a field the schema knows (no unknown-field warning when set)', () => {
    for (const f of FORMULATION_FIELDS) {
      // (a fraction at its default 1 beside the other's 0.5 breaks the sum rule, not the path: set it to its share)
      const r = parseFormulation(setPath(structuredClone(BASE), concrete(f), f.kind === 'number' && f.crossField ? 0.5 : f.default));
      expect(r.ok && (r.warnings ?? []), f.path).toEqual([]);
    }
  });

  it('every zod bound of a number field equals the registry bound, with its exclusivity and the registry message', () => {
    for (const f of FORMULATION_FIELDS) {
      if (f.kind !== 'number') continue;
      const p = concrete(f);
      const msg = (v: number) => `${rangeText(f)} (got ${v})`;
      expect(issuesAt(p, f.min), `${p} = min`).toEqual(f.exclusiveMin ? [msg(f.min)] : []);
      expect(issuesAt(p, below(f.min)), `${p} below min`).toEqual([msg(below(f.min))]);
      expect(issuesAt(p, f.max), `${p} = max`).toEqual(f.exclusiveMax ? [msg(f.max)] : []);
      expect(issuesAt(p, above(f.max)), `${p} above max`).toEqual([msg(above(f.max))]);
      if (f.integer) expect(issuesAt(p, f.min + 0.5), `${p} fractional`).toEqual([msg(f.min + 0.5)]);
      expect(issuesAt(p, f.default), `${p} default in range`).toEqual([]);
      if (f.sweep) {
        expect(issuesAt(p, f.sweep.from), `${p} sweep from`).toEqual([]);
        expect(issuesAt(p, f.sweep.to), `${p} sweep to`).toEqual([]);
      }
    }
  });

  it('every choice field accepts exactly its options', () => {
    for (const f of FORMULATION_FIELDS) {
      if (f.kind !== 'choice') continue;
      const p = concrete(f);
      for (const o of f.options) expect(issuesAt(p, o).filter((m) => /must be|unknown|valid/.test(m)), `${p} = ${o}`).toEqual([]);
      expect(issuesAt(p, 'no-such-option').length, `${p} rejects others`).toBe(1);
    }
  });

  it('completion fills the registry defaults (scenario, payload, coat) and the frozen v1 diameter per carrier', () => {
    const r = parseFormulation({ payloads: [{}], coating: { membranes: [{}] }, scenario: {} });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    for (const f of FORMULATION_FIELDS) {
      // optional extensions without a written default (injected concentration, the timing fields) are absent until given
      if (f.path === 'scenario.injectedConcentrationGPerL' || SCHEDULE_FIELDS.some((x) => f.path === `scenario.${x.key}`) || f.path === 'payloads.*.loading' || f.path === 'core.diameterNm') continue;
      // in-vitro extension: kept only when given (checked below)
      if (f.path === 'scenario.setting' || f.path.startsWith('scenario.invitro.')) continue;
      if (f.path === 'scenario.outcomeSchedule') continue;
      // #27 surface composition: optional, kept only when given (the catalog lipid shell and reference PEG apply otherwise)
      // #27 preparation method: optional, kept only when given (the carrier's usual method applies otherwise)
      // #27 micelle copolymer: optional, kept only when given (the micelle core's class CMC and M2 serum release apply otherwise)
      // #27 free-drug vehicle: optional, kept only when given (the unformulated drug otherwise)
      // #27 loading concentration (load4): optional, kept only when given (the carrier rule's affinity as it is otherwise)
      if (['core.lipidTmC', 'core.cholesterolMolPct', 'core.copolymer', 'coating.pegMolecularWeightDa', 'coating.pegDensityPerNm2', 'payloads.*.method', 'payloads.*.freeDrugVehicle', 'payloads.*.loadingConcentrationMgPerMl'].includes(f.path)) {
        expect(getPath(r.value, concrete(f)), f.path).toBeUndefined();
        continue;
      }
      expect(getPath(r.value, concrete(f)), f.path).toEqual(f.default);
    }
    expect(getPath(r.value, 'scenario.setting')).toBeUndefined();
    expect(getPath(r.value, 'scenario.invitro')).toBeUndefined();
    const iv = parseFormulation({ scenario: { setting: 'in-vitro' } });
    expect(iv.ok).toBe(true);
    if (iv.ok)
      for (const f of FORMULATION_FIELDS.filter((x) => x.path.startsWith('scenario.invitro.') && !INVITRO_OPTIONAL_KEYS.some((k) => x.path === `scenario.invitro.${k}`))) expect(getPath(iv.value, f.path), f.path).toEqual(f.default);
    for (const core of CORE_IDS) {
      const c = parseFormulation({ core: { material: core } });
      expect(c.ok && c.value.core.diameterNm, core).toBe(V1_DEFAULT_DIAMETER_NM[core]);
    }
  });

  it('the completed v1 types are z.infer of a frozen schema that every completed formulation satisfies exactly', () => {
    // the scenario's keys are the registry's scenario fields (nested keys as objects)
    const top = FORMULATION_FIELDS.filter((f) => f.path.startsWith('scenario.')).map((f) => f.path.split('.')[1]);
    expect(Object.keys(ScenarioSchemaV1.shape).sort()).toEqual([...new Set(top)].sort());
    const docs: unknown[] = [{}, BASE, { coating: { membranes: [{}, { source: 'rbc' }] }, payloads: [{}, { agent: 'bismuth' }] }, ...PRESET_IDS.map((id) => getPreset(id).formulation)];
    for (const d of docs) {
      const r = parseFormulation(d);
      expect(r.ok).toBe(true);
      if (r.ok) expect(FormulationSchemaV1.parse(r.value)).toEqual(r.value); // parse drops unknown keys: equal = no extra, none missing
    }
  });
});

