// Renders the app's PNG icons (favicon, home-screen, maskable, apple-touch) from public/favicon.svg and public/icon-maskable.svg in Debian Chromium.
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchBrowser } from '../tests/e2e/harness.mjs';

const OUT = [
  ['favicon.svg', 'favicon-32.png', 32],
  ['favicon.svg', 'icon-192.png', 192],
  ['favicon.svg', 'icon-512.png', 512],
  ['icon-maskable.svg', 'icon-maskable-512.png', 512],
  ['icon-maskable.svg', 'apple-touch-icon.png', 180],
];

const browser = await launchBrowser();
try {
  for (const [src, out, px] of OUT) {
    const svg = await readFile(resolve('public', src), 'utf8');
    const page = await browser.newPage({ viewport: { width: px, height: px }, deviceScaleFactor: 1 });
    await page.setContent(`<html><body style="margin:0;background:transparent"><img width="${px}" height="${px}" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body></html>`);
    await page.waitForFunction(() => document.images[0]?.complete);
    await writeFile(resolve('public', out), await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: px, height: px } }));
    await page.close();
    console.log(`public/${out} (${px} × ${px})`);
  }
} finally {
  await browser.close();
}
