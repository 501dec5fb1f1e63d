// Runs before any zod code is loaded (the entry imports the app dynamically after this): turns zod's JIT off, so its
// Function('') probe never runs — that probe is a CSP violation under script-src 'self' (docs/link-format.md).
const g = globalThis as { __zod_globalConfig?: Record<string, unknown> };
g.__zod_globalConfig = { ...(g.__zod_globalConfig ?? {}), jitless: true };
export {};
