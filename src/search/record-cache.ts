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
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
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

/** A kept record as JSON gives it back: an IndexRecord, or null for a page that is not a post. */
function isRecord(value: unknown): value is IndexRecord | null {
  if (value === null) return true;
  const record = value as Partial<IndexRecord> | undefined;
  return typeof record?.html === 'string' && typeof record.tokens === 'number';
}

const PARTIAL = /\.partial$/;
const ABANDONED_MS = 60 * 60 * 1000;

/**
 * A record cache in `dir`; without `dir`, every record is made and nothing is kept. The cache only ever
 * saves time: a folder that cannot be made, read or written means records are made, never a failed build.
 */
export async function recordCache(dir: string | undefined, language: string): Promise<RecordCache> {
  const none: RecordCache = { get: async (page, make) => make(page), finish: async () => ({ reused: 0, made: 0 }) };
  if (!dir) return none;
  try {
    await mkdir(dir, { recursive: true });
  } catch {
    return none;
  }
  const code = await recordCodeDigest();
  const used = new Set<string>();
  // Writes in flight, not the records: at 5,000 posts holding every record until the end would be 50 MB or more.
  const writes: Promise<void>[] = [];
  let reused = 0;
  let made = 0;
  const nameOf = (article: string) =>
    `${createHash('sha256').update(code).update(`\0${language}\0`).update(article).digest('hex').slice(0, 40)}.json`;

  const keep = async (name: string, record: IndexRecord | null) => {
    // Written beside, then renamed: a build stopped halfway never leaves half a record.
    const partial = join(dir, `${name}.${process.pid}.${writes.length}.partial`);
    try {
      await writeFile(partial, JSON.stringify(record));
      await rename(partial, join(dir, name));
    } catch {
      // A full disk, or another build's pruning took the partial file: the record is made next time.
      await rm(partial, { force: true }).catch(() => {});
    }
  };

  return {
    async get(page, make) {
      const name = nameOf(articleOf(page) ?? page);
      used.add(name);
      try {
        const kept: unknown = JSON.parse(await readFile(join(dir, name), 'utf8'));
        if (isRecord(kept)) {
          reused++;
          return kept ?? undefined;
        }
      } catch {
        // Not kept yet, or a file left half-written by a stopped build: make it again.
      }
      const record = make(page);
      made++;
      writes.push(keep(name, record ?? null));
      return record;
    },
    async finish() {
      await Promise.all(writes);
      try {
        // Another build of the same posts (another output folder) may be writing here: its partial
        // files are left alone, and a record it still needs is only made again next time.
        const names = (await readdir(dir)).filter((name) => !used.has(name));
        const old = Date.now() - ABANDONED_MS;
        await mapLimited(names, 32, async (name) => {
          if (PARTIAL.test(name)) {
            // Being written by another build, unless it is an hour old: then a build stopped and left it.
            const info = await stat(join(dir, name)).catch(() => undefined);
            if (!info || info.mtimeMs > old) return;
          }
          await rm(join(dir, name), { force: true });
        });
      } catch {
        // The folder went away: nothing to prune.
      }
      return { reused, made };
    },
  };
}
