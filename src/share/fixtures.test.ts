// Versioned fixtures must decode forever: every tests/fixtures/links/*.txt and tests/fixtures/files/*.json (any schema version) against its manifest entry.
// Adding a format version = adding fixture files and manifest lines; nothing here changes.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeLink, encodeLink } from './link';
import { importWorkspaceJson } from './files';

const ROOT = resolve(__dirname, '../../tests/fixtures');

interface Expect {
  kind: 'workspace' | 'formulation';
  /** Expected candidate names (null: the file gives none). */
  names: (string | null)[];
  /** Indices of candidates that must carry non-empty overrides / calibrations. */
  overrides?: number[];
  calibrations?: number[];
}

function suite(dir: string, ext: string, read: (text: string, file: string) => ReturnType<typeof decodeLink>) {
  const folder = join(ROOT, dir);
  const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as Record<string, Expect>;
  const files = readdirSync(folder).filter((f) => f.endsWith(ext) && f !== 'manifest.json').sort();
  describe(`tests/fixtures/${dir}`, () => {
    it('every fixture has a manifest entry and every entry a file', () => {
      expect(files.length).toBeGreaterThan(0);
      expect(Object.keys(manifest).sort()).toEqual(files);
    });
    for (const file of files) {
      it(`${file} decodes`, () => {
        const r = read(readFileSync(join(folder, file), 'utf8'), file);
        if (!r.ok) throw new Error(`${file}: ${r.error.message}`);
        const e = manifest[file];
        expect(r.kind).toBe(e.kind);
        const fs = r.workspace.formulations as unknown as Record<string, unknown>[];
        // null: the file gives no name, any default name will do
        expect(fs.map((f, i) => (e.names[i] === null && typeof f.name === 'string' ? null : f.name))).toEqual(e.names);
        for (const i of e.overrides ?? []) expect(Object.keys((fs[i].overrides ?? {}) as object).length).toBeGreaterThan(0);
        for (const i of e.calibrations ?? []) expect(fs[i].calibrations).toBeTruthy();
        // re-encoding at the current version is lossless
        const again = decodeLink(encodeLink(r.kind === 'workspace' ? r.workspace : r.workspace.formulations[0]));
        expect(again).toEqual(r);
      });
    }
  });
}

suite('links', '.txt', (text) => decodeLink(text.trim()));
suite('files', '.json', (text, file) => {
  const r = importWorkspaceJson(text, file);
  return r.ok ? { ok: true, kind: r.kind, workspace: r.workspace } : { ok: false, error: { code: 'invalid', message: r.message } };
});
