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
 * So when the store was written while a page was being made (its file's time differs at the end of the
 * request from the start), the store is changed once more as soon as no page is being made
 * (src/loader/dev-errors.ts: touchStores), and Astro's own handling of a change runs again with nothing
 * in its way. Writing the store is what Astro's handling hangs on; doing its steps here instead would
 * copy its internals.
 */
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { touchStores } from '../loader/dev-errors.ts';

/** A request for a page, not for a module, a style or an image. */
function asksForPage(headers: Record<string, string | string[] | undefined>): boolean {
  const accept = headers['accept'];
  return typeof accept === 'string' && accept.includes('text/html');
}

/** How long the write that follows a touch (Astro's 500 ms debounce, then the write) may take. */
const TOUCH_SETTLES_MS = 2_000;
/** How long a page the browser gave up on may still be in the making on the server. */
const ABANDONED_MS = 2_000;

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
        const storeWrittenAt = () => {
          try {
            return statSync(storeFile).mtimeMs;
          } catch {
            return 0;
          }
        };
        let underWay = 0;
        let touch = false;
        let touchedAt = 0;
        const touchWhenIdle = () => {
          if (!touch || underWay > 0) return;
          touch = false;
          touchedAt = Date.now();
          touchStores();
        };

        server.middlewares.use((request, response, next) => {
          if (request.method === 'GET' && asksForPage(request.headers)) {
            const before = storeWrittenAt();
            underWay += 1;
            let done = false;
            const finish = () => {
              if (done) return;
              done = true;
              underWay -= 1;
              // Not for the write a touch causes, or a page asked for all the time would reload open
              // pages for ever.
              if (storeWrittenAt() !== before && Date.now() - touchedAt > TOUCH_SETTLES_MS) touch = true;
              touchWhenIdle();
            };
            response.once('finish', finish);
            // A reload while the page was loading: the browser has gone, the page is still being made.
            response.once('close', () => {
              if (!response.writableFinished) setTimeout(finish, ABANDONED_MS).unref();
            });
          }
          next();
        });
      },
    },
  };
}
