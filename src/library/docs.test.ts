// The generated docs tables (docs/model/parameters.md) must equal what the catalog and ParamSets generate now; every value sourced.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CORE_IDS, AGENT_IDS, MEMBRANE_IDS, PRESET_IDS } from '../catalog';
import { allParams, cell, fmtNumber, MODEL_PARAM_SETS, overrideId, parametersMarkdown } from './param-tables';

const DOC = resolve(__dirname, '../../docs/model/parameters.md');

describe('docs/model/parameters.md is generated', () => {
  it('matches the catalog and model ParamSets (otherwise run `npx tsx scripts/gen-docs.ts`)', () => {
    const committed = readFileSync(DOC, 'utf8');
    const fresh = parametersMarkdown();
    if (committed !== fresh) {
      const a = committed.split('\n');
      const b = fresh.split('\n');
      const i = a.findIndex((line, k) => line !== b[k]);
      throw new Error(
        `docs/model/parameters.md is out of date with the catalog — run \`npx tsx scripts/gen-docs.ts\`.\n` +
          `first difference at line ${i + 1}:\n  docs:    ${a[i] ?? '(end of file)'}\n  catalog: ${b[i] ?? '(end of file)'}`,
      );
    }
    expect(committed).toBe(fresh);
  });

  it('has a section for every core, agent and a row for every membrane and preset', () => {
    const md = parametersMarkdown();
    for (const id of CORE_IDS) expect(md).toContain(`### \`${id}\``);
    for (const id of AGENT_IDS) expect(md).toContain(`### \`${id}\``);
    for (const id of MEMBRANE_IDS) expect(md).toContain(`| \`${id}\` `);
    for (const id of PRESET_IDS) expect(md).toContain(`| \`${id}\` `);
  });

  it('prints every parameter once, with its value as formatted and its provenance', () => {
    const md = parametersMarkdown();
    for (const set of MODEL_PARAM_SETS)
      for (const [k, p] of Object.entries(set.params)) {
        const row = md.split('\n').find((l) => l.startsWith(`| \`${overrideId(set.id, k)}\``));
        expect(row, `${set.id}.${k}`).toBeDefined();
        expect(row).toContain(`| ${fmtNumber(p.value)} |`);
        expect(row).toContain(`| ${p.provenance} |`);
      }
  });
});

describe('number and cell formatting (hand values)', () => {
  it('4 significant digits, exponent outside [1e-3, 1e5)', () => {
    expect(fmtNumber(0.92)).toBe('0.92');
    expect(fmtNumber(15.8)).toBe('15.8');
    expect(fmtNumber(229.4999)).toBe('229.5');
    expect(fmtNumber(3.8e-21)).toBe('3.8e-21');
    expect(fmtNumber(1e-7)).toBe('1e-7');
    expect(fmtNumber(6.02214076e23)).toBe('6.022e+23');
    expect(fmtNumber(0)).toBe('0');
  });
  it('escapes pipes and flattens newlines', () => {
    expect(cell('a | b\n  c')).toBe('a \\| b c');
  });
});

describe('every catalog and model parameter has a unit, a source and a provenance', () => {
  const all = allParams();
  it('covers the catalog and the model', () => {
    expect(all.length).toBeGreaterThan(300);
    expect(all.some((e) => e.path.startsWith('cores.zif-8.'))).toBe(true);
    expect(all.some((e) => e.path.startsWith('targeting.'))).toBe(true);
  });
  it.each(all.map((e) => [e.path, e.param] as const))('%s', (_path, p) => {
    expect(typeof p.unit).toBe('string');
    expect(p.unit.trim().length).toBeGreaterThan(0);
    expect(p.source.trim().length).toBeGreaterThan(3);
    expect(['data', 'published', 'fitted', 'assumption']).toContain(p.provenance);
    expect(Number.isFinite(p.value)).toBe(true);
    // an assumption says so in its source; a published value names more than the word "assumption"
    if (p.provenance === 'assumption') expect(p.source.toLowerCase()).toMatch(/assum|model\.md|convention/);
    if (p.provenance !== 'assumption') expect(p.source.toLowerCase().startsWith('assumption')).toBe(false);
    if (p.min !== undefined) expect(p.value).toBeGreaterThanOrEqual(p.min);
    if (p.max !== undefined) expect(p.value).toBeLessThanOrEqual(p.max);
  });
});
