// Shows a model number's 90 % prediction interval (#27) beside it; the body (spread table, Student-t) loads lazily, after
// the first paint (Deferred stage 2, as the parameter panel), so the first screen stays within the JS budget.
import { lazy } from 'react';
import { Deferred } from './Deferred';
import type { CorpusKind, Metric } from '../validation/schema';

const Body = lazy(() => import('./PredictionIntervalNoteBody'));

export function PredictionIntervalNote(props: { kind: CorpusKind; metric: Metric; value: number; testId?: string }) {
  return (
    <Deferred stage={2} fallback={null}>
      <Body {...props} />
    </Deferred>
  );
}
