// Opening a shared workspace: replace a fresh workspace, update my changed candidates in place (matched by id), or keep
// both; the link's selected candidate becomes mine. One store update = one undo step.
import { useStore } from './store';
import { newId } from './ids';
import type { Candidate, FormulationDraft } from './types';

export interface IncomingDraft {
  draft: FormulationDraft;
  /** The link's id for it (kept so a returned link matches), or null. */
  id: string | null;
  /** My candidate it updates ('update' mode), or null to add it. */
  updates: string | null;
}

function uniqueName(list: readonly Candidate[], base: string): string {
  const names = new Set(list.map((c) => String(c.draft.name ?? '')));
  if (!names.has(base)) return base;
  for (let i = 2; ; i++) if (!names.has(`${base} (${i})`)) return `${base} (${i})`;
}

/**
 * Apply a link: `replace` drops my candidates; otherwise each incoming draft either updates the candidate it names or is
 * added (with the link's id when that id is free, so the next round trip matches it again). `activeIndex` selects.
 */
export function applyIncoming(items: readonly IncomingDraft[], opts: { replace: boolean; activeIndex: number | null }): void {
  const s = useStore.getState();
  let list: Candidate[] = opts.replace ? [] : s.candidates.slice();
  const ids: string[] = [];
  for (const it of items) {
    const { id: _drop, ...draft } = it.draft as FormulationDraft & { id?: unknown };
    const at = it.updates ? list.findIndex((c) => c.id === it.updates) : -1;
    if (at >= 0) {
      list[at] = { ...list[at], draft };
      ids.push(list[at].id);
      continue;
    }
    const id = it.id && !list.some((c) => c.id === it.id) ? it.id : newId();
    list = [...list, { id, draft: { ...draft, name: uniqueName(list, String(draft.name ?? 'Imported')) } }];
    ids.push(id);
  }
  if (!ids.length) return;
  const selectedId = opts.activeIndex !== null && ids[opts.activeIndex] ? ids[opts.activeIndex] : ids[0];
  useStore.setState({ candidates: list, selectedId });
}
