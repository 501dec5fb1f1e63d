// The 3D particle viewer (default export, meant for React.lazy): controls, canvas, scale bar, captions, legend,
// PNG export, and the 2D SVG fallback when WebGL is missing or lost. Nothing here throws into the host app.
import { lazy, Suspense, useCallback, useEffect, useId, useMemo, useRef, useState, type CSSProperties } from 'react';
import type { FrameStats, RendererHandle } from './Scene';
import { posterSupported, prewarmPoster, usePoster } from './poster';
import { ViewerErrorBoundary } from './ErrorBoundary';
import { Fallback2D } from './Fallback2D';
import { Legend } from './Legend';
import { explodeCaption, EXPLODE_STEPS, releaseCaption } from './arrange';
import { arrangeScene, buildLayouts, fitKeyOf, sceneKeyOf } from './scene-input';
import type { PosterScene } from './poster-protocol';
import { niceFloor } from './math';
import { detectWebGL } from './webgl';
import { VIEWER_COLORS } from './colors';
import { CORE_VISUALS, MEMBRANE_VISUALS } from '../catalog';
import type { ParticleSpec } from './spec';
import { percentShares } from '../catalog/percent-shares';

// three.js and @react-three/fiber live in the Scene chunk: the controls, legend and captions show without them.
// The first-frame worker starts loading now, while this page builds the particle's layout.
prewarmPoster();
const ParticleScene = lazy(() => import('./Scene'));

/** Draw calls and triangles of the last frame; `programs`: shader programs linked since the page loaded (a number that only grows). */
export interface ViewerStats { calls: number; triangles: number; programs: number }

declare global {
  interface Window { __viewerStats?: ViewerStats }
}

export interface ParticleViewerProps {
  /** One particle, or two shown side by side at true relative size. Extra entries are ignored. */
  specs: ParticleSpec[];
  /** 0 (default) = assembled; 1–3 = exploded assembly step (core → payloads → membrane). Re-applied when it changes. */
  explodeStep?: number;
  /** Start with the cutaway (clipping plane through the centre). Re-applied when it changes. */
  cutaway?: boolean;
  /** Start in release view (uses each spec's `release`). Re-applied when it changes. */
  showRelease?: boolean;
  /** Height of the drawing area in CSS px (default 440). */
  height?: number;
  /** Cap on drawn payload-molecule spheres per particle (default 2,000). */
  maxDisplayedPerParticle?: number;
  /** '2d' forces the SVG schematic (e.g. a user preference); 'auto' (default) uses WebGL when available. */
  mode?: 'auto' | '2d';
  /** Called after each drawn frame with renderer.info.render figures. */
  onStats?: (s: ViewerStats) => void;
  className?: string;
}

/** State initialised from a prop and reset whenever that prop changes (React's "adjust state on prop change" pattern). */
function usePropState<T>(prop: T): [T, (v: T) => void] {
  const [value, setValue] = useState(prop);
  const [prev, setPrev] = useState(prop);
  if (!Object.is(prop, prev)) { setPrev(prop); setValue(prop); }
  return [value, setValue];
}

/** The page's first drawn 3D frame, as a performance mark (read by the browser bench: navigation → first frame). */
let firstFrameMarked = false;
function markFirstFrame() {
  if (firstFrameMarked) return;
  firstFrameMarked = true;
  performance.mark('npd-first-3d-frame');
}

/** PNG export sizes: device px per CSS px of the view. */
export const EXPORT_SCALES = [1, 2, 4] as const;

/** How long the page must have been quiet after the first frame before the interactive canvas mounts by itself (ms). */
const LIVE_AFTER_QUIET_MS = 3000;

type IdleWindow = Window & { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number; cancelIdleCallback?: (h: number) => void };

const fileSafe = (s: string) => s.replace(/[^\w.@+-]+/g, '_').replace(/^_+|_+$/g, '') || 'particle';

const btn: CSSProperties = { padding: '4px 10px', font: 'inherit', cursor: 'pointer' };

export default function ParticleViewer(props: ParticleViewerProps) {
  const { height = 440, maxDisplayedPerParticle, mode = 'auto', onStats, className } = props;
  const specs = useMemo(() => (props.specs ?? []).slice(0, 2), [props.specs]);
  const specsKey = JSON.stringify(specs);
  const [cutaway, setCutaway] = usePropState(Boolean(props.cutaway));
  const [step, setStep] = usePropState(Math.max(0, Math.min(EXPLODE_STEPS, Math.round(props.explodeStep ?? 0) || 0)));
  const [release, setRelease] = usePropState(Boolean(props.showRelease));
  const [lost, setLost] = useState(false);
  const [resetCount, setResetCount] = useState(0);
  const [canvasKey, setCanvasKey] = useState(0);
  const wrapRef = useRef<HTMLDivElement>(null);
  const barRef = useRef<HTMLDivElement>(null);
  const barLabelRef = useRef<HTMLSpanElement>(null);
  const glRef = useRef<RendererHandle | null>(null);
  const canvasBoxRef = useRef<HTMLDivElement>(null);
  const posterRef = useRef<HTMLCanvasElement>(null);
  const [exportScale, setExportScale] = useState<number>(2);
  const pendingExport = useRef(false);
  const barNmRef = useRef(0);
  const statsRef = useRef(onStats);
  statsRef.current = onStats;

  // The canvas mounts with the viewer: its first frame is made cheap instead of deferred (Scene.tsx: progressive detail)
  const support = useMemo(() => (mode === '2d' ? { ok: false, reason: '2D schematic selected' } : detectWebGL()), [mode]);
  const built = useMemo(() => {
    try {
      return { ...buildLayouts(specs, release, maxDisplayedPerParticle), error: null as string | null };
    } catch (e) {
      return { scale: null, layouts: [], error: e instanceof Error ? e.message : String(e) };
    }
  }, [specsKey, release, maxDisplayedPerParticle]);
  const { layouts, scale } = built;
  const arrangement = useMemo(() => arrangeScene(layouts, step), [layouts, step]);
  const fitKey = fitKeyOf(arrangement, resetCount);
  // the same picture for the first-frame worker: these layouts as plain data, and its key by value
  const posterScene = useMemo<PosterScene>(
    () => ({ sceneKey: sceneKeyOf({ specs, release, maxDisplayedPerParticle, step, cutaway, resetCount }), input: { layouts, arrangement, cutaway, fitKey } }),
    [specsKey, release, maxDisplayedPerParticle, step, cutaway, resetCount, layouts, arrangement, fitKey],
  );

  const hasRelease = specs.some((s) => s.release);
  const hintId = useId();
  const payloadShown = layouts.reduce((s, l) => s + l.molecules.count + l.nanodots.count, 0);

  // The interactive canvas (three.js on this page) mounts after the first frames: until then a worker draws the particle
  // (poster.ts) so the page never waits on WebGL. It mounts on the first pointer, wheel, key or focus in the view, for an
  // export, or once the page has been quiet for a while after the first frame; the worker's picture stays underneath
  // until the canvas has drawn.
  const [live, setLive] = useState(() => !posterSupported());
  const [liveDrawn, setLiveDrawn] = useState(false);
  const [posterDrawn, setPosterDrawn] = useState(false);
  const goLive = useCallback(() => setLive(true), []);
  useEffect(() => {
    if (live || !posterDrawn) return;
    const w = window as IdleWindow;
    let idle = 0;
    const t = window.setTimeout(() => {
      if (w.requestIdleCallback) idle = w.requestIdleCallback(goLive, { timeout: 2000 });
      else goLive();
    }, LIVE_AFTER_QUIET_MS);
    return () => { window.clearTimeout(t); if (idle) w.cancelIdleCallback?.(idle); };
  }, [live, posterDrawn, goLive]);

  const onFrameFrom = useCallback((s: FrameStats, fromLive: boolean) => {
    markFirstFrame();
    const stats = { calls: s.calls, triangles: s.triangles, programs: s.programs };
    window.__viewerStats = stats;
    const w = wrapRef.current;
    // data-first-frame: something is drawn (the quick low-detail frame); data-ready: drawn at full detail
    if (w) {
      if (!w.dataset.firstFrame) { w.dataset.firstFrame = '1'; w.dataset.firstFrameDetail = s.full ? 'full' : 'quick'; w.dataset.firstFrameTriangles = String(s.triangles); }
      w.dataset.drawCalls = String(s.calls); w.dataset.triangles = String(s.triangles);
      if (s.full && fromLive) w.dataset.ready = '1';
    }
    if (s.pxPerNm > 0 && barRef.current && barLabelRef.current) {
      const nm = niceFloor(120 / s.pxPerNm);
      barNmRef.current = nm;
      barRef.current.style.width = `${nm * s.pxPerNm}px`;
      barLabelRef.current.textContent = `${nm} nm`;
    }
    statsRef.current?.(stats);
  }, []);
  const onFrame = useCallback((s: FrameStats) => {
    onFrameFrom(s, true);
    setLiveDrawn(true);
  }, [onFrameFrom]);
  const onPosterFrame = useCallback((s: FrameStats) => {
    onFrameFrom(s, false);
    setPosterDrawn(true);
  }, [onFrameFrom]);
  const onPosterError = useCallback(() => goLive(), [goLive]);
  const onContextLost = useCallback(() => setLost(true), []);

  const label = specs.map((s) => s.label || s.id).join(' vs ') || 'particle';

  // PNG of the view at `exportScale` × its CSS size, drawn again by the live renderer (the worker's picture is not
  // enough: it has the screen's resolution only). Before the live canvas exists the export waits for it.
  const exportPng = useCallback(() => {
    const h = glRef.current;
    if (!h) {
      pendingExport.current = true;
      setLive(true);
      return;
    }
    pendingExport.current = false;
    try {
      const out = h.snapshot(exportScale);
      const ctx = out.getContext('2d');
      if (ctx) {
        // burn the scale bar and the title into the figure
        const k = exportScale;
        const barPx = (barRef.current?.getBoundingClientRect().width ?? 0) * k;
        ctx.fillStyle = VIEWER_COLORS.text;
        ctx.font = `${Math.round(13 * k)}px sans-serif`;
        ctx.fillRect(16 * k, out.height - 20 * k, barPx, 3 * k);
        ctx.fillText(`${barNmRef.current} nm`, 16 * k, out.height - 26 * k);
        ctx.fillText(label, 16 * k, 22 * k);
      }
      const a = document.createElement('a');
      a.href = out.toDataURL('image/png');
      a.download = `${fileSafe(label)}.png`;
      document.body.appendChild(a);
      a.click();
      a.remove();
    } catch {
      /* a tainted or lost canvas cannot be exported; the button simply does nothing */
    }
  }, [label, exportScale]);
  const exportRef = useRef(exportPng);
  exportRef.current = exportPng;
  const onRenderer = useCallback((h: RendererHandle | null) => {
    glRef.current = h;
    // an export asked for before the live canvas existed runs once it has its renderer (next task: the scene is mounted)
    if (h && pendingExport.current) window.setTimeout(() => exportRef.current(), 0);
  }, []);

  const describe = layouts.map((l) => `${l.spec.label}: ${CORE_VISUALS[l.spec.coreMaterial].label} core${l.membrane.sources.length ? ` in ${l.membrane.sources.map((m, i, all) => `${MEMBRANE_VISUALS[m.source].label} ${percentShares(all.map((x) => x.fraction))[i]} %`).join(' + ')} membrane` : ''}`).join('; ');
  const captions: string[] = [];
  if (step > 0) layouts.forEach((l) => captions.push(`${layouts.length > 1 ? `${l.spec.label} — ` : ''}${explodeCaption(l, step)}`));
  if (release) layouts.forEach((l) => { const c = releaseCaption(l); if (c) captions.push(`${layouts.length > 1 ? `${l.spec.label} — ` : ''}Release view: ${c}`); });

  const fallbackMessage = !support.ok
    ? `3D view unavailable: ${mode === '2d' ? 'showing the 2D schematic' : 'WebGL is not available in this browser'}. Showing a 2D schematic instead.`
    : lost ? '3D view unavailable: the WebGL context was lost. Showing a 2D schematic instead.' : '';
  const use3d = support.ok && !lost && !built.error;
  usePoster({ enabled: use3d && !liveDrawn, scene: posterScene, box: canvasBoxRef, canvas: posterRef, onFrame: onPosterFrame, onError: onPosterError });

  return (
    <section
      ref={wrapRef}
      className={className ?? 'viewer3d'}
      aria-label="Particle 3D viewer"
      data-testid="particle-viewer"
      data-webgl={use3d ? 'ok' : 'fallback'}
      data-cutaway={cutaway ? '1' : '0'}
      data-explode-step={step}
      data-release={release && hasRelease ? '1' : '0'}
      data-payload-instances={payloadShown}
      data-core-radius-nm={layouts[0] ? layouts[0].radii.coreShownNm.toFixed(2) : '0'}
      data-membrane-triangles={layouts[0]?.membrane.shell?.triangleSources.length ?? 0}
      style={{ fontFamily: 'system-ui, sans-serif', color: VIEWER_COLORS.text }}
    >
      <div role="group" aria-label="3D view controls" style={{ display: 'flex', gap: 12, flexWrap: 'wrap', alignItems: 'center', marginBottom: 6 }}>
        <label><input type="checkbox" checked={cutaway} onChange={(e) => setCutaway(e.target.checked)} disabled={!use3d} /> Cutaway</label>
        <label><input type="checkbox" checked={step > 0} onChange={(e) => setStep(e.target.checked ? 1 : 0)} disabled={!use3d} /> Exploded view</label>
        {/* "Assembly step ▸" starts the exploded view itself (step 1 of 3); a disabled button says why, beside it */}
        <button type="button" style={btn} onClick={() => setStep(Math.max(1, step - 1))} disabled={!use3d || step <= 1} aria-label="Previous assembly step" aria-describedby={`${hintId}-assembly`}>◂ Assembly step</button>
        <button type="button" style={btn} onClick={() => setStep(Math.min(EXPLODE_STEPS, step + 1))} disabled={!use3d || step >= EXPLODE_STEPS} aria-label="Next assembly step" aria-describedby={`${hintId}-assembly`}>Assembly step ▸</button>
        <span id={`${hintId}-assembly`} data-testid="assembly-hint" style={{ fontSize: 13, color: '#595959' }}>{!use3d ? '(needs the 3D view)' : step === 0 ? '(takes the particle apart, step 1 of 3)' : `step ${step} of ${EXPLODE_STEPS}${step >= EXPLODE_STEPS ? ': all parts shown' : ''}`}</span>
        <label title={hasRelease ? '' : 'No release state in this design'}>
          <input type="checkbox" checked={release && hasRelease} onChange={(e) => setRelease(e.target.checked)} disabled={!hasRelease} /> Release view
          {hasRelease && layouts[0]?.spec.release ? ` (pH ${layouts[0].spec.release.pH.toFixed(1)}, ${layouts[0].spec.release.timeH} h)` : <span style={{ color: '#595959' }}> (no payload release in this design)</span>}
        </label>
        <button type="button" style={btn} onClick={() => setResetCount((n) => n + 1)} disabled={!use3d}>Reset view</button>
        <span style={{ display: 'inline-flex', gap: 4, alignItems: 'center' }}>
          <button type="button" style={btn} onClick={exportPng} disabled={!use3d}>Export PNG</button>
          <select aria-label="PNG size" value={exportScale} onChange={(e) => setExportScale(Number(e.target.value))} disabled={!use3d} data-testid="export-scale">
            {EXPORT_SCALES.map((k) => <option key={k} value={k}>{k}× size</option>)}
          </select>
        </span>
      </div>

      {use3d ? (
        <ViewerErrorBoundary
          resetKey={canvasKey}
          fallback={(err) => <Fallback2D layouts={layouts} message={`3D view unavailable: ${err.message || 'the 3D renderer failed'}. Showing a 2D schematic instead.`} />}
        >
          <div
            ref={canvasBoxRef}
            role="img"
            aria-label={`3D model. ${describe}. Drag to rotate, scroll to zoom.`}
            style={{ position: 'relative', height, background: VIEWER_COLORS.background, borderRadius: 6, overflow: 'hidden' }}
            onPointerDown={live ? undefined : goLive}
            onPointerEnter={live ? undefined : goLive}
            onWheel={live ? undefined : goLive}
            onFocus={live ? undefined : goLive}
          >
            {!liveDrawn && <canvas ref={posterRef} data-testid="viewer-poster" style={{ position: 'absolute', inset: 0, width: '100%', height: '100%' }} />}
            {live && (
              <Suspense fallback={posterDrawn ? null : <p data-testid="viewer-loading" style={{ margin: 0, padding: 16, position: 'relative' }}>Drawing the particle…</p>}>
                <ParticleScene key={canvasKey} layouts={layouts} arrangement={arrangement} cutaway={cutaway} fitKey={fitKey} onFrame={onFrame} onContextLost={onContextLost} onRenderer={onRenderer} />
              </Suspense>
            )}
            {!live && !posterDrawn && <p data-testid="viewer-loading" style={{ margin: 0, padding: 16, position: 'relative' }}>Drawing the particle…</p>}
            <div aria-label="Scale bar" style={{ position: 'absolute', left: 16, bottom: 12, pointerEvents: 'none', fontSize: 13 }}>
              <span ref={barLabelRef} data-testid="scale-bar-label">…</span>
              <div ref={barRef} style={{ height: 3, background: VIEWER_COLORS.text, width: 0, marginTop: 2 }} />
            </div>
          </div>
        </ViewerErrorBoundary>
      ) : (
        <div style={{ minHeight: Math.min(height, 420) }}>
          <Fallback2D layouts={layouts} message={built.error ? `3D view unavailable: ${built.error}` : fallbackMessage} />
          {lost && <button type="button" style={btn} onClick={() => { setLost(false); setCanvasKey((k) => k + 1); }}>Retry 3D view</button>}
        </div>
      )}

      <div aria-live="polite" data-testid="viewer-caption" style={{ minHeight: '1.5em', margin: '6px 0', fontSize: 14 }}>
        {captions.map((c) => <p key={c} style={{ margin: '2px 0' }}>{c}</p>)}
      </div>
      {scale && <Legend layouts={layouts} scale={scale} />}
    </section>
  );
}
