// The workbench: workspace + builder (left), results tabs (centre), 3D viewer + explanations (right).
import { useEffect, useState, useSyncExternalStore } from 'react';
import './styles/app.css';
import { getPersistenceStatus, onPersistenceStatus, startFreshAfterRecovery, dismissNotice } from './state/persistence';
import { RecoveryBanner, SetAsideList, downloadText } from './ui/share';
import { exportWorkspaceJson } from './share';
import { workspaceOf } from './state/persistence';
import { useStore, undo, redo } from './state/store';
import { installDebugHandle } from './state/perf';
import { WorkspacePanel } from './ui/WorkspacePanel';
import { Builder } from './ui/Builder';
import { ResultsPanel } from './ui/ResultsPanel';
import { ViewerPanel } from './ui/ViewerPanel';
import { ExplainDrawer } from './ui/ExplainDrawer';
import { ShareBar } from './ui/ShareBar';
import { useEvaluation, useSelected, useTemporal, useUndoShortcuts } from './ui/hooks';
import { scoresOf } from './state/evaluate';

export default function App() {
  const candidate = useSelected();
  const ev = useEvaluation(candidate);
  const { canUndo, canRedo } = useTemporal();
  useUndoShortcuts();
  useEffect(() => installDebugHandle(() => useStore.getState()), []);
  const persistence = useSyncExternalStore(onPersistenceStatus, getPersistenceStatus);
  const [freshDone, setFreshDone] = useState(false);
  const [asideHidden, setAsideHidden] = useState(false);
  const exportNow = () => downloadText(`nanoplatform-workspace-${new Date().toISOString().slice(0, 10)}.json`, exportWorkspaceJson(workspaceOf(useStore.getState().candidates)));

  return (
    <div className="app">
      <header className="topbar">
        <div className="brand">
          <h1>Nanoplatform Designer</h1>
          <p className="tagline">Build, compare, rank and calibrate biomimetic cancer nanomedicines</p>
        </div>
        <ShareBar />
        <div className="row" role="toolbar" aria-label="Edit">
          <button type="button" onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z" title="Undo (Ctrl+Z)">↶ Undo</button>
          <button type="button" onClick={redo} disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z" title="Redo (Ctrl+Shift+Z)">↷ Redo</button>
        </div>
      </header>
      {persistence.recovery && (
        <RecoveryBanner
          recovery={persistence.recovery}
          onStartFresh={() => { setFreshDone(true); startFreshAfterRecovery(); }}
          held={persistence.held}
          setAside={persistence.setAside}
        />
      )}
      {!persistence.recovery && freshDone && !asideHidden && persistence.setAside.length > 0 && (
        <div className="banner info" role="status">
          Started fresh; the unreadable data is kept aside in this browser. <SetAsideList copies={persistence.setAside} />
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
      <main className="workbench">
        <div className="col col-left">
          <WorkspacePanel />
          {candidate ? <Builder candidate={candidate} ev={ev} /> : null}
        </div>
        <div className="col col-centre">
          <ResultsPanel candidate={candidate} ev={ev} />
        </div>
        <div className="col col-right">
          <ViewerPanel candidate={candidate} scores={scoresOf(ev)} />
          <ExplainDrawer scores={scoresOf(ev)} />
        </div>
      </main>
      <footer className="foot muted">
        Mouse model only; no track-structure Monte Carlo or whole-body PBPK; local-effect and biology terms are empirical. The tool ranks and explains candidates — it does not replace experiments.
      </footer>
    </div>
  );
}
