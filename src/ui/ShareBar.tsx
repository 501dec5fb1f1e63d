// Header tools from the share engineer's components: copy a link (workspace or candidate), import/export/print, shared-link dialog.
import { memo, useDeferredValue, useMemo } from 'react';
import { useStore, selectSelected, limitMessage, MAX_CANDIDATES } from '../state/store';
import { evaluateCandidate, scoresOf } from '../state/evaluate';
import type { FormulationDraft } from '../state/types';
import type { Workspace } from '../schema';
import type { Scores } from '../model/scores';
import { CopyLinkButton, ImportExportMenu, SharedLinkGate } from './share';
import { workspaceOf } from '../state/persistence';

/** The workspace as the share layer wants it (valid or last-valid formulations with candidate ids) and its scores. */
export function useShareWorkspace(): { workspace: Workspace; scoresList: (Scores | null)[] } {
  // Low priority: export, links and the printable report follow edits after the results have updated.
  const candidates = useDeferredValue(useStore((s) => s.candidates));
  return useMemo(() => {
    const workspace = workspaceOf(candidates);
    const byId = new Map(candidates.map((c) => [c.id, c]));
    const scoresList = (workspace.formulations as unknown as { id: string }[]).map((f) => {
      const c = byId.get(f.id);
      return c ? scoresOf(evaluateCandidate(c)) : null;
    });
    return { workspace, scoresList };
  }, [candidates]);
}

export const ShareBar = memo(function ShareBar() {
  const { workspace, scoresList } = useShareWorkspace();
  const selected = useStore(selectSelected);
  const loadWorkspace = useStore((s) => s.loadWorkspace);
  const load = (replace: boolean) => (ws: Workspace) => { loadWorkspace(ws.formulations as unknown as FormulationDraft[], replace); };
  const count = useStore((s) => s.candidates.length);
  const addRefusal = (n: number) => (count + n > MAX_CANDIDATES ? limitMessage(n, count) : null);
  const selectedF = (workspace.formulations as unknown as { id?: string }[]).find((f) => f.id === selected?.id);
  return (
    <div className="sharebar row">
      <CopyLinkButton target={workspace} subject="workspace" label="Copy link" />
      {selected && selectedF && <CopyLinkButton target={selectedF} subject={String(selected.draft.name ?? 'candidate')} label="Link to this candidate" />}
      <ImportExportMenu workspace={workspace} scoresList={scoresList} onAdd={load(false)} onReplace={load(true)} addRefusal={addRefusal} />
      <SharedLinkGate onAdd={load(false)} onReplace={load(true)} addRefusal={addRefusal} />
    </div>
  );
});
