// Before the end-to-end run: the production build must exist, and the 3D viewer's demo page (not part of that build) is
// built on its own into dist-demo/ whenever the production build is newer.
import { existsSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export default function globalSetup() {
  if (!existsSync('dist/index.html')) throw new Error('e2e: dist/index.html missing — run `npm run build` first');
  if (!existsSync('dist-demo/viewer-demo.html') || statSync('dist-demo/viewer-demo.html').mtimeMs < statSync('dist/index.html').mtimeMs) {
    console.log('e2e: building the viewer demo page (vite build --mode demo → dist-demo/)');
    const b = spawnSync(process.execPath, [resolve('node_modules/vite/bin/vite.js'), 'build', '--mode', 'demo', '--logLevel', 'warn'], { stdio: 'inherit' });
    if (b.status !== 0) throw new Error('e2e: the demo page build failed');
  }
}
