// End-to-end harness: serves the built app (dist/) on localhost and drives Debian Chromium through playwright-core.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const MIME = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml', '.ico': 'image/x-icon', '.wasm': 'application/wasm',
  '.woff2': 'font/woff2', '.txt': 'text/plain; charset=utf-8', '.webmanifest': 'application/manifest+json',
  // as vite preview serves it: no charset (the page's byte-order mark says UTF-8)
  '.md': 'text/markdown',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.wasm', '.webmanifest']);

/**
 * Serve a folder (default dist/) on an ephemeral localhost port. `staticHost: true` serves it the way a static host
 * does (gzip when the browser accepts it, a long cache on hashed assets): the benchmarks use that. A file missing from
 * it is looked up in `extraDirs` (default dist-demo/, the viewer's demo page, built apart from the production build).
 */
export async function serveDist(dir = resolve('dist'), { staticHost = false, extraDirs = [resolve('dist-demo')] } = {}) {
  const root = resolve(dir);
  const roots = [root, ...extraDirs.map((d) => resolve(d))];
  const gz = new Map();
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let p = null;
      let s = null;
      for (const r of roots) {
        const q = normalize(join(r, decodeURIComponent(url.pathname)));
        if (!q.startsWith(r)) { res.writeHead(403).end(); return; }
        s = await stat(q).catch(() => null);
        if (s) { p = q; break; }
      }
      if (!p || s.isDirectory()) p = join(p ?? root, 'index.html');
      const ext = extname(p);
      let body = await readFile(p);
      const headers = { 'content-type': MIME[ext] ?? 'application/octet-stream' };
      if (staticHost) {
        headers['cache-control'] = p.includes(`${join('/', 'assets', '/')}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
        if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
          if (!gz.has(p)) gz.set(p, gzipSync(body, { level: 9 }));
          body = gz.get(p);
          headers['content-encoding'] = 'gzip';
          headers.vary = 'accept-encoding';
        }
        headers['content-length'] = body.length;
      }
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(r)) };
}

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader', '--use-angle=swiftshader',
  '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export async function launchBrowser(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}

/** A new page that records page errors and console errors; `errors` must stay empty in a good run. */
export async function openPage(browser, url, { viewport = { width: 1366, height: 800 }, context: ctxOpts = {} } = {}) {
  const context = await browser.newContext({ viewport, acceptDownloads: true, ...ctxOpts });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  if (url) await page.goto(url);
  return { context, page, errors };
}

export function assert(cond, message) {
  if (!cond) throw new Error(`assertion failed: ${message}`);
}

/** Let the 3D viewer's demand frameloop draw whatever the last interaction invalidated: `frames` double rAFs, then a pause. */
export async function settleFrames(page, { frames = 3, waitMs = 150 } = {}) {
  for (let i = 0; i < frames; i++) await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))));
  await page.waitForTimeout(waitMs);
}

/**
 * Open a shared link in a fresh browser context (a new user: nothing stored), accept "Open shared workspace", wait for
 * the scores, check the page opened at the top (walk: a link once opened scrolled down), and open `tab` if given.
 * Returns the context, page and its error list (close the context when done).
 */
export async function openLinkFresh(browser, url, link, tab) {
  const o = await openPage(browser, null);
  await o.page.goto(url + link.slice(link.indexOf('#')));
  const dialog = o.page.getByRole('dialog', { name: /Open shared workspace/ });
  await dialog.waitFor({ timeout: 10000 });
  await dialog.locator('[data-testid="link-open"]').click();
  await o.page.waitForSelector('button.num.overall-value', { timeout: 30000 });
  await o.page.waitForTimeout(300);
  const scrollY = await o.page.evaluate(() => window.scrollY);
  assert(scrollY === 0, `a shared link opens at the top of the page (scrollY ${scrollY})`);
  if (tab) await o.page.getByRole('tab', { name: tab, exact: true }).click();
  return o;
}
