// The tour's honest note on bismuth: the concentration it says would give a 10 % dose gain really gives DEF 1.10 through the
// model's own mixture rule, and the stated current gain equals the scored DEF.
import { describe, expect, it } from 'vitest';
import { highZRealityNote, tourStep } from './tour';
import { scoreDraft } from './score';
import { doseEnhancementValue, getBeam } from '../model/physics';
import { PRESETS } from '../catalog';

describe('highZRealityNote', () => {
  it('bismuth step: the quoted 10 % concentration gives DEF = 1.10 at the step beam; the current gain matches the DEF', () => {
    const r = scoreDraft(tourStep('bismuth').draft);
    if (!r.ok) throw new Error(r.message);
    const note = highZRealityNote(r.scores)!;
    expect(note).toMatch(/Bi per gram/);
    const m = /about ([\d,.]+) mg Bi per gram/.exec(note);
    expect(m).not.toBeNull();
    const c10 = Number(m![1].replace(/,/g, ''));
    const beam = getBeam((r.scores.formulation as { scenario: { beam: string } }).scenario.beam);
    // 3 significant digits in the text → DEF within 0.5 % of 1.10's excess
    expect(doseEnhancementValue({ Bi: c10 }, beam) - 1).toBeCloseTo(0.1, 3);
    const gain = /rises by only ([\d.e+-]+) %/.exec(note)!;
    expect(Number(gain[1])).toBeCloseTo((r.scores.radiosensitization.doseEnhancementFactor - 1) * 100, 3);
  });
  it('a carrier without any high-Z element (Doxil) has no note', () => {
    const r = scoreDraft(PRESETS.doxil.formulation);
    if (!r.ok) throw new Error(r.message);
    expect(highZRealityNote(r.scores)).toBeNull();
  });
});
