/**
 * The word range of every chunk of the index, written beside it for the search page (chunks.ts).
 *
 * Pagefind splits its index into chunks by word and loads, for each query word, only the chunk whose
 * range holds that word. Query words match as prefixes, though, and the longer words a prefix matches
 * can sort into the next chunks (measured at 5,000 posts: 번역 found 4,126 of its 4,610 pages in a fresh
 * session), so the search page preloads the chunks a query word's range covers. The ranges live in
 * Pagefind's pf_meta file (gzip of "pagefind_dcd" + CBOR: [version, pages, [[from, to, hash]], …]),
 * which the browser would otherwise have to fetch twice and decode; here they become a small JSON list,
 * with each chunk's size, so the page can keep what it preloads within a byte budget.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';
import { SEARCH_CHUNKS_FILE } from '../urls.ts';

const MAGIC = 'pagefind_dcd';

/** A chunk's first and last word (Pagefind's keys) and its size in bytes, as the search page reads them. */
export type ChunkRange = [from: string, to: string, bytes: number];

/** The chunks listed in a pf_meta file: [from, to, file hash]. */
export function chunkList(pfMeta: Uint8Array): [from: string, to: string, hash: string][] {
  const raw = gunzipSync(pfMeta);
  if (raw.subarray(0, MAGIC.length).toString() !== MAGIC) throw new Error('pf_meta: not a Pagefind meta file');
  const meta: unknown = decode(raw.subarray(MAGIC.length));
  const chunks = Array.isArray(meta) ? meta[2] : undefined;
  if (!Array.isArray(chunks)) throw new Error('pf_meta: no chunk list (has Pagefind changed its format?)');
  return chunks.map((chunk): [string, string, string] => {
    const [from, to, hash] = Array.isArray(chunk) ? chunk : [];
    if (typeof from !== 'string' || typeof to !== 'string' || typeof hash !== 'string')
      throw new Error('pf_meta: a chunk without a range');
    return [from, to, hash];
  });
}

/** Reads the pf_meta file Pagefind wrote to `dir` and writes the chunk ranges beside it. */
export async function writeChunkRanges(dir: string): Promise<number> {
  const metas = (await readdir(dir)).filter((file) => file.endsWith('.pf_meta'));
  if (metas.length !== 1) throw new Error(`expected one pf_meta file in ${dir}, found ${metas.length}`);
  const chunks = chunkList(await readFile(join(dir, metas[0] as string)));
  const ranges = await Promise.all(
    chunks.map(async ([from, to, hash]): Promise<ChunkRange> => {
      const { size } = await stat(join(dir, 'index', `${hash}.pf_index`));
      return [from, to, size];
    }),
  );
  await writeFile(join(dir, SEARCH_CHUNKS_FILE), JSON.stringify(ranges));
  return ranges.length;
}
