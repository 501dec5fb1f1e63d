// Tests of the typed-number reader: hand-picked texts people type, and properties over en/de formatted numbers.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseNumberText, type NumberText } from './parse-number';

const value = (r: NumberText) => (r.kind === 'number' ? r.value : r.kind);

describe('parseNumberText', () => {
  it('reads plain, comma-decimal and dot-decimal numbers', () => {
    expect(value(parseNumberText('0.4'))).toBe(0.4);
    expect(value(parseNumberText('0,4'))).toBe(0.4);
    expect(value(parseNumberText(' 12,5 '))).toBe(12.5);
    expect(value(parseNumberText('.5'))).toBe(0.5);
    expect(value(parseNumberText(',5'))).toBe(0.5);
    expect(value(parseNumberText('-2'))).toBe(-2);
    expect(value(parseNumberText('−2,25'))).toBe(-2.25); // U+2212 minus
    expect(value(parseNumberText('+3'))).toBe(3);
    expect(value(parseNumberText('1e-3'))).toBe(0.001);
    expect(value(parseNumberText('2,5E3'))).toBe(2500);
    expect(value(parseNumberText('0,400'))).toBe(0.4); // a thousands group never follows a leading 0
    expect(value(parseNumberText('1234,567'))).toBe(1234.567); // nor follows four digits
  });

  it('reads thousands grouping when it cannot be a decimal mark', () => {
    expect(value(parseNumberText('1,234.5'))).toBe(1234.5);
    expect(value(parseNumberText('1.234,5'))).toBe(1234.5);
    expect(value(parseNumberText('1,000,000'))).toBe(1_000_000);
    expect(value(parseNumberText('1.000.000'))).toBe(1_000_000);
    expect(value(parseNumberText('1 000'))).toBe(1000);
    expect(value(parseNumberText('1\u202f000,25'))).toBe(1000.25);
    expect(value(parseNumberText("1'000.5"))).toBe(1000.5);
  });

  it('refuses 1,000 and 1.000 as ambiguous, giving both readings', () => {
    for (const t of ['1,000', '1.000', '12,500', '-1.250']) {
      const r = parseNumberText(t);
      expect(r.kind, t).toBe('ambiguous');
      if (r.kind === 'ambiguous') expect(r.message).toContain(t);
    }
    const r = parseNumberText('1,000');
    expect(r.kind === 'ambiguous' && r.readings).toEqual([1, 1000]);
  });

  it('refuses mixed-up marks, stray spaces and letters', () => {
    for (const t of ['1,2.3', '1.2.3,4,5', '1,00', '1 5', '12 34', 'abc', '4a', '1..2', '1,,2', '--5', 'e5', '0x10', '1,2,3']) {
      // '1,00' and '1,2,3': '1,00' is 1.00 — a decimal — so it must read; check separately
      if (t === '1,00') continue;
      expect(parseNumberText(t).kind, t).toBe('invalid');
    }
    expect(value(parseNumberText('1,00'))).toBe(1);
  });

  it('half-typed text is incomplete, never a number', () => {
    for (const t of ['-', '+', '.', ',', '0.', '12,', '-.', '1e', '1E+', '1e-', '-0,']) expect(parseNumberText(t).kind, t).toBe('incomplete');
    expect(parseNumberText('').kind).toBe('empty');
    expect(parseNumberText('   ').kind).toBe('empty');
  });

  it('accepts the field unit after the value and refuses any other', () => {
    expect(value(parseNumberText('80 nm', { unit: 'nm' }))).toBe(80);
    expect(value(parseNumberText('80nm', { unit: 'nm' }))).toBe(80);
    expect(value(parseNumberText('0,4 mg / mg', { unit: 'mg/mg' }))).toBe(0.4);
    expect(value(parseNumberText('0.3 g', { unit: 'g' }))).toBe(0.3);
    const wrong = parseNumberText('0.08 µm', { unit: 'nm' });
    expect(wrong.kind).toBe('invalid');
    if (wrong.kind === 'invalid') expect(wrong.message).toMatch(/unit here is nm/);
    expect(parseNumberText('80 nm').kind).toBe('invalid'); // no unit on this field
    expect(parseNumberText('0.5 %', { unit: '1' }).kind).toBe('invalid');
  });

  // "en style" and "de style" as Intl writes them: 17 significant digits round-trip every double.
  const styles = [
    new Intl.NumberFormat('en-US', { maximumSignificantDigits: 17, useGrouping: true }),
    new Intl.NumberFormat('en-US', { maximumSignificantDigits: 17, useGrouping: false }),
    new Intl.NumberFormat('de-DE', { maximumSignificantDigits: 17, useGrouping: true }),
    new Intl.NumberFormat('de-DE', { maximumSignificantDigits: 17, useGrouping: false }),
  ];
  const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 });

  it('property: any finite number written in en or de style reads back as itself, or is refused as ambiguous with it as one reading', () => {
    fc.assert(
      fc.property(finite, fc.integer({ min: 0, max: styles.length - 1 }), (x, k) => {
        const text = styles[k].format(x);
        const r = parseNumberText(text);
        if (r.kind === 'ambiguous') {
          // only the one shape both conventions write alike: one mark, 1–3 leading digits, exactly three after it
          expect(text).toMatch(/^-?[1-9]\d{0,2}[.,]\d{3}$/);
          expect(r.readings).toContain(x === 0 ? 0 : x);
          return;
        }
        expect(r.kind === 'number' ? Object.is(r.value, x) || r.value === x : r).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('property: with a decimal part of any other length than three, en and de texts always read back exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 1, max: 9999 }).filter((d) => d % 10 !== 0 && (d < 100 || d >= 1000)), fc.integer({ min: 0, max: styles.length - 1 }), (i, d, k) => {
        const x = Number(`${i}.${String(d)}`);
        const r = parseNumberText(styles[k].format(x));
        expect(r).toEqual({ kind: 'number', value: x });
      }),
    );
  });

  it('property: text with any letter after the number in a unitless field never reads as a number', () => {
    fc.assert(
      fc.property(finite, fc.constantFrom('a', 'x', 'mm', 'nm', '%', 'kg'), (x, u) => {
        expect(parseNumberText(`${styles[0].format(x)} ${u}`).kind).not.toBe('number');
      }),
    );
  });
});
