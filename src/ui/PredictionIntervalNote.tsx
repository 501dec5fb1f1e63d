// Shows a model number's 90 % prediction interval (#27) beside it; the body (spread table, Student-t) loads lazily so the first screen stays within the JS budget.
import { lazy, Suspense } from 'react';
import type { CorpusKind, Metric } from '../validation/schema';

const Body = lazy(() => import('./PredictionIntervalNoteBody'));

export function PredictionIntervalNote(props: { kind: CorpusKind; metric: Metric; value: number; testId?: string }) {
  return (
    <Suspense fallback={null}>
      <Body {...props} />
    </Suspense>
  );
}
