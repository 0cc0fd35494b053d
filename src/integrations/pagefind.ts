/**
 * Full-text search: after a production build, index the built post pages with Pagefind's Node API and
 * write the index to <outDir>/pagefind/. Only pages that exist in the build are read, and a production
 * build has pages for published posts only, so drafts and scheduled posts never reach the index.
 *
 * Pagefind cannot update an index, and indexing 1,000 posts takes seconds, so the index is kept in
 * Astro's cacheDir under a hash of everything it is made from (the indexed pages, Pagefind's version,
 * the options): a build whose post pages did not change copies it instead of indexing again.
 *
 * In `astro dev` there is no build, so the dev server serves the index of the last build (if any) under
 * /pagefind/; the search page explains what to run when there is none.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, glob as findFiles, mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { mapLimited } from '../lib/map-limited.ts';
import * as pagefind from 'pagefind';

/** Where the index lives under the site root; the search page imports `/pagefind/pagefind.js`. */
export const PAGEFIND_DIR = 'pagefind';

export interface PagefindOptions {
  /** Pages to index, relative to the output folder. Post pages carry data-pagefind-body. */
  glob?: string;
  /** Language of the whole index (ISO 639-1); the site is Korean-first, posts in other languages too. */
  language?: string;
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};

export default function pagefindIntegration({
  glob = 'posts/*/index.html',
  language = 'ko',
}: PagefindOptions = {}): AstroIntegration {
  let outDir: string | undefined;
  let cacheDir: string | undefined;
  let indexing: Promise<void> | undefined;

  /** Writes <site>/pagefind/: copied from the cache when the post pages are unchanged, else indexed. */
  async function buildIndex(site: string, logger: AstroIntegrationLogger): Promise<void> {
    const started = performance.now();
    const output = join(site, PAGEFIND_DIR);
    const { key, pages } = await inputKey(site, glob, language);
    const cached = cacheDir && join(cacheDir, key);
    if (cached && existsSync(cached)) {
      await copyTree(cached, output);
      const ms = Math.round(performance.now() - started);
      logger.info(`${pages} post pages unchanged: reused their index (${ms} ms)`);
      return;
    }
    try {
      const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
      if (!index) throw new Error(errors.join('\n'));
      const added = await index.addDirectory({ path: site, glob });
      if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
      const written = await index.writeFiles({ outputPath: output });
      if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
      const ms = Math.round(performance.now() - started);
      logger.info(`indexed ${added.page_count} post pages in ${ms} ms`);
    } finally {
      await pagefind.close();
    }
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
        injectRoute({ pattern: '/search', entrypoint: new URL('../routes/search.astro', import.meta.url) });
      },

      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = join(fileURLToPath(config.cacheDir), 'pagefind');
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

      // Dev: serve the last build's index, read-only. Anything else under /pagefind/ is a 404, so the
      // search page can tell "no index yet" from a broken one.
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(async (req, res, next) => {
          const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
          if (!pathname.startsWith(`/${PAGEFIND_DIR}/`) || !outDir) return next();
          const root = join(outDir, PAGEFIND_DIR);
          const file = normalize(join(outDir, pathname));
          if (!file.startsWith(root) || !existsSync(file)) {
            res.statusCode = 404;
            res.end();
            return;
          }
          res.setHeader('Content-Type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
          res.setHeader('Cache-Control', 'no-store');
          res.end(await readFile(file));
        });
      },
    },
  };
}

/** Pagefind's package.json (its version decides the index format), read once. */
let pagefindManifest: Promise<Buffer> | undefined;
const readPagefindManifest = () =>
  (pagefindManifest ??= readFile(new URL('../package.json', import.meta.resolve('pagefind'))));

/** A hash of everything the index is made from, and how many pages that is. */
async function inputKey(site: string, glob: string, language: string): Promise<{ key: string; pages: number }> {
  const files = (await Array.fromAsync(findFiles(glob, { cwd: site }))).sort();
  // A digest per page rather than the pages themselves: at 5,000 posts they are 250 MB.
  const digests = await mapLimited(files, 32, async (file) =>
    createHash('sha256')
      .update(await readFile(join(site, file)))
      .digest(),
  );
  const hash = createHash('sha256');
  hash.update(await readPagefindManifest()).update(`\0${language}\0${glob}\0`);
  files.forEach((file, i) => hash.update(`${file}\0`).update(digests[i] as Buffer));
  return { key: hash.digest('hex').slice(0, 32), pages: files.length };
}

/** Copies the folder `from` to `to` (fs.cp copies one file at a time: ~0.9 s for a 1,000-post index). */
async function copyTree(from: string, to: string): Promise<void> {
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  const dirs = entries.filter((e) => e.isDirectory()).map((e) => join(e.parentPath, e.name));
  for (const dir of [from, ...dirs]) await mkdir(join(to, dir.slice(from.length)), { recursive: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  await mapLimited(files, 32, (file) => copyFile(file, join(to, file.slice(from.length))));
}
