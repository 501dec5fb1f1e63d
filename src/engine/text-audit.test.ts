// Every text a user reads beside the numbers — warnings, desirability notes, explanation notes and input names — for
// every preset under several scenarios: no empty placeholder, no raw field key, no NaN/undefined, no over-precise number.
import { describe, expect, it } from 'vitest';
import { scoreFormulation } from './index';
import { PRESETS } from '../catalog';

/** Problems in one user-facing text. */
export function textProblems(t: string): string[] {
  const out: string[] = [];
  if (/\bundefined\b|\bNaN\b|\bnull\b|\[object /.test(t)) out.push('undefined/NaN/null');
  if (/[≈~]\s+(mg|µg|%|nm|h|Gy)\b/.test(t) || /\(\s+\d/.test(t) || /\s{2,}/.test(t)) out.push('empty placeholder or doubled space');
  const key = /\b[a-z]+[A-Z][A-Za-z]*\b/.exec(t.replace(/\b(?:\d*kVp|kV|MV|MeV|keV|pKa|mRNA|siRNA|pH|kDa|ThermoDox|NanoXray|kvp:[\w:.+]+|\d*mm(?:Al|Cu))\b/g, ''));
  if (key) out.push(`raw key: ${key[0]}`);
  for (const m of t.matchAll(/\d+\.\d+(?:e[+-]?\d+)?/g)) {
    const digits = m[0].split('e')[0].replace('.', '').replace(/^0+/, '');
    if (digits.length > 4) out.push(`over-precise number ${m[0]}`);
  }
  return out;
}

const SCENARIOS: Record<string, unknown>[] = [{}, { beam: '6MV' }, { route: 'intratumoral' }, { beam: 'kvp:120:2mmAl' }, { medium: 'serum' }];

describe('user-facing text', () => {
  it('the audit itself catches what issue #25 saw', () => {
    expect(textProblems('far below the ≈ mg/g needed')).not.toEqual([]);
    expect(textProblems('Raise membraneToCoreMassRatio.')).not.toEqual([]);
    expect(textProblems('value 1.158253')).not.toEqual([]);
    expect(textProblems('released 12.5 % at pH 7.4 with 225kVp')).toEqual([]);
  });

  it('every preset × scenario: warnings, desirability notes and explanation notes read cleanly', () => {
    const bad: string[] = [];
    for (const p of Object.values(PRESETS)) {
      for (const sc of SCENARIOS) {
        const f = JSON.parse(JSON.stringify(p.formulation)) as { scenario?: Record<string, unknown> };
        f.scenario = { ...(f.scenario ?? {}), ...sc };
        const s = scoreFormulation(f);
        const texts: [string, string][] = [];
        for (const w of s.warnings) texts.push([`warning ${w.code}`, w.message]);
        for (const [id, d] of Object.entries(s.score.desirability)) if (d.note) texts.push([`note ${id}`, d.note]);
        for (const [k, list] of Object.entries(s.explanations)) for (const e of list) {
          if (e.note) texts.push([`explanation ${k} note`, e.note]);
          for (const i of e.inputs) texts.push([`explanation ${k} input`, i.name]);
        }
        for (const [where, t] of texts) for (const prob of textProblems(t)) bad.push(`${p.id} ${JSON.stringify(sc)} ${where}: ${prob} — ${t.slice(0, 140)}`);
      }
    }
    expect([...new Set(bad)].slice(0, 25).join('\n')).toBe('');
  });
});
