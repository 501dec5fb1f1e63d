// Right column, top: the lazy-loaded 3D particle viewer of the selected candidate (three.js loads only here).
import { Component, lazy, memo, Suspense, useDeferredValue, useMemo, useState, type ReactNode } from 'react';
import type { Scores } from '../model/scores';
import type { Candidate } from '../state/types';
import { particleSpecOf } from './particle-spec';

const ParticleViewer = memo(lazy(() => import('../viewer3d/ParticleViewer')));

class Boundary extends Component<{ children: ReactNode }, { error: string | null }> {
  override state = { error: null as string | null };
  static getDerivedStateFromError(e: unknown) { return { error: e instanceof Error ? e.message : String(e) }; }
  override render() { return this.state.error ? <p className="error">3D view unavailable: {this.state.error}</p> : this.props.children; }
}

/**
 * The viewer follows edits at low priority (useDeferredValue): the scores and charts commit first, then the 3D scene
 * catches up, so typing in the builder never waits for WebGL.
 */
export const ViewerPanel = memo(function ViewerPanel({ candidate: urgentCandidate, scores: urgentScores }: { candidate: Candidate | undefined; scores: Scores | null }) {
  const [show, setShow] = useState(true);
  const candidate = useDeferredValue(urgentCandidate);
  const scores = useDeferredValue(urgentScores);
  const spec = useMemo(() => (candidate ? particleSpecOf(candidate.id, candidate.draft, scores) : null), [candidate, scores]);
  const specs = useMemo(() => (spec ? [spec] : []), [spec]);
  return (
    <section className="panel viewer" aria-labelledby="viewer-title">
      <div className="panel-head">
        <h2 id="viewer-title">3D view</h2>
        <button type="button" onClick={() => setShow((s) => !s)} aria-pressed={show}>{show ? 'Hide' : 'Show'}</button>
      </div>
      {!show ? null : !spec ? (
        <p className="muted">Pick a valid carrier to see the particle.</p>
      ) : (
        <Boundary>
          <Suspense fallback={<p className="muted">loading the 3D viewer…</p>}>
            <ParticleViewer specs={specs} height={280} />
          </Suspense>
        </Boundary>
      )}
    </section>
  );
});
