// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { headingAnchors } from './src/markdown/heading-anchors.ts';
import { ui } from './src/i18n/ko.ts';

const footnoteLabels = ui.footnotes;
import pagefind from './src/integrations/pagefind.ts';
import { cspDirectives, cspScriptResources } from './src/lib/csp.ts';
import { site as siteConfig } from './src/site.config.ts';
import mdxErrorHint from './src/integrations/mdx-error-hint.ts';
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

/**
 * sha256 of an inline script, as CSP wants it.
 * @param {string} path
 * @returns {`sha256-${string}`}
 */
const scriptHash = (path) =>
  `sha256-${createHash('sha256')
    .update(readFileSync(new URL(path, import.meta.url)))
    .digest('base64')}`;

const distUrl = new URL(outDir.endsWith('/') ? outDir : `${outDir}/`, new URL('./', import.meta.url));

export default defineConfig({
  site,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  /*
   * Four pages in flight at once: social cards are rasterised by sharp off the main thread, so while
   * one card is encoded the next page renders (a cold 1,000-post build: 95 s -> 43 s on 2 cores).
   */
  build: { format: 'directory', concurrency: 4 },
  /*
   * Pages whose getStaticPaths gives a cacheKey (posts, listings, older feed pages, social cards) are
   * copied from the last build when neither the key nor their code changed. Keys hash the page's props
   * (src/lib/cache-key.ts); the cache is in cacheDir, kept between deploys where node_modules is (README).
   */
  experimental: { incrementalBuild: true },
  prerenderConflictBehavior: 'error',
  /*
   * A CSP <meta> on every page: scripts and styles only from this site or by hash (Astro hashes what it
   * bundles; the theme script in BaseHead is inlined from src/scripts/theme-init.js and hashed here).
   * The directives live in src/lib/csp.ts (third parties only for features switched on).
   * frame-ancestors cannot be set from a <meta>: netlify.toml and vercel.json send it as a header.
   */
  security: {
    csp: {
      directives: cspDirectives(siteConfig),
      scriptDirective: {
        resources: cspScriptResources(siteConfig),
        hashes: [scriptHash('./src/scripts/theme-init.js')],
      },
    },
  },
  markdown: {
    processor: satteri({
      hastPlugins: [headingAnchors],
      features: { gfm: { footnotes: { label: footnoteLabels.label, backLabel: footnoteLabels.backLabel } } },
    }),
    // Prism marks tokens with classes (coloured in prose.css for both themes); Shiki's inline styles
    // would need 'unsafe-inline' styles under the CSP.
    syntaxHighlight: 'prism',
  },
  integrations: [
    mdx(),
    mdxErrorHint(),
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
    // Last: the index is built while the build:done hooks listed before it run (pagefind.ts), so those must
    // not change post pages or touch dist/pagefind/.
    ...(siteConfig.search.enabled ? [pagefind()] : []),
  ],
});
