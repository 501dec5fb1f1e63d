// The link gate mounted by the app shell: follows location.hash and opens the import dialog (a lazy chunk: it loads only
// when the page carries a share link, so it costs nothing at start).
import { lazy, Suspense, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { isLinkFragment } from '../../share';
import { useStore } from '../../state/store';
import type { LinkImportDialogProps } from './LinkImportDialog';

const LinkImportDialog = lazy(() => import('./LinkImportDialog'));

/** The current location.hash when it is a share link (#w=/#f=), following hashchange; null otherwise. */
export function useLinkFragment(): [string | null, () => void] {
  const read = () => (typeof window !== 'undefined' && isLinkFragment(window.location.hash) ? window.location.hash : null);
  const [frag, setFrag] = useState<string | null>(read);
  useEffect(() => {
    const on = () => setFrag(read());
    window.addEventListener('hashchange', on);
    // a link that arrived between the first render and this effect (no hashchange heard yet) is read now. Only a link is
    // taken here, never its absence: this effect runs after the effects of the dialog it mounted in the same commit (a
    // child's effects run first), and a dialog for a link that cannot be opened has already cleared the address bar
    // (walk8 #33); re-reading "no link" then closed the error before anyone saw it (walk11 #1: a cold open of a damaged link).
    const now = read();
    if (now !== null) setFrag(now);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return [frag, () => setFrag(null)];
}

/** Mount once at the app root: opens LinkImportDialog whenever the URL carries a share link. */
export function SharedLinkGate(props: Pick<LinkImportDialogProps, 'onAdd' | 'onReplace' | 'onUpdate' | 'current' | 'fresh' | 'addRefusal'>) {
  const [frag, dismiss] = useLinkFragment();
  const setTab = useStore((s) => s.setTab);
  // an optimisation link (#o=, share/optimize-link) opens the Optimize tab, which reads and offers it
  useEffect(() => {
    const on = () => { if (/^#o=/.test(window.location.hash)) setTab('optimize'); };
    on();
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, [setTab]);
  if (!frag) return null;
  // into <body>: the gate sits in the header's tools, which a phone folds away; the dialog must show all the same
  return createPortal(
    <Suspense fallback={null}>
      <LinkImportDialog key={frag} fragment={frag} {...props} onClose={dismiss} />
    </Suspense>,
    document.body,
  );
}
