/**
 * The review components in a real build: the demo post (tests/fixtures/components) uses every one of
 * them without importing any, so both the page and the RSS item must carry their rendered HTML.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { buildSite, removeContentCache, root, type BuildResult } from '../support/build-site';

const contentDir = path.join(root, 'tests/fixtures/components');
let outDir: string;
let build: BuildResult;

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'mdx-components-build-'));
  build = await buildSite(contentDir, outDir);
}, 300_000);

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
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
