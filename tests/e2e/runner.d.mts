// Types of tests/e2e/runner.mjs for the TypeScript unit test that exercises it (tests/unit/e2e-runner.test.ts).
export const DEFAULT_TEST_TIMEOUT_MS: number;
export const DEFAULT_GLOBAL_TIMEOUT_MS: number;
export interface E2eTest { name: string; run: (ctx: { browser: unknown; url: string; shots: string }) => Promise<unknown> | unknown; timeout?: number }
export interface RunResult { passed: number; failed: number; notRun: number; failures: { file: string; name: string; error: unknown; timedOut: boolean }[] }
export function runSuites(o: {
  suites: { file: string; tests: E2eTest[] }[];
  launch: () => Promise<unknown>;
  url: string;
  shots: string;
  log?: (line: string) => void;
  defaultTimeoutMs?: number;
  globalTimeoutMs?: number;
  traceDir?: string | null;
  saveTrace?: ((path: string) => void) | null;
}): Promise<RunResult>;
