/**
 * The index records of unchanged pages, kept between builds. Pagefind cannot update an index, so a
 * one-post edit indexes every page again; but making the records (parsing each page, cutting its
 * Korean tokens: about 2 s of a 1,000-post build) is ours, and a record is made from the page's
 * <article> alone, so a post whose article did not change (only its footer's year, say, or a
 * neighbour's title) gives the same record. Each record is a file named by a hash of the article and of
 * the code that makes records (index-cache.ts), so a change of rules never reuses an old one. Used by
 * write-index.ts.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mapLimited } from '../lib/map-limited.ts';
import { recordCodeDigest } from './index-cache.ts';
import { articleOf, type IndexRecord } from './page-record.ts';

export interface RecordCache {
  /** The record of `page`, from the cache or made by `make` (and then kept). */
  get(page: string, make: (page: string) => IndexRecord | undefined): Promise<IndexRecord | undefined>;
  /** Removes the records no page of this build asked for, and writes the ones made. */
  finish(): Promise<{ reused: number; made: number }>;
}

/** A record cache in `dir`; without `dir`, every record is made and nothing is kept. */
export async function recordCache(dir: string | undefined, language: string): Promise<RecordCache> {
  if (!dir) return { get: async (page, make) => make(page), finish: async () => ({ reused: 0, made: 0 }) };
  const code = await recordCodeDigest();
  await mkdir(dir, { recursive: true });
  const used = new Set<string>();
  const made = new Map<string, IndexRecord | null>();
  let reused = 0;
  const nameOf = (page: string) =>
    `${createHash('sha256')
      .update(code)
      .update(`\0${language}\0`)
      .update(articleOf(page) ?? page)
      .digest('hex')
      .slice(0, 40)}.json`;

  return {
    async get(page, make) {
      const name = nameOf(page);
      used.add(name);
      try {
        const kept = JSON.parse(await readFile(join(dir, name), 'utf8')) as IndexRecord | null;
        reused++;
        return kept ?? undefined;
      } catch {
        // Not kept yet, or a file left half-written by a stopped build: make it again.
      }
      const record = make(page);
      made.set(name, record ?? null);
      return record;
    },
    async finish() {
      await mapLimited([...made], 16, async ([name, record]) => {
        // Written beside, then renamed: a build stopped halfway never leaves half a record.
        const partial = join(dir, `${name}.${process.pid}.partial`);
        await writeFile(partial, JSON.stringify(record));
        await rename(partial, join(dir, name));
      });
      const stale = (await readdir(dir)).filter((name) => !used.has(name));
      await mapLimited(stale, 32, (name) => rm(join(dir, name), { force: true }));
      return { reused, made: made.size };
    },
  };
}
