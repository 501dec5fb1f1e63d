// Number formatting for the UI: sensible significant figures, units always attached, n/a for missing values.

/** Format a number to `sig` significant figures without scientific notation for everyday magnitudes. */
export function sig(value: number | null | undefined, digits = 3): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'n/a';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 1e6 || abs < 1e-4) {
    const [m, e] = value.toExponential(digits - 1).split('e');
    return `${m}×10${superscript(Number(e))}`;
  }
  const decimals = Math.max(0, digits - 1 - Math.floor(Math.log10(abs)));
  const s = value.toFixed(Math.min(decimals, 8));
  return decimals > 0 && abs >= 1000 ? s : groupThousands(s);
}

function groupThousands(s: string): string {
  const [int, frac] = s.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '\u2009');
  return frac !== undefined ? `${grouped}.${frac}` : grouped;
}

const SUP: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };
function superscript(n: number): string {
  return String(n).split('').map((c) => SUP[c] ?? c).join('');
}

/** A number with its unit ('12.3 nm', '0.70 % ID'); dimensionless units ('1', '') are omitted. */
export function withUnit(value: number | null | undefined, unit: string, digits = 3, decimals?: number): string {
  const s = decimals === undefined ? sig(value, digits) : fixed(value, decimals);
  if (s === 'n/a' || !unit || unit === '1') return s;
  return unit.startsWith('%') ? `${s} ${unit}` : `${s} ${unit}`;
}

/**
 * A percentage of the payload released or leaked is written with one decimal everywhere (walk11 #10): the model's
 * explanations and score notes write it so ("pH 7.4 release at 24 h 6.2 %"), and the figure beside the key number,
 * in the Release tab and in Compare follows, so one number never reads "6.25 %" here and "6.2 %" there.
 */
export const RELEASED_PCT_DECIMALS = 1;

/** A number with a fixed count of decimals ('6.2'); n/a for missing values. Thousands are grouped as in `sig`. */
export function fixed(value: number | null | undefined, decimals: number): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'n/a';
  const s = value.toFixed(decimals);
  return Math.abs(value) >= 1000 && decimals > 0 ? s : groupThousands(s);
}

/** Score 0–100 as an integer-ish string. */
export function score(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'n/a';
  return value >= 10 ? value.toFixed(0) : value.toFixed(1);
}

/**
 * An issue path as the form names it: list items counted from 1 as the builder shows them ("payloads.0.feedMassRatio" →
 * "Payload 1 › feedMassRatio"), so a message never says "0" for the first payload. The dotted path stays available as is.
 */
export function issuePlace(path: string): string {
  if (!path) return '(formulation)';
  const parts = path.split('.');
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const name = parts[i];
    const next = parts[i + 1];
    if (next !== undefined && /^\d+$/.test(next) && name.length > 1) {
      const singular = name.endsWith('ies') ? `${name.slice(0, -3)}y` : name.endsWith('s') ? name.slice(0, -1) : name;
      out.push(`${singular[0].toUpperCase()}${singular.slice(1)} ${Number(next) + 1}`);
      i++;
    } else out.push(name);
  }
  return out.join(' › ');
}
