// Reads a number as people type it (pure, no DOM): comma or dot decimals, thousands grouping, a unit after the value,
// half-typed text. Never turns text into a different number in silence: what it cannot read for sure it refuses with a reason.

export type NumberText =
  | { kind: 'number'; value: number }
  /** Nothing typed (the caller decides what an empty field means). */
  | { kind: 'empty' }
  /** Half typed ('-', '0.', '1e', '1e-'): not a number yet; say so only when the user leaves the field. */
  | { kind: 'incomplete'; message: string }
  /** '1,000' / '1.000': a thousands group or a 3-decimal fraction, both readings possible. */
  | { kind: 'ambiguous'; message: string; readings: [number, number] }
  | { kind: 'invalid'; message: string };

export interface NumberTextOptions {
  /** The field's unit ('nm', 'mg/mg'; '' or '1' = none): a unit typed after the value must be this one. */
  unit?: string;
}

const GROUP_MARK = /[\s\u00a0\u2009\u202f'’]/;
const GROUP_MARKS = /[\s\u00a0\u2009\u202f'’]/g;

/** Units written the same way (a typed 'mg / mg' is 'mg/mg'; µ typed as u or μ). */
function normaliseUnit(u: string): string {
  return u.replace(/\s+/g, '').replace(/[uμ]/g, 'µ').replace(/⁻¹/g, '^-1').replace(/⁻²/g, '^-2');
}

/** '1,234,567' with ',' as the grouping mark: groups after the first have exactly three digits. */
function validGrouping(intPart: string, mark: string): boolean {
  const groups = intPart.split(mark);
  return /^\d{1,3}$/.test(groups[0]) && groups.slice(1).every((g) => /^\d{3}$/.test(g));
}

const quote = (t: string) => `"${t}"`;

/**
 * Read typed text as a number. Accepted: '0.4', '0,4', '.5', '-2', '1e-3', '1 000', '1,234.5' (en), '1.234,5' (de),
 * '1,000,000', '80 nm' when the field's unit is nm. Refused with a reason: '1,000' and '1.000' (thousands group or
 * decimals?), '1,2.3' (mixed up separators), '80 µm' in an nm field, letters. Half-typed text ('-', '0.', '1e') is
 * `incomplete`, never a number.
 */
export function parseNumberText(text: string, opts: NumberTextOptions = {}): NumberText {
  const t = text.replace(/[\u2212\u2012\u2013]/g, '-').trim();
  if (t === '') return { kind: 'empty' };
  const m = /^([+-]?)([0-9.,\s\u00a0\u2009\u202f'’]*?)\s*(?:([eE])([+-]?)([0-9]*))?\s*([^0-9\s.,'’+-].*)?$/u.exec(t);
  if (!m) return { kind: 'invalid', message: `${quote(t)} is not a number` };
  const [, sign, rawMantissa, expMark, expSign, expDigits, rawUnit] = m;
  const unitText = (rawUnit ?? '').trim();
  const mantissaText = rawMantissa.trim();
  if (mantissaText === '' || !/[0-9]/.test(mantissaText)) {
    if (unitText === '' && !expMark && /^[.,]?$/.test(mantissaText)) return { kind: 'incomplete', message: `${quote(t)} is not a whole number yet` };
    return { kind: 'invalid', message: `${quote(t)} is not a number` };
  }
  if (expMark && expDigits === '') {
    return unitText === '' ? { kind: 'incomplete', message: `${quote(t)} has no exponent yet (e.g. 1e-3)` } : { kind: 'invalid', message: `${quote(t)} is not a number` };
  }
  // a unit after the value: must be the field's
  if (unitText !== '') {
    const fieldUnit = opts.unit && opts.unit !== '1' ? opts.unit : '';
    if (!fieldUnit) return { kind: 'invalid', message: `${quote(t)}: this field takes a plain number, without "${unitText}"` };
    if (normaliseUnit(unitText) !== normaliseUnit(fieldUnit)) {
      return { kind: 'invalid', message: `${quote(t)}: the unit here is ${fieldUnit}, not "${unitText}"; type the value in ${fieldUnit}` };
    }
  }
  // spaces and apostrophes only as thousands grouping of the whole-number part
  let mantissa = mantissaText;
  if (GROUP_MARK.test(mantissa)) {
    const sepAt = mantissa.search(/[.,]/);
    const intPart = sepAt < 0 ? mantissa : mantissa.slice(0, sepAt);
    const rest = sepAt < 0 ? '' : mantissa.slice(sepAt);
    if (GROUP_MARK.test(rest) || !validGrouping(intPart.replace(GROUP_MARKS, ' ').replace(/ +/g, ' '), ' ')) {
      return { kind: 'invalid', message: `${quote(t)}: spaces may only group thousands (e.g. 1 000 000)` };
    }
    mantissa = intPart.replace(GROUP_MARKS, '') + rest;
  }
  const exp = expMark ? `e${expSign}${expDigits}` : '';
  const dots = (mantissa.match(/\./g) ?? []).length;
  const commas = (mantissa.match(/,/g) ?? []).length;
  const finish = (plain: string): NumberText => {
    const v = Number(`${sign}${plain}${exp}`);
    if (!Number.isFinite(v)) return { kind: 'invalid', message: `${quote(t)} is too large` };
    return { kind: 'number', value: v };
  };
  if (/[.,]$/.test(mantissa)) {
    // '0.' or '1,' — but a grouping mark at the end is simply wrong
    return unitText === '' && !expMark && dots + commas === 1 ? { kind: 'incomplete', message: `${quote(t)} has no digits after the decimal mark yet` } : { kind: 'invalid', message: `${quote(t)} is not a number` };
  }
  if (dots === 0 && commas === 0) return finish(mantissa);
  if (dots > 0 && commas > 0) {
    // both marks: the last one is the decimal mark, the other groups thousands before it
    const dec = mantissa.lastIndexOf('.') > mantissa.lastIndexOf(',') ? '.' : ',';
    const group = dec === '.' ? ',' : '.';
    const at = mantissa.lastIndexOf(dec);
    const intPart = mantissa.slice(0, at);
    const frac = mantissa.slice(at + 1);
    if (mantissa.indexOf(dec) !== at || !validGrouping(intPart, group) || !/^\d+$/.test(frac)) {
      return { kind: 'invalid', message: `${quote(t)}: the ${dec === '.' ? 'dots and commas' : 'commas and dots'} do not form a number (write e.g. 1234.5 or 1234,5)` };
    }
    return finish(`${intPart.split(group).join('')}.${frac}`);
  }
  const mark = dots > 0 ? '.' : ',';
  const parts = mantissa.split(mark);
  if (parts.length > 2) {
    // '1,000,000' / '1.000.000': only grouping can repeat
    if (!validGrouping(mantissa, mark)) return { kind: 'invalid', message: `${quote(t)}: "${mark}" appears more than once but does not group thousands` };
    return finish(parts.join(''));
  }
  const [intPart, frac] = parts;
  if (frac.length === 3 && /^[1-9]\d{0,2}$/.test(intPart) && !exp) {
    const asGroup = Number(`${sign}${intPart}${frac}`);
    const asDecimal = Number(`${sign}${intPart}.${frac}`);
    return {
      kind: 'ambiguous',
      readings: [asDecimal, asGroup],
      message: `${quote(t)} is ambiguous: ${asDecimal} or ${asGroup}? Type it without a thousands mark (${asGroup}) or with a different number of decimals`,
    };
  }
  return finish(`${intPart === '' ? '0' : intPart}.${frac}`);
}
