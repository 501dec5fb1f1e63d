// Chemical formulas → atom counts, molar mass and element mass fractions (atomic masses from the NIST element table).
import { elementInfo, normalizeElementSymbol } from './photon';

const SUBSCRIPTS: Record<string, string> = { '₀': '0', '₁': '1', '₂': '2', '₃': '3', '₄': '4', '₅': '5', '₆': '6', '₇': '7', '₈': '8', '₉': '9' };
const OPEN = '([{';
const CLOSE = ')]}';

function fail(formula: string, pos: number, reason: string): never {
  throw new Error(`formula "${formula}": ${reason} at position ${pos + 1}`);
}

/**
 * Atom counts of a chemical formula, e.g. 'Zn(C4H5N2)2' → { Zn: 1, C: 8, H: 10, N: 4 }.
 * Handles nested (), [], {}; decimal counts ('Fe0.9O'); Unicode subscripts ('Bi₂S₃'); hydrates with '·' or '*'
 * and a leading multiplier ('CuSO4·5H2O'). Element symbols are case-sensitive (Co ≠ CO). Throws naming the position.
 */
export function parseFormula(formula: string): Record<string, number> {
  if (typeof formula !== 'string') throw new Error('formula must be a string');
  const f = formula.replace(/[₀-₉]/g, (c) => SUBSCRIPTS[c]).replace(/\s+/g, '');
  if (f === '') throw new Error('formula is empty');
  const total: Record<string, number> = {};
  const parts = f.split(/[·*•]/);
  let offset = 0;
  for (const part of parts) {
    if (part === '') fail(formula, offset, 'empty part around a hydrate dot');
    let start = 0;
    let mult = 1;
    const lead = /^\d+(\.\d+)?/.exec(part);
    if (lead) {
      mult = Number(lead[0]);
      start = lead[0].length;
      if (!(mult > 0)) fail(formula, offset, 'multiplier must be > 0');
    }
    const counts = parseGroup(formula, part, start, offset);
    for (const [el, n] of Object.entries(counts)) total[el] = (total[el] ?? 0) + n * mult;
    offset += part.length + 1;
  }
  if (Object.keys(total).length === 0) throw new Error(`formula "${formula}": no elements`);
  return total;
}

function parseGroup(formula: string, s: string, start: number, offset: number): Record<string, number> {
  const stack: { counts: Record<string, number>; open: string; pos: number }[] = [{ counts: {}, open: '', pos: start }];
  let i = start;
  const readCount = (): number => {
    const m = /^\d+(\.\d+)?/.exec(s.slice(i));
    if (!m) return 1;
    i += m[0].length;
    const n = Number(m[0]);
    if (!(n > 0)) fail(formula, offset + i - m[0].length, 'count must be > 0');
    return n;
  };
  while (i < s.length) {
    const c = s[i];
    if (OPEN.includes(c)) {
      stack.push({ counts: {}, open: c, pos: i });
      i++;
    } else if (CLOSE.includes(c)) {
      const top = stack.pop()!;
      if (stack.length === 0 || OPEN.indexOf(top.open) !== CLOSE.indexOf(c)) fail(formula, offset + i, `unmatched "${c}"`);
      i++;
      const n = readCount();
      const into = stack[stack.length - 1].counts;
      for (const [el, k] of Object.entries(top.counts)) into[el] = (into[el] ?? 0) + k * n;
      if (Object.keys(top.counts).length === 0) fail(formula, offset + top.pos, 'empty group');
    } else if (c >= 'A' && c <= 'Z') {
      let sym = c;
      if (i + 1 < s.length && s[i + 1] >= 'a' && s[i + 1] <= 'z') sym += s[i + 1];
      // prefer the two-letter symbol if it exists, else the one-letter one
      if (sym.length === 2 && normalizeElementSymbol(sym) !== sym) {
        if (normalizeElementSymbol(c) !== c) fail(formula, offset + i, `unknown element "${sym}"`);
        sym = c;
      }
      if (normalizeElementSymbol(sym) !== sym) fail(formula, offset + i, `unknown element "${sym}"`);
      i += sym.length;
      const n = readCount();
      const into = stack[stack.length - 1].counts;
      into[sym] = (into[sym] ?? 0) + n;
    } else {
      fail(formula, offset + i, `unexpected character "${c}"`);
    }
  }
  if (stack.length !== 1) fail(formula, offset + stack[stack.length - 1].pos, `unclosed "${stack[stack.length - 1].open}"`);
  return stack[0].counts;
}

/** Molar mass (g/mol) of a formula from the atomic masses of the element table. */
export function molarMassGPerMol(formula: string): number {
  let m = 0;
  for (const [el, n] of Object.entries(parseFormula(formula))) m += n * elementInfo(el).atomicMassGPerMol;
  return m;
}

/** Element mass fractions (sum 1) of a formula, e.g. 'HfO2' → { Hf: 0.848, O: 0.152 }. */
export function massFractions(formula: string): Record<string, number> {
  const counts = parseFormula(formula);
  const masses: Record<string, number> = {};
  let total = 0;
  for (const [el, n] of Object.entries(counts)) {
    masses[el] = n * elementInfo(el).atomicMassGPerMol;
    total += masses[el];
  }
  const out: Record<string, number> = {};
  for (const [el, m] of Object.entries(masses)) out[el] = m / total;
  return out;
}
