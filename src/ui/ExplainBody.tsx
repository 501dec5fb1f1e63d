// The body of the explanation drawer (a lazy chunk, loaded on the first click of a number): each recorded explanation
// of the clicked key — equation, result, inputs with units, parameters with source and provenance, and a note.
import type { Explanation } from '../model/param';
import type { Scores } from '../model/scores';
import type { ProvenanceBadge as Badge } from './ProvenanceBadge';
import { sig } from './format';
import { equationLabel, inputLabel, paramLabel, type Labelled } from './explain-labels';
import type { ExplainTarget } from '../state/types';
import { lazy, Suspense } from 'react';

// the interval section carries the spread table and the Student-t quantile: its own chunk, so the tabs that reuse ExplanationView do not
const IntervalExplain = lazy(() => import('./IntervalExplain'));

/** A label with its id or symbol as small secondary detail. */
function Named({ l }: { l: Labelled }) {
  return <>{l.label}{l.id ? <> <code className="id-detail">{l.id}</code></> : null}</>;
}

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
  // a number of a sub-model without its own record (e.g. release.releasedAt24hPct) opens that sub-model's equations
  const group = Object.keys(ex).find((k) => k.startsWith(`${parts[0]}.`) && ex[k].length);
  return group ? ex[group] : [];
}

export function ExplanationView({ e, ProvenanceBadge }: { e: Explanation; ProvenanceBadge: typeof Badge }) {
  return (
    <section className="explanation" aria-label={equationLabel(e.equation).label}>
      <p className="eq-title"><strong>{equationLabel(e.equation).label}</strong>{equationLabel(e.equation).id ? <span className="eq-id"> equation {e.equation}</span> : null}</p>
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
              <tr key={k}><td><Named l={inputLabel(i.name)} /></td><td className="r">{typeof i.value === 'number' ? sig(i.value, 4) : i.value}</td><td>{i.unit === '1' ? '' : i.unit}</td></tr>
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
                <td><Named l={paramLabel(p.name)} /></td>
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


/** The provenance badge comes from the caller (the drawer in the initial bundle), so this chunk shares no module with it. */
export default function ExplainBody({ scores, explainKey, inline, interval, ProvenanceBadge }: { scores: Scores | null; explainKey: string; inline?: Explanation[]; interval?: ExplainTarget['interval']; ProvenanceBadge: typeof Badge }) {
  const list = inline?.length ? inline : findExplanations(scores, explainKey);
  // walk11 #4: the number's 90 % interval (or why it has none) comes first, right under the value it qualifies
  const iv = interval ? <Suspense fallback={<p className="muted small">loading the 90 % interval…</p>}><IntervalExplain interval={interval} /></Suspense> : null;
  if (list.length === 0) return <>{iv}<p className="muted">{scores ? 'No equation is recorded for this number yet.' : 'Results are not available yet (model loading…).'}</p></>;
  return <>{iv}{list.map((e, i) => <ExplanationView key={i} e={e} ProvenanceBadge={ProvenanceBadge} />)}</>;
}
