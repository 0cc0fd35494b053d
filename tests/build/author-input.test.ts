/**
 * Dates and pasted characters as authors write them (tests/fixtures/author-input), built on machines in
 * different time zones. Every date means what it says in the site's time zone (Asia/Seoul), whatever the
 * build machine's TZ, and a warm build after a change of TZ writes the same bytes as a cold one.
 * Characters XML forbids are dropped from every page and feed, with a warning that names the file.
 * A draft's or a scheduled post's images are published nowhere.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xmlInvalidCharacters } from '../../src/lib/xml';
import { buildSite, removeContentCache, root, type BuildResult } from '../support/build-site';
import { filesUnder as files } from '../support/files';

const contentDir = path.join(root, 'tests/fixtures/author-input');
let work: string;
const out = (name: string) => path.join(work, name);
const builds: Record<string, BuildResult> = {};

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'author-input-'));
  await removeContentCache(contentDir);
  builds.la = await buildSite(contentDir, out('la'), { TZ: 'America/Los_Angeles' });
  // The same content cache, another machine's time zone.
  builds.utcWarm = await buildSite(contentDir, out('utc-warm'), { TZ: 'UTC' });
  await removeContentCache(contentDir);
  builds.utc = await buildSite(contentDir, out('utc'), { TZ: 'UTC' });
}, 600_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
  await removeContentCache(contentDir);
});

const published = async (dist: string, id: string) => {
  const html = await readFile(path.join(dist, 'posts', id, 'index.html'), 'utf8');
  return {
    published: /<meta property="article:published_time" content="([^"]+)"/.exec(html)?.[1],
    modified: /<meta property="article:modified_time" content="([^"]+)"/.exec(html)?.[1],
    day: /<time datetime="([^"]+)">/.exec(html)?.[1],
  };
};

describe('dates and characters as an author writes them', () => {
  it('builds in every time zone', () => {
    for (const build of Object.values(builds)) expect(build.code, build.output.slice(-3000)).toBe(0);
  });

  it.each([
    ['day', '2024-11-02T15:00:00.000Z', '2024-11-03'],
    // Unquoted with an offset: YAML 1.1 would lose the time of day; it is that instant.
    ['offset-unquoted', '2024-11-03T12:30:00.000Z', '2024-11-03'],
    ['offset-quoted', '2024-11-03T00:00:00.000Z', '2024-11-03'],
    // No offset: that wall time in Seoul, not on the build machine's clock.
    ['wall-time', '2024-11-03T14:30:00.000Z', '2024-11-03'],
    // Midnight UTC said in so many words is 09:00 in Seoul, not the start of the day there.
    ['utc-midnight', '2024-11-03T00:00:00.000Z', '2024-11-03'],
  ])('%s is published at %s, on %s in Seoul, on any machine', async (id, instant, day) => {
    for (const dist of [out('la'), out('utc'), out('utc-warm')]) {
      expect(await published(dist, id), dist).toMatchObject({ published: instant, day });
    }
  });

  it('reads an updatedDate without an offset in Seoul too', async () => {
    expect(await published(out('la'), 'updated')).toMatchObject({ modified: '2024-11-04T00:00:00.000Z' });
  });

  it('writes the same files, byte for byte, whatever the time zone and the cache', async () => {
    const names = await files(out('utc'));
    expect(await files(out('la'))).toEqual(names);
    expect(await files(out('utc-warm'))).toEqual(names);
    for (const name of names.filter((n) => !n.startsWith('pagefind/'))) {
      const utc = await readFile(path.join(out('utc'), name));
      expect((await readFile(path.join(out('la'), name))).equals(utc), name).toBe(true);
      expect((await readFile(path.join(out('utc-warm'), name))).equals(utc), name).toBe(true);
    }
  });

  it('warns about characters XML forbids, naming the file and where they are', () => {
    expect(builds.utc?.output).toContain('"tests/fixtures/author-input/control-chars.md"');
    expect(builds.utc?.output).toMatch(/U\+0007 2번째 줄, U\+0001 10번째 줄/);
  });

  it('warns about links to posts a reader cannot open yet, or at all, naming the post; not the ones that open', () => {
    const line = builds.utc?.output.split('\n').find((l) => l.includes('links-ahead.md')) ?? '';
    expect(line).toContain('"tests/fixtures/author-input/links-ahead.md": 독자가 열 수 없는 글로 가는 링크');
    expect(line).toContain('/posts/scheduled-part/ (예약 글)');
    expect(line).toContain('/posts/no-such-post/ (없는 글)');
    expect(line).not.toContain('/posts/day/');
  });

  it('warns about a series place no file holds, once per build; a draft holding it is no gap', async () => {
    const lines = builds.utc?.output.split('\n').filter((l) => l.includes('[blog] 시리즈')) ?? [];
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('시리즈 "빈 시리즈"에 2–3편이 없습니다');
    // The page keeps the numbers the author wrote.
    const html = await readFile(path.join(out('utc'), 'posts/series-gap-4/index.html'), 'utf8');
    expect(html).toContain('4편 중 4편');
    expect(html).toMatch(/<li[^>]* value="4"/);
  });

  it('publishes no file of a draft or of a post still to come: not its cover, not its body images', async () => {
    // The fixtures' images end in a marker of their own (draft-images/, later-images/); Astro copied
    // such originals to _astro/ although no page showed them.
    const names = await files(out('utc'));
    expect(names.filter((name) => /(^|\/)(cover|inside)\.[\w-]+\.(jpe?g|png|webp|avif)$/.test(name))).toEqual([]);
    for (const name of names) {
      expect((await readFile(path.join(out('utc'), name))).includes('WITHHELD-'), name).toBe(false);
    }
    expect(names.some((name) => name.includes('draft-images') || name.includes('later-images'))).toBe(false);
  });

  it('keeps a body that opens with a rule whole: the rule and the paragraph under it', async () => {
    const html = await readFile(path.join(out('utc'), 'posts/body-opens-with-rule/index.html'), 'utf8');
    expect(html).toMatch(
      /<hr[^>]*>\s*<p>첫 문단은 가로줄 아래에 있습니다 RULE-FIRST\.<\/p>\s*<hr[^>]*>\s*<p>둘째 문단도/,
    );
    const rss = await readFile(path.join(out('utc'), 'rss.xml'), 'utf8');
    expect(rss).toContain('RULE-FIRST');
  });

  it('finds an image whose file name holds #, written %23 (as % is written %25) or as it is', async () => {
    const html = await readFile(path.join(out('utc'), 'posts/image-hash/index.html'), 'utf8');
    const sources = [...html.matchAll(/<img\b[^>]*>/g)]
      .map(([tag]) => tag)
      .filter((tag) => tag.includes('alt="두 번째 스틸'))
      .map((tag) => /\ssrc="([^"]+)"/.exec(tag)?.[1]);
    expect(sources).toHaveLength(2);
    for (const src of sources) expect(src).toMatch(/^\/_astro\/still/);
  });

  it('drops them from every page and feed, which stay XML', async () => {
    for (const name of await files(out('utc'))) {
      if (!/\.(html|xml|json)$/.test(name)) continue;
      const text = await readFile(path.join(out('utc'), name), 'utf8');
      expect(xmlInvalidCharacters(text), name).toEqual([]);
      if (name.endsWith('.xml')) expect(() => new SaxesParser().write(text).close(), name).not.toThrow();
    }
    const post = await readFile(path.join(out('utc'), 'posts/control-chars/index.html'), 'utf8');
    expect(post).toContain('벨 문자가 든 제목');
    expect(post).toContain('첫 줄입니다.');
    // In MDX too, where one sits in a component's attribute, which the MDX compiler would write as an escape.
    const mdx = await readFile(path.join(out('utc'), 'posts/control-chars-mdx/index.html'), 'utf8');
    expect(mdx).toContain('MDX 본문입니다.');
    expect(mdx).toMatch(/알림<\/span>/);
    expect(mdx).toContain('상자 안의 글입니다.');
  });

  it('reads a body saved as NFD (decomposed Hangul) as NFC: on the page, in raw HTML, in MDX and in the index', async () => {
    for (const [id, words] of [
      ['nfd-body', ['본문의 정규화 낱말입니다.', '원시 HTML의 정규화']],
      ['nfd-body-mdx', ['엠디엑스 본문의 정규화 낱말입니다.', '알림 안의 정규화']],
    ] as const) {
      const html = await readFile(path.join(out('utc'), 'posts', id, 'index.html'), 'utf8');
      const article = /<article[\s\S]*<\/article>/.exec(html)?.[0] ?? '';
      expect(article === article.normalize('NFC'), id).toBe(true);
      for (const text of words) expect(article, id).toContain(text);
    }
    // What search reads: the index's page texts hold the NFC word, so a query typed on any keyboard finds it.
    const fragments = (await files(out('utc'))).filter((n) => n.startsWith('pagefind/fragment/'));
    const texts = await Promise.all(
      fragments.map(async (n) => gunzipSync(await readFile(path.join(out('utc'), n))).toString('utf8')),
    );
    const nfd = texts.filter((t) => t.includes('맥에서 저장한') || t.includes('엠디엑스 본문의'));
    expect(nfd).toHaveLength(2);
    for (const text of nfd) expect(text).toContain('정규화 낱말입니다');
  });
});
