// Shows a model number's 90 % prediction interval (#27) beside it, with how well its kind's intervals covered held-out
// measurements (walk11 #3), as a button to the number's explanation (walk11 #4: reachable by click or tap, not hover
// only); the body (spread table, Student-t) loads lazily, after the first paint (Deferred stage 2, as the parameter
// panel), so the first screen stays within the JS budget.
import { lazy } from 'react';
import { Deferred } from './Deferred';
import type { CorpusKind, Metric } from '../validation/schema';

const Body = lazy(() => import('./PredictionIntervalNoteBody'));

export function PredictionIntervalNote(props: { kind: CorpusKind; metric: Metric; value: number; unit: string; testId?: string; onOpen: () => void }) {
  return (
    <Deferred stage={2} fallback={null}>
      <Body {...props} />
    </Deferred>
  );
}
