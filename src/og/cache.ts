import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Where rendered cards are kept between builds. Keys are content hashes, so one folder serves all sites.
 * BLOG_OG_CACHE_DIR moves it (the benchmark uses an empty one for its cold builds).
 */
export const DEFAULT_CACHE_DIR = process.env.BLOG_OG_CACHE_DIR || 'node_modules/.cache/og';

export interface CardCache {
  get(key: string): Promise<Buffer | undefined>;
  put(key: string, png: Buffer): Promise<void>;
}

/** Makes each temporary file name unique within the process: two posts can have the same card. */
let writes = 0;

/** A disk cache of PNG files named by key. */
export function diskCache(dir: string = DEFAULT_CACHE_DIR): CardCache {
  const file = (key: string) => path.join(dir, `${key}.png`);
  return {
    async get(key) {
      try {
        return await readFile(file(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    async put(key, png) {
      await mkdir(dir, { recursive: true });
      // Write then rename: a build running next to us never reads half a file.
      const tmp = `${file(key)}.${process.pid}.${++writes}.tmp`;
      await writeFile(tmp, png);
      await rename(tmp, file(key));
    },
  };
}

const inFlight = new WeakMap<CardCache, Map<string, Promise<Buffer>>>();

/**
 * The cached PNG for `key`, or render, store and return it. Cards asked for again while one is being
 * made (two posts with the same title and work) wait for that one.
 */
export function cachedCard(key: string, cache: CardCache, render: () => Promise<Buffer>): Promise<Buffer> {
  const pending = inFlight.get(cache) ?? new Map<string, Promise<Buffer>>();
  inFlight.set(cache, pending);
  const running = pending.get(key);
  if (running) return running;
  const card = (async () => {
    const hit = await cache.get(key);
    if (hit) return hit;
    const png = await render();
    await cache.put(key, png);
    return png;
  })().finally(() => pending.delete(key));
  pending.set(key, card);
  return card;
}
