// A thin React wrapper around an Observable Plot figure: builds the SVG from `make(Plot)` whenever its inputs change.
import { useEffect, useRef, useState } from 'react';
import { loadPlot, plotIfLoaded, type PlotModule } from './plot-loader';

/** A file name from a chart title: letters, digits and dashes. */
function fileBase(name: string): string {
  return name.toLowerCase().replace(/(\d)\.(\d)/g, '$1-$2').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'figure';
}
/** The export code loads on the first download (it is not needed to draw). */
const exporter = () => import('./export-figure');

export interface PlotFigureProps {
  /** Build the chart; return the element from Plot.plot(...). Called again when `deps` change. */
  make: (Plot: PlotModule, width: number) => SVGSVGElement | HTMLElement;
  deps: readonly unknown[];
  /** Accessible description of the chart (what it shows and the key message). */
  label: string;
  height?: number;
  testId?: string;
  /** File name for figure downloads (default: from the label). */
  name?: string;
  /**
   * The numbers drawn, as CSV text for the "CSV" download (the figure's data into a spreadsheet): required, so every
   * figure offers its data. Write it with the one CSV writer (model/csv `csvText`, formula-neutralised), with the unit of
   * each column in its header, e.g. `time (h)`.
   */
  table: () => string;
  /** The chart has focusable marks (e.g. points that open a record): a labelled group, not an image hidden from assistive tech. */
  interactive?: boolean;
}

export function PlotFigure({ make, deps, label, height = 260, testId, name, table, interactive = false }: PlotFigureProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [Plot, setPlot] = useState<PlotModule | null>(plotIfLoaded);
  const [width, setWidth] = useState(560);
  const [error, setError] = useState<string | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);

  useEffect(() => {
    if (Plot) return;
    let alive = true;
    loadPlot().then((m) => alive && setPlot(() => m)).catch((e) => alive && setError(String(e)));
    return () => { alive = false; };
  }, [Plot]);

  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver((entries) => {
      const w = Math.round(entries[0].contentRect.width);
      if (w > 0) setWidth((old) => (Math.abs(old - w) > 8 ? w : old));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  useEffect(() => {
    const el = ref.current;
    if (!el || !Plot) return;
    let node: Element;
    try {
      node = make(Plot, width);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return;
    }
    setError(null);
    if (!interactive) node.setAttribute('aria-hidden', 'true');
    else {
      // only the focusable marks are exposed: decorative groups are hidden, and a group holding buttons drops its label
      node.querySelectorAll('g[aria-label]').forEach((g) => {
        if (g.querySelector('[role="button"]')) g.removeAttribute('aria-label');
        else g.setAttribute('aria-hidden', 'true');
      });
    }
    el.replaceChildren(node);
    return () => { node.remove(); };
  }, [Plot, width, ...deps]);

  // the title up to its first clause break (a decimal point such as pH 7.4 is not one)
  const base = fileBase(name ?? label.split(/[;:]|\.(?!\d)/)[0]);
  const exportSvg = async (kind: 'svg' | 'png') => {
    setExportError(null);
    try {
      const { downloadBlob, svgText, svgToPng } = await exporter();
      const el = ref.current;
      const text = el ? svgText(el) : null;
      if (!text) { setExportError('nothing drawn to export yet'); return; }
      downloadBlob(kind === 'svg' ? new Blob([text], { type: 'image/svg+xml' }) : await svgToPng(text), `${base}.${kind}`);
    } catch (e) {
      setExportError(e instanceof Error ? e.message : String(e));
    }
  };
  const exportCsv = async () => {
    setExportError(null);
    try {
      (await exporter()).downloadBlob(new Blob([table()], { type: 'text/csv' }), `${base}.csv`);
    } catch (e) {
      setExportError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <div className="chart-wrap">
      <figure className="chart" role={interactive ? 'group' : 'img'} aria-label={label} data-testid={testId}>
        <div ref={ref} className="chart-body" style={{ minHeight: height }}>
          {!Plot && !error && <p className="muted">loading chart…</p>}
        </div>
        {error && <p className="error" role="alert">chart failed: {error}</p>}
      </figure>
      {Plot && (
        <div className="chart-export row" role="group" aria-label={`Download ${base}`}>
          <span className="muted small">Download:</span>
          <button type="button" className="small" onClick={() => void exportSvg('svg')}>SVG</button>
          <button type="button" className="small" onClick={() => void exportSvg('png')}>PNG</button>
          {exportError && <span className="error small" role="alert">{exportError}</span>}
          <button type="button" className="small" onClick={() => void exportCsv()}>CSV</button>
        </div>
      )}
    </div>
  );
}
