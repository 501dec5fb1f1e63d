// Links damaged by mail clients: repaired where unambiguous (line wraps, quote prefixes, <…>, trailing punctuation,
// quoted-printable soft breaks), otherwise refused with a message that names the likely cause.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeLink, encodeLink } from './link';
import { repairLinkText } from './link-repair';
import { PRESETS } from '../catalog';

const izb = () => JSON.parse(JSON.stringify(PRESETS['izb-ccm'].formulation)) as Record<string, unknown>;
const url = () => `https://designer.example/#${encodeLink(izb()).slice(1)}`;

/** Wrap a text at `width` columns, as a mail client does. */
const wrap = (s: string, width: number, prefix = '') => s.match(new RegExp(`.{1,${width}}`, 'g'))!.map((l) => prefix + l).join('\n');

describe('mail-damaged links', () => {
  it('line-wrapped at 76 columns, quoted with "> ", in <…>, with a trailing full stop: repaired and decoded to the same design', () => {
    const clean = decodeLink(url());
    expect(clean.ok).toBe(true);
    for (const damaged of [wrap(url(), 76), wrap(url(), 72, '> '), `<${url()}>`, `${url()}.`, wrap(`<${url()}>`, 70, '>> ') + ',', url().replace(/(.{75})/g, '$1=\n')]) {
      const r = decodeLink(damaged);
      expect(r.ok, damaged.slice(0, 60)).toBe(true);
      if (r.ok && clean.ok) {
        expect(r.repaired).toBe(true);
        expect(r.workspace).toEqual(clean.workspace);
      }
    }
  });

  it('the same damage arriving percent-encoded through the address bar (%0A, %20, %3E) is repaired too', () => {
    const clean = decodeLink(url());
    for (const damaged of [wrap(url(), 76).replace(/\n/g, '%0A'), wrap(url(), 72, '> ').replace(/\n/g, '%0A').replace(/> /g, '%3E%20'), url().replace(/(.{80})/g, '$1%20')]) {
      const r = decodeLink(damaged);
      expect(r.ok, damaged.slice(0, 60)).toBe(true);
      if (r.ok && clean.ok) expect(r.workspace).toEqual(clean.workspace);
    }
  });

  it('a link cut short by a mail client (first line only) is refused with the mail-client hint, never a bare character position', () => {
    const cut = wrap(url(), 76).split('\n')[0];
    const r = decodeLink(cut);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/e-mail program .* exported JSON file/);
  });

  it('property: any wrap width and quote depth repairs to the original link text', () => {
    const u = url();
    fc.assert(fc.property(fc.integer({ min: 20, max: 120 }), fc.constantFrom('', '> ', '>', '> > '), fc.constantFrom('', '.', ',', ')', '>'), (w, q, tail) => {
      expect(repairLinkText(wrap(u, w, q) + tail)).toBe(u);
    }));
  });

  it('a clean link is left alone', () => {
    expect(repairLinkText(url())).toBe(url());
  });
});

describe('workspace links with ids (keepIds)', () => {
  it('carry each id and the selected candidate; default links drop them as before', () => {
    const ws = { schema: 'nanoplatform.workspace/1', formulations: [{ ...izb(), id: 'a1' }, { ...izb(), name: 'B', id: 'b2' }] };
    const withIds = decodeLink(encodeLink(ws, { keepIds: true, activeId: 'b2' }));
    expect(withIds.ok && withIds.workspace.formulations.map((f) => (f as { id?: string }).id)).toEqual(['a1', 'b2']);
    expect(withIds.ok && withIds.workspace.activeId).toBe('b2');
    const plain = decodeLink(encodeLink(ws));
    expect(plain.ok && plain.workspace.formulations.map((f) => (f as { id?: string }).id)).toEqual([undefined, undefined]);
    expect(plain.ok && plain.workspace.activeId).toBeUndefined();
  });
});
