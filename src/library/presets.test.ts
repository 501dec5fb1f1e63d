// Every preset loads and scores through the engine without NaN and without warnings that signal a broken preset; cards and filters.
import { describe, expect, it } from 'vitest';
import { PRESETS, PRESET_IDS } from '../catalog';
import type { Scores } from '../model/scores';
import { BROKEN_PRESET_WARNING_CODES, PRESET_FILTERS, presetCard, presetProblems, presetsInFilter } from './presets';
import { scorePreset } from './score';

function numbers(x: unknown, path: string, out: [string, number][]): void {
  if (typeof x === 'number') out.push([path, x]);
  else if (Array.isArray(x)) x.forEach((v, i) => numbers(v, `${path}.${i}`, out));
  else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) numbers(v, path ? `${path}.${k}` : k, out);
}

describe.each(PRESET_IDS.map((id) => [id]))('preset %s', (id) => {
  const r = scorePreset(id);
  it('parses, completes and scores', () => {
    expect(r.ok, r.ok ? '' : r.message).toBe(true);
  });
  it('has no NaN or Infinity anywhere in its scores', () => {
    const s = (r as { scores: Scores }).scores;
    const all: [string, number][] = [];
    numbers(s, '', all);
    expect(all.length).toBeGreaterThan(50);
    expect(all.filter(([, v]) => !Number.isFinite(v)).map(([p]) => p)).toEqual([]);
  });
  it('raises no warning that signals a broken preset', () => {
    expect(presetProblems(id)).toEqual([]);
  });
  it('echoes its own core and payloads in the completed formulation', () => {
    const s = (r as { scores: Scores }).scores;
    const f = s.formulation as { core: { material: string; diameterNm: number }; payloads: { agent: string }[] };
    const draft = PRESETS[id].formulation;
    expect(f.core.material).toBe(draft.core.material);
    if (draft.core.diameterNm !== undefined) expect(f.core.diameterNm).toBe(draft.core.diameterNm);
    expect(f.payloads.map((p) => p.agent)).toEqual((draft.payloads ?? []).map((p) => p.agent));
  });
});

describe('broken-preset detection', () => {
  it('codes are the engine codes that mean bad preset data, not scientific findings', () => {
    expect(BROKEN_PRESET_WARNING_CODES).toContain('size-window');
    expect(BROKEN_PRESET_WARNING_CODES).not.toContain('def-tiny');
    expect(BROKEN_PRESET_WARNING_CODES).not.toContain('assumption-driven');
  });
  it('an unknown preset is a problem, not a crash', () => {
    expect(presetProblems('no-such-preset')[0]).toMatch(/unknown preset/);
  });
});

describe('library cards and filters', () => {
  it('filters partition the presets (every preset under exactly one class filter)', () => {
    const seen = new Map<string, number>();
    for (const f of PRESET_FILTERS.filter((x) => x.id !== 'all')) for (const id of presetsInFilter(f.id)) seen.set(id, (seen.get(id) ?? 0) + 1);
    expect([...seen.keys()].sort()).toEqual([...PRESET_IDS].sort());
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
    expect(presetsInFilter('all')).toEqual([...PRESET_IDS]);
    expect(presetsInFilter('liposome')).toEqual(['doxil', 'myocet', 'onivyde', 'daunoxome', 'thermodox']);
  });
  it('a card carries composition, facts and comparisons beside the scores', () => {
    const c = presetCard('doxil');
    expect(c.composition.core).toMatch(/Liposome/i);
    expect(c.composition.payloads[0]).toMatch(/Doxorubicin \(remote\)/);
    expect(c.composition.coat).toBe('PEG');
    expect(c.facts.length).toBeGreaterThan(0);
    expect(c.comparisons.map((x) => x.label)).toEqual(PRESETS.doxil.published.map((t) => t.label));
    expect(c.agreement.agree + c.agreement.differ + c.agreement.caveat).toBe(c.comparisons.length);
    expect(c.scores?.targeting.hydrodynamicDiameterNm).toBeGreaterThan(0);
    const izb = presetCard('izb-ccm');
    expect(izb.composition.coat).toMatch(/HeLa.*\(50 %\).*fibroblast.*\(50 %\)/i);
  });
});
