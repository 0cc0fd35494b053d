/**
 * Loads the index chunks a search can need before Pagefind searches. Pagefind 1.6 loads, for each query
 * word, only the chunk whose word range holds that word, but it matches query words as prefixes: the
 * longer words a prefix matches can sort into the chunks after it, and a fresh search misses them
 * (index-chunks.ts, which writes the ranges this reads). So every chunk whose range overlaps the words
 * that start with a query word is preloaded, at most MAX_CHUNKS_PER_WORD of them: a very short prefix
 * of a very common syllable spans many chunks, and the bytes a first query downloads must stay small.
 */
import { squashWord } from './korean-text.ts';

export const MAX_CHUNKS_PER_WORD = 4;

export interface ChunkLoader {
  preload(term: string): Promise<void>;
}

type Range = [from: string, to: string];

/** A query word as Pagefind keys its index: lower case, letters and digits, decomposed (pagefind.js). */
export function indexKey(word: string): string {
  return squashWord(word)
    .normalize('NFD')
    .replace(/(?![\u3099\u309A])\p{M}/gu, '');
}

/**
 * The chunks (as the first word of each) that can hold words starting with `key`. A chunk's `to` is cut
 * to the shortest prefix that still sorts before the next chunk, so a `to` that `key` starts with
 * covers `key` too.
 */
export function chunksFor(ranges: readonly Range[], key: string): string[] {
  const found: string[] = [];
  for (const [from, to] of ranges) {
    const reaches = to >= key || key.startsWith(to);
    const starts = from <= key || from.startsWith(key);
    if (reaches && starts) found.push(from);
    else if (found.length > 0) break; // ranges are sorted: past the words that start with key
    if (found.length >= MAX_CHUNKS_PER_WORD) break;
  }
  return found;
}

let ranges: Promise<Range[]> | undefined;

/** Preloads the chunks every word of `searches` can need. Without the range file, Pagefind does as it does. */
export async function preloadChunks(pagefind: ChunkLoader, searches: readonly string[], path: string): Promise<void> {
  ranges ??= fetch(path)
    .then((response) => (response.ok ? (response.json() as Promise<Range[]>) : []))
    .catch(() => []);
  const list = await ranges;
  const keys = new Set(searches.flatMap((search) => search.split(' ').map(indexKey)).filter(Boolean));
  const firsts = new Set([...keys].flatMap((key) => chunksFor(list, key)));
  await Promise.all([...firsts].map((from) => pagefind.preload(from)));
}
