/**
 * The sitemap (@astrojs/sitemap) with a `lastmod` per page, read from the page itself (the
 * article:modified_time meta of posts, og:updated_time of listings), so the two can never disagree.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { SitemapOptions } from '@astrojs/sitemap';

/** The last-modified time a built page declares in its head, if any. */
export function modifiedTimeFromHtml(html: string): string | undefined {
  const match = /<meta\s+property="(?:article:modified_time|og:updated_time)"\s+content="([^"]+)"/.exec(html);
  return match?.[1];
}

/** The sitemap's `serialize` option for a site built into `outDir` (a file URL ending in a slash). */
export function lastmodFromPages(outDir: URL): NonNullable<NonNullable<SitemapOptions>['serialize']> {
  return async (item) => {
    const path = decodeURI(new URL(item.url).pathname);
    try {
      const html = await readFile(fileURLToPath(new URL(`.${path}index.html`, outDir)), 'utf8');
      const lastmod = modifiedTimeFromHtml(html);
      if (lastmod) item.lastmod = lastmod;
    } catch {
      // Not an HTML page of ours (should not happen for directory-format routes): no lastmod.
    }
    return item;
  };
}
