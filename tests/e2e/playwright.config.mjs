// @playwright/test configuration for the end-to-end suites: Debian Chromium (no browser download), one worker (a
// 2-core machine), no retries, a trace of every failed test, 90 s per test unless a suite's test sets `timeout`.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './harness.mjs';

const num = (v, d) => (Number.isFinite(Number(v)) && Number(v) > 0 ? Number(v) : d);

/** Per-test limit unless a test sets `timeout` (ms); E2E_TIMEOUT_MS changes it. */
export const DEFAULT_TEST_TIMEOUT_MS = num(process.env.E2E_TIMEOUT_MS, 90_000);

export default defineConfig({
  testDir: '.',
  testMatch: 'suites.spec.mjs',
  globalSetup: './global-setup.mjs',
  outputDir: './test-results',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: true,
  timeout: DEFAULT_TEST_TIMEOUT_MS,
  // the whole run (CI allows 90 minutes for everything, unit tests and builds included); E2E_GLOBAL_TIMEOUT_MS
  globalTimeout: num(process.env.E2E_GLOBAL_TIMEOUT_MS, 40 * 60_000),
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
    trace: process.env.E2E_TRACE === '0' ? 'off' : 'retain-on-failure',
  },
});
