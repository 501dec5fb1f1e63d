// Browser entry: sets zod to jitless before anything loads it, then loads and mounts the workbench. The stylesheet comes
// with the App chunk (index.html inlines the few first-paint rules), so no stylesheet blocks the boot text's first paint.
// React Refresh's preamble as a module (empty in production): the inline preamble Vite's dev server adds is blocked by the
// Content-Security-Policy of index.html (script-src 'self'), this one is not.
import '@vitejs/plugin-react/preamble';
import './schema/zod-jitless';

/** The phone layout (App: ≤ 600 px) shows the 3D pane only when asked for; elsewhere the 3D panel is on screen at start. */
const VIEWER_AT_START = typeof matchMedia !== 'function' || !matchMedia('(max-width: 600px)').matches;

/** A new macrotask: what follows runs after the browser has had a turn (input, paint), not in the current task. */
function nextTask(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => resolve();
    ch.port2.postMessage(null);
  });
}

/**
 * Start-up in separate main-thread tasks, none long (#21: Total Blocking Time on a phone): the modules load and evaluate;
 * stored work is restored; the input schemas are built, the selected candidate parsed, then scored (cached for the first
 * render); then React
 * renders the workbench in a transition (time-sliced, yielding every few ms). The boot text stays on screen until the
 * whole tree is ready to commit.
 */
async function boot() {
  const [{ StrictMode, createElement, startTransition }, { createRoot }, { default: App }, { startPersistence, prepareFirstEvaluation, FIRST_EVALUATION_STEPS }, { primeFirstFrame }] = await Promise.all([
    import('react'),
    import('react-dom/client'),
    import('./App'),
    import('./state/persistence'),
    import('./ui/first-frame'),
  ]);
  await nextTask();
  startPersistence();
  await nextTask();
  for (let step = 0; step < FIRST_EVALUATION_STEPS && prepareFirstEvaluation(step); step++) await nextTask();
  // the 3D panel's particle is known now: the first-frame worker (started at the first commit) builds it first thing
  if (VIEWER_AT_START) primeFirstFrame();
  const root = createRoot(document.getElementById('root')!);
  startTransition(() => root.render(createElement(StrictMode, null, createElement(App))));
}

type IdleWindow = Window & { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number };

/** Longest wait for the first 3D frame before the worker is registered anyway (3D view hidden, no WebGL). */
const REGISTER_FALLBACK_MS = 10_000;

/**
 * The service worker (offline use, the update prompt: src/ui/pwa) is registered, and the other elements' photon tables
 * are loaded, after the first drawn 3D frame (the
 * viewer's performance mark; the first results come before it) or 10 s after load, then at an idle moment: neither its
 * script nor the precache downloads it starts compete with the first results or the particle.
 */
function registerAfterFirstUse() {
  const w = window as IdleWindow;
  let started = false;
  const go = () => {
    if (started) return;
    started = true;
    observer?.disconnect();
    const register = () => {
      void import('./ui/pwa/register').then((m) => m.registerServiceWorker()).catch(() => undefined);
      // the NIST tables of the elements the catalog does not use (model/physics/photon.ts): never on the start-up path
      void import('./model/physics/elements-all').catch(() => undefined);
    };
    if (w.requestIdleCallback) w.requestIdleCallback(register, { timeout: 4000 });
    else window.setTimeout(register, 500);
  };
  let observer: PerformanceObserver | null = null;
  if (typeof PerformanceObserver !== 'undefined') {
    observer = new PerformanceObserver((list) => { if (list.getEntriesByName('npd-first-3d-frame').length) go(); });
    try { observer.observe({ type: 'mark', buffered: true }); } catch { observer = null; }
  }
  const fallback = () => window.setTimeout(go, REGISTER_FALLBACK_MS);
  if (document.readyState === 'complete') fallback();
  else window.addEventListener('load', fallback, { once: true });
}

void boot();
registerAfterFirstUse();
