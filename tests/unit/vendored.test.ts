// The vendored copies in tests/fixtures/shared equal their originals in ../shared (where it exists: developers' machines and CI).
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const VENDORED = resolve(__dirname, '../fixtures/shared');
const SHARED = resolve(__dirname, '../../../shared');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
}

describe('vendored fixtures', () => {
  const all = files(VENDORED).map((f) => relative(VENDORED, f)).sort();
  it('hold what the tests read: 92 element tables, water, soft tissue, edges, properties, 3 seeds, MODEL.md', () => {
    expect(all.filter((f) => f.startsWith('data/nist-xaamdi/elements/') && f.endsWith('.csv'))).toHaveLength(92);
    for (const f of ['data/nist-xaamdi/materials/water_liquid.csv', 'data/nist-xaamdi/materials/soft_tissue_icru44.csv', 'data/nist-xaamdi/absorption_edges.csv', 'data/nist-xaamdi/element_properties.csv', 'science/MODEL.md']) expect(all).toContain(f);
    expect(all.filter((f) => f.startsWith('seeds/'))).toHaveLength(3);
  });
  // An extra drift check, not a replacement: the tests above and the suites that read the fixtures run everywhere.
  it.runIf(existsSync(SHARED))('equal ../shared byte for byte (runs where ../shared exists, as in CI)', () => {
    for (const f of all) expect(readFileSync(join(VENDORED, f)).equals(readFileSync(join(SHARED, f))), f).toBe(true);
  });
});
