// The explanation drawer: for the clicked number, the equation, its inputs with units and each parameter's source and provenance.
import type { Explanation, Provenance } from '../model/param';
import type { Scores } from '../model/scores';
import { useEffect, useRef } from 'react';
import { useStore } from '../state/store';
import { sig } from './format';

/** The explanations recorded for a key: exact key, then a result of that name, then the enclosing group ('targeting'). */
export function findExplanations(scores: Scores | null, key: string): Explanation[] {
  if (!scores?.explanations) return [];
  const ex = scores.explanations;
  if (ex[key]?.length) return ex[key];
  const last = key.split('.').pop() ?? key;
  const byResult = Object.values(ex).flat().filter((e) => e.result?.name === last || e.result?.name === key);
  if (byResult.length) return byResult;
  const parts = key.split('.');
  for (let i = parts.length - 1; i > 0; i--) {
    const k = parts.slice(0, i).join('.');
    if (ex[k]?.length) return ex[k];
  }
  return [];
}

export function ProvenanceBadge({ provenance, verify }: { provenance: Provenance; verify?: boolean }) {
  return (
    <span className="badges">
      <span className={`badge badge-${provenance}`} title={PROVENANCE_TEXT[provenance]}>{provenance}</span>
      {verify && <span className="badge badge-verify" title="recalled from memory, not re-read: verify before relying on it">to verify</span>}
    </span>
  );
}

const PROVENANCE_TEXT: Record<Provenance, string> = {
  data: 'tabulated physical data',
  published: 'a cited measurement',
  fitted: 'back-solved through the model from a published measurement, or fitted to your own data',
  assumption: 'our estimate — calibrate or override it with your own data',
};

function ExplanationView({ e }: { e: Explanation }) {
  return (
    <section className="explanation" aria-label={e.equation}>
      <p className="eq-id">{e.equation}</p>
      <p className="formula"><code>{e.formula}</code></p>
      {e.result && (
        <p className="result">
          {e.result.name} = <strong>{typeof e.result.value === 'number' ? sig(e.result.value, 4) : String(e.result.value ?? 'n/a')}</strong> {e.result.unit !== '1' ? e.result.unit : ''}
        </p>
      )}
      {e.inputs.length > 0 && (
        <table className="mini">
          <caption>Inputs</caption>
          <thead><tr><th scope="col">input</th><th scope="col">value</th><th scope="col">unit</th></tr></thead>
          <tbody>
            {e.inputs.map((i, k) => (
              <tr key={k}><td>{i.name}</td><td className="r">{typeof i.value === 'number' ? sig(i.value, 4) : i.value}</td><td>{i.unit === '1' ? '' : i.unit}</td></tr>
            ))}
          </tbody>
        </table>
      )}
      {e.params.length > 0 && (
        <table className="mini">
          <caption>Parameters and sources</caption>
          <thead><tr><th scope="col">parameter</th><th scope="col">value</th><th scope="col">source</th></tr></thead>
          <tbody>
            {e.params.map((p, k) => (
              <tr key={k} className={p.provenance === 'assumption' ? 'row-assumption' : undefined}>
                <td>{p.name}</td>
                <td className="r">{sig(p.value, 4)} {p.unit === '1' ? '' : p.unit}</td>
                <td><ProvenanceBadge provenance={p.provenance} verify={/to verify|recalled/i.test(p.source)} /> {p.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {e.note && <p className="note">{e.note}</p>}
    </section>
  );
}

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
  if (!target) {
    return (
      <aside className="drawer" aria-label="Explanation">
        <h2>Explanations</h2>
        <p className="muted">Click any number to see the equation behind it, its inputs with units and where each parameter comes from (data, published, or assumption).</p>
      </aside>
    );
  }
  const list = findExplanations(scores, target.key);
  return (
    <aside className="drawer" aria-label="Explanation" data-testid="explain-drawer">
      <div className="drawer-head">
        <h2 ref={head} tabIndex={-1}>{target.title}</h2>
        <button type="button" className="icon" onClick={close} aria-label="Close explanation">×</button>
      </div>
      {target.value && <p className="big-value">{target.value}</p>}
      {list.length === 0 ? (
        <p className="muted">{scores ? 'No equation is recorded for this number yet.' : 'Results are not available yet (model loading…).'}</p>
      ) : (
        list.map((e, i) => <ExplanationView key={i} e={e} />)
      )}
    </aside>
  );
}
