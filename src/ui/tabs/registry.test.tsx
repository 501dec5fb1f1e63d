// Every tab in the registry renders its view to HTML (lazy chunks resolved) for a scored preset, with no thrown error.
import { describe, expect, it } from 'vitest';
import { Suspense } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { PRESETS } from '../../catalog';
import { presetScores } from '../../library/score';
import type { Candidate } from '../../state/types';
import { TABS, tabDef, type TabId } from './registry';

async function html(node: React.ReactNode): Promise<string> {
  const { prelude } = await prerenderToNodeStream(<Suspense fallback={<p>loading…</p>}>{node}</Suspense>);
  let s = '';
  for await (const chunk of prelude) s += String(chunk);
  return s;
}

const candidate: Candidate = { id: 'c1', draft: JSON.parse(JSON.stringify(PRESETS['izb-ccm'].formulation)) };
const scores = presetScores('izb-ccm');

describe('tab registry', () => {
  it('ids are unique, labels non-empty, tabDef finds each', () => {
    const ids = TABS.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of TABS) {
      expect(t.label.trim()).not.toBe('');
      expect(tabDef(t.id)).toBe(t);
    }
    expect(() => tabDef('nope' as TabId)).toThrow(/unknown tab "nope"/);
  });
  it.each(TABS.map((t) => [t.id, t] as const))('%s renders (lazy chunk resolved, no error)', async (_id, t) => {
    const errors: unknown[] = [];
    const orig = console.error;
    console.error = (...a: unknown[]) => { errors.push(a); };
    try {
      const out = await html(t.scope === 'workspace' ? t.render() : t.render({ candidate, scores, mc: undefined }));
      expect(out).not.toContain('loading…');
      expect(out.replace(/<[^>]*>/g, '').trim().length).toBeGreaterThan(20);
    } finally {
      console.error = orig;
    }
    expect(errors).toEqual([]);
  });
});
