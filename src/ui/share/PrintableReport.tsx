// The printable report (formulations, key results, assumptions, sources) rendered from share/files reportModel; visible only when printing.
import type { ReportModel } from '../../share';
import './share.css';

export function PrintableReport({ model }: { model: ReportModel }) {
  return (
    <article className="npd-print-report" aria-label="Printable report">
      <h1>{model.title}</h1>
      <p>Model version {model.modelVersion}. Scores are model estimates for ranking and explanation; they do not replace experiments.</p>
      {model.candidates.map((c, i) => (
        <section key={i} className="npd-report-candidate">
          <h2>{c.name}</h2>
          <table>
            <caption>Formulation</caption>
            <tbody>
              {c.inputs.map((r, k) => (
                <tr key={k}><th scope="row">{r.label}</th><td>{r.value}{r.unit ? ` ${r.unit}` : ''}</td></tr>
              ))}
            </tbody>
          </table>
          {c.results.length ? (
            <table>
              <caption>Key results</caption>
              <tbody>
                {c.results.map((r, k) => (
                  <tr key={k}><th scope="row">{r.label}</th><td>{r.value}{r.unit ? ` ${r.unit}` : ''}</td></tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {c.warnings.length ? (
            <ul aria-label={`Warnings for ${c.name}`}>{c.warnings.map((w, k) => <li key={k}>{w}</li>)}</ul>
          ) : null}
        </section>
      ))}
      <section>
        <h2>Assumptions</h2>
        {model.assumptions.length ? (
          <table>
            <thead><tr><th scope="col">Parameter</th><th scope="col">Value</th><th scope="col">Basis</th><th scope="col">Used by</th></tr></thead>
            <tbody>
              {model.assumptions.map((a, k) => (
                <tr key={k}><td>{a.name}</td><td>{a.value} {a.unit}</td><td>{a.source}</td><td>{a.usedBy.join(', ')}</td></tr>
              ))}
            </tbody>
          </table>
        ) : <p>No parameter marked as an assumption was used.</p>}
      </section>
      <section>
        <h2>Sources</h2>
        <ol>{model.sources.map((s, k) => <li key={k}>{s}</li>)}</ol>
      </section>
    </article>
  );
}
