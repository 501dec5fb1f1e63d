// Edit → updated results timing: the store marks 'npd-edit' on every edit; the results panel measures after it re-rendered.
declare global {
  interface Window { __npd?: { getState: () => unknown; scoreMs: number[]; evalMs: number[] } }
}

export function recordEditToScore(): void {
  if (typeof performance === 'undefined') return;
  const marks = performance.getEntriesByName('npd-edit', 'mark');
  if (!marks.length) return;
  try {
    const m = performance.measure('npd-edit-to-score', 'npd-edit');
    if (typeof window !== 'undefined' && window.__npd) window.__npd.scoreMs.push(m.duration);
  } catch {
    /* mark cleared concurrently */
  }
  performance.clearMarks('npd-edit');
  performance.clearMeasures('npd-edit-to-score');
}

export function installDebugHandle(getState: () => unknown): void {
  if (typeof window === 'undefined') return;
  window.__npd = { getState, scoreMs: window.__npd?.scoreMs ?? [], evalMs: window.__npd?.evalMs ?? [] };
}

/** Time of the model call alone (parse + score), for the report beside the edit→render figure. */
export function recordEval(ms: number): void {
  if (typeof window !== 'undefined' && window.__npd) {
    window.__npd.evalMs.push(ms);
    if (window.__npd.evalMs.length > 1000) window.__npd.evalMs.splice(0, 500);
  }
}
