// The compiled CLI (scripts/build-cli.mjs → an ESM entry and per-command chunks, run by plain node) gives byte-identical stdout, stderr and exit codes to the development path (tsx) for every command on the fixtures, and a sweep loads only its own code.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
const FIX = join(ROOT, 'tests', 'fixtures');
const OUT = join(mkdtempSync(join(tmpdir(), 'npd-cli-build-')), 'cli.mjs');
// a directory with nothing of the repository in it: the bundle must not read files next to the sources
const ELSEWHERE = mkdtempSync(join(tmpdir(), 'npd-cli-run-'));

function run(cmd: string, args: string[], cwd: string, input?: string) {
  // INIT_CWD unset: relative paths are read from cwd, the way a bin started from a shell reads them
  const env = { ...process.env, INIT_CWD: '' };
  const r = spawnSync(cmd, args, { cwd, input, encoding: 'utf8', timeout: 120_000, env, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const compiled = (args: string[], input?: string) => run(process.execPath, [OUT, ...args], ELSEWHERE, input);
const dev = (args: string[], input?: string) => run(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], ROOT, input);

/** Every command of contract §4 on the fixtures, with a few errors (exit 2) and the help texts. */
const CASES: [string, string[], string?][] = [
  ['presets', ['presets']],
  ['score --preset', ['score', '--preset', 'izb-ccm']],
  ['score a workspace file', ['score', join(FIX, 'files/v1-workspace-3-candidates.json')]],
  ['score stdin + uncertainty', ['score', '-', '--uncertainty', '16', '--seed', '3'], readFileSync(join(FIX, 'files/v1-minimal.json'), 'utf8')],
  ['dose-enhancement', ['dose-enhancement', '--element', 'Bi', '--mg-per-g', '10', '--beam', 'kvp:180:0.3mmCu']],
  ['survival', ['survival', '--alpha', '0.3', '--beta', '0.03', '--def', '1.2']],
  ['fit all models, 12 points', ['fit', join(FIX, 'cli/release-12.csv'), '--model', 'all']],
  ['fit an expression model', ['fit', join(FIX, 'cli/release-12.csv'), '--model', 'expr:Fmax*(1-exp(-(k*t)^b))']],
  ['fit-survival', ['fit-survival', join(FIX, 'cli/survival-6.csv')]],
  ['link encode', ['link', 'encode', join(FIX, 'files/v1-workspace-3-candidates.json')]],
  ['link decode', ['link', 'decode', readFileSync(join(FIX, 'links/v1-minimal-handmade.txt'), 'utf8').trim()]],
  ['sweep with an error row, shard 2/2', ['sweep', join(FIX, 'cli/sweep-small.json'), '--shard', '2/2', '--header']],
  // the benchmark sweep (10,000 rows) on two threads (worker threads load the entry's sweep chunks) against one
  ['sweep of 10,000 rows, 2 threads', ['sweep', join(FIX, 'cli/sweep-10000.json'), '--threads', '2']],
  ['validate as a table', ['validate', '--kind', 'release', '--format', 'table']],
  ['help', ['--help']],
  ['one command help', ['sweep', '--help']],
  ['error: unknown command', ['bogus']],
  ['error: bad field', ['score', '-'], JSON.stringify({ core: { material: 'zif-9' } })],
  ['error: missing file', ['fit', join(ELSEWHERE, 'absent.csv')]],
];

beforeAll(() => {
  const b = spawnSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs'), '--outfile', OUT], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  expect(b.status, b.stderr).toBe(0);
}, 120_000);

describe('compiled CLI', () => {
  it('a sweep statically loads the entry and the sweep chunk with their shared chunks: no other command, no mathjs', () => {
    const dir = dirname(OUT);
    const chunks = readdirSync(join(dir, 'chunks'));
    /** Static imports (import … from "./x.mjs", import "./x.mjs"; not import("…")) of an output file, as paths under dir. */
    const imports = (file: string): string[] => [...readFileSync(join(dir, file), 'utf8').matchAll(/(?:from|import)\s*"(\.\.?\/[^"]+)"/g)].map((m) => join(dirname(file), m[1]));
    const sweepChunk = chunks.find((c) => c.startsWith('sweep-'));
    expect(sweepChunk).toBeDefined();
    const seen = new Set<string>();
    const walk = (f: string): void => {
      if (seen.has(f)) return;
      seen.add(f);
      for (const i of imports(f)) walk(i);
    };
    walk('cli.mjs');
    walk(join('chunks', sweepChunk!));
    const commandChunks = ['score', 'presets', 'dose-enhancement', 'survival', 'fit-survival', 'fit', 'invitro', 'f2', 'link', 'validate', 'optimize', 'outcome', 'protocol'];
    for (const f of seen) {
      const name = f.replace(/^chunks\//, '');
      expect(commandChunks.some((c) => name.startsWith(`${c}-`)), f).toBe(false);
      // mathjs's unit class (its factory keeps the name in the bundle): only the fitter's and the CSV readers' chunks
      expect(readFileSync(join(dir, f), 'utf8').includes('createUnitClass'), f).toBe(false);
    }
    // and the marker is in the build (the check above looks for something that exists)
    expect(chunks.some((c) => readFileSync(join(dir, 'chunks', c), 'utf8').includes('createUnitClass'))).toBe(true);
  });

  it('is an executable entry with a node shebang and no tsx at run time', () => {
    const text = readFileSync(OUT, 'utf8');
    expect(text.startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(OUT).mode & 0o111).not.toBe(0);
    expect(text).not.toMatch(/from\s*["']tsx/);
    // self-contained: every case below runs it from a temporary folder, where no node_modules can be found
  });

  it.each(CASES)('%s: stdout, stderr and exit code byte-identical to the development path', (_, args, input) => {
    const a = compiled(args, input);
    const b = dev(args, input);
    expect(a.code).toBe(b.code);
    expect(a.stderr).toBe(b.stderr);
    expect(a.stdout).toBe(b.stdout);
    // and the case exercises what it says: output on success, one stderr line with exit 2 on an error
    if (a.code === 0) expect(a.stdout.length).toBeGreaterThan(10);
    else expect([a.code, a.stderr.trim().split('\n').length]).toEqual([2, 1]);
  }, 120_000);
});
