/**
 * Content errors while `npm run dev` runs. Astro only logs a post that stops matching its schema
 * ("Failed to reload x.md") and keeps serving the last good page with status 200, so an author who saves
 * `rating: 9` sees nothing wrong in the browser. The loader records such errors here instead, and
 * src/middleware.ts turns them into Astro's error overlay on every page.
 *
 * Open pages reload when the list changes because the loader keeps a copy of it in the content store's
 * meta (`showInBrowser`): a change to the list is then a change to the store, and Astro reloads the
 * pages itself, once, after it has written the store. A reload of our own, sent before that write, raced
 * it: a page asked for in between could leave Astro's route cache holding the old list of posts, and
 * the fixed post answered 404 until the next save.
 *
 * The registry lives on globalThis under a registered symbol: the loader and the middleware run in
 * different module graphs of one process.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { LoaderContext } from 'astro/loaders';

interface Registry {
  /** Each broken post's message, by its absolute path. */
  errors: Map<string, string>;
  /** Each collection's meta store, by collection (see `touchStores`). */
  metas: Map<string, LoaderContext['meta']>;
}

const KEY = Symbol.for('blog.dev-content');
const shared = (): Registry => {
  const scope = globalThis as { [KEY]?: Registry };
  return (scope[KEY] ??= { errors: new Map(), metas: new Map() });
};
const errors = () => shared().errors;

/** Records the file's error; true if the list changed. */
export function reportContentError(file: string, message: string): boolean {
  // One spelling of a path, whoever reports it: the watcher's, glob()'s or the store's.
  const key = path.resolve(file);
  if (errors().get(key) === message) return false;
  errors().set(key, message);
  return true;
}

/** Forgets the file's error; true if the list changed. */
export function clearContentError(file: string): boolean {
  return errors().delete(path.resolve(file));
}

/** What the browser shows while posts are broken, or undefined. */
export function contentErrorsMessage(): string | undefined {
  const list = errors();
  if (list.size === 0) return undefined;
  return (
    `글 ${list.size}개에 고칠 곳이 있습니다. 고쳐서 저장하면 이 화면은 저절로 사라집니다.\n\n` +
    [...list.values()].join('\n\n')
  );
}

/** Puts the list in the store's meta, so that Astro reloads open pages once it has written the store. */
export function showInBrowser(meta: LoaderContext['meta']): void {
  meta.set('dev-content-errors', contentErrorsMessage() ?? '');
}

/** Lets `touchStores` reach this collection's store. */
export function registerStore(collection: string, meta: LoaderContext['meta']): void {
  shared().metas.set(collection, meta);
}

/**
 * Changes every collection's store (a stamp in its meta), so that Astro writes it again and, after
 * that, does everything a change of content does: fresh posts for every page, its route cache
 * cleared, open pages reloaded (see src/build/dev-store-refresh.ts for why that is needed).
 */
export function touchStores(): void {
  const stamp = String(Date.now());
  for (const meta of shared().metas.values()) meta.set('dev-touched', stamp);
}

/** What parseData hands back for a post broken in dev: the store drops it (see `devStore`). */
export class BrokenEntry {
  constructor(readonly message: string) {}
}

interface DevStoreOptions {
  /** The file an entry was read from (entries hold it relative to Astro's root). */
  entryFile: (entryFilePath: string) => string;
  /** The digest glob() gives the same text (LoaderContext.generateDigest). */
  digest: (contents: string) => string;
  logger: LoaderContext['logger'];
  meta: LoaderContext['meta'];
  /**
   * False during the first load: glob() is not listening for changes yet, so a post saved then would
   * not be parsed again, and its older version is better than none. Also saves reading every post twice.
   */
  watching: () => boolean;
  /** Has the file parsed again (late-writes.ts). */
  reportAgain: (file: string) => void;
}

/** Stale parses of one file in a row after which the entry is taken anyway, so that nothing loops. */
const STALE_RETRIES = 3;

function digestOnDisk(file: string, digest: DevStoreOptions['digest']): string | undefined {
  try {
    return digest(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * The store, in dev. It is where a post's fate is decided, because only here is the digest of the text
 * that was parsed known:
 * - An entry parsed from a version of its file that is no longer on disk is dropped and the file is
 *   parsed again: a save read half-way and a slow parse of it must not undo the parse of the finished
 *   file, nor stand for it.
 * - A broken entry is shown in the browser and dropped together with its last good version, so the
 *   page is not served stale, and so glob() does not later find the fixed file's digest equal to that
 *   version's and skip parsing it (which would leave the error showing).
 * - A good entry clears its file's error.
 */
export function devStore(
  store: LoaderContext['store'],
  { entryFile, digest, logger, meta, watching, reportAgain }: DevStoreOptions,
): LoaderContext['store'] {
  const staleInARow = new Map<string, number>();
  const isStale = (file: string, entryDigest: string | number | undefined): boolean => {
    if (!watching() || entryDigest === undefined || digestOnDisk(file, digest) === String(entryDigest)) {
      staleInARow.delete(file);
      return false;
    }
    const times = (staleInARow.get(file) ?? 0) + 1;
    if (times > STALE_RETRIES) {
      staleInARow.delete(file);
      return false;
    }
    staleInARow.set(file, times);
    reportAgain(file);
    return true;
  };
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'set') {
        return (entry: Parameters<typeof target.set>[0]) => {
          const file = entry.filePath === undefined ? undefined : entryFile(entry.filePath);
          if (file && isStale(file, entry.digest)) return false;
          if (entry.data instanceof BrokenEntry) {
            if (file) logger.error(entry.data.message);
            if (file && reportContentError(file, entry.data.message)) showInBrowser(meta);
            target.delete(entry.id);
            return false;
          }
          if (file && clearContentError(file)) showInBrowser(meta);
          return target.set(entry);
        };
      }
      const value: unknown = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
