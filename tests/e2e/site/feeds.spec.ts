import { expect, test } from '@playwright/test';
import {
  REAL_POST,
  ROOT_RELATIVE_URL,
  SITE_TITLE,
  decodedPath,
  parseRss,
  parseSitemapIndex,
  parseUrlset,
  type RssItem,
  type SitemapUrl,
} from '../../support/site.ts';

test.describe('RSS feed', () => {
  test('is valid RSS 2.0 in Korean with the post as a full-content item', async ({ request, page }) => {
    const response = await request.get('/rss.xml');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('xml');
    const feed = parseRss(await response.text());
    expect(feed.version).toBe('2.0');
    expect(feed.language).toBe('ko');
    expect(feed.title).toBe(SITE_TITLE);
    expect(new URL(feed.link).pathname).toBe('/');
    // Readers show the blog's icon beside its name: an image that is there.
    expect(feed.image?.title).toBe(SITE_TITLE);
    expect(feed.image?.link).toBe(feed.link);
    // RSS 2.0 allows an image at most 144 px wide; the file is that size.
    expect(feed.image?.width).toBe('144');
    expect(feed.image?.url).toMatch(/\/icon-144\.png$/);
    const icon = await request.get(new URL(feed.image?.url ?? '').pathname);
    expect(icon.status()).toBe(200);
    expect(icon.headers()['content-type']).toContain('image/png');

    const found = feed.items.find((i) => i.title === REAL_POST.title);
    expect(found, 'the post is in the feed').toBeTruthy();
    const item = found as RssItem;
    expect(item.description).toBe(REAL_POST.description);

    // Absolute link to the post, identical to the page's canonical URL.
    expect(item.link).toMatch(/^https?:\/\//);
    expect(decodedPath(item.link)).toBe(REAL_POST.path);
    await page.goto(REAL_POST.path);
    expect(item.link).toBe(await page.locator('link[rel="canonical"]').getAttribute('href'));

    // RFC 822 date for 2024-11-03 in Korea.
    expect(item.pubDate).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/);
    expect(new Date(item.pubDate).toISOString()).toBe(
      await page.locator('meta[property="article:published_time"]').getAttribute('content'),
    );
    expect(item.categories).toEqual([...REAL_POST.tags]);
  });

  test('content:encoded carries the whole post, quote included, with no root-relative URLs', async ({ request }) => {
    const feed = parseRss(await (await request.get('/rss.xml')).text());
    const content = feed.items.find((i) => i.title === REAL_POST.title)?.content ?? '';
    // The item begins with the reviewed work as text, before the review itself.
    expect(content).toMatch(/^<p class="reviewed">리뷰한 작품: 매거진 · MIT Technology Review AI와 에너지 호<\/p>/);
    // Runs joined by a middle dot are kept on one line with a span (src/lib/middle-dot.ts): the words are unchanged.
    const text = content.replace(/<span class="nobr">([^<]*)<\/span>/g, '$1');
    for (const sentence of REAL_POST.sentences) expect(text).toContain(sentence);
    expect(content).toMatch(/<blockquote>\s*<p>“AI는 전력이고, 전력이 곧 AI다\.”<\/p>\s*<\/blockquote>/);
    for (const heading of REAL_POST.headings) expect(content).toMatch(new RegExp(`<h2[^>]*>${heading}(<|$)`, 'm'));
    expect(content).toContain('10~15년');
    expect(content).not.toContain('<del');
    expect(content).not.toMatch(ROOT_RELATIVE_URL);
    // Not a layout: no page chrome in the feed.
    expect(content).not.toContain('<html');
    expect(content).not.toContain('본문으로 건너뛰기');
  });
});

test.describe('JSON Feed', () => {
  test('gives the blog’s icon, large and small, for readers’ lists, and both are there', async ({ request }) => {
    const feed = (await (await request.get('/feed.json')).json()) as { icon?: string; favicon?: string };
    for (const url of [feed.icon, feed.favicon]) {
      expect(url).toMatch(/^https?:\/\/[^/]+\/icon-\d+\.png$/);
      const response = await request.get(new URL(url ?? '').pathname);
      expect(response.status(), url).toBe(200);
      expect(response.headers()['content-type'], url).toContain('image/png');
    }
  });
});

test.describe('sitemap and robots.txt', () => {
  test('sitemap index points to a sitemap with the post, its lastmod, home, tags and archive', async ({
    request,
    page,
  }) => {
    const indexResponse = await request.get('/sitemap-index.xml');
    expect(indexResponse.status()).toBe(200);
    const sitemaps = parseSitemapIndex(await indexResponse.text());
    expect(sitemaps.length).toBeGreaterThan(0);
    expect(sitemaps.map(decodedPath)).toContain('/sitemap-0.xml');

    const urls: SitemapUrl[] = [];
    for (const loc of sitemaps) {
      expect(loc).toMatch(/^https?:\/\//);
      const response = await request.get(new URL(loc).pathname);
      expect(response.status(), loc).toBe(200);
      urls.push(...parseUrlset(await response.text()));
    }
    for (const { loc } of urls) expect(loc, 'absolute URL').toMatch(/^https?:\/\//);
    const paths = urls.map((u) => decodedPath(u.loc));
    for (const path of ['/', '/tags/', '/archive/', '/posts/', '/about/', '/tags/전력/', '/tags/ai/', REAL_POST.path]) {
      expect(paths, path).toContain(path);
    }
    expect(paths.some((p) => p.includes('404'))).toBe(false);

    await page.goto(REAL_POST.path);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    const modified = await page.locator('meta[property="article:modified_time"]').getAttribute('content');
    expect(modified).toBeTruthy();
    const entry = urls.find((u) => decodedPath(u.loc) === REAL_POST.path);
    expect(entry?.loc).toBe(canonical);
    expect(entry?.lastmod).toBe(modified);
  });

  test('every sitemap URL is a page that exists', async ({ request }) => {
    const sitemaps = parseSitemapIndex(await (await request.get('/sitemap-index.xml')).text());
    for (const loc of sitemaps) {
      for (const { loc: url } of parseUrlset(await (await request.get(new URL(loc).pathname)).text())) {
        const response = await request.get(new URL(url).pathname);
        expect(response.status(), url).toBe(200);
      }
    }
  });

  test('robots.txt names the sitemap index by absolute URL', async ({ request, page }) => {
    const response = await request.get('/robots.txt');
    expect(response.status()).toBe(200);
    const body = await response.text();
    const match = /^Sitemap:\s*(\S+)\s*$/m.exec(body);
    expect(match?.[1], body).toBeTruthy();
    const sitemapUrl = new URL(match?.[1] ?? '');
    expect(sitemapUrl.pathname).toBe('/sitemap-index.xml');
    await page.goto('/');
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(sitemapUrl.origin).toBe(new URL(canonical ?? '').origin);
    expect(body).toMatch(/^User-agent: \*/m);
    expect(body).not.toMatch(/^Disallow:\s*\/\s*$/m);
  });
});
