/**
 * In `astro dev` there is no build, so the dev server serves the index of the last build, read-only,
 * from <outDir>/pagefind/. Anything else under /pagefind/ is a 404 (a missing file, a folder, an address
 * that does not decode), so the search page can tell "no index yet" from a broken one.
 */
import { stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { SEARCH_INDEX_DIR } from '../urls.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};

export type DevIndexAnswer =
  { kind: 'pass' } | { kind: 'not-found' } | { kind: 'file'; file: string; contentType: string };

/** What the dev server does with a request for `url` (its path and query, as Node gives it). */
export async function devIndexAnswer(outDir: string, url: string): Promise<DevIndexAnswer> {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url, 'http://x').pathname);
  } catch {
    // A malformed escape ("%E0%A4%A") is not one of our files; other routes may still want it.
    return url.startsWith(`/${SEARCH_INDEX_DIR}/`) ? { kind: 'not-found' } : { kind: 'pass' };
  }
  if (!pathname.startsWith(`/${SEARCH_INDEX_DIR}/`)) return { kind: 'pass' };
  const root = join(outDir, SEARCH_INDEX_DIR);
  const file = normalize(join(outDir, pathname));
  if (!file.startsWith(root + sep)) return { kind: 'not-found' };
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return { kind: 'not-found' };
  return { kind: 'file', file, contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' };
}
