// Header tools from the share engineer's components: copy a link (workspace or candidate), import/export/print, shared-link dialog.
import { lazy, memo, useDeferredValue, useMemo, useRef } from 'react';
import { useStore, selectSelected, limitMessage, MAX_CANDIDATES } from '../state/store';
import { evaluateCandidate, scoresOf } from '../state/evaluate';
import type { FormulationDraft } from '../state/types';
import type { Workspace } from '../schema';
import type { Scores } from '../model/scores';
import { CopyLinkButton, SharedLinkGate } from './share';
// import/export/print load once the builder and first scores are on screen (initial JS budget, #21)
const ImportExportMenu = lazy(() => import('./share/ImportExportMenu').then((m) => ({ default: m.ImportExportMenu })));
import { localControlWeightOf, rankingWeightsOf, workspaceOf } from '../state/persistence';
import { isFreshWorkspace } from '../state/fresh';
import { useTemporal } from './hooks';
import { Deferred } from './Deferred';
import { FileToolsPlaceholder, LINK_LABELS, usePendingPress } from './header-tools';
import type { IncomingCandidate } from '../share';

/** The workspace as the share layer wants it (valid or last-valid formulations with candidate ids) and its scores. */
export function useShareWorkspace(): { workspace: Workspace; scoresList: (Scores | null)[] } {
  // Low priority: export, links and the printable report follow edits after the results have updated.
  const candidates = useDeferredValue(useStore((s) => s.candidates));
  const lcWeight = useStore((s) => s.localControlWeight);
  const rankingWeights = useStore((s) => s.rankingWeights);
  return useMemo(() => {
    const workspace = workspaceOf(candidates, undefined, lcWeight, rankingWeights);
    const byId = new Map(candidates.map((c) => [c.id, c]));
    const scoresList = workspace.formulations.map((f) => {
      const c = f.id === undefined ? undefined : byId.get(f.id);
      return c ? scoresOf(evaluateCandidate(c)) : null;
    });
    return { workspace, scoresList };
  }, [candidates, lcWeight, rankingWeights]);
}

export const ShareBar = memo(function ShareBar() {
  const { workspace, scoresList } = useShareWorkspace();
  const selected = useStore(selectSelected);
  const loadWorkspace = useStore((s) => s.loadWorkspace);
  const setLcWeight = useStore((s) => s.setLocalControlWeight);
  // Compare's ranking weight comes with a workspace: set when it carries one; a replace without one is back to 0
  const setRankingWeights = useStore((s) => s.setRankingWeights);
  const takeWeight = (ws: Workspace, replace: boolean) => {
    if (ws.ranking || replace) { setLcWeight(localControlWeightOf(ws)); setRankingWeights(rankingWeightsOf(ws)); }
  };
  const load = (replace: boolean) => (ws: Workspace) => { if (loadWorkspace(ws.formulations.map((f): FormulationDraft => ({ ...f })), replace)) takeWeight(ws, replace); };
  const count = useStore((s) => s.candidates.length);
  const addRefusal = (n: number) => (count + n > MAX_CANDIDATES ? limitMessage(n, count) : null);
  const fresh = isFreshWorkspace(useStore.getState(), useTemporal().canUndo);
  const activeIndex = (ws: Workspace) => {
    const i = ws.formulations.findIndex((f) => f.id === ws.activeId);
    return i >= 0 ? i : null;
  };
  // the link-import code loads with the dialog's choice (a link is rare at start-up; the initial bundle stays small)
  const applyIncoming = (...a: Parameters<typeof import('../state/link-import').applyIncoming>) => void import('../state/link-import').then((m) => m.applyIncoming(...a));
  const openLink = (replace: boolean) => (ws: Workspace) => {
    applyIncoming(ws.formulations.map((f) => ({ draft: { ...f }, id: f.id ?? null, updates: null })), { replace, activeIndex: activeIndex(ws) });
    takeWeight(ws, replace);
  };
  const update = (ws: Workspace, plan: IncomingCandidate[]) => {
    applyIncoming(ws.formulations.map((f, i) => ({ draft: { ...f }, id: f.id ?? null, updates: plan[i]?.matchId ?? null })), { replace: false, activeIndex: activeIndex(ws) });
    takeWeight(ws, false);
  };
  const selectedF = workspace.formulations.find((f) => f.id === selected?.id);
  const root = useRef<HTMLDivElement>(null);
  usePendingPress(root);
  return (
    <div className="sharebar row" ref={root}>
      <CopyLinkButton target={workspace} subject="workspace" label={LINK_LABELS.workspace} linkOptions={{ keepIds: true, activeId: selected?.id }} />
      {selected && selectedF && <CopyLinkButton target={selectedF} subject={String(selected.draft.name ?? 'candidate')} label={LINK_LABELS.candidate} />}
      <Deferred stage={3} fallback={<FileToolsPlaceholder />}><ImportExportMenu workspace={workspace} scoresList={scoresList} onAdd={load(false)} onReplace={load(true)} addRefusal={addRefusal} /></Deferred>
      <SharedLinkGate onAdd={openLink(false)} onReplace={openLink(true)} onUpdate={update} current={workspace} fresh={fresh} addRefusal={addRefusal} />
    </div>
  );
});
