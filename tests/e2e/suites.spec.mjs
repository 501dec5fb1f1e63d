// Adapter: registers every test of tests/e2e/*.e2e.mjs (format unchanged: `export const tests = [{ name, run({ browser,
// url, shots }), timeout? }]`) as a @playwright/test test with its own time limit, against dist/ served as before.
// E2E_ONLY=<substring> keeps only the suite files whose name contains it (tests/e2e/run.mjs <substring> sets it).
import { readdirSync, mkdirSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { test } from '@playwright/test';
import { serveDist } from './harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const shots = resolve(here, 'screenshots');
mkdirSync(shots, { recursive: true });
const only = process.env.E2E_ONLY;
const files = readdirSync(here).filter((f) => f.endsWith('.e2e.mjs') && (!only || f.includes(only))).sort();
const suites = await Promise.all(files.map(async (file) => ({ file, tests: (await import(pathToFileURL(resolve(here, file)).href)).tests ?? [] })));

let server = null;
test.beforeAll(async () => { server ??= await serveDist(resolve(here, '../../dist'), { extraDirs: [resolve(here, '../../dist-demo')] }); });
test.afterAll(async () => { await server?.close(); server = null; });

for (const { file, tests } of suites) {
  test.describe(file, () => {
    for (const t of tests) {
      test(t.name, async ({ browser }) => {
        if (Number.isFinite(t.timeout) && t.timeout > 0) test.setTimeout(t.timeout);
        const before = new Set(browser.contexts());
        try {
          await t.run({ browser, url: server.url, shots });
        } finally {
          // whatever the test left open goes (its trace, if it failed, is saved by the runner first)
          await Promise.all(browser.contexts().filter((c) => !before.has(c)).map((c) => c.close().catch(() => undefined)));
        }
      });
    }
  });
}
