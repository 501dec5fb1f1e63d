// Words for a number's 90 % prediction interval (walk11 #3/#4): the range, and how its kind's intervals covered
// published held-out measurements, short (beside the number) and in full (its explain panel). Lazy chunks only.
import type { PredictionInterval } from '../validation/prediction-interval';
import type { CorpusKind } from '../validation/schema';
import type { NoIntervalReason } from './interval-refs';

/** Why a number has no 90 % interval, in words (the explain panel: "No 90 % interval: …"). */
export const NO_INTERVAL_REASON: Record<NoIntervalReason, string> = {
  'no-carrier': 'no carrier holds this payload (a free drug, or nothing loads), so its loading is set by definition, not predicted; the loading kind’s spread is of loaded carriers.',
  selectivity: 'the selectivity is a ratio of two releases (pH 5.0 over pH 7.4, at 24 h). The corpus holds no measured selectivities, and the release kind’s spread, of one release at one time (± percentage points), does not carry over to a ratio of two releases from the same model whose errors are shared. Each release has its own 90 % interval on the Release tab.',
  'eqd2-gain': 'the EQD2 gain is a dose (Gy) of the fractionated schedule in a tumour; the corpus holds no measured EQD2 gains, and the radiosensitization kind’s spread is of a single-dose enhancement ratio (SER, DEF), which does not carry over to a dose summed over fractions.',
};

/** The words for a reason code (an unknown code is shown as it is). */
export const noIntervalText = (code: string): string => (NO_INTERVAL_REASON as Record<string, string>)[code] ?? code;

/** The corpus kinds as the Library tab names them. */
export const KIND_NAME: Record<CorpusKind, string> = {
  release: 'Release (MOF)',
  loading: 'Loading / EE',
  size: 'Hydrodynamic size',
  pk: 'Pharmacokinetics',
  radiosensitization: 'Radiosensitization (DEF, SER)',
  clonogenic: 'Clonogenic survival',
  clinical: 'Clinical (cervical cancer)',
};

/** Interval ends to 3 significant figures, no trailing zeros (as the Library tab writes them). */
export const ivNum = (v: number): string => (Number.isFinite(v) ? String(Number(v.toPrecision(3))) : String(v));

const unitText = (u?: string) => (!u || u === '1' ? '' : ` ${u}`);

/** "0.549–1.75" or, with a unit, "0.549–1.75 % ID". */
export function intervalRange(iv: Pick<PredictionInterval, 'lo' | 'hi'>, unit?: string): string {
  return `${ivNum(iv.lo)}–${ivNum(iv.hi)}${unitText(unit)}`;
}

/** Beside the number: how many published held-out values the kind's intervals covered, flagged when really too few (or too many). */
export function coverageShort(iv: Pick<PredictionInterval, 'heldOut' | 'verdict'>): string {
  const c = iv.heldOut;
  if (!c || iv.verdict === 'none') return 'no published held-out values to check it yet';
  const count = `${c.covered} of ${c.n} published held-out values`;
  if (iv.verdict === 'too-narrow') return `⚠ covered only ${count}: too narrow`;
  if (iv.verdict === 'too-wide') return `covered ${count}: wider than needed`;
  return `covered ${count}`;
}

const pctOf = (c: { covered: number; n: number }) => Math.round((100 * c.covered) / c.n);
const chance = (p: number) => (p < 0.001 ? '< 0.1 %' : `${(100 * p).toPrecision(2)} %`);

/** In the explain panel: the held-out check in full, with what the count means (binomial tail). */
export function coverageSentence(iv: Pick<PredictionInterval, 'heldOut' | 'verdict' | 'level'>, kind: CorpusKind): string {
  const c = iv.heldOut;
  const nominal = Math.round(100 * iv.level);
  if (!c || iv.verdict === 'none') return `Held-out check: the ${KIND_NAME[kind]} kind has no published held-out measurements yet, so how often these intervals contain a new measurement is untested.`;
  const head = `Held-out check: the ${KIND_NAME[kind]} kind's ${nominal} % intervals covered ${c.covered} of ${c.n} published held-out measurements (${pctOf(c)} %; nominal ${nominal} %, target 80–95 %).`;
  if (iv.verdict === 'in-target') return `${head} In target.`;
  const under = c.covered / c.n < iv.level;
  const tail = c.tailP === null ? '' : ` Intervals that really cover ${nominal} % would give ${under ? `${c.covered} or fewer` : `${c.covered} or more`} of ${c.n} in ${chance(c.tailP)} of samples`;
  if (iv.verdict === 'too-few') return `${head}${tail}, so ${c.n} records are too few to tell.`;
  if (iv.verdict === 'too-narrow') return `${head}${tail}: these intervals are too narrow. Read the number as less certain than its interval says.`;
  return `${head}${tail}: these intervals are wider than needed.`;
}
