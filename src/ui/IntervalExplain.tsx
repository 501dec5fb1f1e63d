// The explain panel's section on a number's 90 % prediction interval (walk11 #4): the interval, its held-out coverage
// (walk11 #3), how it is made (Student-t from the kind's calibration residuals: n, s, t, h, which records), or why the
// number has none. Its own lazy chunk, loaded by ExplainBody when the clicked number names an interval.
import type { ExplainTarget } from '../state/types';
import { metricDomain, predictionInterval } from '../validation/prediction-interval';
import { METRIC_UNIT, type CorpusKind, type Metric } from '../validation/schema';
import { coverageSentence, intervalRange, ivNum, KIND_NAME, noIntervalText } from './interval-text';

export default function IntervalExplain({ interval }: { interval: NonNullable<ExplainTarget['interval']> }) {
  if ('none' in interval) {
    return (
      <section className="explanation interval-explain" data-testid="explain-interval" aria-label="90 % prediction interval">
        <p><strong>No 90 % interval:</strong> {noIntervalText(interval.none)}</p>
      </section>
    );
  }
  // the store keeps them as strings (state may not import validation); the Num that opened the panel typed them as IntervalRef
  const kind = interval.kind as CorpusKind;
  const metric = interval.metric as Metric;
  const value = interval.value;
  const iv = predictionInterval(kind, metric, value);
  const unit = METRIC_UNIT[metric];
  if (!iv) {
    return (
      <section className="explanation interval-explain" data-testid="explain-interval" aria-label="90 % prediction interval">
        <p><strong>No 90 % interval:</strong> the {KIND_NAME[kind]} kind has fewer than two informative calibration residuals on this scale, so no spread can be estimated.</p>
      </section>
    );
  }
  const sp = iv.spread;
  const h = iv.halfWidth;
  const inflate = Math.sqrt(1 + 1 / sp.n);
  const t = h / (sp.s * inflate);
  const log = iv.scale === 'log';
  const [rawLo, rawHi] = log ? [value * Math.exp(-h), value * Math.exp(h)] : [value - h, value + h];
  const [dMin, dMax] = metricDomain(metric);
  const cut = [
    iv.lo > rawLo + 1e-12 * Math.max(1, Math.abs(rawLo)) ? `the lower end is cut at ${ivNum(iv.lo)} (${metricCannot(dMin, 'below')})` : '',
    iv.hi < rawHi - 1e-12 * Math.max(1, Math.abs(rawHi)) ? `the upper end is cut at ${ivNum(iv.hi)} (${metricCannot(dMax, 'above')})` : '',
  ].filter(Boolean);
  const flagged = iv.verdict === 'too-narrow' || iv.verdict === 'too-wide';
  return (
    <section className="explanation interval-explain" data-testid="explain-interval" aria-label="90 % prediction interval">
      <p className="eq-title"><strong>90 % prediction interval</strong></p>
      <p><strong>{intervalRange(iv, unit === '1' ? '' : unit)}</strong>: where a measurement of such a system should fall 9 times out of 10, judged by how far published measurements ({KIND_NAME[kind]}) fell from the model.</p>
      <p className={flagged ? 'interval-flag' : undefined} data-testid="explain-interval-coverage">{coverageSentence(iv, kind)}</p>
      <p className="small">Held-out measurements come from papers that set no parameter of the model: a fair test (docs/validation.md, Split).{iv.calibration && iv.calibration.n > 0 ? ` The calibration records were covered ${iv.calibration.covered} of ${iv.calibration.n} times, but they set the spread, so they test nothing.` : ''} The Library tab lists every record.</p>
      <p className="small" data-testid="explain-interval-method">
        How it is made: a Student-t prediction interval from the residuals {log ? 'ln(measured / model)' : `measured − model (${unit})`} of{' '}
        {sp.from === 'kind' ? <>n = {sp.n} calibration records of this kind</> : <>n = {sp.n} calibration records pooled across kinds (this kind has too few informative ones on this scale)</>}
        {sp.outOfFold ? `, ${sp.outOfFold} of them out-of-fold (predicted with the kind refitted without the record's paper)` : ', in-sample'}; their root-mean-square s = {ivNum(sp.s)}.
        Half-width h = t<sub>0.95, {sp.n - 1}</sub> · s · √(1 + 1/n) = {ivNum(t)} × {ivNum(sp.s)} × {ivNum(inflate)} = {ivNum(h)}
        {log ? <>, so the interval is the value ÷ or × e<sup>h</sup> = {ivNum(Math.exp(h))}</> : <>, so the interval is the value ± {ivNum(h)} {unit}</>}
        {cut.length ? `; ${cut.join('; ')}` : ''}.
      </p>
      <details className="small">
        <summary>The {sp.n} records behind s</summary>
        <p>{sp.records.join(', ')}</p>
      </details>
      <p className="small muted">Not the Uncertainty tab&apos;s 5–95 % band: that one shows how the model&apos;s own output moves when its uncertain parameters move.</p>
    </section>
  );
}

function metricCannot(bound: number, side: 'below' | 'above'): string {
  return `the quantity cannot go ${side} ${ivNum(bound)}`;
}
