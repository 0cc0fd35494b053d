/**
 * The sitemap (@astrojs/sitemap) with a `lastmod` per page, read from the page itself (the
 * article:modified_time meta of posts, og:updated_time of listings), so the two can never disagree,
 * and without the pages that say noindex.
 */
import { open } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { SitemapOptions } from '@astrojs/sitemap';

/** The last-modified time a built page declares in its head, if any. */
export function modifiedTimeFromHtml(html: string): string | undefined {
  const match = /<meta\s+property="(?:article:modified_time|og:updated_time)"\s+content="([^"]+)"/.exec(html);
  return match?.[1];
}

const STEP = 16 * 1024;

/**
 * The page's text up to the end of its <head> (or all of it, if it has none). The sitemap asks for
 * every page one after another, and the meta sits in the first few KB: reading whole pages (75 KB each,
 * 1,700 of them at 1,000 posts) cost about a second of a build.
 */
export async function readHead(file: string): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const chunks: Buffer[] = [];
    for (;;) {
      const buffer = Buffer.alloc(STEP);
      const { bytesRead } = await handle.read(buffer, 0, STEP, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      // Searched as bytes, so a chunk boundary inside a multi-byte character does not matter.
      const tail = Buffer.concat(chunks.slice(-2));
      if (tail.includes('</head>')) break;
    }
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    await handle.close();
  }
}

/** The sitemap's `serialize` option for a site built into `outDir` (a file URL ending in a slash). */
export function lastmodFromPages(outDir: URL): NonNullable<NonNullable<SitemapOptions>['serialize']> {
  return async (item) => {
    const path = decodeURI(new URL(item.url).pathname);
    try {
      const head = await readHead(fileURLToPath(new URL(`.${path}index.html`, outDir)));
      // A page that asks not to be indexed (an empty listing) is not offered to search engines.
      if (/<meta\s+name="robots"\s+content="noindex"/.test(head)) return undefined;
      const lastmod = modifiedTimeFromHtml(head);
      if (lastmod) item.lastmod = lastmod;
    } catch {
      // Not an HTML page of ours (should not happen for directory-format routes): no lastmod.
    }
    return item;
  };
}
