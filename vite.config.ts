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
    },
  },
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
});
