// Unit tests: *.test.ts beside the source, run in Node (the model is pure TypeScript).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    // every element's NIST table, as the CLI and the workers load them (the app's start-up carries only the catalog's)
    setupFiles: ['src/model/physics/elements-all.ts'],
    testTimeout: 30000,
  },
});
