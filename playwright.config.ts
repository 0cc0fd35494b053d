import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/lib/chromium.ts';

/**
 * End-to-end tests run against built sites, served statically: `dist/` (the real blog) and
 * `dist-fixtures/` (tests/fixtures/blog: many posts, drafts, a scheduled post, covers, series).
 * `npm test` builds both first.
 */
// BLOG_E2E_PORT moves both servers, for two checkouts testing on one machine at once.
const SITE_PORT = Number(process.env.BLOG_E2E_PORT ?? 4410);
const FIXTURE_PORT = SITE_PORT + 1;

export default defineConfig({
  testDir: 'tests/e2e',
  // Chromium, Java and a Hangul font, each said in one line with its install command when missing.
  globalSetup: './tests/support/prerequisites.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    launchOptions: chromiumLaunchOptions,
    browserName: 'chromium',
  },
  // A folder per project, not a pattern: Playwright matches testMatch against the absolute path, so a
  // clone inside a folder called "site" or "fixtures" ran every spec against the wrong site.
  projects: [
    { name: 'site', testDir: 'tests/e2e/site', use: { baseURL: `http://127.0.0.1:${SITE_PORT}` } },
    { name: 'fixtures', testDir: 'tests/e2e/fixtures', use: { baseURL: `http://127.0.0.1:${FIXTURE_PORT}` } },
  ],
  webServer: [
    {
      command: `node scripts/lib/serve-cli.ts dist ${SITE_PORT}`,
      url: `http://127.0.0.1:${SITE_PORT}/`,
      reuseExistingServer: false,
    },
    {
      command: `node scripts/lib/serve-cli.ts dist-fixtures ${FIXTURE_PORT}`,
      url: `http://127.0.0.1:${FIXTURE_PORT}/`,
      reuseExistingServer: false,
    },
  ],
});
