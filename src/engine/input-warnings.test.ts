// Unknown input fields reach Scores.warnings (code 'input.unknown-field') through the engine and the CLI's `score`.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../catalog';
import { scoreFormulation, scoreWorkspace } from './index';

const typo = { core: { material: 'zif-8', diameterNM: 120 }, payloads: [{ agent: 'in10018', fedMassRatio: 0.2 }] };

describe('Scores.warnings for unknown fields', () => {
  it('each unknown field is one input.unknown-field warning with its path and a did-you-mean', () => {
    const s = scoreFormulation(typo);
    const w = s.warnings.filter((x) => x.code === 'input.unknown-field');
    expect(w.map((x) => x.message)).toEqual([
      'core.diameterNM: unknown field, ignored (did you mean diameterNm?)',
      'payloads.0.fedMassRatio: unknown field, ignored (did you mean feedMassRatio?)',
    ]);
    expect(w.map((x) => x.path)).toEqual(['core.diameterNM', 'payloads.0.fedMassRatio']);
    // the typo is ignored: the same scores as without it
    const clean = scoreFormulation({ core: { material: 'zif-8' }, payloads: [{ agent: 'in10018' }] });
    expect(s.score.overall).toBe(clean.score.overall);
  });
  it('presets and completed formulations score without input warnings; workspaces warn per candidate', () => {
    for (const [id, p] of Object.entries(PRESETS)) expect(scoreFormulation(p.formulation, { lean: true }).warnings.some((x) => x.code === 'input.unknown-field'), id).toBe(false);
    const [a, b] = scoreWorkspace([{ core: { material: 'gold' } }, typo], { lean: true });
    expect(a.warnings.some((x) => x.code === 'input.unknown-field')).toBe(false);
    expect(b.warnings.filter((x) => x.code === 'input.unknown-field')).toHaveLength(2);
  });
  it('the CLI score prints them in the Scores JSON (and still exits 0)', () => {
    const r = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'score', '-'], { cwd: join(__dirname, '..', '..'), input: JSON.stringify(typo), encoding: 'utf8', timeout: 120_000 });
    expect(r.status).toBe(0);
    const s = JSON.parse(r.stdout) as { warnings: { code: string; message: string }[] };
    expect(s.warnings.filter((x) => x.code === 'input.unknown-field').map((x) => x.message)).toContain('core.diameterNM: unknown field, ignored (did you mean diameterNm?)');
  }, 120_000);
});
