/**
 * Loads the index chunks a search can need before Pagefind searches. Pagefind 1.6 loads, for each query
 * word, only the chunk whose word range holds that word, but it matches query words as prefixes: the
 * longer words a prefix matches can sort into the chunks after it, and a fresh search misses them
 * (measured at 5,000 posts: 번역 found 4,126 of its 4,610 pages). index-chunks.ts writes the range and
 * size of every chunk; here the chunks after a word's own are preloaded, one word after another in
 * turn, while they fit in PRELOAD_BUDGET bytes: a very common word (저자: 저자는, 저자의, 저자가, …)
 * spans many chunks, and a reader's first query must stay small. Past the budget, a search finds the
 * pages of the chunks it has, which for such a word are already thousands.
 */
import { squashWord } from './korean-text.ts';

export const PRELOAD_BUDGET = 64 * 1024;

export interface ChunkLoader {
  preload(term: string): Promise<void>;
}

export type ChunkRange = [from: string, to: string, bytes: number];

/** A query word as Pagefind keys its index: lower case, letters and digits, decomposed (pagefind.js). */
export function indexKey(word: string): string {
  return squashWord(word)
    .normalize('NFD')
    .replace(/(?![\u3099\u309A])\p{M}/gu, '');
}

/**
 * The chunks that can hold words starting with `key`, in order: the first is the one Pagefind loads
 * itself. A chunk's `to` is cut to the shortest prefix that still sorts before the next chunk, so a
 * `to` that `key` starts with covers `key` too.
 */
export function chunksFor(ranges: readonly ChunkRange[], key: string): ChunkRange[] {
  return ranges.filter(([from, to]) => (to >= key || key.startsWith(to)) && (from <= key || from.startsWith(key)));
}

/** The chunks to preload for `keys`: each key's next chunk in turn, while the bytes fit the budget. */
export function chunksToPreload(ranges: readonly ChunkRange[], keys: readonly string[], budget = PRELOAD_BUDGET) {
  // The chunk whose range holds the word itself, which Pagefind loads (none when the word falls between
  // two chunks: then the words that start with it begin in the next one, which is preloaded).
  const own = new Set(keys.map((key) => chunksFor(ranges, key).find(([from]) => from <= key)).filter((c) => !!c));
  const queues = keys.map((key) => chunksFor(ranges, key).filter((c) => !own.has(c)));
  const chosen = new Set<ChunkRange>();
  let left = budget;
  for (let round = 0; queues.some((q) => q.length > round); round++) {
    for (const queue of queues) {
      const chunk = queue[round];
      if (!chunk || chosen.has(chunk) || chunk[2] > left) continue;
      chosen.add(chunk);
      left -= chunk[2];
    }
  }
  return [...chosen];
}

let ranges: Promise<ChunkRange[]> | undefined;

/** Preloads the chunks the words of `searches` can need. Without the range file, Pagefind does as it does. */
export async function preloadChunks(pagefind: ChunkLoader, searches: readonly string[], path: string): Promise<void> {
  ranges ??= fetch(path)
    .then((response) => (response.ok ? (response.json() as Promise<ChunkRange[]>) : []))
    .catch(() => []);
  const keys = [...new Set(searches.flatMap((search) => search.split(' ').map(indexKey)).filter(Boolean))];
  // Loaded by the first word of the chunk: Pagefind loads the chunk whose range holds the word.
  await Promise.all(chunksToPreload(await ranges, keys).map(([from]) => pagefind.preload(from)));
}
