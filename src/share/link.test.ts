// Share links: round trips over arbitrary valid workspaces, canonical stability, size, error messages, and fuzzing with hostile input.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import LZString from 'lz-string';
import { PRESETS } from '../catalog';
import { parseWorkspace } from '../schema';
import { decodeLink, encodeLink, encodeLinkResult, isLinkFragment, MAX_FRAGMENT_CHARS } from './link';
import { canonicalWorkspaceInputs } from './document';
import { mulberry32, shuffleKeys, workspaceArb, formulationDraftArb } from './testing/arbitraries';

const ws = (formulations: unknown[]) => ({ schema: 'nanoplatform.workspace/1', formulations });
const rawLink = (prefix: '#w=' | '#f=', doc: unknown) => prefix + LZString.compressToEncodedURIComponent(JSON.stringify(doc));
const izb = () => structuredClone(PRESETS['izb-ccm'].formulation);
function mustParse(doc: unknown) {
  const r = parseWorkspace(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}
const expectError = (frag: string) => {
  const r = decodeLink(frag);
  expect(r.ok).toBe(false);
  if (r.ok) throw new Error('unreachable');
  expect(r.error.message.length).toBeGreaterThan(5);
  return r.error;
};

describe('encodeLink / decodeLink', () => {
  it('IZB@CCM: a #f= link under 2,000 characters that decodes to the completed canonical formulation', () => {
    const link = encodeLink(izb());
    expect(link.startsWith('#f=')).toBe(true);
    expect(link.length).toBeLessThan(2000);
    const r = decodeLink(link);
    expect(r.ok && r.kind).toBe('formulation');
    expect(r.ok && r.workspace).toEqual(canonicalWorkspaceInputs(mustParse(ws([izb()])), { keepIds: false }));
    // what any lz-string user gets: the contract §1 JSON with its schema id
    const plain = JSON.parse(LZString.decompressFromEncodedURIComponent(link.slice(3)));
    expect(plain.schema).toBe('nanoplatform.formulation/1');
    expect(plain.name).toBe('IZB@CCM');
  });

  it('round trip: decode(encode(w)) deep-equals the canonical w, for arbitrary valid workspaces', () => {
    fc.assert(
      fc.property(workspaceArb, (w) => {
        const link = encodeLink(w);
        expect(link.startsWith('#w=')).toBe(true);
        const r = decodeLink(link);
        expect(r).toEqual({ ok: true, kind: 'workspace', workspace: canonicalWorkspaceInputs(w, { keepIds: false }) });
        // canonical is a fixed point: encoding the decoded workspace gives the same link
        if (r.ok) expect(encodeLink(r.workspace)).toBe(link);
      }),
      { numRuns: 150 },
    );
  });

  it('stability: shuffled key order, candidate ids and float noise below 6 significant figures give the same link', () => {
    fc.assert(
      fc.property(workspaceArb, fc.integer(), (w, seed) => {
        const link = encodeLink(w);
        const shuffled = shuffleKeys(w, mulberry32(seed)) as typeof w;
        expect(encodeLink(shuffled)).toBe(link);
        const withIds = { ...w, formulations: w.formulations.map((f, i) => ({ ...f, id: `cand-${seed}-${i}` })) };
        expect(encodeLink(withIds)).toBe(link);
        const noisy = structuredClone(w) as unknown as { formulations: { core: { diameterNm: number } }[] };
        const d = noisy.formulations[0].core.diameterNm;
        noisy.formulations[0].core.diameterNm = Number(d.toPrecision(6)) * (1 + 1e-9);
        expect(encodeLink(noisy)).toBe(link);
      }),
      { numRuns: 60 },
    );
  });

  it('links encode inputs only: scores or unknown keys attached to a candidate do not change the link', () => {
    const f = izb();
    const withJunk = { ...f, scores: { overall: 99 }, results: [1, 2, 3], colour: 'red' };
    expect(encodeLink(withJunk)).toBe(encodeLink(f));
  });

  it('keeps overrides, calibrations and notes in the link', () => {
    const f = { ...izb(), overrides: { 'targeting.uMax': 2.5 }, notes: 'batch 7 <b>bold</b>' };
    const r = decodeLink(encodeLink(ws([f])));
    expect(r.ok).toBe(true);
    const got = r.ok ? (r.workspace.formulations[0] as unknown as Record<string, unknown>) : {};
    expect(got.overrides).toEqual({ 'targeting.uMax': 2.5 });
    expect(got.notes).toBe('batch 7 <b>bold</b>');
  });

  it('accepts hand-made links without the integrity field, a whole URL, and a missing "#"', () => {
    const doc = { schema: 'nanoplatform.workspace/1', formulations: [izb()] };
    const frag = rawLink('#w=', doc);
    const expected = canonicalWorkspaceInputs(mustParse(doc), { keepIds: false });
    expect(decodeLink(frag)).toEqual({ ok: true, kind: 'workspace', workspace: expected });
    expect(decodeLink('https://example.org/app/?x=1' + frag)).toEqual({ ok: true, kind: 'workspace', workspace: expected });
    expect(decodeLink(frag.slice(1))).toEqual({ ok: true, kind: 'workspace', workspace: expected });
    expect(decodeLink(rawLink('#f=', { core: { material: 'zif-8' } })).ok).toBe(true);
    expect(isLinkFragment(frag) && isLinkFragment('#f=x') && !isLinkFragment('#/settings')).toBe(true);
  });
});

describe('decodeLink errors name the problem', () => {
  it('size cap before decompression', () => {
    const e = expectError('#w=' + 'A'.repeat(MAX_FRAGMENT_CHARS + 1));
    expect(e).toMatchObject({ code: 'too-large', message: `link: too large (${MAX_FRAGMENT_CHARS + 1} > ${MAX_FRAGMENT_CHARS} characters)` });
    const t0 = performance.now();
    expect(expectError('#w=' + 'x'.repeat(20_000_000)).code).toBe('too-large');
    expect(performance.now() - t0).toBeLessThan(2000); // the size cap rejects before any decoding work
  });

  it('output cap: a decompression bomb stops at 512 kB', () => {
    const bomb = '#w=' + LZString.compressToEncodedURIComponent('{"a":"' + 'x'.repeat(700_000) + '"}');
    expect(bomb.length).toBeLessThan(MAX_FRAGMENT_CHARS);
    const t0 = performance.now();
    expect(expectError(bomb)).toMatchObject({ code: 'too-large-decompressed', message: 'link: too large after decompression (> 524288 characters)' });
    expect(performance.now() - t0).toBeLessThan(5000); // bounded work, not a speed budget
  });

  it('truncated link', () => {
    const link = encodeLink(izb());
    const e = expectError(link.slice(0, link.length - 40));
    expect(e.code).toBe('decompression-failed');
    expect(e.message).toMatch(/^link: truncated or corrupted \(decompression failed\)\. The link seems to have been broken on its way — an e-mail program/);
  });

  it('unsupported (future) schema version', () => {
    const e = expectError(rawLink('#w=', { schema: 'nanoplatform.workspace/2', formulations: [] }));
    expect(e.code).toBe('unsupported-version');
    expect(e.message).toMatch(/^link: unsupported schema version 2 of nanoplatform\.workspace/);
    expect(expectError(rawLink('#w=', { schema: 'evil/1' })).code).toBe('unsupported-version');
  });

  it('schema violations name the field path', () => {
    const f = izb();
    f.core.diameterNm = 1e7;
    const e = expectError(rawLink('#w=', ws([f])));
    expect(e.code).toBe('invalid');
    expect(e.message).toMatch(/^formulations\.0\.core\.diameterNm: /);
    expect(e.issues?.[0].path).toBe('formulations.0.core.diameterNm');
    const g = expectError(rawLink('#f=', { core: { material: 'unobtainium' } }));
    expect(g.message).toMatch(/^core\.material: /);
  });

  it('wrong kind, foreign characters, not a link, empty, not JSON, too deep, integrity', () => {
    expect(expectError(rawLink('#f=', ws([izb()]))).code).toBe('wrong-kind');
    expect(expectError('#w=abc<script>').message).toMatch(/^link: unexpected character "<" at position 4 \(a link payload uses only A–Z a–z 0–9 \+ - \$\)\. The link seems to have been broken/);
    expect(expectError('#x=abc').code).toBe('not-a-link');
    expect(expectError('#w=').code).toBe('empty');
    expect(expectError('').code).toBe('empty');
    expect(expectError('#w=' + LZString.compressToEncodedURIComponent('{"schema": nope')).code).toBe('not-json');
    expect(expectError('#w=' + LZString.compressToEncodedURIComponent('[1,2]')).code).toBe('not-json');
    // walk11 #1: text that decompresses into something that is not JSON says what happened and what to do
    expect(expectError('#w=' + LZString.compressToEncodedURIComponent('{"schema": nope')).message).toMatch(/^link: truncated or corrupted \(the data is not valid JSON\)\. Some of its characters were changed or lost .*Ask for the link again/);
    expect(expectError('#w=' + LZString.compressToEncodedURIComponent('['.repeat(5000) + ']'.repeat(5000))).code).toBe('too-deep');
    const body = JSON.stringify(ws([izb()]));
    expect(expectError('#w=' + LZString.compressToEncodedURIComponent(body.slice(0, -1) + ',"check":"00000000"}')).code).toBe('integrity');
  });
});

describe('decodeLink fuzzing (never throws; never silently changes a design)', () => {
  const valid = [encodeLink(izb()), encodeLink(ws([izb(), { core: { material: 'liposome' }, name: 'L' }]))];

  it('random strings and random bytes', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), fc.uint8Array({ maxLength: 300 }).map((b) => String.fromCharCode(...b))), fc.constantFrom('', '#', '#w=', '#f='), (s, pre) => {
        const r = decodeLink(pre + s);
        if (!r.ok) expect(r.error.message).toMatch(/\S/);
      }),
      { numRuns: 2000 },
    );
  });

  it('random payloads in the lz alphabet', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 600 }), (cs) => {
        const r = decodeLink('#w=' + cs.join(''));
        if (!r.ok) expect(r.error.message).toMatch(/^link: |: /);
      }),
      { numRuns: 2000 },
    );
  });

  it('every truncation and every single-character mutation of a valid link: an error, or exactly the same design', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
    for (const link of valid) {
      const original = decodeLink(link);
      expect(original.ok).toBe(true);
      const same = (r: ReturnType<typeof decodeLink>) => {
        if (r.ok) expect(r).toEqual(original);
        else expect(r.error.message).toMatch(/\S/);
      };
      for (let n = 0; n < link.length; n++) same(decodeLink(link.slice(0, n)));
      const rand = mulberry32(7);
      for (let i = 3; i < link.length; i++) {
        for (let k = 0; k < 6; k++) {
          const c = alphabet[Math.floor(rand() * alphabet.length)];
          if (c !== link[i]) same(decodeLink(link.slice(0, i) + c + link.slice(i + 1)));
        }
      }
    }
  });

  it('__proto__ / constructor / prototype keys are dropped and pollute nothing', () => {
    const text = JSON.stringify(ws([izb()])).replace('{"schema"', '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"schema"')
      .replace('"core":{', '"core":{"__proto__":{"diameterNm":1},');
    const r = decodeLink('#w=' + LZString.compressToEncodedURIComponent(text));
    expect(r.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(r.ok ? r.workspace : null)).toBe(Object.prototype);
    expect(r.ok && (r.workspace.formulations[0] as unknown as { core: { diameterNm: number } }).core.diameterNm).toBe(izb().core.diameterNm);
  });

  it('HTML/script in names survives as plain text, byte for byte', () => {
    fc.assert(
      fc.property(formulationDraftArb, fc.constantFrom('<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '</textarea><svg onload=alert(1)>', '\u202e\u0000\ud83d\ude00'), (f, name) => {
        const parsed = parseWorkspace(ws([{ ...f, name }]));
        fc.pre(parsed.ok);
        const r = decodeLink(encodeLink(ws([{ ...f, name }])));
        expect(r.ok && (r.workspace.formulations[0] as unknown as { name: string }).name).toBe(name);
      }),
      { numRuns: 40 },
    );
  });

  it('encodeLinkResult reports invalid input instead of throwing', () => {
    const r = encodeLinkResult({ core: { material: 'unobtainium' } });
    expect(r.ok).toBe(false);
    expect(() => encodeLink(null)).toThrow();
  });
});

describe('walk8 #53: a link edited after it was made says so (not an e-mail program)', () => {
  it('one value changed inside an intact link → integrity failure naming the edit', () => {
    const frag = encodeLink(ws([izb()]));
    const raw = LZString.decompressFromEncodedURIComponent(frag.slice(3));
    expect(raw).toMatch(/"diameterNm":\d/);
    const edited = '#w=' + LZString.compressToEncodedURIComponent(raw.replace(/"diameterNm":(\d+)/, (_, d) => `"diameterNm":${Number(d) + 1}`));
    const r = decodeLink(edited);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.message).toMatch(/integrity check failed.*edited by hand or by a program after the app made it/);
      expect(r.error.message).not.toMatch(/e-mail program/);
    }
  });
});
