// Runs every tests/e2e/*.e2e.mjs suite against the built app in real headless Chromium; prints "N passed, N failed".
// A suite exports `tests`: [{ name, run: async ({ browser, url, shots }) => {}, timeout?: ms }]. Screenshots go to
// tests/e2e/screenshots/, a trace of each failed test to tests/e2e/traces/. Each test has a time limit (90 s, or its own
// `timeout`; E2E_TIMEOUT_MS changes the default), the run a global one (E2E_GLOBAL_TIMEOUT_MS, 40 min); no retries;
// E2E_TRACE=0 records no traces. Usage: node tests/e2e/run.mjs [file-substring]
import { readdir, mkdir, rm } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serveDist, launchBrowser } from './harness.mjs';
import { DEFAULT_GLOBAL_TIMEOUT_MS, DEFAULT_TEST_TIMEOUT_MS, runSuites } from './runner.mjs';

const only = process.argv[2];
if (!existsSync('dist/index.html')) {
  console.error('e2e: dist/index.html missing — run `npm run build` first');
  process.exit(1);
}
// The 3D viewer's demo page is not part of the production build: it is built on its own into dist-demo/ (served beside
// dist/), again whenever the production build is newer.
if (!existsSync('dist-demo/viewer-demo.html') || statSync('dist-demo/viewer-demo.html').mtimeMs < statSync('dist/index.html').mtimeMs) {
  console.log('e2e: building the viewer demo page (vite build --mode demo → dist-demo/)');
  const b = spawnSync(process.execPath, [resolve('node_modules/vite/bin/vite.js'), 'build', '--mode', 'demo', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(1);
}
const num = (v, d) => (Number.isFinite(Number(v)) && Number(v) > 0 ? Number(v) : d);
const shots = resolve('tests/e2e/screenshots');
await mkdir(shots, { recursive: true });
const traceDir = process.env.E2E_TRACE === '0' ? null : resolve('tests/e2e/traces');
if (traceDir) {
  await rm(traceDir, { recursive: true, force: true });
  await mkdir(traceDir, { recursive: true });
}
const files = (await readdir('tests/e2e')).filter((f) => f.endsWith('.e2e.mjs') && (!only || f.includes(only))).sort();
const suites = [];
for (const file of files) suites.push({ file, tests: (await import(pathToFileURL(resolve('tests/e2e', file)).href)).tests ?? [] });
const server = await serveDist();
const globalTimeoutMs = num(process.env.E2E_GLOBAL_TIMEOUT_MS, DEFAULT_GLOBAL_TIMEOUT_MS);
const r = await runSuites({
  suites,
  launch: () => launchBrowser(),
  url: server.url,
  shots,
  defaultTimeoutMs: num(process.env.E2E_TIMEOUT_MS, DEFAULT_TEST_TIMEOUT_MS),
  globalTimeoutMs,
  traceDir,
});
await server.close();
console.log(`e2e: ${r.passed} passed, ${r.failed} failed${r.notRun ? `, ${r.notRun} not run (global timeout ${globalTimeoutMs / 1000} s)` : ''}`);
process.exit(r.failed === 0 && r.notRun === 0 && r.passed > 0 ? 0 : 1);
