/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose `cacheKey` and code
 * are both unchanged since the last build is copied from the cache instead of rendered again. So a key
 * must cover everything the page shows that does not come from code, which is why every page that has
 * one passes all its data as props (neighbours, related posts and all) and hashes them here.
 *
 * Content entries are reduced to their digest (Astro's hash of the whole file, frontmatter and body),
 * so a post's key changes with its text even though the body is not among the props.
 */
import { createHash } from 'node:crypto';

interface DigestedEntry {
  collection: string;
  id: string;
  digest: string;
}

const isDigestedEntry = (value: unknown): value is DigestedEntry =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Partial<DigestedEntry>).collection === 'string' &&
  typeof (value as Partial<DigestedEntry>).id === 'string' &&
  typeof (value as Partial<DigestedEntry>).digest === 'string';

/**
 * A short hash of `props` (plain data: objects, arrays, strings, numbers, booleans, dates). Maps, sets
 * and functions are refused rather than hashed as `{}`, which would let a changed page keep its key.
 */
export function cacheKey(props: unknown): string {
  const json = JSON.stringify(props, (key, value: unknown) => {
    if (value instanceof Map || value instanceof Set || typeof value === 'function') {
      throw new TypeError(`cacheKey: "${key}" is not plain data (a Map, Set or function cannot be hashed)`);
    }
    if (isDigestedEntry(value)) return `${value.collection}/${value.id}@${value.digest}`;
    return value;
  });
  return createHash('sha256')
    .update(json ?? '')
    .digest('base64url')
    .slice(0, 22);
}
