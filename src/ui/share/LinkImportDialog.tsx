// Shown when the page opens with #w=/#f=: what the link contains, then Add / Replace / Cancel; a bad link shows why and changes nothing.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { decodeLink, isLinkFragment } from '../../share';
import type { Workspace } from '../../schema';
import { clearFragment } from './download';
import { ImportChoice, WorkspaceSummary } from './WorkspaceSummary';

export interface LinkImportDialogProps {
  /** The fragment to open (location.hash). */
  fragment: string;
  /** Append the link's candidates to the user's workspace. */
  onAdd: (workspace: Workspace) => void;
  /** Replace the user's workspace with the link's candidates. */
  onReplace: (workspace: Workspace) => void;
  /** Called after any choice (the fragment is already cleared). */
  onClose: () => void;
  /** Why adding `n` candidates is refused (the workspace limit), or null when it is allowed. */
  addRefusal?: (n: number) => string | null;
}

export function LinkImportDialog({ fragment, onAdd, onReplace, onClose, addRefusal }: LinkImportDialogProps) {
  const result = useMemo(() => decodeLink(fragment), [fragment]);
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, []);
  const finish = (f?: () => void) => {
    clearFragment();
    f?.();
    onClose();
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') finish();
  };

  return (
    <div className="npd-modal-backdrop">
      <div ref={ref} className="npd-modal" role="dialog" aria-modal="true" aria-labelledby={titleId} onKeyDown={onKeyDown}>
        {result.ok ? (
          <>
            <h2 id={titleId}>Open shared {result.kind === 'workspace' ? 'workspace' : 'formulation'}</h2>
            <p>
              This link contains {result.workspace.formulations.length}{' '}
              {result.workspace.formulations.length === 1 ? 'candidate' : 'candidates'}:
            </p>
            <WorkspaceSummary workspace={result.workspace} label="Candidates in the link" />
            <ImportChoice
              onAdd={() => finish(() => onAdd(result.workspace))}
              onReplace={() => finish(() => onReplace(result.workspace))}
              onCancel={() => finish()}
              addRefusal={addRefusal?.(result.workspace.formulations.length) ?? null}
            />
          </>
        ) : (
          <>
            <h2 id={titleId}>This link cannot be opened</h2>
            <p role="alert" className="npd-share-error" data-testid="link-error">{result.error.message}</p>
            {result.error.issues && result.error.issues.length > 1 ? (
              <ul aria-label="Problems in the link">
                {result.error.issues.slice(0, 20).map((i, k) => <li key={k}>{`${i.path}: ${i.message}`}</li>)}
              </ul>
            ) : null}
            <p>Your workspace has not been changed.</p>
            <div className="row">
              <button type="button" onClick={() => finish()}>Close</button>
            </div>
          </>
        )}
      </div>
    </div>
  );
}

/** The current location.hash when it is a share link (#w=/#f=), following hashchange; null otherwise. */
export function useLinkFragment(): [string | null, () => void] {
  const read = () => (typeof window !== 'undefined' && isLinkFragment(window.location.hash) ? window.location.hash : null);
  const [frag, setFrag] = useState<string | null>(read);
  useEffect(() => {
    const on = () => setFrag(read());
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return [frag, () => setFrag(null)];
}

/** Mount once at the app root: opens LinkImportDialog whenever the URL carries a share link. */
export function SharedLinkGate({ onAdd, onReplace, addRefusal }: Pick<LinkImportDialogProps, 'onAdd' | 'onReplace' | 'addRefusal'>) {
  const [frag, dismiss] = useLinkFragment();
  if (!frag) return null;
  return <LinkImportDialog key={frag} fragment={frag} onAdd={onAdd} onReplace={onReplace} onClose={dismiss} addRefusal={addRefusal} />;
}
