// The printed report's figures: a copy of every chart on screen (its SVG, as drawn) with a caption — the chart's title,
// its axes with their units, and its legend — taken just before printing.

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
