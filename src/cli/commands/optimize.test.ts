// End-to-end `optimize`: the real CLI runs two islands, merges them (= the front of the union), writes CSV, and names the field of a bad spec (exit 2).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PRESETS } from '../../catalog';
import { mergeResults, optimize, type OptimizeResult } from '../../engine/optimize';

const ROOT = join(__dirname, '..', '..', '..');
function cli(args: string[]) {
  const r = spawnSync('npx', ['tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 180_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.split('\n').filter((l) => l && !/^npm warn/i.test(l)) };
}
const dir = mkdtempSync(join(tmpdir(), 'npd-opt-'));
const file = (name: string, content: unknown) => {
  const p = join(dir, name);
  writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
  return p;
};
const spec = {
  schema: 'nanoplatform.optimize/1',
  base: PRESETS['izb-ccm'].formulation,
  objectives: [{ output: 'loading.totalLoadingPct', direction: 'max' }, { output: 'radiosensitization.sensitizerEnhancementRatio', direction: 'max' }],
  population: 8,
  generations: 4,
};

describe('cli optimize', () => {
  it('two islands (--shard 1/2, 2/2, --seed, --generations) merge into the front of their union; --format csv', () => {
    const s = file('spec.json', spec);
    const a = cli(['optimize', s, '--shard', '1/2', '--seed', '5', '--generations', '3']);
    const b = cli(['optimize', s, '--shard', '2/2', '--seed', '5', '--generations', '3']);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    const ra = JSON.parse(a.stdout) as OptimizeResult;
    const rb = JSON.parse(b.stdout) as OptimizeResult;
    // the CLI's islands are the engine's
    expect(ra.front).toEqual(optimize(spec, { shard: { i: 1, n: 2 }, seed: 5, generations: 3 }).front);
    expect(ra.islands[0]).toMatchObject({ i: 1, n: 2, generations: 3 });
    const m = cli(['optimize', 'merge', file('a.json', a.stdout), file('b.json', b.stdout)]);
    expect(m.code).toBe(0);
    const merged = mergeResults([ra, rb]);
    expect(merged.ok && JSON.parse(m.stdout)).toEqual(merged.ok && JSON.parse(JSON.stringify(merged.value)));
    const csv = cli(['optimize', 'merge', file('a2.json', a.stdout), file('b2.json', b.stdout), '--format', 'csv']);
    expect(csv.stdout.split('\n')[0]).toBe('island,core.diameterNm,payloads.0.feedMassRatio,payloads.1.feedMassRatio,coating.membranes.0.fraction,coating.membranes.1.fraction,coating.membraneToCoreMassRatio,coating.peg,loading.totalLoadingPct,radiosensitization.sensitizerEnhancementRatio,violation');
  }, 600_000);

  it('a bad spec: exit 2, one line naming the field (with its registry label) and the reason', () => {
    const bad = cli(['optimize', file('bad.json', { ...spec, variables: { 'core.diameterNm': { from: 0 } } })]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toEqual(['variables.core.diameterNm.from: must be > 0 and ≤ 5000 nm (Core diameter; got 0)']);
    const opt = cli(['optimize', file('ok.json', spec), '--bogus', '1']);
    expect(opt.code).toBe(2);
    expect(opt.stderr[0]).toMatch(/^--bogus: unknown option/);
  }, 300_000);

  it('local control as an objective (spec.outcome): the CLI front equals the engine\'s, CSV has the gain column; a bad schedule names outcome.schedule', () => {
    const lc = { ...spec, objectives: [{ output: 'outcome.localControlGain', direction: 'max' }, { output: 'loading.totalLoadingPct', direction: 'max' }], outcome: { schedule: 'ebrt45-hdr7x4', cisplatin: true } };
    const r = cli(['optimize', file('lc.json', lc), '--generations', '2']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as OptimizeResult).front).toEqual(optimize(lc, { generations: 2 }).front);
    const csv = cli(['optimize', file('lc.json', lc), '--generations', '2', '--format', 'csv']);
    expect(csv.stdout.split('\n')[0]).toMatch(/,outcome\.localControlGain,loading\.totalLoadingPct,violation$/);
    const bad = cli(['optimize', file('lc-bad.json', { ...lc, outcome: { schedule: 'ebrt:25x1.8+xyz:2x3' } })]);
    expect(bad.code).toBe(2);
    expect(bad.stderr[0]).toMatch(/^outcome\.schedule: /);
  }, 300_000);
});
