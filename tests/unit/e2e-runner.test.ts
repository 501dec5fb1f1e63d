// The end-to-end runner (tests/e2e/runner.mjs) on a stand-in browser: a hung test fails by its time limit with a clear message and the run goes on in a fresh browser; per-test `timeout`; the global timeout; traces of failed tests only.
import { describe, expect, it } from 'vitest';
import { runSuites, type E2eTest } from '../e2e/runner.mjs';

/** A browser with the few methods the runner and a suite use; records what happened to it. */
function fakeBrowser(id: number, events: string[]) {
  let contexts = 0;
  return {
    id,
    closed: false,
    async newContext() {
      const n = ++contexts;
      const context = {
        open: true,
        tracing: {
          async start() { events.push(`b${id}: trace start`); },
          async stop(o?: { path?: string }) { events.push(`b${id}: trace stop ${o?.path ? o.path.split('/').pop() : '(discarded)'}`); },
        },
        async newPage() { return { context }; },
        async close() { context.open = false; events.push(`b${id}: context ${n} closed`); },
      };
      return context;
    },
    async close() { this.closed = true; events.push(`b${id}: browser closed`); },
  };
}

type Fake = ReturnType<typeof fakeBrowser>;
const never = () => new Promise(() => undefined);

async function run(tests: E2eTest[], opts: { defaultTimeoutMs?: number; globalTimeoutMs?: number; traceDir?: string | null } = {}) {
  const events: string[] = [];
  const browsers: Fake[] = [];
  const lines: string[] = [];
  const r = await runSuites({
    suites: [{ file: 'x.e2e.mjs', tests }],
    launch: async () => { const b = fakeBrowser(browsers.length + 1, events); browsers.push(b); return b; },
    url: 'http://127.0.0.1:1/',
    shots: '/tmp/shots',
    log: (l) => lines.push(l),
    defaultTimeoutMs: opts.defaultTimeoutMs ?? 1000,
    globalTimeoutMs: opts.globalTimeoutMs ?? 60_000,
    traceDir: opts.traceDir ?? null,
  });
  return { r, events, browsers, lines };
}

describe('e2e runner', () => {
  it('a hung test fails after its time limit, names it, and the next test runs in a freshly launched browser', async () => {
    const seen: unknown[] = [];
    const { r, browsers, lines } = await run([
      { name: 'hangs', run: async ({ browser }) => { seen.push(browser); await (browser as Fake).newContext(); await never(); } },
      { name: 'passes', run: async ({ browser }) => { seen.push(browser); expect((browser as Fake).closed).toBe(false); } },
    ], { defaultTimeoutMs: 50 });
    expect([r.passed, r.failed, r.notRun]).toEqual([1, 1, 0]);
    expect(r.failures[0]).toMatchObject({ name: 'hangs', timedOut: true });
    expect(String((r.failures[0].error as Error).message)).toBe('timed out after 0.05 s (the per-test limit; a test may set `timeout` in ms)');
    expect(lines[0]).toMatch(/^ {2}✗ x\.e2e\.mjs › hangs \(\d+ ms\)\n {4}timed out after 0\.05 s/);
    // the hung test's browser was closed, the second test got another one
    expect(browsers).toHaveLength(2);
    expect(browsers[0].closed).toBe(true);
    expect((seen[1] as Fake).id).toBe(2);
  });

  it('a test may set its own timeout; a failing test does not cost a new browser; contexts left open are closed', async () => {
    const { r, browsers, events } = await run([
      { name: 'slow but allowed', timeout: 3000, run: () => new Promise((ok) => setTimeout(ok, 120)) },
      { name: 'slow, default limit', run: () => new Promise((ok) => setTimeout(ok, 120)) },
      { name: 'throws', run: async ({ browser }) => { await (browser as Fake).newContext(); throw new Error('assertion failed: x'); } },
      { name: 'after', run: async () => undefined },
    ], { defaultTimeoutMs: 60 });
    expect([r.passed, r.failed]).toEqual([2, 2]);
    expect(r.failures.map((f) => [f.name, f.timedOut])).toEqual([['slow, default limit', true], ['throws', false]]);
    expect(browsers).toHaveLength(2); // one relaunch, after the timeout only
    expect(events).toContain('b2: context 1 closed');
  });

  it('the global timeout stops the running test and leaves the rest not run', async () => {
    const { r, lines } = await run([
      { name: 'a', run: () => new Promise((ok) => setTimeout(ok, 10)) },
      { name: 'b', run: never },
      { name: 'c', run: async () => undefined },
    ], { defaultTimeoutMs: 10_000, globalTimeoutMs: 600 });
    expect([r.passed, r.failed, r.notRun]).toEqual([1, 1, 1]);
    expect(String((r.failures[0].error as Error).message)).toBe('stopped by the global timeout of 0.6 s for the whole run');
    expect(lines.at(-1)).toMatch(/c \(not run: the global timeout of 0\.6 s has passed\)/);
  });

  it('traces every context, keeps the trace of a failed test and discards those of passing ones', async () => {
    const { r, events } = await run([
      { name: 'ok', run: async ({ browser }) => { await (browser as Fake).newContext(); } },
      { name: 'bad one', run: async ({ browser }) => { await (browser as Fake).newContext(); throw new Error('no'); } },
    ], { traceDir: '/tmp/traces' });
    expect([r.passed, r.failed]).toEqual([1, 1]);
    expect(events.filter((e) => e.includes('trace'))).toEqual(['b1: trace start', 'b1: trace start', 'b1: trace stop x.e2e.mjs--bad-one.zip']);
  });
});
