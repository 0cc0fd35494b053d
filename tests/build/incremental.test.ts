/**
 * Incremental builds (experimental.incrementalBuild; keys from src/lib/cache-key.ts) copy a page from
 * the last build when its key and code are unchanged. A key that misses something a page shows would
 * ship a stale page, so: build the fixture blog, change posts the way an author does (retitle one that
 * has neighbours, a series, tags and related posts; edit a body; delete one; publish a draft), build
 * again with the cache, and require exactly the files a clean build of the same posts writes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSite, removeContentCache, root, type BuildResult } from '../support/build-site';
import { differences, filesUnder as files } from '../support/files';

let work: string;
let contentDir: string;
const out = (name: string) => path.join(work, name);
let first: BuildResult;
let warm: BuildResult;
let clean: BuildResult;
let again: BuildResult;

async function edit(file: string, change: (text: string) => string): Promise<void> {
  const full = path.join(contentDir, file);
  const text = await readFile(full, 'utf8');
  const changed = change(text);
  if (changed === text) throw new Error(`edit of ${file} changed nothing`);
  await writeFile(full, changed);
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'incremental-build-'));
  contentDir = path.join(work, 'posts');
  await cp(path.join(root, 'tests/fixtures/blog'), contentDir, { recursive: true });

  first = await buildSite(contentDir, out('first'));
  if (first.code !== 0) return;

  await edit('series-energy-2.mdx', (t) =>
    t.replace("title: '에너지 전환 읽기 2부'", "title: '에너지 전환 읽기 2부 RETITLED'"),
  );
  await edit('short-note-3.md', (t) => `${t}\n\nBODY-EDIT-MARKER 덧붙인 문단입니다.\n`);
  await edit('draft-post.mdx', (t) => t.replace('draft: true', 'draft: false'));
  await rm(path.join(contentDir, 'short-note-1.md'));
  // The oldest post moves a year on: the footer of every page says "© 2020–2025", restored ones too.
  await edit('injection-test.mdx', (t) => t.replace('pubDate: 2019-01-01', 'pubDate: 2020-01-01'));

  warm = await buildSite(contentDir, out('warm'));
  await removeContentCache(contentDir); // Astro's content store and the incremental cache live there
  clean = await buildSite(contentDir, out('clean'), { BLOG_OG_CACHE_DIR: out('og-cache') });
  again = await buildSite(contentDir, out('again'));
}, 600_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
  await removeContentCache(contentDir);
});

describe('an incremental build after posts change', () => {
  it('builds (first, warm, clean and again)', () => {
    for (const build of [first, warm, clean, again]) expect(build.code, build.output.slice(-3000)).toBe(0);
  });

  it('copied the pages nothing changed instead of rendering them', () => {
    expect(warm.output.match(/\(restored\)/g)?.length ?? 0).toBeGreaterThan(10);
    expect(clean.output).not.toMatch(/\(restored\)/);
    // Post pages changed, so the search index was made again, with the kept records of the posts whose
    // <article> did not change (the years in every footer did). Articles hold the related posts and the
    // series, so the edits above change about half of them; a body edit alone changes one.
    const indexed = /\[blog:pagefind\] indexed (\d+) post pages in \d+ ms, (\d+) of their records kept/.exec(
      warm.output,
    );
    expect(indexed, warm.output.slice(-2000)).not.toBeNull();
    const [pages, kept] = [Number(indexed?.[1]), Number(indexed?.[2])];
    expect(kept).toBeGreaterThanOrEqual(pages / 3);
    expect(kept).toBeLessThan(pages);
    expect(clean.output).toMatch(/\[blog:pagefind\] indexed \d+ post pages in \d+ ms\n/);
  });

  it('writes exactly the files a clean build writes, byte for byte', async () => {
    expect(await differences(out('warm'), out('clean'))).toEqual([]);
  });

  it('reuses the search index when no post page changed, and still writes the same files', async () => {
    expect(again.output).toMatch(/\[blog:pagefind\] \d+ post pages unchanged: reused their index/);
    expect(await differences(out('again'), out('clean'))).toEqual([]);
  });

  it('shows the changes where a reader looks for them', async () => {
    const read = (file: string) => readFile(path.join(out('warm'), file), 'utf8');
    // The next part of the series names the retitled part; the deleted post is gone; the draft is out.
    expect(await read('posts/series-energy-3/index.html')).toContain('에너지 전환 읽기 2부 RETITLED');
    expect(await read('posts/short-note-3/index.html')).toContain('BODY-EDIT-MARKER');
    expect(await read('rss.xml')).toContain('BODY-EDIT-MARKER');
    expect(await read('posts/draft-post/index.html')).toContain('DRAFT-MARKER');
    expect(await read('tags/시리즈/index.html')).toContain('© 2020–2025');
    expect((await files(out('warm'))).filter((f) => f.includes('short-note-1'))).toEqual([]);
    expect((await files(out('first'))).filter((f) => f.includes('short-note-1')).length).toBeGreaterThan(0);
  });
});
