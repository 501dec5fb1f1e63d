// The printable report (formulations, key results, assumptions, sources, and the figures on screen when printing) rendered from share/files reportModel; visible only when printing.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { ReportModel } from '../../share';
import { captureBlocks, captureFigures, REPORT_CAPTURE_EVENT, type ReportBlock, type ReportFigure } from './report-figures';
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

function BlockCopy({ b, n }: { b: ReportBlock; n: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => { ref.current?.replaceChildren(b.node); }, [b]);
  return (
    <section className="npd-report-block">
      <h3>Table {n}. {b.title}</h3>
      <div ref={ref} />
    </section>
  );
}

/**
 * The charts and result blocks on screen when printing starts, copied with captions: taken on the app's Print buttons
 * (before window.print), on the browser's own print (beforeprint), and when print media starts to apply (matchMedia —
 * also when a tool prints to PDF without beforeprint).
 */
function ReportFigures() {
  const [copy, setCopy] = useState<{ figures: ReportFigure[]; blocks: ReportBlock[] }>({ figures: [], blocks: [] });
  useEffect(() => {
    const take = () => {
      if (document.body.classList.contains('printing-bench')) return;
      flushSync(() => setCopy({ figures: captureFigures(document), blocks: captureBlocks(document) }));
    };
    const after = () => setCopy({ figures: [], blocks: [] });
    const mq = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
    const onMedia = (e: MediaQueryListEvent) => { if (e.matches) take(); };
    window.addEventListener('beforeprint', take);
    window.addEventListener(REPORT_CAPTURE_EVENT, take);
    window.addEventListener('afterprint', after);
    mq?.addEventListener?.('change', onMedia);
    return () => {
      window.removeEventListener('beforeprint', take);
      window.removeEventListener(REPORT_CAPTURE_EVENT, take);
      window.removeEventListener('afterprint', after);
      mq?.removeEventListener?.('change', onMedia);
    };
  }, []);
  if (!copy.figures.length && !copy.blocks.length) return null;
  return (
    <>
      {copy.figures.length > 0 && (
        <section data-testid="report-figures">
          <h2>Figures (as shown on screen when printed)</h2>
          {copy.figures.map((f, i) => <FigureCopy key={i} f={f} n={i + 1} />)}
        </section>
      )}
      {copy.blocks.length > 0 && (
        <section data-testid="report-blocks">
          <h2>Fits and comparisons (as shown on screen when printed)</h2>
          {copy.blocks.map((b, i) => <BlockCopy key={i} b={b} n={i + 1} />)}
        </section>
      )}
    </>
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
