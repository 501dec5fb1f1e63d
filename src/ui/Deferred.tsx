// Mounts its children (in a Suspense boundary) once the page reaches a start-up stage after the first paint; until then
// the fallback holds their place. Only this small component re-renders when the stage comes, not its parent (#21).
import { Suspense, type ReactNode } from 'react';
import { useAfterFirstPaint } from './hooks';

export function Deferred({ stage = 1, when = true, fallback, children }: { stage?: number; when?: boolean; fallback: ReactNode; children: ReactNode }) {
  const ready = useAfterFirstPaint(stage);
  return ready && when ? <Suspense fallback={fallback}>{children}</Suspense> : <>{fallback}</>;
}
