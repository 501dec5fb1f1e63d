// Developer entry for the end-to-end suites: runs @playwright/test (tests/e2e/playwright.config.mjs) on the built app,
// optionally only the suite files whose name contains a substring. Usage: node tests/e2e/run.mjs [file-substring]
// [extra playwright options, e.g. --grep "Export PNG"]. Limits: 90 s per test (or the test's `timeout`; E2E_TIMEOUT_MS),
// 40 min for the run (E2E_GLOBAL_TIMEOUT_MS); no retries; traces of failed tests in tests/e2e/test-results/ (E2E_TRACE=0:
// none; open one with `npx playwright show-trace <zip>`). Screenshots go to tests/e2e/screenshots/.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const args = process.argv.slice(2);
const only = args[0] && !args[0].startsWith('-') ? args.shift() : undefined;
const r = spawnSync(process.execPath, [resolve('node_modules/@playwright/test/cli.js'), 'test', '-c', resolve('tests/e2e/playwright.config.mjs'), ...args], {
  stdio: 'inherit',
  env: { ...process.env, ...(only ? { E2E_ONLY: only } : {}) },
});
process.exit(r.status ?? 1);
