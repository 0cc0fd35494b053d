/**
 * Indexes the built post pages with Pagefind's Node API: each page becomes an index record
 * (page-record.ts: the article plus its Korean search tokens) given to addHTMLFile, then Pagefind
 * writes the index and we write the chunk ranges beside it (index-chunks.ts). Used by integration.ts
 * and by `npm run bench`, which times it.
 */
import { glob as findFiles, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { mapLimited } from '../lib/map-limited.ts';
import { writeChunkRanges } from './index-chunks.ts';
import { indexRecord } from './page-record.ts';
import { recordCache } from './record-cache.ts';

export interface IndexSummary {
  pages: number;
  tokens: number;
  chunks: number;
  /** Time spent making the records (parsing pages, cutting tokens) on this thread, ms. */
  recordMs: number;
  /** Records taken from the record cache instead of made (record-cache.ts). */
  recordsReused: number;
}

/** Pages read from disk at a time, and records handed to Pagefind but not yet answered, at most. */
const BATCH = 32;
const IN_FLIGHT = 128;

/** "posts/x/index.html" → "/posts/x/", percent-encoded as Pagefind writes URLs it finds itself. */
const pageUrl = (file: string) =>
  `/${file
    .replace(/index\.html$/, '')
    .split('/')
    .map(encodeURIComponent)
    .join('/')}`;

export async function writeSearchIndex(options: {
  dir: string;
  glob: string;
  language: string;
  output: string;
  /** Where the records of pages are kept between builds (record-cache.ts); none: made every time. */
  recordCacheDir?: string | undefined;
}): Promise<IndexSummary> {
  const { dir, glob, language, output } = options;
  const records = await recordCache(options.recordCacheDir, language);
  const files = (await Array.fromAsync(findFiles(glob, { cwd: dir }))).sort();
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
    if (!index) throw new Error(errors.join('\n'));
    let tokens = 0;
    let pages = 0;
    let recordMs = 0;
    // Records are made on this thread while Pagefind's process indexes the ones before them: up to
    // IN_FLIGHT files are handed over and not yet answered. They are handed over in file order, so the
    // same pages always give the same index files.
    const pending: Promise<{ errors: string[] }>[] = [];
    const settle = async (keep: number) => {
      while (pending.length > keep) {
        const result = await pending.shift();
        if (result && result.errors.length > 0) throw new Error(result.errors.join('\n'));
      }
    };
    for (let start = 0; start < files.length; start += BATCH) {
      const batch = files.slice(start, start + BATCH);
      const batchRecords = await mapLimited(batch, BATCH, async (file) =>
        records.get(await readFile(join(dir, file), 'utf8'), (page) => {
          const started = performance.now();
          const record = indexRecord(page, language);
          recordMs += performance.now() - started;
          return record;
        }),
      );
      batch.forEach((file, i) => {
        const record = batchRecords[i];
        if (!record) return;
        tokens += record.tokens;
        pages++;
        pending.push(index.addHTMLFile({ url: pageUrl(file), content: record.html }));
      });
      await settle(IN_FLIGHT);
    }
    await settle(0);
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
    const { reused } = await records.finish();
    return {
      pages,
      tokens,
      chunks: await writeChunkRanges(output),
      recordMs: Math.round(recordMs),
      recordsReused: reused,
    };
  } finally {
    await pagefind.close();
  }
}
