/**
 * Full-text search, one integration: it adds the /search/ page, and after a production build indexes
 * the built post pages with Pagefind's Node API into <outDir>/pagefind/ (write-index.ts: each page with
 * its Korean search tokens). Only pages that exist in the build are read, and a production build has
 * pages for published posts only, so drafts and scheduled posts never reach the index. astro.config.mjs
 * adds it only while search is switched on.
 *
 * Pagefind cannot update an index, and indexing 1,000 posts takes seconds, so the index is kept in
 * Astro's cacheDir under a hash of everything it is made from (index-cache.ts): a build whose post pages
 * did not change copies it instead of indexing again. When some did, the records of the others are
 * kept too (record-cache.ts), so only the changed pages are parsed again.
 */
import { existsSync } from 'node:fs';
import { readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { SEARCH_INDEX_DIR, SEARCH_PATH, postPagesGlob } from '../urls.ts';
import { devIndexAnswer } from './dev-index.ts';
import { copyTree, indexInputKey } from './index-cache.ts';
import { indexLogLine } from './index-log.ts';
import { writeSearchIndex } from './write-index.ts';

export interface SearchOptions {
  /** Language of the whole index (ISO 639-1): the site's `lang`. */
  language: string;
  /** Pages to index, relative to the output folder. Post pages carry data-pagefind-body. */
  glob?: string;
}

export default function searchIntegration({ language, glob = postPagesGlob() }: SearchOptions): AstroIntegration {
  let outDir: string | undefined;
  let cacheDir: string | undefined;
  let recordCacheDir: string | undefined;
  let indexing: Promise<void> | undefined;

  /** Writes <dir>/pagefind/: copied from the cache when the post pages are unchanged, else indexed. */
  async function buildIndex(dir: string, logger: AstroIntegrationLogger): Promise<void> {
    const started = performance.now();
    const output = join(dir, SEARCH_INDEX_DIR);
    const { key, pages } = await indexInputKey(dir, glob, language);
    const cached = cacheDir && join(cacheDir, key);
    if (cached && existsSync(cached)) {
      await copyTree(cached, output);
      logger.info(indexLogLine({ pages, ms: Math.round(performance.now() - started), reused: true }));
      return;
    }
    const summary = await writeSearchIndex({ dir, glob, language, output, recordCacheDir });
    const ms = Math.round(performance.now() - started);
    logger.info(indexLogLine({ pages: summary.pages, ms, reused: false, recordsReused: summary.recordsReused }));
    if (cacheDir && cached) {
      // Only the newest index is kept: an older one would only be reused after an undo.
      // Copied beside it, then renamed: a build stopped halfway never leaves half an index to reuse.
      await rm(cacheDir, { recursive: true, force: true });
      const partial = `${cached}.${process.pid}.partial`;
      await copyTree(output, partial);
      await rename(partial, cached);
    }
  }

  return {
    name: 'blog:pagefind',
    hooks: {
      // The search page belongs to the search feature: with search switched off it does not exist.
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute({
          pattern: SEARCH_PATH.replace(/\/$/, ''),
          entrypoint: new URL('./search.astro', import.meta.url),
        });
      },

      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = join(fileURLToPath(config.cacheDir), SEARCH_INDEX_DIR);
        // Beside the index cache, not in it: that folder holds only the newest index and is emptied.
        recordCacheDir = join(fileURLToPath(config.cacheDir), `${SEARCH_INDEX_DIR}-records`);
      },

      'astro:build:start': () => {
        indexing = undefined;
      },

      // Started as soon as the pages are written and awaited at the end: Pagefind is a process of its own,
      // so it indexes while the build:done hooks of the integrations listed before this one (the sitemap)
      // run on Astro's thread. Those must not change post pages or touch dist/pagefind/.
      'astro:build:generated': ({ dir, logger }) => {
        indexing = buildIndex(fileURLToPath(dir), logger);
        // Awaited (and so reported) in astro:build:done; until then a failure must not be "unhandled".
        indexing.catch(() => {});
      },

      'astro:build:done': async ({ dir, logger }) => {
        // Astro skips build:generated when nothing is prerendered: index here then.
        const pending = indexing ?? buildIndex(fileURLToPath(dir), logger);
        indexing = undefined;
        await pending;
      },

      // Dev: serve the last build's index (dev-index.ts).
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(async (req, res, next) => {
          const answer = outDir ? await devIndexAnswer(outDir, req.url ?? '/') : { kind: 'pass' as const };
          if (answer.kind === 'pass') return next();
          if (answer.kind === 'not-found') {
            res.statusCode = 404;
            res.end();
            return;
          }
          res.setHeader('Content-Type', answer.contentType);
          res.setHeader('Cache-Control', 'no-store');
          res.end(await readFile(answer.file));
        });
      },
    },
  };
}
