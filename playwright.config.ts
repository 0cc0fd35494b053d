import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/lib/chromium.ts';

/**
 * End-to-end tests run against built sites, served statically: `dist/` (the real blog) and
 * `dist-fixtures/` (tests/fixtures/blog: many posts, drafts, a scheduled post, covers, series).
 * `npm test` builds both first.
 */
const SITE_PORT = 4410;
const FIXTURE_PORT = 4411;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    launchOptions: chromiumLaunchOptions,
    browserName: 'chromium',
  },
  projects: [
    { name: 'site', testMatch: /site\/.*\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${SITE_PORT}` } },
    { name: 'fixtures', testMatch: /fixtures\/.*\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${FIXTURE_PORT}` } },
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
