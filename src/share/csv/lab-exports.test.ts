// Every real-world lab export shape in tests/fixtures/lab-exports is read to the table its manifest expects (curves,
// error bars, messages) or refused with the expected message: no fixture is misread in silence.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importReleaseCsv } from './release-import';

const DIR = resolve(__dirname, '../../../tests/fixtures/lab-exports');

interface Entry {
  file: string;
  what: string;
  curves?: { pH: number; points: [number, number][]; spread?: { kind: 'sd' | 'sem'; values: number[] } }[];
  messages?: string[];
  refuse?: string;
}

const manifest = JSON.parse(readFileSync(resolve(DIR, 'manifest.json'), 'utf8')) as { fixtures: Entry[] };

describe('lab-export fixtures', () => {
  it('every file in the folder has a manifest entry and every entry a file', () => {
    const files = readdirSync(DIR).filter((f) => f !== 'manifest.json').sort();
    expect(manifest.fixtures.map((e) => e.file).sort()).toEqual(files);
  });

  for (const e of manifest.fixtures) {
    it(`${e.file}: ${e.what}`, () => {
      const r = importReleaseCsv(readFileSync(resolve(DIR, e.file), 'utf8'));
      if (e.refuse !== undefined) {
        expect(r.curves).toEqual([]);
        expect(r.errors.map((x) => x.message).join('\n')).toContain(e.refuse);
        return;
      }
      expect(r.errors).toEqual([]);
      expect(r.curves.map((c) => ({ pH: c.pH, points: c.points, ...(c.spread ? { spread: c.spread } : {}) }))).toEqual(e.curves);
      const text = r.messages.join('\n');
      for (const m of e.messages ?? []) expect(text).toContain(m);
      // nothing is read in silence: every non-blank header is either used or named as ignored
      const used = new Set((r.plan?.columns ?? []).filter((c) => c.role.role !== 'ignore').map((c) => c.header));
      for (const c of r.plan?.columns ?? []) if (c.header !== '' && !used.has(c.header)) expect(text).toContain(`("${c.header}")`);
    });
  }
});
