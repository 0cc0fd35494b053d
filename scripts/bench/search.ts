/**
 * The search figures of `npm run bench`, measured on the blog's cold build: the index this blog writes
 * (Korean tokens, src/search/write-index.ts) against the plain Pagefind index the blog wrote before
 * (addDirectory over the same post pages), for size, indexing time and what a reader's first query
 * downloads.
 *
 * Indexing time: both indexes are built here from the same built pages, outside the Astro build (whose
 * figure, with other work going on, the build log gives), twice each in the order plain, Korean, Korean,
 * plain, so a slow spell of the shared machine weighs on both alike; the report gives the mean and both.
 *
 * First query: a fresh browser context (empty cache) opens the search page with ?q=<query> and waits
 * until the results are drawn and the network is idle; the server counts the bytes it sends. Like a
 * host, it gzips text files (HTML, JS, CSS, JSON); Pagefind's index files are gzip already. For the plain
 * index, a page that does what the search page did before runs the same query (Pagefind's own excerpt,
 * the query and its particle-free form, the first ten results).
 */
import { createServer, type Server } from 'node:http';
import { readdir, readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import * as pagefind from 'pagefind';
import { broadenKoreanQuery } from '../../src/search/korean-query.ts';
import { writeSearchIndex } from '../../src/search/write-index.ts';
import { postPagesGlob, SEARCH_INDEX_DIR, SEARCH_PATH } from '../../src/urls.ts';
import { chromiumLaunchOptions } from '../lib/chromium.ts';

/** Queries over the generated posts (scripts/bench/corpus.ts): common and rare words, a word inside
 * compounds, two common words together, a particle, a creator, nonsense. */
export const BENCH_QUERIES = [
  '번역',
  '저자 번역',
  '인공지능',
  '지능',
  '전력망',
  '컴퓨팅',
  '번역은',
  '데이터',
  '유발 하라리',
  '퓌퓌퓌',
];

export interface IndexBytes {
  /** Everything in the folder (Pagefind's JS, CSS and wasm included). */
  total: number;
  /** The index itself: index chunks, fragments, filters, pf_meta, our chunk ranges. */
  data: number;
}

export interface QueryBytes {
  query: string;
  /** Bytes of index files (everything under /pagefind/), as sent. */
  index: number;
  /** Everything the page loaded for the query (the search page, its script and styles too). */
  total: number;
  results: number;
}

export interface SearchFigures {
  pages: number;
  tokens: number;
  korean: {
    ms: number;
    /** Each run, ms (absent in results written before runs were repeated). */
    runs?: number[];
    /** Of each run, the time spent making records (parse5 and the tokens) on the main thread. */
    recordMs?: number[];
    bytes: IndexBytes;
    queries: QueryBytes[];
  };
  plain: { ms: number; runs?: number[]; bytes: IndexBytes; queries: QueryBytes[] };
}

async function folderBytes(dir: string): Promise<IndexBytes> {
  const bytes = { total: 0, data: 0 };
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const size = (await stat(path.join(entry.parentPath, entry.name))).size;
    const rel = path.relative(dir, path.join(entry.parentPath, entry.name));
    bytes.total += size;
    if (/^(index|fragment|filter)\//.test(rel) || /\.pf_meta$|^chunk-ranges\.json$/.test(rel)) bytes.data += size;
  }
  return bytes;
}

async function plainIndex(dist: string, output: string): Promise<void> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ko' });
    if (!index) throw new Error(errors.join('\n'));
    const added = await index.addDirectory({ path: dist, glob: postPagesGlob() });
    if (added.errors.length) throw new Error(added.errors.join('\n'));
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length) throw new Error(written.errors.join('\n'));
  } finally {
    await pagefind.close();
  }
}

const TEXT = /\.(html|js|css|json)$/;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

/** The search page as it was before Korean search: Pagefind's excerpt, the query and its broader form. */
const PLAIN_PAGE = `<!doctype html><meta charset="utf-8"><title>plain</title><p id="status"></p><script type="module">
const q = new URLSearchParams(location.search);
const pf = await import('/plain/pagefind/pagefind.js');
await pf.options({ excerptLength: 24 });
await pf.init();
const searches = await Promise.all([q.get('q'), q.get('broader')].filter(Boolean).map((s) => pf.search(s)));
const seen = new Set();
const results = searches.flatMap((s) => s.results).filter((r) => !seen.has(r.id) && seen.add(r.id));
await Promise.all(results.slice(0, 10).map((r) => r.data()));
document.getElementById('status').textContent = 'done ' + results.length;
</script>`;

/** Serves `dist`, the plain index under /plain/pagefind/ and the plain page; counts bytes sent per path. */
async function serve(dist: string, plain: string, count: (url: string, bytes: number) => void) {
  const gzipped = new Map<string, Buffer>();
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const pathname = decodeURIComponent(url.pathname);
    let file: string;
    let body: Buffer;
    try {
      if (pathname === '/plain/') {
        file = 'plain.html';
        body = Buffer.from(PLAIN_PAGE);
      } else {
        file = pathname.startsWith('/plain/pagefind/')
          ? path.join(plain, pathname.slice('/plain/pagefind/'.length))
          : path.join(dist, pathname);
        if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
        body = await readFile(file);
      }
    } catch {
      res.writeHead(404).end();
      return;
    }
    const headers: Record<string, string> = { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' };
    if (TEXT.test(file)) {
      const key = `${pathname}`;
      if (!gzipped.has(key)) gzipped.set(key, gzipSync(body));
      body = gzipped.get(key) as Buffer;
      headers['Content-Encoding'] = 'gzip';
    }
    count(pathname, body.length);
    res.writeHead(200, headers).end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

async function firstQuery(
  browser: Browser,
  base: string,
  query: string,
  plain: boolean,
  sent: Map<string, number>,
): Promise<QueryBytes> {
  sent.clear();
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    const broader = broadenKoreanQuery(query);
    const address = plain
      ? `${base}/plain/?q=${encodeURIComponent(query)}${broader ? `&broader=${encodeURIComponent(broader)}` : ''}`
      : `${base}${SEARCH_PATH}?q=${encodeURIComponent(query)}`;
    await page.goto(address);
    const status = plain ? page.locator('#status') : page.getByRole('status');
    await status.filter({ hasText: plain ? /^done/ : `‘${query}’` }).waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const results = plain
      ? Number((await status.innerText()).split(' ')[1])
      : Number(/(\d+)건/.exec(await status.innerText())?.[1] ?? 0);
    const prefix = plain ? '/plain/pagefind/' : `/${SEARCH_INDEX_DIR}/`;
    let index = 0;
    let total = 0;
    for (const [url, bytes] of sent) {
      total += bytes;
      if (url.startsWith(prefix)) index += bytes;
    }
    return { query, index, total, results };
  } finally {
    await context.close();
  }
}

/**
 * What each query's first search downloads, on the search page of `dist` (its own index) and on the
 * plain page over the index in `plainDir`.
 */
export async function measureFirstQueries(
  dist: string,
  plainDir: string,
  queries: readonly string[],
): Promise<{ korean: QueryBytes[]; plain: QueryBytes[] }> {
  // Per path, the bytes sent since the last clear (a path fetched twice counts twice).
  const sent = new Map<string, number>();
  const server = await serve(dist, plainDir, (url, bytes) => sent.set(url, (sent.get(url) ?? 0) + bytes));
  const browser = await chromium.launch(chromiumLaunchOptions);
  const korean: QueryBytes[] = [];
  const plain: QueryBytes[] = [];
  try {
    for (const query of queries) {
      korean.push(await firstQuery(browser, server.url, query, false, sent));
      plain.push(await firstQuery(browser, server.url, query, true, sent));
    }
  } finally {
    await browser.close();
    server.close();
  }
  return { korean, plain };
}

/** All search figures for the blog built in `dist` (the cold build's output); `work` is scratch space. */
export async function measureSearch(dist: string, work: string): Promise<SearchFigures> {
  const plainDir = path.join(work, 'plain-pagefind');
  const koreanDir = path.join(work, 'korean-pagefind');
  const runs: Record<'plain' | 'korean', number[]> = { plain: [], korean: [] };
  const recordMs: number[] = [];
  let summary: Awaited<ReturnType<typeof writeSearchIndex>> | undefined;
  for (const which of ['plain', 'korean', 'korean', 'plain'] as const) {
    const started = performance.now();
    if (which === 'plain') await plainIndex(dist, plainDir);
    else {
      summary = await writeSearchIndex({ dir: dist, glob: postPagesGlob(), language: 'ko', output: koreanDir });
      recordMs.push(summary.recordMs);
    }
    runs[which].push(Math.round(performance.now() - started));
  }
  const mean = (list: number[]) => Math.round(list.reduce((a, b) => a + b, 0) / list.length);

  const { korean, plain } = await measureFirstQueries(dist, plainDir, BENCH_QUERIES);
  return {
    pages: summary?.pages ?? 0,
    tokens: summary?.tokens ?? 0,
    korean: {
      ms: mean(runs.korean),
      runs: runs.korean,
      recordMs,
      bytes: await folderBytes(path.join(dist, SEARCH_INDEX_DIR)),
      queries: korean,
    },
    plain: { ms: mean(runs.plain), runs: runs.plain, bytes: await folderBytes(plainDir), queries: plain },
  };
}
