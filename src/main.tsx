// Browser entry: sets zod to jitless before anything loads it, then loads and mounts the workbench. The stylesheet comes
// with the App chunk (index.html inlines the few first-paint rules), so no stylesheet blocks the boot text's first paint.
// React Refresh's preamble as a module (empty in production): the inline preamble Vite's dev server adds is blocked by the
// Content-Security-Policy of index.html (script-src 'self'), this one is not.
import '@vitejs/plugin-react/preamble';
import './schema/zod-jitless';

async function boot() {
  const [{ StrictMode, createElement, startTransition }, { createRoot }, { default: App }, { startPersistence }] = await Promise.all([
    import('react'),
    import('react-dom/client'),
    import('./App'),
    import('./state/persistence'),
  ]);
  startPersistence();
  const root = createRoot(document.getElementById('root')!);
  // A transition: React renders the first workbench in time slices (yielding every few ms) instead of one long task,
  // while the boot text stays on screen until the whole tree is ready to commit.
  startTransition(() => root.render(createElement(StrictMode, null, createElement(App))));
}

type IdleWindow = Window & { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number };

/**
 * The service worker (offline use, the update prompt: src/ui/pwa) is registered once the page has loaded and gone idle,
 * so neither its script nor the precache downloads it starts compete with the first results.
 */
function registerWhenIdle() {
  const w = window as IdleWindow;
  const go = () => { void import('./ui/pwa/register').then((m) => m.registerServiceWorker()).catch(() => undefined); };
  const idle = () => (w.requestIdleCallback ? w.requestIdleCallback(go, { timeout: 4000 }) : window.setTimeout(go, 1000));
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}

void boot();
registerWhenIdle();
