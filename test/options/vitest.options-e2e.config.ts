import { defineConfig } from 'vitest/config';

// The options page end-to-end test on its own (the shared e2e config only collects test/e2e/).
export default defineConfig({
  test: {
    include: ['test/options/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
