// Registers the service worker (vite-plugin-pwa / Workbox: the app precached for offline use) and, when a new version has been deployed, mounts the small update prompt (a lazy chunk).
import { registerSW } from 'virtual:pwa-register';

/** How often an open tab asks the server whether a new version was deployed (besides every navigation). */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * Called once from src/main.tsx after the first results are on screen. `registerSW` installs the worker, which then
 * downloads the rest of the app (lazy chunks included) in the background; `onNeedRefresh` fires when a newer worker is
 * waiting, and the prompt lets the user choose when to switch (the workspace is saved on reload: persistence flushes on
 * pagehide).
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  let host: HTMLElement | null = null;
  const updateSW = registerSW({
    immediate: true,
    onNeedRefresh() {
      if (host) return;
      host = document.createElement('div');
      host.id = 'npd-update-prompt';
      document.body.appendChild(host);
      const el = host;
      void Promise.all([import('react'), import('react-dom/client'), import('./UpdatePrompt')]).then(([{ createElement }, { createRoot }, { UpdatePrompt }]) => {
        const root = createRoot(el);
        root.render(createElement(UpdatePrompt, {
          onReload: () => { void updateSW(true); },
          onDismiss: () => { root.unmount(); el.remove(); host = null; },
        }));
      });
    },
    onOfflineReady() {
      document.documentElement.dataset.offlineReady = '1';
    },
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      window.setInterval(() => { if (navigator.onLine) void registration.update().catch(() => undefined); }, UPDATE_CHECK_MS);
    },
    onRegisterError() {
      // no worker (private mode, a blocked scope): the app works online as before
    },
  });
}
