// Runs every tests/e2e/*.e2e.mjs suite against the built app in real headless Chromium; prints "N passed, N failed".
// A suite exports `tests`: [{ name, run: async ({ browser, url, shots }) => {} }]. Screenshots go to tests/e2e/screenshots/.
import { readdir, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serveDist, launchBrowser } from './harness.mjs';

const only = process.argv[2];
if (!existsSync('dist/index.html')) {
  console.error('e2e: dist/index.html missing — run `npm run build` first');
  process.exit(1);
}
const shots = resolve('tests/e2e/screenshots');
await mkdir(shots, { recursive: true });
const files = (await readdir('tests/e2e')).filter((f) => f.endsWith('.e2e.mjs') && (!only || f.includes(only))).sort();
const server = await serveDist();
const browser = await launchBrowser();
let passed = 0;
let failed = 0;
for (const file of files) {
  const mod = await import(pathToFileURL(resolve('tests/e2e', file)).href);
  for (const t of mod.tests ?? []) {
    const t0 = performance.now();
    try {
      await t.run({ browser, url: server.url, shots });
      passed++;
      console.log(`  ✓ ${file} › ${t.name} (${Math.round(performance.now() - t0)} ms)`);
    } catch (e) {
      failed++;
      console.log(`  ✗ ${file} › ${t.name}\n    ${String(e?.stack ?? e).split('\n').slice(0, 6).join('\n    ')}`);
    }
  }
}
await browser.close();
await server.close();
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
