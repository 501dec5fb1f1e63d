// Right column, top: the 3D particle viewer of the selected candidate. Its controls, legend and captions come right after
// the first results, with the particle drawn by the first-frame worker; three.js loads on the page only for the
// interactive canvas (ParticleViewer).
import { Component, memo, Suspense, useDeferredValue, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Scores } from '../model/scores';
import type { Candidate } from '../state/types';
import ParticleViewerComponent from '../viewer3d/ParticleViewer';
import { VIEWER_HEIGHT_PX } from './first-frame';
import { DEFAULT_RELEASE_VIEW, nextPlayTime, particleSpecOf, PLAY_FRAME_MS, RELEASE_PH, type ReleasePh } from './particle-spec';

const RELEASE_END_H = 72;

// The viewer itself (controls, legend, layout builders) comes in this panel's chunk, which App requests right after the
// first results; three.js is a further lazy chunk behind it.
const ParticleViewer = memo(ParticleViewerComponent);

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
  // the panel itself mounts after the first results have committed (App: a start-up stage), so its first render draws
  // the current candidate at once (the first-frame worker has been building that particle meanwhile)
  const candidate = useDeferredValue(urgentCandidate);
  const scores = useDeferredValue(urgentScores);
  // Release view: the medium and the time since dosing (a control and a play button animate the acid release).
  const [pH, setPh] = useState<ReleasePh>(DEFAULT_RELEASE_VIEW.pH);
  const [timeH, setTimeH] = useState(DEFAULT_RELEASE_VIEW.timeH);
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
  const specs = useMemo(() => (spec ? [spec] : []), [spec]);
  return (
    <section className="panel viewer" aria-labelledby="viewer-title">
      <div className="panel-head">
        <h2 id="viewer-title">3D view</h2>
        <button type="button" onClick={() => setShow((s) => !s)} aria-pressed={show}>{show ? 'Hide' : 'Show'}</button>
      </div>
      {!show ? null : !spec ? (
        <p className="muted">{urgentCandidate ? 'Pick a valid carrier to see the particle.' : 'No candidate yet: add one (+ New or a preset in the Workspace) to see its particle.'}</p>
      ) : (
        <div className="viewer-slot">
          <Boundary>
            <Suspense fallback={<p className="muted">loading the 3D viewer…</p>}>
              <ParticleViewer specs={specs} height={VIEWER_HEIGHT_PX} showRelease={showRelease} cutaway={showRelease} />
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
