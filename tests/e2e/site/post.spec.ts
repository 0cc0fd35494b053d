import { expect, test, type Page } from '@playwright/test';
import { REAL_POST, SITE_TITLE, escapeRegExp } from '../../support/site.ts';

const body = (page: Page) => page.locator('article .prose');

test.describe('post page', () => {
  test.beforeEach(async ({ page }) => {
    const response = await page.goto(REAL_POST.path);
    expect(response?.status()).toBe(200);
  });

  test('has exactly one h1, the title, with date, reading time and description', async ({ page }) => {
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toHaveText(REAL_POST.title);
    await expect(page).toHaveTitle(`${REAL_POST.title} | ${SITE_TITLE}`);
    const header = page.locator('article header').first();
    const time = header.locator('time');
    await expect(time).toHaveText(REAL_POST.date);
    await expect(time).toHaveAttribute('datetime', REAL_POST.isoDate);
    await expect(header.getByText(/^\d+분 분량$/)).toBeVisible();
    await expect(header.getByText(REAL_POST.description, { exact: true })).toBeVisible();
  });

  test('subject card names the kind, the magazine and the issue', async ({ page }) => {
    const card = page.getByRole('complementary', { name: '리뷰한 작품' });
    await expect(card).toBeVisible();
    await expect(card.getByText(REAL_POST.kind, { exact: true })).toBeVisible();
    await expect(card.getByText(REAL_POST.subjectTitle, { exact: true })).toBeVisible();
    await expect(card.getByText(REAL_POST.issue)).toBeVisible();
  });

  test('table of contents lists the sections and each link scrolls its heading to the top', async ({ page }) => {
    const toc = page.getByRole('navigation', { name: '목차' });
    const links = toc.getByRole('link');
    await expect(links).toHaveText([...REAL_POST.headings]);

    // Visit the sections in reverse so every click has to move the page.
    for (const name of [...REAL_POST.headings].reverse()) {
      const link = toc.getByRole('link', { name, exact: true });
      const href = (await link.getAttribute('href')) ?? '';
      expect(href).toMatch(/^#./);
      const id = decodeURIComponent(href.slice(1));
      const heading = body(page)
        .locator('h2, h3, h4')
        .filter({ hasText: new RegExp(`^\\s*${escapeRegExp(name)}\\s*$`) });
      await expect(heading).toHaveCount(1);
      await expect(heading).toHaveAttribute('id', id);
      await link.click();
      await expect.poll(() => decodeURIComponent(new URL(page.url()).hash.slice(1))).toBe(id);
      // Smooth scrolling: wait until the heading settles at/near the top of the viewport.
      await expect
        .poll(
          async () => {
            const y = (await heading.boundingBox())?.y ?? Number.NaN;
            return y >= -2 && y <= 80 ? 'near the top' : `at y=${Math.round(y)}`;
          },
          { message: `heading ${name} scrolled to the top`, timeout: 5_000 },
        )
        .toBe('near the top');
    }
  });

  test('body keeps the quotation in a blockquote and the tilde ranges as written', async ({ page }) => {
    const prose = body(page);
    await expect(prose.locator('blockquote')).toHaveText(REAL_POST.quote);
    const text = (await prose.innerText()).replace(/\s+/g, ' ');
    for (const range of ['10~15년', '3~5년', '80~90%', '2~3개', '수천~수만']) expect(text).toContain(range);
    for (const sentence of REAL_POST.sentences) expect(text).toContain(sentence);
    await expect(prose.locator('del, s, strike')).toHaveCount(0);
  });

  test('tags link to their tag pages', async ({ page, request }) => {
    const tags = page.locator('article footer').getByRole('list', { name: '이 글의 태그' }).getByRole('link');
    await expect(tags).toHaveText(REAL_POST.tags.map((t) => `#${t}`));
    for (const link of await tags.all()) {
      const href = await link.getAttribute('href');
      expect(href).toMatch(/^\/tags\/[^/]+\/$/);
      const response = await request.get(encodeURI(href ?? ''));
      expect(response.status(), href ?? '').toBe(200);
      const name = (await link.innerText()).trim();
      expect(await response.text()).toContain(`<h1`);
      expect(await response.text()).toContain(name);
    }
    await tags.filter({ hasText: '#전력' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('#전력');
    expect(decodeURI(new URL(page.url()).pathname)).toBe('/tags/전력/');
  });

  test('has header, navigation, main and footer landmarks', async ({ page }) => {
    await expect(page.getByRole('banner')).toHaveCount(1);
    await expect(page.getByRole('navigation', { name: '주 메뉴' })).toBeVisible();
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.getByRole('main')).toContainText(REAL_POST.title);
    await expect(page.getByRole('contentinfo')).toHaveCount(1);
    await expect(page.getByRole('contentinfo')).toBeVisible();
  });

  test('skip link is the first stop and moves focus to main', async ({ page }) => {
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: '본문으로 건너뛰기' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    // The next Tab continues inside main, not back in the header.
    await page.keyboard.press('Tab');
    const inMain = await page.evaluate(() => !!document.activeElement?.closest('main'));
    expect(inMain).toBe(true);
  });

  test('head: canonical, Open Graph, Twitter card and RSS autodiscovery', async ({ page }) => {
    const head = page.locator('head');
    const canonical = await head.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toBeTruthy();
    const canonicalUrl = new URL(canonical ?? '');
    expect(canonicalUrl.protocol).toMatch(/^https?:$/);
    expect(canonicalUrl.pathname).toBe(REAL_POST.path);

    const meta = (attr: string, value: string) => head.locator(`meta[${attr}="${value}"]`);
    await expect(meta('property', 'og:title')).toHaveAttribute('content', REAL_POST.title);
    await expect(meta('property', 'og:description')).toHaveAttribute('content', REAL_POST.description);
    await expect(meta('property', 'og:url')).toHaveAttribute('content', canonicalUrl.href);
    await expect(meta('property', 'og:type')).toHaveAttribute('content', 'article');
    await expect(meta('name', 'twitter:card')).toHaveAttribute('content', /^summary(_large_image)?$/);
    await expect(meta('name', 'description')).toHaveAttribute('content', REAL_POST.description);
    const published = await meta('property', 'article:published_time').getAttribute('content');
    // 2024-11-03 in Asia/Seoul.
    expect(new Date(published ?? '').toISOString()).toBe(REAL_POST.publishedIso);

    const rss = head.locator('link[rel="alternate"][type="application/rss+xml"]');
    await expect(rss).toHaveCount(1);
    const rssHref = await rss.getAttribute('href');
    expect(new URL(rssHref ?? '', canonicalUrl).pathname).toBe('/rss.xml');
  });
});
