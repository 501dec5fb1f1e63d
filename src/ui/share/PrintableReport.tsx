// The printable report (formulations, key results, assumptions, sources, and the figures on screen when printing) rendered from share/files reportModel; visible only when printing.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { ReportModel } from '../../share';
import { captureFigures, type ReportFigure } from './report-figures';
import './share.css';

function FigureCopy({ f, n }: { f: ReportFigure; n: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => { ref.current?.replaceChildren(f.svg); }, [f]);
  return (
    <figure className="npd-report-figure">
      <div ref={ref} />
      <figcaption>Figure {n}. {f.caption}{/[.!?]$/.test(f.caption) ? '' : '.'}{f.axes ? ` Axes — ${f.axes}.` : ''}{f.legend ? ` Legend: ${f.legend}.` : ''}</figcaption>
    </figure>
  );
}

/** The charts on screen when printing starts (Print report or the browser's own print), copied with captions. */
function ReportFigures() {
  const [figures, setFigures] = useState<ReportFigure[]>([]);
  useEffect(() => {
    const before = () => {
      if (document.body.classList.contains('printing-bench')) return;
      flushSync(() => setFigures(captureFigures(document)));
    };
    const after = () => setFigures([]);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => { window.removeEventListener('beforeprint', before); window.removeEventListener('afterprint', after); };
  }, []);
  if (!figures.length) return null;
  return (
    <section data-testid="report-figures">
      <h2>Figures (as shown on screen when printed)</h2>
      {figures.map((f, i) => <FigureCopy key={i} f={f} n={i + 1} />)}
    </section>
  );
}

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
      <ReportFigures />
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
