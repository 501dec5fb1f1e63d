// Golden outputs: the whole corpus of __golden__/corpus.ts (20 presets × sizes, feeds, media, beams, routes, schedules,
// overrides, calibrations, weights; every core; lean and full; Monte Carlo) must reproduce the frozen fixture — numbers
// to relative 1e-12, strings and structure exactly — in corpus order, in reverse order, and interleaved with overrides
// (so that no cache can hand an overridden or calibrated value to a later call, or the reverse).
import { describe, expect, it } from 'vitest';
import { MODEL_VERSION } from '../model/version';
import { goldenCorpus, type GoldenCase } from './__golden__/corpus';
import { diff, readFixture, runCase } from './__golden__/run';

const fixture = readFixture();
const expected = new Map(fixture.cases.map((c) => [c.id, c.out]));
const corpus = goldenCorpus();

function failures(cases: readonly GoldenCase[]): string[] {
  const out: string[] = [];
  for (const c of cases) {
    if (!expected.has(c.id)) {
      out.push(`${c.id}: not in the fixture`);
      continue;
    }
    const d = diff(runCase(c), expected.get(c.id), '', [], 5);
    if (d.length) out.push(`${c.id}:\n    ${d.join('\n    ')}`);
  }
  return out;
}

describe('golden outputs', () => {
  it('the fixture was made by this model version and covers the corpus', () => {
    expect(fixture.modelVersion).toBe(MODEL_VERSION);
    expect(fixture.cases.map((c) => c.id)).toEqual(corpus.map((c) => c.id));
    expect(corpus.length).toBeGreaterThan(600);
  });

  it('every case reproduces the fixture (corpus order)', () => {
    const f = failures(corpus);
    expect(f.slice(0, 15).join('\n'), `${f.length} of ${corpus.length} cases differ`).toBe('');
  });

  it('every case reproduces the fixture in reverse order (no state carried between calls)', () => {
    const f = failures([...corpus].reverse());
    expect(f.slice(0, 15).join('\n'), `${f.length} cases differ`).toBe('');
  });

  it('override → plain → other override → calibration → plain, repeated: each call equals its fresh-process value', () => {
    const byId = new Map(corpus.map((c) => [c.id, c]));
    const seq: GoldenCase[] = [];
    for (const pid of ['izb-ccm', 'thermodox', 'free-in10018', 'nbtxr3']) {
      for (const mode of ['lean', 'full']) {
        for (const v of ['o-model', 'plain-after-o', 'o-entity-opts', '', 'o-both', 'cal-release', 'cal-loading', 'plain-after-o', 'cal-release+o', 'o-nonfinite-unknown', '']) {
          const c = byId.get(`${pid}${v ? '/' + v : ''}|${mode}`);
          if (c) seq.push(c);
        }
      }
    }
    expect(seq.length).toBeGreaterThan(40);
    const f = failures([...seq, ...seq]);
    expect(f.slice(0, 15).join('\n'), `${f.length} cases differ`).toBe('');
  });
});
