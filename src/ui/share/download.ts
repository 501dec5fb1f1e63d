// Browser download of generated text (JSON, CSV, raw recovery data) through a Blob URL; no network.
export function downloadText(fileName: string, text: string, mime = 'application/json'): void {
  const blob = new Blob([text], { type: `${mime};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The app's URL without its fragment (the base a share link is appended to). */
export function pageBaseUrl(): string {
  const { origin, pathname, search } = window.location;
  return `${origin === 'null' ? '' : origin}${pathname}${search}`;
}

/** Remove the fragment from the address bar without a reload or a new history entry. */
export function clearFragment(): void {
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', pathname + search);
}
