// Unknown fields: dropped from the completed form (allow-list) but reported as warnings with a path and a did-you-mean.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../catalog';
import { editDistance, formatIssue, parseDocument, parseFormulation, parseWorkspace, suggestKey } from './index';

const warningsOf = (r: ReturnType<typeof parseFormulation>) => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.issues)}`);
  return r.warnings ?? [];
};

describe('edit distance and suggestions', () => {
  it('hand values', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('flaw', 'lawn')).toBe(2);
    expect(editDistance('same', 'same')).toBe(0);
  });
  it('is a metric on random strings: symmetric, zero only for equal strings, triangle inequality, ≤ max length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b, c) => {
        const ab = editDistance(a, b);
        expect(ab).toBe(editDistance(b, a));
        expect(ab === 0).toBe(a === b);
        expect(editDistance(a, c)).toBeLessThanOrEqual(ab + editDistance(b, c));
        expect(ab).toBeLessThanOrEqual(Math.max(a.length, b.length));
        expect(ab).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
      }),
    );
  });
  it('suggests near misses and wrong capitals, nothing for unrelated words', () => {
    expect(suggestKey('diameterNM', ['material', 'diameterNm'])).toBe('diameterNm');
    expect(suggestKey('fedMassRatio', ['agent', 'loading', 'feedMassRatio'])).toBe('feedMassRatio');
    expect(suggestKey('alpha', ['alphaPerGy', 'betaPerGy2'])).toBe('alphaPerGy');
    expect(suggestKey('colour', ['material', 'diameterNm'])).toBeUndefined();
    expect(suggestKey('x', ['material', 'diameterNm'])).toBeUndefined();
  });
});

describe('parse warnings', () => {
  it('core.diameterNM: unknown field, ignored (did you mean diameterNm?)', () => {
    const r = parseFormulation({ core: { material: 'zif-8', diameterNM: 120 } });
    expect(warningsOf(r).map(formatIssue)).toEqual(['core.diameterNM: unknown field, ignored (did you mean diameterNm?)']);
    // still dropped: the carrier's default size is used
    expect(r.ok && r.value.core).toEqual({ material: 'zif-8', diameterNm: 100 });
  });
  it('paths reach into lists and nested objects; unrelated keys get no suggestion', () => {
    const r = parseFormulation({ payloads: [{ agent: 'in10018' }, { agent: 'bismuth', feedMasRatio: 0.3 }], coating: { membranes: [{ source: 'hela', fracton: 1 }] }, scenario: { cells: { alpha: 0.3 } }, colour: 'red' });
    expect(warningsOf(r)).toEqual([
      { path: 'payloads.1.feedMasRatio', message: 'unknown field, ignored (did you mean feedMassRatio?)' },
      { path: 'coating.membranes.0.fracton', message: 'unknown field, ignored (did you mean fraction?)' },
      { path: 'scenario.cells.alpha', message: 'unknown field, ignored (did you mean alphaPerGy?)' },
      { path: 'colour', message: 'unknown field, ignored' },
    ]);
  });
  it('no warnings (and no warnings key) for every preset, for records of any keys, and for completed output fed back', () => {
    for (const [id, p] of Object.entries(PRESETS)) {
      const r = parseFormulation(p.formulation);
      expect(r.ok && 'warnings' in r, id).toBe(false);
      const again = parseFormulation(JSON.parse(JSON.stringify(r.ok ? r.value : null)));
      expect(again.ok && 'warnings' in again, id).toBe(false);
    }
    const r = parseFormulation({ overrides: { 'targeting.uMax': 4, 'any.key': 1 }, calibrations: { release: [{ core: 'zif-8', params: { whatever: 1 } }] } });
    // record keys are not unknown fields; an override key that names no parameter is reported by the override check alone
    expect(warningsOf(r).map((w) => w.path)).toEqual(['overrides.any.key']);
  });
  it('workspaces prefix each candidate\'s warnings and report their own keys; parseDocument passes them on', () => {
    const r = parseWorkspace({ formulations: [{ core: { material: 'gold' } }, { core: { material: 'gold', size: 50 } }], activeID: 'c1' });
    if (!r.ok) throw new Error('expected ok');
    expect(r.warnings?.map(formatIssue)).toEqual(['activeID: unknown field, ignored (did you mean activeId?)', 'formulations.1.core.size: unknown field, ignored']);
    const d = parseDocument(JSON.stringify({ schema: 'nanoplatform.formulation/1', core: { materiel: 'gold' } }));
    expect(d.ok && d.warnings?.map(formatIssue)).toEqual(['core.materiel: unknown field, ignored (did you mean material?)']);
  });
  it('property: adding a key that no schema level declares yields exactly one warning at that path and the same completed value', () => {
    const known = new Set(['schema', 'id', 'name', 'core', 'payloads', 'coating', 'scenario', 'overrides', 'calibrations', 'notes', 'material', 'diameterNm']);
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 10 }).filter((k) => !known.has(k) && k !== '__proto__'), fc.boolean(), (key, inCore) => {
        const base = { core: { material: 'gold' as const } };
        const withKey = inCore ? { core: { ...base.core, [key]: 1 } } : { ...base, [key]: 1 };
        const a = parseFormulation(base);
        const b = parseFormulation(withKey);
        expect(b.ok && a.ok && b.value).toEqual(a.ok && a.value);
        const w = warningsOf(b);
        expect(w.length).toBe(1);
        expect(w[0].path).toBe(inCore ? `core.${key}` : key);
        expect(w[0].message.startsWith('unknown field, ignored')).toBe(true);
      }),
    );
  });
  it('caps the list at 50 and summarises the rest', () => {
    const many: Record<string, number> = {};
    for (let i = 0; i < 80; i++) many[`junk${i}`] = i;
    const w = warningsOf(parseFormulation(many));
    expect(w.length).toBe(51);
    expect(w[50].message).toBe('30 more unknown fields ignored');
  });
});
