// First visit: a short welcome with three paths (design a candidate, learn how IZB@CCM works, open a colleague's link);
// dismissable and remembered (in localStorage when the browser allows it, else for this page only); shown only until the
// user has started: the first edit, tab change or opened link dismisses it for good.
import { useEffect, useState, type FormEvent } from 'react';
import { useStore } from '../state/store';
import { repairLinkText } from '../share';

const KEY = 'npd.welcomed';

function remembered(): boolean {
  try { return typeof localStorage !== 'undefined' && localStorage.getItem(KEY) === '1'; } catch { return false; }
}
function remember(): void {
  try { localStorage.setItem(KEY, '1'); } catch { /* storage blocked: remembered for this page only */ }
}

/** The fragment of a pasted link (`#f=…` or `#w=…`), or null when the text holds none. */
export function fragmentOf(text: string): string | null {
  const m = /#([fw]=[^\s]*)/.exec(repairLinkText(text));
  return m ? `#${m[1]}` : null;
}

/** `onLearn`: also show the results pane (on a phone the Learn tab lives there, not beside the builder). */
export function Welcome({ onDesign, onLearn }: { onDesign: () => void; onLearn?: () => void }) {
  const [open, setOpen] = useState(() => !remembered() && !(typeof window !== 'undefined' && fragmentOf(window.location.hash)));
  const [link, setLink] = useState('');
  const [linkError, setLinkError] = useState<string | null>(null);
  const setTab = useStore((s) => s.setTab);
  // the user has started (edited a candidate, opened another tab, opened a link): the welcome has done its job
  useEffect(() => {
    if (!open) return;
    return useStore.subscribe((st, prev) => {
      if (st.candidates !== prev.candidates || st.tab !== prev.tab) { remember(); setOpen(false); }
    });
  }, [open]);
  if (!open) return null;
  const close = () => { remember(); setOpen(false); };
  const openLink = (e: FormEvent) => {
    e.preventDefault();
    const frag = fragmentOf(link);
    if (!frag) { setLinkError('Not a Nanoplatform Designer link: it should contain “#w=” or “#f=”.'); return; }
    close();
    window.location.hash = frag;
  };
  return (
    <section className="welcome panel" aria-labelledby="welcome-title" data-testid="welcome">
      <div className="panel-head">
        <h2 id="welcome-title">Welcome to Nanoplatform Designer</h2>
        <button type="button" className="icon" onClick={close} aria-label="Close the welcome">×</button>
      </div>
      <p>IZB@CCM is loaded: a ZIF-8 particle with bismuth and IN10018 in a hybrid cancer-cell membrane. Click any number for its equation and sources.</p>
      <div className="welcome-paths">
        <button type="button" onClick={() => { close(); onDesign(); }}>Design a candidate</button>
        <button type="button" onClick={() => { close(); setTab('learn'); onLearn?.(); }}>Learn how IZB@CCM works</button>
        <form onSubmit={openLink} className="row">
          <label htmlFor="welcome-link">Open a colleague’s link</label>
          <input id="welcome-link" type="text" inputMode="url" autoComplete="off" placeholder="https://…#w=…" value={link} onChange={(e) => { setLink(e.target.value); setLinkError(null); }} />
          <button type="submit">Open</button>
        </form>
        {linkError && <p className="field-error" role="alert">{linkError}</p>}
      </div>
    </section>
  );
}
