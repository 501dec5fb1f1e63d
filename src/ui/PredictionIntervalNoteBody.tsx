// The body of PredictionIntervalNote (lazy chunk: it carries the spread table and the Student-t quantile): a model number's
// 90 % prediction interval (#27) and how its kind's intervals covered published held-out measurements (walk11 #3), flagged
// when they really cover too few; a button that opens the number's explanation, where the interval is explained (walk11 #4).
import { predictionInterval } from '../validation/prediction-interval';
import type { CorpusKind, Metric } from '../validation/schema';
import { intervalRange, coverageShort } from './interval-text';

export default function PredictionIntervalNoteBody({ kind, metric, value, unit, testId, onOpen }: { kind: CorpusKind; metric: Metric; value: number; unit: string; testId?: string; onOpen: () => void }) {
  const iv = predictionInterval(kind, metric, value);
  if (!iv) return null;
  const flagged = iv.verdict === 'too-narrow' || iv.verdict === 'too-wide';
  return (
    <>
      {' '}
      <button type="button" className={`interval-note${flagged ? ' flagged' : ''}`} data-testid={testId ?? 'prediction-interval'} data-verdict={iv.verdict} onClick={onOpen}
        aria-label={`90 % prediction interval ${intervalRange(iv, unit)}; ${coverageShort(iv)}. Explain`}>
        (90 % interval {intervalRange(iv)} · {coverageShort(iv)})
      </button>
    </>
  );
}
