// Quantities typed with units, converted through mathjs `unit` (a tree-shaken instance holding only the Unit type):
// the time unit of a CSV time column (`time (min)`, `Time, h`, `t [days]`) and mass ratios such as a feed in mg/mg,
// µg/mg or mg/g (the same dimension as a dose in mg/kg or µg/g). The lab's spellings mathjs does not know (d for the
// day, German Std/Stunden/Tage, µ for micro) are mapped to mathjs names first; mathjs checks the dimension and gives
// the factor.
import { create, unitDependencies, type Unit } from 'mathjs';

const math = create({ unitDependencies });

/** The time units a release file may use, by the label the app shows them with. */
export type TimeUnit = 's' | 'min' | 'h' | 'd' | 'wk';
/** Each label's mathjs unit name. */
const TIME_UNIT_MATHJS: Record<TimeUnit, string> = { s: 's', min: 'min', h: 'h', d: 'day', wk: 'week' };
/** How many hours one of each time unit is (mathjs' own factors). */
export const TIME_UNIT_HOURS = Object.fromEntries(
  Object.entries(TIME_UNIT_MATHJS).map(([k, name]) => [k, math.unit(1, name).toNumber('h')]),
) as Record<TimeUnit, number>;
export const TIME_UNIT_NAMES: Record<TimeUnit, string> = { s: 'seconds', min: 'minutes', h: 'hours', d: 'days', wk: 'weeks' };

/** Lab spellings of time units mathjs does not read (or reads as something else), as mathjs names. */
const TIME_ALIASES: Record<string, string> = {
  d: 'day', std: 'h', stunden: 'h', stunde: 'h', tag: 'day', tage: 'day', m: 'min', mn: 'min', wk: 'week', wks: 'week',
};

/** mathjs syntax for a typed unit: micro sign → u, superscript powers → ^n. */
function mathjsText(unit: string): string {
  return unit
    .trim()
    .replace(/[µμ]/g, 'u')
    .replace(/⁻¹/g, '^-1').replace(/²/g, '^2').replace(/³/g, '^3');
}

function parseUnit(text: string): Unit | null {
  if (!/^[A-Za-zµμ/*^\-⁻¹²³0-9 .]+$/.test(text) || text.length > 40) return null;
  try {
    return math.unit(1, mathjsText(text));
  } catch {
    return null;
  }
}

const HOUR = math.unit(1, 'h');

/**
 * The time unit a header names (`min`, `h`, `hrs`, `hours`, `d`, `days`, `s`, `weeks`, `Std`, `Tage`, …), read through
 * mathjs: `{ unit }` for one of the units the app shows, `{ notShown }` for a time mathjs reads that has no label here
 * (ms, year), null when the word is not a time at all.
 */
export function readTimeUnit(word: string): { unit: TimeUnit } | { notShown: string } | null {
  const w = word.trim().replace(/\.$/, '');
  if (!w) return null;
  const lower = w.toLowerCase();
  const u = parseUnit(TIME_ALIASES[lower] ?? lower) ?? parseUnit(TIME_ALIASES[w] ?? w);
  if (!u || !u.equalBase(HOUR)) return null;
  const hours = u.toNumber('h');
  const label = (Object.keys(TIME_UNIT_HOURS) as TimeUnit[]).find((k) => Math.abs(TIME_UNIT_HOURS[k] - hours) <= 1e-12 * hours);
  return label ? { unit: label } : { notShown: w };
}

/** The time unit a word names, or null (a time without a label here counts as null). */
export function timeUnitOf(word: string | null): TimeUnit | null {
  if (word === null) return null;
  const r = readTimeUnit(word);
  return r && 'unit' in r ? r.unit : null;
}

/** Percent spellings of a mass ratio (not mathjs units: a label, 1 % = 0.01). */
const PERCENT_MASS = /^(%|% ?w\/w|w\/w ?%|wt ?%|% ?\(w\/w\))$/i;

/**
 * How many `to` one `from` is, when both are mass ratios (mg/mg, µg/mg, mg/g, g/kg, mg/kg, µg/g; `%`, `% w/w`):
 * e.g. massRatioFactor('µg/mg', 'mg/mg') = 0.001, massRatioFactor('mg/kg', 'µg/g') = 1. Null when either is not a
 * mass-per-mass unit mathjs reads (a mass alone, a volume, a word).
 */
export function massRatioFactor(from: string, to: string): number | null {
  const toMgPerMg = (u: string): number | null => {
    if (PERCENT_MASS.test(u.trim())) return 0.01;
    const p = parseUnit(u);
    if (!p || !p.equalBase(math.unit(1, 'g/g'))) return null;
    // a mass ratio is dimensionless, but so is a bare number: require a mass in it
    if (!/g/.test(mathjsText(u))) return null;
    return p.toNumber('mg/mg');
  };
  const a = toMgPerMg(from);
  const b = toMgPerMg(to);
  return a === null || b === null ? null : a / b;
}

/** Convert a value between two units of the same dimension through mathjs; null when they differ or do not parse. */
export function convertQuantity(value: number, from: string, to: string): number | null {
  const a = parseUnit(from);
  const b = parseUnit(to);
  if (!a || !b || !a.equalBase(b)) return null;
  return math.unit(value, mathjsText(from)).toNumber(mathjsText(to));
}

/** A concentration unit a viability file's header names: a mass concentration (factor to µg/mL) or a molar one (factor to µM). */
export type ConcentrationUnit = { kind: 'mass'; label: string; toUgPerMl: number } | { kind: 'molar'; label: string; toMicroM: number };

/** Molar spellings (M, mM, µM, uM, nM, pM: mol/L, which mathjs has no symbol for) as mathjs names. */
const MOLAR = /^([pnuµμm]?)M$/;

/**
 * The concentration unit a word names — `µg/mL`, `ug/ml`, `mg/L`, `ng/mL`, `µM`, `nM`, `mM`, `µmol/L` — read through
 * mathjs (mass per volume → µg/mL, amount per volume → µM), or null.
 */
export function concentrationUnitOf(word: string): ConcentrationUnit | null {
  const w = word.trim();
  const m = MOLAR.exec(w);
  const u = parseUnit(m ? `${m[1]}mol/L` : w);
  if (!u) return null;
  if (u.equalBase(math.unit(1, 'g/L'))) return { kind: 'mass', label: w, toUgPerMl: math.unit(1, mathjsText(m ? `${m[1]}mol/L` : w)).toNumber('ug/mL') };
  if (u.equalBase(math.unit(1, 'mol/L'))) return { kind: 'molar', label: w, toMicroM: math.unit(1, mathjsText(m ? `${m[1]}mol/L` : w)).toNumber('umol/L') };
  return null;
}

/** µM of a compound of molar mass `mwGPerMol` (g/mol) as µg/mL, through mathjs: µmol/L × g/mol → µg/L → µg/mL. */
export function micromolarToUgPerMl(microM: number, mwGPerMol: number): number {
  if (!(mwGPerMol > 0)) throw new RangeError(`molar mass must be > 0 g/mol, got ${mwGPerMol}`);
  return math.unit(microM * mwGPerMol, 'ug/L').toNumber('ug/mL');
}
