/**
 * Content errors while `npm run dev` runs. Astro only logs a post that stops matching its schema
 * ("Failed to reload x.md") and keeps serving the last good page with status 200, so an author who saves
 * `rating: 9` sees nothing wrong in the browser. The loader records such errors here instead;
 * src/middleware.ts turns them into Astro's error overlay on every page, and the dev integration
 * (src/build/dev-content-errors.ts) reloads open pages when the list changes, broken or fixed.
 *
 * The registry lives on globalThis under a registered symbol: the loader, the middleware and the
 * integration run in different module graphs of one process.
 */
import type { LoaderContext } from 'astro/loaders';

interface Registry {
  errors: Map<string, string>;
  changed?: (() => void) | undefined;
}

const KEY = Symbol.for('blog.dev-content-errors');
const registry = (): Registry => {
  const scope = globalThis as { [KEY]?: Registry };
  return (scope[KEY] ??= { errors: new Map() });
};

export function reportContentError(file: string, message: string): void {
  const { errors, changed } = registry();
  if (errors.get(file) === message) return;
  errors.set(file, message);
  changed?.();
}

export function clearContentError(file: string): void {
  const { errors, changed } = registry();
  if (errors.delete(file)) changed?.();
}

/** What the browser shows while posts are broken, or undefined. */
export function contentErrorsMessage(): string | undefined {
  const { errors } = registry();
  if (errors.size === 0) return undefined;
  return (
    `글 ${errors.size}개에 고칠 곳이 있습니다. 고쳐서 저장하면 이 화면은 저절로 사라집니다.\n\n` +
    [...errors.values()].join('\n\n')
  );
}

/** Called whenever the list changes (the dev server reloads open pages). */
export function onContentErrorsChange(listener: () => void): void {
  registry().changed = listener;
}

/** What parseData hands back for a post broken in dev: the store drops it (see `devStore`). */
export const BROKEN = Object.freeze({ __blogBrokenEntry: true });

/**
 * The store, in dev, without broken entries: one is dropped together with its last good version, so
 * the page is not served stale, and so glob() does not later find the fixed file's digest equal to
 * that version's and skip parsing it (which would leave the error showing).
 */
export function devStore(store: LoaderContext['store']): LoaderContext['store'] {
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'set') {
        return (entry: Parameters<typeof target.set>[0]) =>
          entry.data === BROKEN ? (target.delete(entry.id), false) : target.set(entry);
      }
      const value: unknown = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
