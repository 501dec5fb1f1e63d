// Right column, top: the 3D particle viewer of the selected candidate. Its controls, legend and captions come with the
// first results; three.js loads right after them and the first frame is drawn at low detail, then refined (Scene.tsx).
import { Component, lazy, memo, Suspense, useDeferredValue, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Scores } from '../model/scores';
import type { Candidate } from '../state/types';
import { nextPlayTime, particleSpecOf, PLAY_FRAME_MS, RELEASE_PH, type ReleasePh } from './particle-spec';

const RELEASE_END_H = 72;

// Requested when the panel first has a particle to draw: the deferred render right after the first results commit
// (so the viewer chunk is not part of the start-up JS the builder waits for; the slot keeps its height meanwhile).
// The viewer chunk is small — three.js is a further lazy chunk behind it.
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
  // null on the first render, then the real values in a deferred (time-sliced) render: the particle layout is built
  // after the first results have committed
  const candidate = useDeferredValue<Candidate | undefined | null>(urgentCandidate, null);
  const scores = useDeferredValue(urgentScores, null);
  // Release view: the medium and the time since dosing (a control and a play button animate the acid release).
  const [pH, setPh] = useState<ReleasePh>(5.0);
  const [timeH, setTimeH] = useState(24);
  const [showRelease, setShowRelease] = useState(false);
  const [playing, setPlaying] = useState(false);
  // Pause keeps the time (Play resumes there); otherwise Play starts at 0 h, so the whole release is seen
  const [paused, setPaused] = useState(false);
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => setTimeH((t) => {
      if (t >= RELEASE_END_H) { setPlaying(false); return t; }
      return nextPlayTime(t);
    }), PLAY_FRAME_MS);
    return () => clearInterval(timer);
  }, [playing]);
  // drawn from the formulation the shown scores were computed on (the last valid one while an edit is invalid), so the
  // 3D legend never disagrees with the numbers beside it
  const spec = useMemo(() => (candidate ? particleSpecOf(candidate.id, (scores?.formulation as Record<string, unknown> | undefined) ?? candidate.draft, scores, { pH, timeH }) : null), [candidate, scores, pH, timeH]);
  const canRelease = Boolean(spec?.release);
  const pending = candidate === null && urgentCandidate !== undefined;
  const specs = useMemo(() => (spec ? [spec] : []), [spec]);
  return (
    <section className="panel viewer" aria-labelledby="viewer-title">
      <div className="panel-head">
        <h2 id="viewer-title">3D view</h2>
        <button type="button" onClick={() => setShow((s) => !s)} aria-pressed={show}>{show ? 'Hide' : 'Show'}</button>
      </div>
      {!show ? null : pending ? (
        <div className="viewer-slot"><p className="muted">loading the 3D viewer…</p></div>
      ) : !spec ? (
        <p className="muted">{urgentCandidate ? 'Pick a valid carrier to see the particle.' : 'No candidate yet: add one (+ New or a preset in the Workspace) to see its particle.'}</p>
      ) : (
        <div className="viewer-slot">
          <Boundary>
            <Suspense fallback={<p className="muted">loading the 3D viewer…</p>}>
              <ParticleViewer specs={specs} height={280} showRelease={showRelease} cutaway={showRelease} />
              {/* inside the boundary: it appears with the viewer, so nothing it would push down moves (layout shift) */}
              {canRelease && (
            <fieldset className="release-controls" data-testid="release-controls">
              <legend>Acid release</legend>
              <label className="field inline"><span>Medium</span>
                <select value={pH} onChange={(e) => { setPh(Number(e.target.value) as ReleasePh); setShowRelease(true); }} data-testid="release-ph">
                  {RELEASE_PH.map((p) => <option key={p.pH} value={p.pH}>{p.label}</option>)}
                </select>
              </label>
              <label className="field inline"><span>Time {timeH} h</span>
                <input type="range" min={0} max={RELEASE_END_H} step={1} value={timeH} onChange={(e) => { setTimeH(Number(e.target.value)); setPaused(false); setShowRelease(true); }} aria-label="Time since dosing (h)" data-testid="release-time" />
              </label>
              <button type="button" onClick={() => { if (!playing && !paused) setTimeH(0); setPaused(playing); setShowRelease(true); setPlaying((p) => !p); }} data-testid="release-play">
                {playing ? 'Pause' : paused ? 'Resume' : 'Play release from 0 h'}
              </button>
            </fieldset>
              )}
            </Suspense>
          </Boundary>
        </div>
      )}
    </section>
  );
});
