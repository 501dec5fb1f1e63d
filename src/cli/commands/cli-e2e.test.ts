// End-to-end: spawn the real CLI (`npx tsx src/cli/main.ts …`) for score, presets and sweep; errors exit 2 with one stderr line.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCsv } from '../../model/sweep';

const ROOT = join(__dirname, '..', '..', '..');
function cli(args: string[], input?: string) {
  const r = spawnSync('npx', ['tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.split('\n').filter((l) => l && !/^npm warn/i.test(l)) };
}
const dir = mkdtempSync(join(tmpdir(), 'npd-cli-'));
const file = (name: string, content: unknown) => {
  const p = join(dir, name);
  writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
  return p;
};

describe('cli presets and score', () => {
  it('presets → all 20 with id, name, summary', () => {
    const r = cli(['presets']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as { id: string; name: string; summary: string }[];
    expect(list).toHaveLength(20);
    for (const p of list) expect(Object.keys(p).sort()).toEqual(['id', 'name', 'summary']);
    expect(list.map((p) => p.id)).toContain('izb-ccm');
  }, 240_000);
  it('score a formulation file, a workspace (array), stdin, and --preset with --uncertainty', () => {
    const f = file('f.json', { core: { material: 'zif-8' } });
    const one = cli(['score', f]);
    expect(one.code).toBe(0);
    const s = JSON.parse(one.stdout);
    expect(s.formulation.core.diameterNm).toBeGreaterThan(0);
    expect(typeof s.score.overall).toBe('number');
    const ws = file('w.json', { schema: 'nanoplatform.workspace/1', formulations: [{ core: { material: 'zif-8' } }, { core: { material: 'gold' } }] });
    const many = JSON.parse(cli(['score', ws]).stdout);
    expect(many).toHaveLength(2);
    const stdin = cli(['score', '-'], JSON.stringify({ core: { material: 'hfo2' } }));
    expect(JSON.parse(stdin.stdout).formulation.core.material).toBe('hfo2');
    const pre = cli(['score', '--preset', 'izb-ccm', '--uncertainty', '16']);
    expect(pre.code).toBe(0);
    const u = JSON.parse(pre.stdout).uncertainty;
    expect(u.bands['score.overall'].p5).toBeLessThanOrEqual(u.bands['score.overall'].p95);
  }, 240_000);
  it('errors: exit 2, one stderr line naming the field, nothing on stdout', () => {
    for (const [args, input, re] of [
      [['score', file('bad.json', '{"core": ')], undefined, /invalid JSON/],
      [['score', '-'], JSON.stringify({ core: { material: 'zif-9' } }), /^core\.material \(Carrier material\): /],
      [['score', '--preset', 'nope'], undefined, /^--preset: /],
      [['score', file('ws.json', { formulations: [{ core: { material: 'zif-8' } }, { core: { material: 'x' } }] })], undefined, /^formulations\.1\.core\.material \(Carrier material\): /],
      [['sweep', file('sw-bad.json', { base: {}, vary: { 'core.diameterNm': { from: 1, to: 2 } } })], undefined, /^vary\.core\.diameterNm\.steps: /],
      [['sweep', file('sw-typo.json', { base: {}, vary: { 'core.diameterNM': [50, 100] } })], undefined, /^vary\.core\.diameterNM: not a field of the formulation .*core\.diameterNm/],
      [['sweep', file('sw-ok.json', { base: {}, vary: {} }), '--shard', '3/2'], undefined, /^--shard: /],
      [[], undefined, /^command: missing/],
      [['score', file('str.json', '"hello"')], undefined, /^\(root\): expected a formulation object \(got string\)/],
      [['score', join(dir, 'absent.json')], undefined, /absent\.json: cannot read \(no such file\)/],
      [['score', '-', '--bogus'], '{}', /^--bogus: unknown option/],
      [['score', '-'], JSON.stringify({ scenario: { beam: 'mono:-1' } }), /^scenario\.beam \(Beam\): .*not a number of MeV/],
      [['score', '-'], JSON.stringify({ scenario: { beam: 'kvp:abc' } }), /^scenario\.beam \(Beam\): .*not a number of kV/],
      [['score', '-'], JSON.stringify({ core: { diameterNm: 0 } }), /^core\.diameterNm \(Core diameter\): must be > 0/],
      [['score', '-'], JSON.stringify({ coating: { membranes: [{ source: 'hela', fraction: 0.5 }, { source: 'rbc', fraction: 0.3 }] } }), /^coating\.membranes: .*sum to 1/],
      [['score', '-'], JSON.stringify({ core: { material: 'zif-8' }, payloads: [{ agent: 'doxorubicin', loading: 'remote', feedMassRatio: 0.1 }] }), /^payloads\.0\.loading \(Loading mode\): remote loading needs a liposome/],
      [['fit', file('bad.csv', 'time,release\n0,0\n1,abc\n')], undefined, /bad\.csv: line 3: /],
      [['dose-enhancement', '--element', 'Bi', '--mg-per-g', '1', '--beam', 'kvp:abc'], undefined, /^--beam: /],
    ] as [string[], string | undefined, RegExp][]) {
      const r = cli(args, input);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toHaveLength(1);
      expect(r.stderr[0]).toMatch(re);
    }
  }, 240_000);
});

describe('cli help', () => {
  it('--help lists every command on stdout (exit 0); <command> --help documents sharding and its header rule', () => {
    const all = cli(['--help']);
    expect(all.code).toBe(0);
    for (const c of ['score', 'presets', 'dose-enhancement', 'survival', 'fit', 'fit-survival', 'link', 'sweep']) expect(all.stdout).toContain(c);
    const sw = cli(['sweep', '--help']);
    expect(sw.code).toBe(0);
    expect(sw.stdout).toMatch(/--shard i\/n/);
    expect(sw.stdout).toMatch(/header row is printed by shard 1 only/);
  }, 240_000);
});

describe('cli sweep', () => {
  const spec = file('sweep.json', {
    base: { core: { material: 'zif-8', diameterNm: 120 }, payloads: [{ agent: 'in10018', loading: 'one-pot', feedMassRatio: 0.2 }], coating: { membranes: [{ source: 'hela', fraction: 0.5 }, { source: 'caf-cervical', fraction: 0.5 }], membraneToCoreMassRatio: 1, peg: false } },
    vary: { 'core.diameterNm': { from: 60, to: 180, steps: 3 }, 'coating.membranes.0.fraction': [0.25, 0.75], 'payloads.0.feedMassRatio': [0.1, -1] },
  });
  it('rows = product, exact header, error rows, shards concatenate to the whole', () => {
    const whole = cli(['sweep', spec]);
    expect(whole.code).toBe(0);
    const rows = parseCsv(whole.stdout);
    expect(rows[0]).toEqual([
      'core.diameterNm', 'coating.membranes.0.fraction', 'payloads.0.feedMassRatio', 'overall', 'loading', 'release', 'targeting', 'radiosensitization', 'safety',
      'totalLoadingPct', 'selectivityIndex', 'tumorDeliveryPctID', 'doseEnhancementFactor', 'sensitizerEnhancementRatio', 'eqd2GainGy', 'error',
    ]);
    expect(rows.length - 1).toBe(12);
    const bad = rows.slice(1).filter((r) => r[2] === '-1');
    expect(bad).toHaveLength(6);
    for (const r of bad) expect(r[r.length - 1]).toMatch(/^payloads\.0\.feedMassRatio: /);
    for (const r of rows.slice(1).filter((r) => r[2] !== '-1')) {
      expect(r[r.length - 1]).toBe('');
      expect(Number(r[3])).toBeGreaterThan(0);
    }
    const shards = [1, 2, 3].map((i) => cli(['sweep', spec, '--shard', `${i}/3`]).stdout);
    expect(shards.join('')).toBe(whole.stdout);
  }, 240_000);
});

describe('cli relative paths', () => {
  it('a relative path is read from the directory npm was started in (INIT_CWD), as `npm run` moves to the package root', () => {
    writeFileSync(join(dir, 'rel.json'), JSON.stringify({ core: { material: 'gold' } }));
    // tsx directly: npx would set INIT_CWD itself
    const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['src/cli/main.ts', 'score', 'rel.json'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000, env: { ...process.env, INIT_CWD: dir } });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).formulation.core.material).toBe('gold');
  }, 240_000);

  it('issue 22: nesting capped before parsing, the 100-formulation limit, the concentration refusal names its field', () => {
    const deep = '['.repeat(20000) + ']'.repeat(20000);
    const izb = { core: { material: 'zif-8' } };
    for (const [args, input, re] of [
      [['score', '-'], deep, /^stdin: JSON nested too deeply \(20000 levels > 32\)$/],
      [['sweep', file('deep.json', `{"base":${deep}}`)], undefined, /deep\.json: JSON nested too deeply \(20001 levels > 32\)$/],
      [['link', 'encode', '-'], deep, /nested too deeply/],
      [['score', file('ws101.json', { formulations: Array.from({ length: 101 }, () => izb) })], undefined, /^formulations: at most 100 formulations \(got 101\)$/],
      [['score', '-'], JSON.stringify({ name: 'tiny-tumour', scenario: { tumorMassG: 5e-324 } }), /elements: the element concentrations .* sum to [\d.e+]+ mg\/g, more than 1000 mg\/g .*scenario\.tumorMassG/],
    ] as [string[], string | undefined, RegExp][]) {
      const r = cli(args, input);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toHaveLength(1);
      expect(r.stderr[0]).toMatch(re);
      expect(r.stderr[0]).not.toMatch(/call stack/i);
    }
  }, 240_000);
});
