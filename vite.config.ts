// Vite build for the browser app (React + lazy three.js chunk), the service worker and web manifest (vite-plugin-pwa), and — in `--mode demo` only — the 3D viewer's test page.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { resolve } from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** The model pages (docs/model/*.md) ship with the app as plain text at docs/model/<page>.md, so the tabs can link to them (the dev server serves them from the checkout). A UTF-8 byte-order mark leads each, so a server that sends no charset still shows µ and ≤ (walk9 #37). */
function modelDocs(): Plugin {
  return {
    name: 'npd-model-docs',
    apply: 'build',
    generateBundle() {
      for (const f of readdirSync('docs/model')) if (f.endsWith('.md')) this.emitFile({ type: 'asset', fileName: `docs/model/${f}`, source: `\uFEFF${readFileSync(`docs/model/${f}`, 'utf8')}` });
    },
  };
}

/** The installable app's identity (web manifest). Colours: the boot page's theme colour and background. */
const MANIFEST = {
  name: 'Nanoplatform Designer',
  short_name: 'Nanoplatform',
  description: 'Design, score and explain biomimetic cancer nanomedicines: loading, acid-triggered release, radiosensitization and targeting, every number explained.',
  id: './',
  start_url: './',
  scope: './',
  display: 'standalone' as const,
  theme_color: '#1f3a5f',
  background_color: '#f5f6f8',
  icons: [
    { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
  ],
};

export default defineConfig(({ mode }) => {
  // `vite build --mode demo`: viewer-demo.html alone, into dist-demo/ (the end-to-end run and the browser bench build it;
  // the production build in dist/ does not contain it)
  const demo = mode === 'demo';
  return {
    plugins: [
      react(),
      modelDocs(),
      ...(demo
        ? []
        : [
            VitePWA({
              // a new version waits until the user accepts the prompt (src/ui/pwa): an open workspace is never reloaded under them
              registerType: 'prompt',
              // registered from src/ui/pwa/register.ts after the first results, so it costs first use nothing
              injectRegister: false,
              manifest: MANIFEST,
              manifestFilename: 'manifest.webmanifest',
              includeAssets: ['favicon.svg', 'favicon-32.png', 'apple-touch-icon.png'],
              workbox: {
                // the whole app, lazy chunks (three.js, charts, the score worker) included: every tab works offline
                // and the model pages (docs/model/*.md), so the tabs' links to them work offline too (walk9 #4)
                globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,wasm,md}'],
                maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
                // a shared link (#f= / #w= fragment, any query) opens the cached app shell
                navigateFallback: 'index.html',
                // …but never for a model page: opened from a tab, it is the page itself, not the app shell (walk9 #4)
                navigateFallbackDenylist: [/\/docs\//],
                cleanupOutdatedCaches: true,
              },
            }),
          ]),
    ],
    base: './',
    worker: { format: 'es' as const },
    build: {
      target: 'es2022',
      chunkSizeWarningLimit: 1500,
      ...(demo ? { outDir: 'dist-demo' } : {}),
      rollupOptions: {
        input: (demo ? { viewer: resolve(import.meta.dirname, 'viewer-demo.html') } : { main: resolve(import.meta.dirname, 'index.html') }) as Record<string, string>,
        output: {
          // React + ReactDOM + scheduler: loaded by every page, changed only on upgrades, so one long-cached chunk under a
          // clear name. Only eager modules belong in a named group: a group that mixed in a lazy module (three.js, the
          // charts) would pull it into the initial load. See docs/benchmarks.md (initial JS budget ≤ 250 kB gzip).
          codeSplitting: {
            groups: [{ name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ }],
          },
        },
      },
    },
    server: { port: 5173, host: '127.0.0.1' },
    preview: { port: 4173, host: '127.0.0.1' },
  };
});
