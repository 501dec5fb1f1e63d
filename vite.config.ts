// Vite build for the browser app (React + lazy three.js chunk).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

export default defineConfig({
  plugins: [react()],
  base: './',
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      // viewer-demo.html: a standalone page for the 3D viewer's own end-to-end tests.
      input: { main: resolve(__dirname, 'index.html'), viewer: resolve(__dirname, 'viewer-demo.html') },
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
});
