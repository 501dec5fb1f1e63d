// The body of PredictionIntervalNote (lazy chunk: it carries the spread table and the Student-t quantile): a model number's 90 % prediction interval (#27).
import { predictionInterval } from '../validation/prediction-interval';
import type { CorpusKind, Metric } from '../validation/schema';

const f = (v: number) => String(Number(v.toPrecision(3)));

export default function PredictionIntervalNoteBody({ kind, metric, value, testId }: { kind: CorpusKind; metric: Metric; value: number; testId?: string }) {
  const iv = predictionInterval(kind, metric, value);
  if (!iv) return null;
  return (
    <span className="muted small" data-testid={testId ?? 'prediction-interval'} title={`90 % prediction interval: the spread of measured around modelled values in the validation corpus, from the ${iv.basis}. See docs/validation.md.`}>
      {' '}(90 % PI {f(iv.lo)}–{f(iv.hi)})
    </span>
  );
}
