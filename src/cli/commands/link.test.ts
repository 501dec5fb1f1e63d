// `link encode|decode` handler: fragments for files, workspace JSON for fragments, CliError (exit 2) with a reason otherwise.
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from '../args';
import { CliError } from '../errors';
import { linkCommand } from './link';

const FIX = resolve(__dirname, '../../../tests/fixtures');
const run = (...argv: string[]) => linkCommand(parseArgs(argv));
type Given = { name: string; core: Record<string, unknown>; payloads?: unknown[]; coating?: unknown; overrides?: Record<string, number> };

describe('link command', () => {
  it('encode: a formulation file gives #f=, a workspace file #w=, and decode returns the same workspace as the codec', () => {
    const f = run('encode', `${FIX}/files/v1-formulation-izb-ccm.json`) as string;
    expect(f).toMatch(/^#f=[A-Za-z0-9+\-$]+$/);
    const w = run('encode', `${FIX}/files/v1-workspace-3-candidates.json`) as string;
    expect(w).toMatch(/^#w=/);
    // independent reference: the inputs written in the fixture file, field by field (not the codec's own output)
    const given = JSON.parse(readFileSync(`${FIX}/files/v1-workspace-3-candidates.json`, 'utf8')) as { formulations: Given[] };
    const expectInputs = (decoded: unknown) => {
      const fs = (decoded as { schema: string; formulations: Given[] }).formulations;
      expect((decoded as { schema: string }).schema).toBe('nanoplatform.workspace/1');
      expect(fs).toHaveLength(given.formulations.length);
      given.formulations.forEach((g, i) => {
        expect(fs[i].name).toBe(g.name);
        expect(fs[i].core).toMatchObject(g.core);
        expect(fs[i].payloads).toEqual(g.payloads ?? []);
        if (g.coating !== undefined) expect(fs[i].coating).toMatchObject(g.coating as object);
        if (g.overrides) expect(fs[i].overrides).toEqual(g.overrides);
      });
    };
    expectInputs(run('decode', w));
    const fixture = readFileSync(`${FIX}/links/v1-workspace-3-candidates.txt`, 'utf8').trim();
    expectInputs(run('decode', fixture));
  });

  it('errors are CliErrors naming the problem', () => {
    expect(() => run('decode', '#w=abc')).toThrow(CliError);
    expect(() => run('decode', '#w=abc')).toThrow(/^link: truncated or corrupted/);
    expect(() => run('encode', '/nonexistent.json')).toThrow(CliError);
    expect(() => run('frobnicate')).toThrow(/unknown subcommand "frobnicate"/);
    expect(() => run()).toThrow(/usage/);
    expect(() => run('decode')).toThrow(/missing fragment/);
    const bad = join(mkdtempSync(join(tmpdir(), 'npd-link-')), 'bad.json');
    writeFileSync(bad, '{"core":{"material":"zif-8","diameterNm":-3}}');
    expect(() => run('encode', bad)).toThrow(/core\.diameterNm: /);
  });
});
