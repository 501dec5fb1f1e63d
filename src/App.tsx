// The workbench: workspace + builder (left), results tabs (centre), 3D viewer + explanations (right).
import { lazy, Suspense, useEffect, useState, useSyncExternalStore } from 'react';
import './styles/app.css';
import { getPersistenceStatus, onPersistenceStatus, startFreshAfterRecovery, dismissNotice } from './state/persistence';
import { downloadText } from './ui/share';
import { workspaceOf } from './state/persistence';
import { useStore, undo, redo } from './state/store';
import { installDebugHandle } from './state/perf';
import { WorkspacePanel } from './ui/WorkspacePanel';
import { Builder } from './ui/Builder';
import { ResultsPanel } from './ui/ResultsPanel';
import { Welcome } from './ui/Welcome';
import { Deferred } from './ui/Deferred';
import { HeaderToolsNote, ShareBarPlaceholder } from './ui/header-tools';
import { startFirstFrame } from './ui/first-frame';
import { sig } from './ui/format';
import { useEvaluation, useMediaQuery, useSelected, useTemporal, useUndoShortcuts } from './ui/hooks';
import { scoresOf } from './state/evaluate';

// the recovery banner and the set-aside list load only when stored data could not be read (initial JS budget, #21)
// the explanation drawer (its status box sits below the 3D view) mounts once the first scores are on screen
// the 3D panel's code (particle spec, play controls, the viewer's controls, legend and layout builders; three.js is a
// further lazy chunk) is requested as soon as the builder and first scores are on screen, not at a later start-up stage:
// the first-frame worker has been drawing the particle meanwhile (ui/first-frame.ts, #21). Until it has loaded, the same
// panel head and slot hold its place (no layout shift).
type ViewerPanelComponent = typeof import('./ui/ViewerPanel').ViewerPanel;
const viewerPlaceholder = (message = 'loading the 3D viewer…') => (
  <section className="panel viewer" aria-labelledby="viewer-title">
    <div className="panel-head"><h2 id="viewer-title">3D view</h2><button type="button" aria-pressed disabled>Hide</button></div>
    <div className="viewer-slot" data-testid="viewer-slot-placeholder"><p className="muted">{message}</p></div>
  </section>
);
/** The 3D panel's component once its chunk has loaded (requested after the first commit while `wanted`), or why not. */
function useViewerPanel(wanted: boolean): { Panel: ViewerPanelComponent | null; error: string | null } {
  const [state, setState] = useState<{ Panel: ViewerPanelComponent | null; error: string | null }>({ Panel: null, error: null });
  const loaded = state.Panel !== null;
  useEffect(() => {
    if (!wanted || loaded) return;
    // the first-frame worker starts now and draws the primed particle at the placeholder slot's width meanwhile
    startFirstFrame(document.querySelector('[data-testid="viewer-slot-placeholder"]'));
    let alive = true;
    import('./ui/ViewerPanel').then(
      (m) => { if (alive) setState({ Panel: m.ViewerPanel, error: null }); },
      (e: unknown) => { if (alive) setState({ Panel: null, error: e instanceof Error ? e.message : String(e) }); },
    );
    return () => { alive = false; };
  }, [wanted, loaded]);
  return state;
}
// deferred parts mount in start-up stages (ui/hooks useAfterFirstPaint): 1 the share bar (the 3D panel: useViewerPanel), 2 the drawer
// the share bar (links, import/export, print) mounts once the builder and first scores are on screen; a link in the
// address bar is read then (initial JS budget, #21)
// walk9 #36: offline, the header says so. Inline (a few hundred bytes): a lazy chunk fetched at idle raced a network that
// was already gone (a failed request on a first visit, walk10 CI).
const onOnline = (cb: () => void) => { addEventListener('online', cb); addEventListener('offline', cb); return () => { removeEventListener('online', cb); removeEventListener('offline', cb); }; };
const ShareBar = lazy(() => import('./ui/ShareBar').then((m) => ({ default: m.ShareBar })));
const ExplainDrawer = lazy(() => import('./ui/ExplainDrawer').then((m) => ({ default: m.ExplainDrawer })));
const RecoveryBanner = lazy(() => import('./ui/share/RecoveryBanner').then((m) => ({ default: m.RecoveryBanner })));
const SetAsideList = lazy(() => import('./ui/share/RecoveryBanner').then((m) => ({ default: m.SetAsideList })));

type Pane = 'design' | 'results' | '3d';
const PANES: readonly { id: Pane; label: string }[] = [
  { id: 'design', label: 'Design' },
  { id: 'results', label: 'Results' },
  { id: '3d', label: '3D' },
];

export default function App() {
  const candidate = useSelected();
  const ev = useEvaluation(candidate);
  const { canUndo, canRedo } = useTemporal();
  useUndoShortcuts();
  useEffect(() => installDebugHandle(() => useStore.getState()), []);
  const persistence = useSyncExternalStore(onPersistenceStatus, getPersistenceStatus);
  const offline = useSyncExternalStore(onOnline, () => !navigator.onLine, () => false);
  const [freshDone, setFreshDone] = useState(false);
  const [asideHidden, setAsideHidden] = useState(false);
  const [toolsOpen, setToolsOpen] = useState(false);
  // the file writer loads on use (it is not needed before the builder is usable; initial JS budget, #21)
  const exportNow = () => {
    const ws = workspaceOf(useStore.getState().candidates);
    void import('./share/files').then((m) => downloadText(`nanoplatform-workspace-${new Date().toISOString().slice(0, 10)}.json`, m.exportWorkspaceJson(ws)));
  };
  const setTab = useStore((s) => s.setTab);
  const tab = useStore((s) => s.tab);
  const explain = useStore((s) => s.explain);
  /** On a phone (≤ 600 px) one column is shown at a time; the switcher keeps results and 3D one tap from the builder. */
  const [pane, setPane] = useState<Pane>('design');
  // a number clicked in the builder opens its explanation: show the pane that holds the drawer
  useEffect(() => { if (explain) setPane((p) => (p === 'design' ? 'results' : p)); }, [explain]);
  // On a phone the 3D column is hidden until its pane is chosen: the viewer (particle layout, WebGL check, the drawing
  // worker) mounts the first time it is shown, not behind a hidden pane at start-up (#21); it then stays mounted.
  const narrow = useMediaQuery('(max-width: 600px)');
  const [viewerShown, setViewerShown] = useState(false);
  if (!viewerShown && (!narrow || pane === '3d')) setViewerShown(true);
  const viewer = useViewerPanel(viewerShown && tab !== 'learn');
  const overall = scoresOf(ev)?.score.overall;
  const design = () => {
    setPane('design');
    requestAnimationFrame(() => document.querySelector<HTMLInputElement>('.builder input[data-path="name"], .builder input')?.focus());
  };

  return (
    <div className="app">
      <header className="topbar" data-tools={toolsOpen ? 'open' : 'closed'}>
        <div className="brand">
          <h1>Nanoplatform Designer</h1>
          <p className="tagline">Build, compare, rank and calibrate biomimetic cancer nanomedicines</p>
        </div>
        {/* on a phone the link and file tools fold behind one button, so the header stays one row (CSS shows it ≤ 600 px) */}
        <button type="button" className="tools-toggle" aria-expanded={toolsOpen} aria-controls="header-tools" onClick={() => setToolsOpen((o) => !o)} data-testid="tools-toggle">
          {toolsOpen ? 'Close ▴' : 'Share & files ▾'}
        </button>
        <div id="header-tools" className="header-tools">
          {/* walk9 #35: the buttons' labels and sizes from the first paint (placeholders until the share bar's code is there) */}
          <Deferred stage={1} fallback={<ShareBarPlaceholder candidate={candidate !== undefined} />}><ShareBar /></Deferred>
          <HeaderToolsNote />
        </div>
        {offline && (
          <span className="badge" role="status" data-testid="offline-note" style={{ alignSelf: 'center', whiteSpace: 'normal' }} title="The installed app runs from this device: every tab, shared links and the model pages open; a new version arrives when you are back online.">
            Offline: the app works from this device
          </span>
        )}
        <button type="button" className="learn-link" onClick={() => { setTab('learn'); setPane('results'); }}>Learn how it works</button>
        <div className="row edit-tools" role="toolbar" aria-label="Edit">
          <button type="button" onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z" title="Undo (Ctrl+Z)" aria-label="Undo">↶<span className="btn-word"> Undo</span></button>
          <button type="button" onClick={redo} disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z" title="Redo (Ctrl+Shift+Z)" aria-label="Redo">↷<span className="btn-word"> Redo</span></button>
        </div>
      </header>
      {persistence.recovery && (
        <Suspense fallback={<div className="banner warn" role="status">Stored data could not be read…</div>}><RecoveryBanner
          recovery={persistence.recovery}
          onStartFresh={() => { setFreshDone(true); startFreshAfterRecovery(); }}
          held={persistence.held}
          setAside={persistence.setAside}
        /></Suspense>
      )}
      {!persistence.recovery && freshDone && !asideHidden && persistence.setAside.length > 0 && (
        <div className="banner info" role="status">
          Started fresh; the unreadable data is kept aside in this browser. <Suspense fallback={null}><SetAsideList copies={persistence.setAside} /></Suspense>
          <button type="button" onClick={() => setAsideHidden(true)}>Hide</button>
        </div>
      )}
      {persistence.noStorage && (
        <div className="banner warn" role="alert" data-testid="no-storage">
          {persistence.noStorage} <button type="button" onClick={exportNow}>Export JSON</button>
        </div>
      )}
      {persistence.notice && (
        <div className="banner info" role="status">
          {persistence.notice} <button type="button" onClick={dismissNotice}>OK</button>
        </div>
      )}
      {persistence.saveError && (
        <div className="banner warn" role="status" data-testid="save-error">
          {persistence.saveError} <button type="button" onClick={exportNow}>Export JSON</button>
        </div>
      )}
      <Welcome onDesign={design} onLearn={() => setPane('results')} />
      <nav className="pane-switch" aria-label="Show">
        {PANES.map((p) => (
          <button key={p.id} type="button" aria-pressed={pane === p.id} onClick={() => setPane(p.id)} data-testid={`pane-${p.id}`}>
            {p.label}{p.id === 'results' && overall !== undefined ? ` · ${sig(overall, 2)}` : ''}
          </button>
        ))}
      </nav>
      <main className="workbench" data-pane={pane}>
        <div className="col col-left">
          <WorkspacePanel />
          {candidate ? <Builder candidate={candidate} ev={ev} /> : null}
        </div>
        <div className="col col-centre">
          <ResultsPanel candidate={candidate} ev={ev} />
        </div>
        <div className="col col-right">
          {tab === 'learn' ? (
            <section className="panel viewer"><h2>3D view</h2><p className="muted">The tour’s own 3D view follows each step (Learn tab).</p>
              {/* walk10 #8: on a phone the 3D segment during the tour leads to the tour's own view, not an empty card */}
              <button type="button" data-testid="show-tour-3d" onClick={() => { setPane('results'); requestAnimationFrame(() => document.getElementById('tour-3d')?.scrollIntoView({ block: 'start' })); }}>Show the tour’s 3D view</button></section>
          ) : (
            viewer.Panel ? <viewer.Panel candidate={candidate} scores={scoresOf(ev)} /> : viewerPlaceholder(viewer.error ? `3D view unavailable: the viewer could not be loaded (${viewer.error}).` : undefined)
          )}
          <Deferred stage={2} fallback={null}><ExplainDrawer scores={scoresOf(ev)} /></Deferred>
        </div>
      </main>
      <footer className="foot muted">
        Mouse model only; no track-structure Monte Carlo or whole-body PBPK; local-effect and biology terms are empirical. The tool ranks and explains candidates — it does not replace experiments.
      </footer>
    </div>
  );
}
