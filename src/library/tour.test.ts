// The tour: text sourced verbatim from the seed documents, every step scores, the what-if reasoning follows the model; glossary look-up.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GLOSSARY } from '../catalog';
import { glossaryAnchor, glossaryEntry, REQUIRED_TERMS, splitTerms } from './glossary';
import { explainChange, scoreStrip, TOUR_STEPS, tourStep } from './tour';
import { presetScores, scoreDraft } from './score';

// The seed documents and MODEL.md, vendored with the tests (tests/fixtures/README.md names the source).
const SEEDS = resolve(__dirname, '../../tests/fixtures/shared/seeds');
const MODEL_MD = resolve(__dirname, '../../tests/fixtures/shared/science/MODEL.md');
const seed = (n: string) => readFileSync(resolve(SEEDS, { '000': '000_cac624c82b3d4159.txt', '001': '001_dacbe2ac4bd3cd78.txt', '002': '002_5c0daecb9b188ec8.txt' }[n]!), 'utf8');

const scored = Object.fromEntries(
  TOUR_STEPS.map((s) => {
    const r = scoreDraft(s.draft);
    if (!r.ok) throw new Error(`${s.id}: ${r.message}`);
    return [s.id, r.scores];
  }),
);

describe('tour steps', () => {
  it('seven steps in the order of the issue: ZIF-8, Bi, IN10018, tumour membrane, CAF membrane, no membrane, 6 MV', () => {
    expect(TOUR_STEPS.map((s) => s.id)).toEqual(['core', 'bismuth', 'in10018', 'tumour-membrane', 'caf-membrane', 'what-if-no-membrane', 'what-if-6mv']);
    expect(TOUR_STEPS.map((s) => s.n)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
  it.each(TOUR_STEPS.flatMap((s) => s.why.map((q, i) => [s.id, i, q.source, q.text] as const)))('%s quote %i (%s) occurs verbatim in its source', (_id, _i, source, text) => {
    const m = /^doc (\d{3})$/.exec(source);
    const body = m ? seed(m[1]) : readFileSync(MODEL_MD, 'utf8');
    if (!m) expect(source).toMatch(/^MODEL\.md M\d/);
    expect(body).toContain(text);
  });
  it('every step cites doc 000 at least once', () => {
    for (const s of TOUR_STEPS) expect(s.why.some((q) => q.source === 'doc 000')).toBe(true);
  });
  it('"Why — what the sources say" quotes the sources only, never the app’s own model text (walkthrough 7 item 21)', () => {
    for (const s of TOUR_STEPS) for (const q of s.why) expect(q.source, `${s.id}: ${q.text.slice(0, 40)}`).toMatch(/^doc \d{3}$/);
  });
  it('each step adds its part: payloads and membranes grow as the issue describes', () => {
    const agents = (id: string) => (scored[id].formulation as { payloads: { agent: string }[] }).payloads.map((p) => p.agent).sort();
    const mem = (id: string) => ((scored[id].formulation as { coating: { membranes: { source: string }[] } | null }).coating?.membranes ?? []).map((m) => m.source).sort();
    expect(agents('core')).toEqual([]);
    expect(agents('bismuth')).toEqual(['bismuth']);
    expect(agents('in10018')).toEqual(['bismuth', 'in10018']);
    expect(mem('in10018')).toEqual([]);
    expect(mem('tumour-membrane')).toEqual(['hela']);
    expect(mem('caf-membrane')).toEqual(['caf-cervical', 'hela']);
    expect(mem('what-if-no-membrane')).toEqual([]);
    expect((scored['what-if-6mv'].formulation as { scenario: { beam: string } }).scenario.beam).toBe('6MV');
  });
  it('step 5 is exactly the IZB@CCM preset (same scores)', () => {
    expect(scored['caf-membrane'].score.overall).toBeCloseTo(presetScores('izb-ccm').score.overall, 12);
    expect(scored['what-if-no-membrane'].score.overall).toBeCloseTo(presetScores('izb-bare').score.overall, 12);
  });
  it('explode steps follow the assembly (0 assembled at the start, 2 payloads, 3 membrane, 0 assembled) and terms exist in the glossary', () => {
    expect(TOUR_STEPS.map((s) => s.explodeStep)).toEqual([0, 2, 2, 3, 0, 0, 0]);
    for (const s of TOUR_STEPS) for (const t of s.terms) expect(glossaryEntry(t), `${s.id}: ${t}`).toBeDefined();
  });
  it('strip: fixed keys, finite or null values', () => {
    for (const s of TOUR_STEPS) {
      const strip = scoreStrip(scored[s.id]);
      expect(strip.map((x) => x.key)).toEqual(scoreStrip(scored.core).map((x) => x.key));
      for (const x of strip) expect(x.value === null || Number.isFinite(x.value)).toBe(true);
      for (const k of s.focus) expect(strip.some((x) => x.key === k)).toBe(true);
    }
  });
});

describe('what-if reasoning follows the model', () => {
  it('removing the membrane: shorter circulation, more leakage at pH 7.4, less uptake (all worse)', () => {
    const lines = explainChange(scored['caf-membrane'], scored['what-if-no-membrane'], ['halfLife', 'leak', 'uptake', 'cafUptake']);
    expect(lines.map((l) => l.effect)).toEqual(['worse', 'worse', 'worse', 'worse']);
    expect(lines[0].text).toMatch(/^blood t½ falls from [\d.]+ to [\d.]+ h \(worse\)$/);
    expect(lines[1].after!).toBeGreaterThan(lines[1].before!);
  });
  it('225 kVp → 6 MV: DEF and LEF fall to ≈ 1 (Zn and Bi at µg/g barely differ from water at MV); the biology is unchanged', () => {
    const [def, lef, hyp] = explainChange(scored['caf-membrane'], scored['what-if-6mv'], ['def', 'lef', 'hypoxia']);
    expect(def.after!).toBeLessThan(def.before!);
    expect(Math.abs(def.after! - 1)).toBeLessThan(1e-4);
    expect(def.effect).toBe('worse'); // a change of 1e-4 in DEF is most of its excess over 1, so it counts
    expect(lef.after!).toBeLessThan(lef.before!);
    expect(hyp.effect).toBe('same');
    expect(hyp.text).toMatch(/stays at/);
  });
  it('identical scores → every line "same"', () => {
    const s = scored['caf-membrane'];
    expect(explainChange(s, s, ['overall', 'ser', 'def']).every((l) => l.effect === 'same')).toBe(true);
  });
  it('tourStep finds steps and rejects unknown ids', () => {
    expect(tourStep('bismuth').n).toBe(2);
    expect(() => tourStep('nope' as never)).toThrow(/unknown tour step/);
  });
});

describe('glossary', () => {
  it('has every term the issue requires, reachable by id in any case', () => {
    for (const t of REQUIRED_TERMS) expect(glossaryEntry(t), t).toBeDefined();
    expect(glossaryEntry('def')?.term).toBe('DEF');
    expect(glossaryEntry('zif-8')?.term).toBe('ZIF-8');
    expect(glossaryEntry('nope')).toBeUndefined();
    expect(glossaryAnchor('ZIF-8')).toBe('glossary-zif-8');
    expect(glossaryAnchor('% ID')).toBe('glossary-id');
  });
  it('splitTerms marks each term once, keeps the text intact, respects word boundaries', () => {
    const text = 'ZIF-8 carries Bi; the DEF of Bi and the DEF again; SER, EQD2 and CAFs; PEG-DSPE is not PEG alone? desirability.';
    const segs = splitTerms(text);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    const terms = segs.filter((s) => s.term).map((s) => s.term);
    expect(terms).toEqual(['ZIF-8', 'DEF', 'SER', 'EQD2', 'CAF', 'PEG', 'desirability']);
    expect(segs.find((s) => s.term === 'PEG')!.text).toBe('PEG');
    expect(splitTerms('no terms here')).toEqual([{ text: 'no terms here' }]);
  });
  it('every glossary entry is found by splitTerms in its own name', () => {
    for (const e of GLOSSARY) expect(splitTerms(`see ${e.term} here`).some((s) => s.term === e.term), e.term).toBe(true);
  });
});
