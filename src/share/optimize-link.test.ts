// Optimisation links: round trip to the canonical spec, same search → same link, damage and bad specs refused with a message naming the field; #w=/#f= links untouched.
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../catalog';
import { decodeLink, isLinkFragment } from './link';
import { decodeOptimizeLink, encodeOptimizeLink, isOptimizeLinkFragment } from './optimize-link';

const spec = {
  schema: 'nanoplatform.optimize/1',
  base: PRESETS['izb-ccm'].formulation,
  variables: { 'core.diameterNm': { from: 40, to: 200 }, 'payloads.*.feedMassRatio': {}, 'core.material': { choices: ['zif-8', 'uio-66'] } },
  objectives: [{ output: 'loading.totalLoadingPct', direction: 'max' }],
  constraints: [{ output: 'geometry.hydrodynamicDiameterNm', max: 200 }],
  robust: { draws: 32 },
};

describe('optimisation links (#o=)', () => {
  it('round trip: the decoded spec encodes to the same link, and names the same search', () => {
    const a = encodeOptimizeLink(spec);
    expect(a.ok).toBe(true);
    if (!a.ok) return;
    expect(a.fragment.startsWith('#o=')).toBe(true);
    const d = decodeOptimizeLink(`https://example.org/app/${a.fragment}`);
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(Object.keys(d.spec.variables as object)).toEqual(['core.diameterNm', 'payloads.0.feedMassRatio', 'payloads.1.feedMassRatio', 'core.material']);
    expect(d.spec.robust).toEqual({ draws: 32, seed: 1 });
    const b = encodeOptimizeLink(d.spec);
    expect(b.ok && b.fragment).toBe(a.fragment);
  });

  it('refuses a bad spec naming the field, a damaged link, and a foreign one', () => {
    const bad = encodeOptimizeLink({ ...spec, objectives: [{ output: 'loading.totalLoadingPct', direction: 'sideways' }] });
    expect(bad.ok || bad.error.message).toBe('link: objectives.0.direction: must be "max" or "min"');
    const a = encodeOptimizeLink(spec);
    if (!a.ok) throw new Error('encode');
    const cut = decodeOptimizeLink(a.fragment.slice(0, -12));
    expect(cut.ok).toBe(false);
    expect(decodeOptimizeLink('#o=abc def').ok).toBe(false);
    expect(decodeOptimizeLink('#w=abc')).toMatchObject({ ok: false, error: { code: 'not-a-link' } });
  });

  it('the workspace link codec is unchanged: #o= is not a workspace link', () => {
    expect(isLinkFragment('#o=abc')).toBe(false);
    expect(isOptimizeLinkFragment('#o=abc')).toBe(true);
    expect(decodeLink('#o=abc').ok).toBe(false);
  });
});
