// The printed report's figures: a copy of every chart on screen (its SVG, as drawn) with a caption — the chart's title,
// its axes with their units, and its legend — and every result block marked `data-report-block` (fit tables, f2 results,
// your model's fit) as a static copy, taken just before printing.

export interface ReportFigure {
  caption: string;
  /** "x: time (h); y: released (%)" from the chart's axis labels (units in the labels), '' when it has none. */
  axes: string;
  legend: string;
  svg: SVGSVGElement;
}

const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The figures (`figure.chart`) under `root`, outside the report itself, in page order. */
export function captureFigures(root: ParentNode = document): ReportFigure[] {
  const out: ReportFigure[] = [];
  root.querySelectorAll('figure.chart').forEach((fig) => {
    if (fig.closest('.npd-print-report')) return;
    // the chart, not a legend swatch: the largest <svg> inside the figure
    let best: SVGSVGElement | null = null;
    let area = -1;
    fig.querySelectorAll('svg').forEach((s) => {
      const a = Number(s.getAttribute('width') ?? 0) * Number(s.getAttribute('height') ?? 0) || s.getBoundingClientRect().width * s.getBoundingClientRect().height;
      if (a > area) { area = a; best = s; }
    });
    if (!best) return;
    const svg = (best as SVGSVGElement).cloneNode(true) as SVGSVGElement;
    svg.removeAttribute('aria-hidden');
    svg.setAttribute('role', 'img');
    const x = text((best as SVGSVGElement).querySelector('[aria-label="x-axis label"]'));
    const y = text((best as SVGSVGElement).querySelector('[aria-label="y-axis label"]'));
    const legend = [...fig.querySelectorAll('[class*="-swatch"]')].map((s) => text(s)).filter(Boolean).join('; ');
    out.push({ caption: fig.getAttribute('aria-label') ?? '', axes: [x && `x: ${x.replace(/^[←↑→↓]\s*|\s*[←↑→↓]$/g, '')}`, y && `y: ${y.replace(/^[←↑→↓]\s*|\s*[←↑→↓]$/g, '')}`].filter(Boolean).join('; '), legend, svg });
  });
  return out;
}

/** A result block on screen (a fit table, an f2 verdict) copied for the printed report: its title and a static copy. */
export interface ReportBlock {
  title: string;
  node: HTMLElement;
}

/**
 * The blocks marked `data-report-block="title"` under `root`, outside the report, in page order: a deep copy with the
 * controls taken out (radio buttons, buttons, inputs → their value as text), so the copy prints as a plain table.
 */
export function captureBlocks(root: ParentNode = document): ReportBlock[] {
  const out: ReportBlock[] = [];
  root.querySelectorAll<HTMLElement>('[data-report-block]').forEach((el) => {
    if (el.closest('.npd-print-report')) return;
    if (el.parentElement?.closest('[data-report-block]')) return; // nested: printed with its parent
    const node = el.cloneNode(true) as HTMLElement;
    node.querySelectorAll('button, .chart-export, .no-print, details:not([open])').forEach((b) => b.remove());
    node.querySelectorAll('input, select, textarea').forEach((i) => {
      const inp = i as HTMLInputElement;
      if (inp.type === 'radio' || inp.type === 'checkbox') { inp.replaceWith(document.createTextNode(inp.checked ? '●' : '')); return; }
      inp.replaceWith(document.createTextNode(inp.value ?? ''));
    });
    node.querySelectorAll('[id]').forEach((n) => n.removeAttribute('id'));
    node.querySelectorAll('[data-testid]').forEach((n) => n.removeAttribute('data-testid'));
    node.removeAttribute('data-testid');
    node.removeAttribute('role');
    out.push({ title: el.getAttribute('data-report-block') ?? '', node });
  });
  return out;
}

/** The event the app's Print buttons send just before window.print(): the report copies the screen synchronously. */
export const REPORT_CAPTURE_EVENT = 'npd:report-capture';
