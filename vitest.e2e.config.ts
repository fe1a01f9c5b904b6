import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// End-to-end tests in Debian's Chromium (`npm run test:e2e`). Kept apart from the unit tests, whose
// config (vitest.config.ts) excludes test/e2e/**. The global setup builds the extension first.
export default defineConfig({
  // The project's `@/` paths (the unit config gets them from WXT's plugin), for tests that use product modules.
  resolve: { alias: { '@/': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
