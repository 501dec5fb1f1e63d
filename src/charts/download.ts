// The app's one file writer: a generated Blob (CSV, SVG, PNG, JSON) saved through a temporary Blob URL; no network.
/** Save `blob` as `filename` (a hidden link clicked once; its URL revoked after the browser has taken it). */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
