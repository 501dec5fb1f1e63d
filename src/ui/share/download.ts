// Browser download of generated text (JSON, CSV, raw recovery data) through the one file writer (charts/download); page-address helpers.
import { downloadBlob } from '../../charts/download';

export function downloadText(fileName: string, text: string, mime = 'application/json'): void {
  downloadBlob(new Blob([text], { type: `${mime};charset=utf-8` }), fileName);
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
