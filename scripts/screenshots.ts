/**
 * Screenshots of the built site for the README and for review: home, a post, tags and archive, in light
 * and dark, at 360 px and 1280 px. Serves dist/ itself; run `npm run build` first.
 *   npm run screenshots [-- --out docs/screenshots] [-- --dist dist] [-- --pages /,/posts/x/] [-- --full]
 */
import { chromium } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { chromiumLaunchOptions } from './lib/chromium.ts';
import { serveDist } from './lib/serve.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'docs/screenshots' },
    dist: { type: 'string', default: 'dist' },
    pages: { type: 'string' },
    full: { type: 'boolean', default: false },
  },
});

const server = await serveDist(values.dist);
const browser = await chromium.launch(chromiumLaunchOptions);
const firstPost = await server.firstPostPath();
const pages = values.pages?.split(',') ?? ['/', firstPost, '/tags/', '/archive/'];
await mkdir(values.out, { recursive: true });

for (const theme of ['light', 'dark'] as const) {
  for (const width of [360, 1280]) {
    const context = await browser.newContext({
      viewport: { width, height: width < 600 ? 780 : 900 },
      deviceScaleFactor: width < 600 ? 2 : 1,
      colorScheme: theme,
    });
    const page = await context.newPage();
    for (const path of pages) {
      await page.goto(server.url + path, { waitUntil: 'networkidle' });
      // A search page with a query: its results come after Pagefind's wasm starts, which can be after the
      // network goes quiet.
      if (path.includes('?q=')) await page.locator('[data-search-status]:not(:empty)').waitFor();
      // Fonts and decoded images, or the screenshot catches blank boxes where covers are still decoding.
      await page.evaluate(async () => {
        await document.fonts.ready;
        await Promise.all([...document.images].filter((i) => i.complete).map((i) => i.decode().catch(() => undefined)));
      });
      const name =
        path === '/' ? 'home' : path === firstPost ? 'post' : path.replace(/\W+/g, '-').replace(/^-|-$/g, '');
      const file = `${values.out}/${name}-${width}-${theme}.png`;
      await page.screenshot({ path: file, fullPage: values.full });
      console.log(file);
    }
    await context.close();
  }
}
await browser.close();
await server.close();
