// Figures out (loaded on the first download, not with the chart): a chart's SVG as a standalone .svg file (fonts and colours inlined) or a .png at print resolution.
/** Standalone SVG text of a chart element (the first <svg> inside it), with the XML namespace and computed font inlined. */
export function svgText(root: Element): string | null {
  // the chart, not a legend swatch: the largest <svg> inside the figure
  let svg: SVGSVGElement | null = root instanceof SVGSVGElement ? root : null;
  if (!svg) {
    let area = -1;
    root.querySelectorAll('svg').forEach((el) => {
      const r = el.getBoundingClientRect();
      const a = r.width * r.height || Number(el.getAttribute('width') ?? 0) * Number(el.getAttribute('height') ?? 0);
      if (a > area) { area = a; svg = el; }
    });
  }
  if (!svg) return null;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('xmlns:xlink', 'http://www.w3.org/1999/xlink');
  const box = svg.getBoundingClientRect();
  if (!clone.getAttribute('width') && box.width) clone.setAttribute('width', String(Math.round(box.width)));
  if (!clone.getAttribute('height') && box.height) clone.setAttribute('height', String(Math.round(box.height)));
  const cs = typeof getComputedStyle === 'function' ? getComputedStyle(svg) : null;
  const font = cs ? `font-family:${cs.fontFamily};font-size:${cs.fontSize};` : '';
  clone.setAttribute('style', `${font}background:#fff;${clone.getAttribute('style') ?? ''}`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
}

export { downloadBlob } from './download';

/** Render standalone SVG text to a PNG blob at `scale` × its size (white background). */
export async function svgToPng(svg: string, scale = 3): Promise<Blob> {
  const img = new Image();
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('the chart could not be drawn as an image'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(img.width * scale));
    canvas.height = Math.max(1, Math.round(img.height * scale));
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
