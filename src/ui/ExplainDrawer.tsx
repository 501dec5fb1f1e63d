// The explanation drawer: for the clicked number, the equation, its inputs with units and each parameter's source and provenance.
import type { Scores } from '../model/scores';
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useStore } from '../state/store';
import { ProvenanceBadge } from './ProvenanceBadge';
export { ProvenanceBadge };

// the equations, inputs and sources load on the first click (kept out of the initial bundle)
const ExplainBody = lazy(() => import('./ExplainBody'));

export function ExplainDrawer({ scores }: { scores: Scores | null }) {
  const target = useStore((s) => s.explain);
  const close = useStore((s) => s.closeExplain);
  const head = useRef<HTMLHeadingElement>(null);
  // Open where the user is looking: bring the drawer into view and move focus to its heading (keyboard and screen readers follow).
  useEffect(() => {
    const h = head.current;
    if (!target || !h) return;
    const r = h.getBoundingClientRect();
    if (r.top < 0 || r.bottom > window.innerHeight) h.scrollIntoView({ block: 'start' });
    h.focus({ preventScroll: true });
  }, [target]);
  // Escape closes an open explanation (it floats over the content, on a phone over the tabs too)
  useEffect(() => {
    if (!target) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) close();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [target, close]);
  if (!target) {
    return (
      <aside className="drawer" aria-label="Explanation" data-testid="explain-status">
        <h2>Explanations</h2>
        <p className="muted">Click any number to see the equation behind it, its inputs with units and where each parameter comes from (data, published, or assumption).</p>
      </aside>
    );
  }
  return (
    <>
      {/* the column's own box says what is open (the explanation itself floats beside the content) */}
      <section className="drawer" aria-label="Explanations" data-testid="explain-status">
        <h2>Explanations</h2>
        <p className="muted">Showing: <strong>{target.title}</strong> (in the floating panel). Click another number to switch; Esc or × closes it.</p>
      </section>
    <aside className="drawer" aria-label="Explanation" data-testid="explain-drawer">
      <div className="drawer-head">
        <h2 ref={head} tabIndex={-1}>{target.title}</h2>
        <button type="button" className="icon" onClick={close} aria-label="Close explanation">×</button>
      </div>
      {target.value && <p className="big-value">{target.value}</p>}
      <Suspense fallback={<p className="muted">loading the explanation…</p>}>
        <ExplainBody scores={scores} explainKey={target.key} inline={target.explanations} interval={target.interval} ProvenanceBadge={ProvenanceBadge} />
      </Suspense>
    </aside>
    </>
  );
}
