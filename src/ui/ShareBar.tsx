// Header tools from the share engineer's components: copy a link (workspace or candidate), import/export/print, shared-link dialog.
import { useMemo } from 'react';
import { useStore, selectSelected } from '../state/store';
import { evaluateCandidate, scoresOf } from '../state/evaluate';
import type { FormulationDraft } from '../state/types';
import type { Workspace } from '../schema';
import type { Scores } from '../model/scores';
import { CopyLinkButton, ImportExportMenu, SharedLinkGate } from './share';

/** The workspace as the share layer wants it: each candidate's valid (completed) formulation, or its last valid one. */
export function useShareWorkspace(): { workspace: Workspace; scoresList: (Scores | null)[]; skipped: number } {
  const candidates = useStore((s) => s.candidates);
  return useMemo(() => {
    const formulations: unknown[] = [];
    const scoresList: (Scores | null)[] = [];
    let skipped = 0;
    for (const c of candidates) {
      const ev = evaluateCandidate(c);
      const f = ev.status === 'ok' ? ev.formulation : scoresOf(ev)?.formulation;
      if (!f) { skipped++; continue; }
      formulations.push({ ...(f as Record<string, unknown>), id: c.id });
      scoresList.push(scoresOf(ev));
    }
    return { workspace: { schema: 'nanoplatform.workspace/1', formulations } as unknown as Workspace, scoresList, skipped };
  }, [candidates]);
}

export function ShareBar() {
  const { workspace, scoresList } = useShareWorkspace();
  const selected = useStore(selectSelected);
  const loadWorkspace = useStore((s) => s.loadWorkspace);
  const load = (replace: boolean) => (ws: Workspace) => loadWorkspace(ws.formulations as unknown as FormulationDraft[], replace);
  const selectedF = (workspace.formulations as unknown as { id?: string }[]).find((f) => f.id === selected?.id);
  return (
    <div className="sharebar row">
      <CopyLinkButton target={workspace} subject="workspace" label="Copy link" />
      {selected && selectedF && <CopyLinkButton target={selectedF} subject={String(selected.draft.name ?? 'candidate')} label="Link to this candidate" />}
      <ImportExportMenu workspace={workspace} scoresList={scoresList} onAdd={load(false)} onReplace={load(true)} />
      <SharedLinkGate onAdd={load(false)} onReplace={load(true)} />
    </div>
  );
}
