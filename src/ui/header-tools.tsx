// The header's link and file buttons before their code has loaded (walk9 #35): the same labels and sizes from the first
// paint, so nothing shifts when the real ones arrive; a press says it is loading and is carried out once they are there.
import { useEffect, useSyncExternalStore, type RefObject } from 'react';
import { hurryStartStages } from './hooks';

/** The link buttons (ShareBar) and the file buttons (ImportExportMenu), as their real components label them. */
export const LINK_LABELS = { workspace: 'Copy link', candidate: 'Link to this candidate' } as const;
export const FILE_LABELS = ['Import JSON…', 'Export JSON', 'Export CSV', 'Print report'] as const;
/** Buttons whose action the browser allows only right after a user's press (a file chooser): not pressed for the user later. */
const NEEDS_FRESH_PRESS = new Set<string>(['Import JSON…']);

let pending: string | null = null;
let note: string | null = null;
let noteTimer: number | undefined;
const listeners = new Set<() => void>();
const subscribe = (l: () => void) => { listeners.add(l); return () => { listeners.delete(l); }; };
function setNote(text: string | null, clearAfterMs?: number) {
  note = text;
  window.clearTimeout(noteTimer);
  if (text && clearAfterMs) noteTimer = window.setTimeout(() => setNote(null), clearAfterMs);
  for (const l of [...listeners]) l();
}

/** A placeholder was pressed: load the header tools now (not at a later start-up stage) and press the real button when it is there. */
function pressWhenReady(label: string) {
  pending = label;
  setNote(`Loading “${label}”… it runs as soon as it is ready.`);
  hurryStartStages();
  // never a note that waits forever (the code did not arrive, or that button is not offered now)
  window.setTimeout(() => {
    if (pending !== label) return;
    pending = null;
    setNote(`“${label}” could not be loaded yet: press it again in a moment.`, 8000);
  }, 20_000);
}

/**
 * In a header tools component, once mounted: press the real button a placeholder press was waiting for (a button under
 * `root` with that label). A file chooser needs a fresh press: that button is focused and the note asks for one.
 */
export function usePendingPress(root: RefObject<HTMLElement | null>) {
  useEffect(() => {
    if (!pending || !root.current) return;
    const label = pending;
    const button = [...root.current.querySelectorAll<HTMLButtonElement>('button:not([data-placeholder])')].find((b) => b.textContent === label);
    if (!button) return;
    pending = null;
    const ua = (navigator as Navigator & { userActivation?: { isActive: boolean } }).userActivation;
    if (NEEDS_FRESH_PRESS.has(label) && ua && !ua.isActive) {
      button.focus();
      setNote(`“${label}” is ready: press it again.`, 8000);
    } else {
      setNote(null);
      button.click();
    }
  }, [root]);
}

function Placeholder({ label }: { label: string }) {
  return (
    <button type="button" data-placeholder="" title="Loading… (a press now runs once it is ready)" onClick={() => pressWhenReady(label)}>{label}</button>
  );
}

/** The file buttons' place (the import/export group) until ImportExportMenu has loaded. */
export function FileToolsPlaceholder() {
  return (
    <div className="npd-import-export" role="group" aria-label="Import and export (loading)">
      {FILE_LABELS.map((l) => <Placeholder key={l} label={l} />)}
    </div>
  );
}

/** The whole share bar's place until ShareBar has loaded: the link buttons (the candidate's when one is selected) and the file buttons. */
export function ShareBarPlaceholder({ candidate }: { candidate: boolean }) {
  return (
    <div className="sharebar row">
      <div className="npd-copy-link"><Placeholder label={LINK_LABELS.workspace} /></div>
      {candidate && <div className="npd-copy-link"><Placeholder label={LINK_LABELS.candidate} /></div>}
      <FileToolsPlaceholder />
    </div>
  );
}

/** What a placeholder press is waiting for, below the header's buttons (absolutely placed: nothing moves). */
export function HeaderToolsNote() {
  const text = useSyncExternalStore(subscribe, () => note, () => null);
  return text ? <p className="header-tools-note" role="status" data-testid="header-tools-note">{text}</p> : null;
}
