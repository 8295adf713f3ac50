import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension (.output/) in real Chromium and Firefox.
// One browser at a time: the CI machine has 2 cores.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts', 'test/options/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
