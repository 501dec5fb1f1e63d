// The note under a number box (walkthrough 8 #38): what was read from typed text, and a value outside the usual range said with its likely meaning.
import { describe, expect, it } from 'vitest';
import { numberNote } from './fields';
import { DIAMETER_FIELD } from '../schema/v1/fields';
import { parseNumberText } from '../share/parse-number';

const P = DIAMETER_FIELD.plausible!;
const noteOf = (t: string) => {
  const r = parseNumberText(t, { unit: 'nm' });
  if (r.kind !== 'number') throw new Error(`not a number: ${t}`);
  return numberNote(t, r.value, 'nm', P);
};

describe('numberNote', () => {
  it('a decimal comma below a core\'s usual size: read as 0.4 nm, and probably 0.4 µm = 400 nm', () => {
    const n = noteOf('0,4')!;
    expect(n).toMatch(/^read as 0\.4 nm\./);
    expect(n).toMatch(/below the usual 1 nm/);
    expect(n).toMatch(/did you mean 0\.4 µm \(400 nm\)\?/);
    expect(n).toMatch(/used as typed/);
  });
  it('thousands grouped by a space: read as 1000 nm (in range: nothing else)', () => {
    expect(noteOf('1 000')).toBe('read as 1000 nm.');
  });
  it('a plain number in range says nothing; typed as the app writes it, nothing is "read as"', () => {
    expect(noteOf('95')).toBeNull();
    expect(numberNote(null, 95, 'nm', P)).toBeNull();
  });
  it('above the usual range: says so and gives µm', () => {
    expect(numberNote(null, 2500, 'nm', P)).toMatch(/2500 nm is above the usual 1000 nm .* is it 2\.5 µm on purpose\?/);
  });
  it('the shown value of a loaded formulation is checked too (text null), and 1.9 nm gold clusters are not flagged', () => {
    expect(numberNote(null, 0.5, 'nm', P)).toMatch(/below the usual/);
    expect(numberNote(null, 1.9, 'nm', P)).toBeNull();
  });
  it('exponent and leading-dot forms are confirmed', () => {
    expect(numberNote('1e2', 100, 'nm', P)).toBe('read as 100 nm.');
    expect(numberNote('.5', 0.5, 'mg/mg')).toBe('read as 0.5 mg/mg.');
  });
});
