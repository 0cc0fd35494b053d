/**
 * The review components in a real build: the demo post (tests/fixtures/components) uses every one of
 * them without importing any, so both the page and the RSS item must carry their rendered HTML. The
 * body is rendered once for the page and the feeds (src/feeds/body-html.ts), except in a post that
 * imports a component of its own, whose styles reach the page only when the page renders it; a second
 * build with every body rendered in place (BLOG_BODY_IN_PLACE) must give the same bytes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { buildSite, removeContentCache, root, type BuildResult } from '../support/build-site';

const contentDir = path.join(root, 'tests/fixtures/components');
let outDir: string;
let inPlaceDir: string;
let build: BuildResult;
let inPlace: BuildResult;

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'mdx-components-build-'));
  inPlaceDir = await mkdtemp(path.join(tmpdir(), 'mdx-components-in-place-'));
  build = await buildSite(contentDir, outDir);
  // The same posts with every body rendered by its page (no cache: nothing copied from the first build).
  await removeContentCache(contentDir);
  inPlace = await buildSite(contentDir, inPlaceDir, { BLOG_BODY_IN_PLACE: '1' });
}, 300_000);

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
  await rm(inPlaceDir, { recursive: true, force: true });
  await removeContentCache(contentDir);
});

/** What every rendering of the demo post must contain: one mark per component. */
function expectComponents(html: string) {
  expect(html).toMatch(/<figure class="quote"[^>]*><blockquote[^>]*>[\s\S]*?QUOTE-MARKER/);
  expect(html).toMatch(/<cite[^>]*>한강, 『채식주의자』<\/cite>, <span[^>]*>11쪽<\/span>/);
  expect(html).toMatch(/class="mdx-rating"[\s\S]*?aria-label="5점 만점에 4.5점"/);
  expect(html).toMatch(/<img[^>]+\.webp[^>]*class="mdx-figure-img"/);
  expect(html).toMatch(/<figcaption class="mdx-figure-caption"[^>]*>[^<]*FIGURE-MARKER/);
  expect(html).toMatch(/class="callout callout-note"[^>]*role="note"[\s\S]*?CALLOUT-MARKER/);
  expect(html).toContain('callout-warning');
  expect(html).toMatch(/class="book-card"[\s\S]*?<cite[^>]*>소년이 온다<\/cite>/);
  // No component tag reached the output unrendered.
  expect(html).not.toMatch(/<(Quote|Rating|Figure|Callout|BookCard)\b/);
}

describe('the build log', () => {
  it('has no MODULE_LEVEL_DIRECTIVE warning for the MDX post (the dead directive is removed, not filtered)', () => {
    expect(build.code).toBe(0);
    expect(build.output).not.toContain('MODULE_LEVEL_DIRECTIVE');
    expect(build.output).not.toContain('use astro:head-inject');
  });

  it('has no warning at all: every line an author sees in a clean build is news', () => {
    // Vite once printed 14 lines in every build about astro.config.mjs's import of the site config.
    expect(build.output).not.toMatch(/warn/i);
    expect(inPlace.output).not.toMatch(/warn/i);
  });
});

describe('review components in the built demo post', () => {
  it('builds', () => {
    expect(build.code, build.output.slice(-3000)).toBe(0);
  });

  it('renders them on the post page, with no style attributes', async () => {
    const html = await readFile(path.join(outDir, 'posts/components-demo/index.html'), 'utf8');
    const body = html.slice(html.indexOf('<div class="prose'));
    expectComponents(body);
    expect(body.slice(0, body.indexOf('</article>'))).not.toMatch(/\sstyle="/);
  });

  it('gives a Markdown image of the post column widths (srcset, sizes), in .mdx and .md alike', async () => {
    for (const [page, alt] of [
      ['components-demo', '해 질 녘 바다, 본문 그림'],
      ['markdown-image', '해 질 녘 바다, 마크다운 그림'],
    ] as const) {
      const html = await readFile(path.join(outDir, 'posts', page, 'index.html'), 'utf8');
      const img = new RegExp(`<img[^>]*alt="${alt}"[^>]*>`).exec(html)?.[0] ?? '';
      expect(img, page).toMatch(/srcset="[^"]*480w[^"]*800w[^"]*1200w"/);
      expect(img, page).toContain('sizes="(min-width: 50rem) 46rem, 100vw"');
    }
  });

  it('renders them in the RSS item, with absolute image URLs', async () => {
    const rss = new XMLParser().parse(await readFile(path.join(outDir, 'rss.xml'), 'utf8'));
    const item = [rss.rss.channel.item]
      .flat()
      .find((i: { link: string }) => i.link.includes('/posts/components-demo/'));
    const content: string = item['content:encoded'];
    expectComponents(content);
    expect(content).toMatch(/<img[^>]+src="https?:\/\/[^"]+\/_astro\/still\.[^"]+\.webp"/);
    expect(content).toMatch(/src="https?:\/\/[^"]+\/favicon\.svg"/);
  });
});

/** Links and image sources aside (the feeds make them absolute), the markup and the text. */
/**
 * What a feed changes in a body (src/feeds/feed-html.ts): URLs made absolute, Astro's scope attributes and
 * decorative SVG left out.
 */
const withoutFeedChanges = (html: string) =>
  html
    // A heading's permalink, empty: feeds leave it out.
    .replace(/<a class="heading-anchor"[^>]*><\/a>/g, '')
    .replace(/\s(?:href|src|srcset)="[^"]*"/g, '')
    .replace(/\sdata-astro-cid-[a-z0-9]+(?:="[^"]*")?/g, '')
    .replace(/<svg\b[^>]*\saria-hidden="true"[^>]*>[\s\S]*?<\/svg>/g, '');

/** The body of a built post page: what its prose block holds. */
async function pageBody(id: string): Promise<string> {
  const html = await readFile(path.join(outDir, `posts/${id}/index.html`), 'utf8');
  const body = /<div class="prose body"[^>]*>([\s\S]*?)<\/div><footer class="post-footer"/.exec(html)?.[1];
  if (body === undefined) throw new Error(`no prose block on the page of ${id}`);
  return body;
}

/** The body of a post's JSON Feed item, without the reviewed-work line the feeds put first. */
async function feedBody(id: string): Promise<string> {
  const feed = JSON.parse(await readFile(path.join(outDir, 'feed.json'), 'utf8')) as {
    items: { url: string; content_html: string }[];
  };
  const item = feed.items.find((i) => i.url.endsWith(`/posts/${id}/`));
  if (!item) throw new Error(`no feed item for ${id}`);
  return item.content_html.replace(/^<p class="reviewed">[^<]*<\/p>\n/, '');
}

describe('one body for the page and the feeds', () => {
  it('gives post pages and feeds the bytes of a build whose pages render their bodies themselves', async () => {
    expect(inPlace.code, inPlace.output.slice(-3000)).toBe(0);
    for (const file of ['posts/components-demo/index.html', 'posts/own-component/index.html', 'rss.xml', 'feed.json']) {
      const [shared, own] = await Promise.all([
        readFile(path.join(outDir, file)),
        readFile(path.join(inPlaceDir, file)),
      ]);
      expect(shared.equals(own), file).toBe(true);
    }
    const body = await pageBody('components-demo');
    expectComponents(body);
    expect(withoutFeedChanges(body)).toBe(withoutFeedChanges(await feedBody('components-demo')));
  });

  it("a post that imports its own component is rendered on its page, with that component's style", async () => {
    const html = await readFile(path.join(outDir, 'posts/own-component/index.html'), 'utf8');
    const cid = /<span class="own-stamp" data-astro-cid-([a-z0-9]+)>STAMP-MARKER<\/span>/.exec(html)?.[1];
    expect(cid, 'the stamp on the page').toBeDefined();
    const sheets = await Promise.all(
      [...html.matchAll(/<link rel="stylesheet" href="\/(_astro\/[^"]+\.css)"/g)].map((m) =>
        readFile(path.join(outDir, m[1]!), 'utf8'),
      ),
    );
    const css = [html, ...sheets].join('\n');
    expect(css).toContain(`.own-stamp[data-astro-cid-${cid}]{outline:3px solid #010203}`);
    expect(html).toMatch(/class="callout callout-note"[\s\S]*?CALLOUT-IN-OWN/);
    expect(await feedBody('own-component')).toContain('STAMP-MARKER');
  });
});
