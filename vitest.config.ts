// Unit tests: *.test.ts beside the source, run in Node (the model is pure TypeScript).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30000,
  },
});
