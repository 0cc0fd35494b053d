/**
 * Screenshots for the README and for review, in light and dark, at 360 px and 1280 px: the real blog's
 * pages from dist/, and the pages that need more content than one post (a portrait cover, a landscape
 * still, the bookshelf, a creator, quotes) from the fixture blog in dist-fixtures/. Serves both itself;
 * run `npm run build && npm run build:fixtures` first.
 *   npm run screenshots [-- --out docs/screenshots] [-- --only home,shelf] [-- --full]
 */
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { chromiumLaunchOptions } from './lib/chromium.ts';
import { serveDist } from './lib/serve.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'docs/screenshots' },
    only: { type: 'string' },
    full: { type: 'boolean', default: false },
  },
});

const site = await serveDist('dist');
const fixtures = existsSync('dist-fixtures/index.html') ? await serveDist('dist-fixtures') : undefined;
const firstPost = await site.firstPostPath();
const shots = [
  { name: 'home', server: site, path: '/' },
  { name: 'post', server: site, path: firstPost },
  { name: 'post-portrait-cover', server: fixtures, path: '/posts/book-portrait/' },
  { name: 'post-landscape-still', server: fixtures, path: '/posts/film-interstellar/' },
  { name: 'shelf', server: fixtures, path: '/shelf/' },
  { name: 'creator', server: fixtures, path: encodeURI('/creators/홍길동/') },
  { name: 'quotes', server: fixtures, path: '/quotes/' },
  { name: 'tags', server: site, path: '/tags/' },
  { name: 'archive', server: fixtures, path: '/archive/' },
  { name: 'search', server: site, path: `/search/?q=${encodeURIComponent('전력')}` },
].filter((s) => !values.only || values.only.split(',').includes(s.name));
const browser = await chromium.launch(chromiumLaunchOptions);
await mkdir(values.out, { recursive: true });

for (const theme of ['light', 'dark'] as const) {
  for (const width of [360, 1280]) {
    const context = await browser.newContext({
      viewport: { width, height: width < 600 ? 780 : 900 },
      deviceScaleFactor: width < 600 ? 2 : 1,
      colorScheme: theme,
    });
    const page = await context.newPage();
    for (const { name, server, path } of shots) {
      if (!server) {
        console.warn(`${name}: no dist-fixtures/ (npm run build:fixtures), skipped`);
        continue;
      }
      await page.goto(server.url + path, { waitUntil: 'networkidle' });
      // A search page with a query: its results come after Pagefind's wasm starts, which can be after the
      // network goes quiet.
      if (path.includes('?q=')) await page.locator('[data-search-status]:not(:empty)').waitFor();
      // Fonts and decoded images, or the screenshot catches blank boxes where covers are still decoding.
      await page.evaluate(async () => {
        await document.fonts.ready;
        await Promise.all([...document.images].filter((i) => i.complete).map((i) => i.decode().catch(() => undefined)));
      });
      const file = `${values.out}/${name}-${width}-${theme}.png`;
      await page.screenshot({ path: file, fullPage: values.full });
      console.log(file);
    }
    await context.close();
  }
}
await browser.close();
await site.close();
await fixtures?.close();
