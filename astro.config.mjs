// @ts-check
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { resolveSiteUrl } from './src/lib/site-url.ts';
import { modifiedTimeFromHtml } from './src/lib/lastmod.ts';

const site = resolveSiteUrl(process.env);
const contentDir = process.env.BLOG_CONTENT_DIR;
const outDir = process.env.BLOG_OUT_DIR || './dist';

/**
 * Astro's content store does not notice when BLOG_CONTENT_DIR points elsewhere, and a stale store has
 * failed builds: each content folder gets its own cache.
 */
const cacheDir = contentDir
  ? `./node_modules/.astro-content-${createHash('sha256').update(contentDir).digest('hex').slice(0, 12)}`
  : './node_modules/.astro';

const distUrl = new URL(outDir.endsWith('/') ? outDir : `${outDir}/`, new URL('./', import.meta.url));

export default defineConfig({
  site,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  prerenderConflictBehavior: 'error',
  markdown: {
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' } },
  },
  integrations: [
    mdx(),
    sitemap({
      // lastmod comes from the page itself, so it can never disagree with what the page says.
      async serialize(item) {
        const path = decodeURI(new URL(item.url).pathname);
        try {
          const html = await readFile(fileURLToPath(new URL(`.${path}index.html`, distUrl)), 'utf8');
          const lastmod = modifiedTimeFromHtml(html);
          if (lastmod) item.lastmod = lastmod;
        } catch {
          // Not an HTML page of ours (should not happen for directory-format routes): no lastmod.
        }
        return item;
      },
    }),
  ],
});
