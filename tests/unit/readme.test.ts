// The README is a newcomer's path (walk9 #31): the compiled CLI's bin exists only after `npm run build:cli`, so the README says to build before it names `npx nanoplatform`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { bin: Record<string, string>; scripts: Record<string, string> };

describe('README: the compiled CLI', () => {
  it('the bin is a build output, and every `npx nanoplatform` in the README comes after `npm run build:cli` and the word that it must be built first', () => {
    expect(pkg.bin.nanoplatform).toMatch(/^(\.\/)?dist-cli\//);
    expect(pkg.scripts.prepare).toBeUndefined(); // nothing builds it at `npm ci`: the README must say so
    const build = readme.indexOf('npm run build:cli');
    expect(build).toBeGreaterThan(0);
    expect(readme.slice(0, build)).toMatch(/Build it first/);
    for (const m of readme.matchAll(/npx nanoplatform/g)) expect(m.index!).toBeGreaterThan(build);
  });
});
