// docs/architecture.md stays true: the layer table says what eslint.config.js enforces, every file a recipe names exists,
// and every release model has its row in docs/model/fitting.md.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { RELEASE_MODEL_IDS } from '../../src/model/fitting';

const ROOT = resolve(__dirname, '../..');
const doc = readFileSync(resolve(ROOT, 'docs/architecture.md'), 'utf8');

describe('docs/architecture.md', () => {
  it('the layer table lists, for every folder, exactly the imports eslint.config.js allows', async () => {
    const { RULES } = (await import(resolve(ROOT, 'eslint.config.js') as string)) as { RULES: Record<string, { may: string[]; types?: string[] }> };
    const rows = new Map<string, string>();
    for (const line of doc.split('\n')) {
      const m = /^\| `src\/([a-z0-9]+)\/` \|.*\| ([^|]+) \|$/.exec(line);
      if (m) rows.set(m[1], m[2].trim());
    }
    expect([...rows.keys()].sort()).toEqual(Object.keys(RULES).sort());
    for (const [folder, rule] of Object.entries(RULES)) {
      const want = [rule.may.length ? rule.may.join(', ') : 'nothing', ...(rule.types?.length ? [`types only from ${rule.types.join(', ')}`] : [])].join('; ');
      expect(rows.get(folder), folder).toBe(want);
    }
  });
  it('every file or folder it names exists', () => {
    const paths = [...doc.matchAll(/`((?:src|tests|docs|scripts)\/[^`*\s]+)`/g)].map((m) => m[1].replace(/\/$/, ''));
    expect(paths.length).toBeGreaterThan(20);
    for (const p of paths) expect(existsSync(resolve(ROOT, p)), p).toBe(true);
  });
  it('every recipe names its file: core, agent, membrane, field, tab, release model, preset', () => {
    for (const [heading, file] of [
      ['Add a carrier core', 'src/catalog/cores.ts'],
      ['Add a payload agent', 'src/catalog/agents.ts'],
      ['Add a membrane source', 'src/catalog/membranes.ts'],
      ['Add a formulation field', 'src/schema/v1/fields.ts'],
      ['Add a results tab', 'src/ui/tabs/registry.tsx'],
      ['Add a release model', 'src/model/fitting/release-models.ts'],
      ['Add a preset', 'src/catalog/presets.ts'],
    ]) {
      const at = doc.indexOf(`### ${heading}`);
      expect(at, heading).toBeGreaterThan(0);
      const end = doc.indexOf('\n### ', at + 1);
      const section = doc.slice(at, end < 0 ? undefined : end);
      expect(section, heading).toContain(`\`${file}\``);
    }
  });
});

describe('release-model recipe', () => {
  it('every release model has its row in docs/model/fitting.md', () => {
    const fitting = readFileSync(resolve(ROOT, 'docs/model/fitting.md'), 'utf8');
    for (const id of RELEASE_MODEL_IDS) expect(fitting, id).toContain(`| \`${id}\` |`);
  });
});
