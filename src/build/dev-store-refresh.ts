/**
 * `npm run dev`: a page asked for while Astro writes the content store does not leave the old posts behind.
 *
 * When the content store is written, Astro (7.3) invalidates the module that holds the posts, clears its
 * cache of getStaticPaths() results and reloads open pages. A page request under way at that moment
 * can finish with the posts of before and keep them: in the route cache (core/render/route-cache.js
 * awaits getStaticPaths() between reading the cache and writing it) or in the store module's instance.
 * A post just fixed then answers 404, or a post just deleted still answers, until the next save. Two
 * saves in quick succession, or a slow machine, are enough.
 *
 * So when a page request overlapped a write of the store, the store is changed once more as soon as no
 * page is being made (src/loader/dev-errors.ts: rewriteStores), and Astro's own handling of a change
 * runs again with nothing in its way. Writing the store is what Astro's handling hangs on; doing its
 * steps here instead would copy its internals.
 */
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { rewriteStores } from '../loader/dev-errors.ts';

/** A request for a page, not for a module, a style or an image. */
function asksForPage(headers: Record<string, string | string[] | undefined>): boolean {
  const accept = headers['accept'];
  return typeof accept === 'string' && accept.includes('text/html');
}

interface PageRequest {
  start: number;
  end?: number;
}

export default function devStoreRefresh(): AstroIntegration {
  let storeFile = '';
  return {
    name: 'blog:dev-store-refresh',
    hooks: {
      'astro:config:done': ({ config }) => {
        // Where Astro keeps the store in dev (content/paths.js: getDataStoreFile).
        storeFile = fileURLToPath(new URL('.astro/data-store.json', config.root));
      },
      'astro:server:setup': ({ server }) => {
        /** Page requests under way, and those finished in the last seconds. */
        let requests: PageRequest[] = [];
        let rewrite = false;

        const rewriteWhenIdle = () => {
          if (!rewrite || requests.some((r) => r.end === undefined)) return;
          rewrite = false;
          rewriteStores();
        };

        server.middlewares.use((request, response, next) => {
          if (request.method === 'GET' && asksForPage(request.headers)) {
            const now = Date.now();
            requests = requests.filter((r) => r.end === undefined || now - r.end < 5_000);
            const made: PageRequest = { start: now };
            requests.push(made);
            response.once('close', () => {
              made.end = Date.now();
              rewriteWhenIdle();
            });
          }
          next();
        });

        const onStoreWritten = (file: string) => {
          if (file !== storeFile) return;
          let written: number;
          try {
            written = statSync(file).mtimeMs;
          } catch {
            return;
          }
          if (requests.some((r) => r.start <= written && (r.end === undefined || r.end >= written))) {
            rewrite = true;
            rewriteWhenIdle();
          }
        };
        server.watcher.on('change', onStoreWritten);
        server.watcher.on('add', onStoreWritten);
      },
    },
  };
}
