// The ratchet: no kind's held-out agreement may fall below src/validation/ratchet.json, and docs/validation.md states the same numbers.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import ratchet from './ratchet.json';
import { CORPUS_KINDS, evaluateCorpus } from './index';

const summary = evaluateCorpus().summary;

describe('validation ratchet', () => {
  it.each(CORPUS_KINDS.map((k) => [k]))('%s: held-out agreement does not drop below the ratchet', (kind) => {
    const s = summary.find((x) => x.kind === kind)!;
    const floor = (ratchet as Record<string, number | string>)[kind];
    expect(typeof floor).toBe('number');
    expect(s.heldOutAgree, `${kind}: ${s.heldOutAgree}/${s.heldOut} agree, ratchet ${floor} — if a model change lowers it on purpose, lower ratchet.json and say why in docs/validation.md`).toBeGreaterThanOrEqual(floor as number);
  });
  it('docs/validation.md lists each kind with its ratchet number (so lowering one needs a docs edit)', () => {
    const doc = readFileSync(new URL('../../docs/validation.md', import.meta.url), 'utf8');
    const section = doc.slice(doc.indexOf('## Ratchet'));
    expect(section.length).toBeGreaterThan(10);
    for (const k of CORPUS_KINDS) expect(section, k).toMatch(new RegExp(`\\|\\s*${k}\\s*\\|\\s*${(ratchet as unknown as Record<string, number>)[k]}\\s*\\|`));
  });
});
