// The end-to-end runner's core: runs suites of `{ name, run, timeout? }` tests one after another with a per-test and a global timeout, a fresh browser after a hung test, and a Playwright trace of every failed test.

/** Per-test time limit unless a test sets `timeout` (ms). */
export const DEFAULT_TEST_TIMEOUT_MS = 90_000;
/** The whole run's limit (CI allows 90 minutes for everything, unit tests and builds included). */
export const DEFAULT_GLOBAL_TIMEOUT_MS = 40 * 60_000;
/** How long closing a context or a browser may take before it is abandoned. */
const CLOSE_GRACE_MS = 10_000;

class TimeoutError extends Error {}

/** `promise`, or a TimeoutError with `message` after `ms`; the timer never keeps the process alive. */
function within(promise, ms, message) {
  let timer;
  const limit = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(message)), ms);
    timer.unref?.();
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

const seconds = (ms) => `${+(ms / 1000).toFixed(3)} s`;
const slug = (s) => s.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80);

/**
 * The browser a test sees: the real one, except that every context it opens (newContext, or newPage's implicit one) is
 * recorded — and traced when `trace` is on — so the runner can save a trace when the test fails and close whatever the
 * test left open, hung or not.
 */
function trackedBrowser(browser, trace) {
  const contexts = [];
  const record = async (context) => {
    contexts.push(context);
    if (trace) await context.tracing?.start({ screenshots: true, snapshots: true }).catch(() => undefined);
    return context;
  };
  const proxy = new Proxy(browser, {
    get(target, prop) {
      if (prop === 'newContext') return async (...args) => record(await target.newContext(...args));
      if (prop === 'newPage') {
        return async (...args) => {
          const context = await record(await target.newContext(...args));
          return context.newPage();
        };
      }
      const v = Reflect.get(target, prop);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
  return { proxy, contexts };
}

/**
 * Run `suites` ([{ file, tests }]) in order. Each test gets `{ browser, url, shots }` (the suite format of
 * tests/e2e/*.e2e.mjs, unchanged) and at most `test.timeout ?? defaultTimeoutMs` (and never past the global deadline).
 * A test that runs out of time fails with a message saying so; its browser is closed (ending whatever it was waiting
 * for) and the next test starts in a freshly launched one. Retries: none. Returns the counts and every failure.
 */
export async function runSuites({
  suites,
  launch,
  url,
  shots,
  log = console.log,
  defaultTimeoutMs = DEFAULT_TEST_TIMEOUT_MS,
  globalTimeoutMs = DEFAULT_GLOBAL_TIMEOUT_MS,
  traceDir = null,
  saveTrace = null,
}) {
  const deadline = performance.now() + globalTimeoutMs;
  // set when a test is stopped by the global limit (timers may fire a fraction of a millisecond before the deadline)
  let expired = false;
  let browser = null;
  const result = { passed: 0, failed: 0, notRun: 0, failures: [] };
  const closeBrowser = async () => {
    const b = browser;
    browser = null;
    if (b) await within(b.close(), CLOSE_GRACE_MS, 'browser close').catch(() => undefined);
  };
  for (const { file, tests } of suites) {
    for (const t of tests) {
      const left = deadline - performance.now();
      if (expired || left <= 0) {
        result.notRun++;
        log(`  - ${file} › ${t.name} (not run: the global timeout of ${seconds(globalTimeoutMs)} has passed)`);
        continue;
      }
      if (!browser) browser = await launch();
      const { proxy, contexts } = trackedBrowser(browser, Boolean(traceDir));
      const own = Number.isFinite(t.timeout) && t.timeout > 0 ? t.timeout : defaultTimeoutMs;
      const limit = Math.min(own, left);
      const why = limit < own
        ? `stopped by the global timeout of ${seconds(globalTimeoutMs)} for the whole run`
        : `timed out after ${seconds(limit)} (the per-test limit${t.timeout ? ' this test sets' : ''}; a test may set \`timeout\` in ms)`;
      const t0 = performance.now();
      const running = Promise.resolve().then(() => t.run({ browser: proxy, url, shots }));
      running.catch(() => undefined); // a hung test that fails later, after its browser is gone, is already reported
      let error = null;
      try {
        await within(running, Math.ceil(limit), why);
      } catch (e) {
        error = e;
        if (e instanceof TimeoutError && limit < own) expired = true;
      }
      const ms = Math.round(performance.now() - t0);
      if (error) {
        result.failed++;
        result.failures.push({ file, name: t.name, error, timedOut: error instanceof TimeoutError });
        log(`  ✗ ${file} › ${t.name} (${ms} ms)\n    ${String(error instanceof TimeoutError ? error.message : (error?.stack ?? error)).split('\n').slice(0, 6).join('\n    ')}`);
        if (traceDir) {
          for (const [i, c] of contexts.entries()) {
            const path = `${traceDir}/${slug(file)}--${slug(t.name)}${contexts.length > 1 ? `-${i + 1}` : ''}.zip`;
            const saved = await within(c.tracing?.stop({ path }) ?? Promise.resolve(), CLOSE_GRACE_MS, 'trace').then(() => true, () => false);
            if (saved) {
              saveTrace?.(path);
              log(`    trace: ${path} (npx playwright-core show-trace ${path})`);
            }
          }
        }
      } else {
        result.passed++;
        log(`  ✓ ${file} › ${t.name} (${ms} ms)`);
      }
      // whatever the test left open goes; after a timeout the whole browser goes (a hung page may not close)
      if (error instanceof TimeoutError) await closeBrowser();
      else await Promise.all(contexts.map((c) => within(c.close(), CLOSE_GRACE_MS, 'context close').catch(() => undefined)));
    }
  }
  await closeBrowser();
  return result;
}
