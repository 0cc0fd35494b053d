import { defineConfig } from 'vitest/config';

/**
 * Build-level tests (`npm run test:build`): they run `astro build` on fixture folders, which takes
 * seconds per build, so they are kept out of the fast `npm run test:unit` (vitest.config.ts).
 */
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    environment: 'node',
    // Each file spawns its own builds (broken-posts.test.ts two at a time): one file at a time keeps the
    // 2-core machine from running a dozen Astro builds at once.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 600_000,
  },
});
