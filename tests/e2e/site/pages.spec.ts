import { expect, test } from '@playwright/test';
import { REAL_POST } from '../../support/site.ts';

test.describe('listing pages', () => {
  test('tag index lists every tag of the post with its count and link', async ({ page }) => {
    expect((await page.goto('/tags/'))?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('태그');
    const links = page.getByRole('main').getByRole('link');
    await expect(links).toHaveCount(REAL_POST.tags.length);
    for (const tag of REAL_POST.tags) {
      const link = links.filter({ hasText: `#${tag}` });
      await expect(link).toHaveCount(1);
      // The name and the number of posts, "#전력 1", and the unit for screen readers.
      await expect(link).toHaveText(new RegExp(`^#${tag}\\s*1편$`));
      const href = await link.getAttribute('href');
      expect(href).toMatch(/^\/tags\/[^/]+\/$/);
    }
    await links.filter({ hasText: '#전력' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('#전력');
  });

  test('a Hangul tag page is served at its percent-encoded URL and lists the post', async ({ page, request }) => {
    const encoded = '/tags/%EC%A0%84%EB%A0%A5/';
    const response = await request.get(encoded);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('text/html');

    await page.goto(encoded);
    expect(new URL(page.url()).pathname).toBe(encoded);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('#전력');
    await expect(page.getByText('글 1편', { exact: true })).toBeVisible();
    const post = page.getByRole('main').getByRole('article');
    await expect(post).toHaveCount(1);
    await expect(post.getByRole('link', { name: REAL_POST.title })).toHaveAttribute('href', REAL_POST.path);
    await expect(page).toHaveTitle(/#전력/);
  });

  test('the AI tag page (ASCII tag, lower-case slug) lists the post', async ({ page }) => {
    expect((await page.goto('/tags/ai/'))?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('#AI');
    await expect(page.getByRole('main').getByRole('link', { name: REAL_POST.title })).toBeVisible();
  });

  test('archive groups the post under 2024년', async ({ page }) => {
    expect((await page.goto('/archive/'))?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('아카이브');
    const year = page.getByRole('region', { name: /^2024년/ });
    await expect(year.getByRole('heading', { level: 2 })).toContainText('2024년');
    await expect(year.getByRole('link', { name: REAL_POST.title })).toHaveAttribute('href', REAL_POST.path);
    await expect(year.locator('time')).toHaveText(REAL_POST.date);
  });

  test('/kinds/magazine/ lists the magazine review', async ({ page }) => {
    expect((await page.goto('/kinds/magazine/'))?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('매거진 리뷰');
    await expect(page.getByRole('main').getByRole('link', { name: REAL_POST.title })).toHaveAttribute(
      'href',
      REAL_POST.path,
    );
  });

  test('/posts/ lists the post', async ({ page }) => {
    expect((await page.goto('/posts/'))?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('main').getByRole('article')).toHaveCount(1);
    await expect(page.getByRole('main').getByRole('link', { name: REAL_POST.title })).toBeVisible();
  });

  test('/about/ renders the about text', async ({ page }) => {
    expect((await page.goto('/about/'))?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('소개');
    await expect(page.getByRole('main')).toContainText('김민제의 블로그입니다. 읽은 책과 매거진에 대한 리뷰를 씁니다.');
    await expect(page.getByRole('main').getByRole('link', { name: 'RSS 피드' })).toHaveAttribute('href', '/rss.xml');
  });
});

test.describe('404', () => {
  test('an unknown URL answers 404 with the helpful page', async ({ page }) => {
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page).toHaveTitle(/^페이지를 찾을 수 없습니다/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('페이지를 찾을 수 없습니다');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    const home = page.getByRole('main').getByRole('link', { name: '홈으로 가기' });
    await expect(home).toHaveAttribute('href', '/');
    await home.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('김민제의 블로그');
  });

  test('the 404 page searches: the query typed there lands on the search page with its results', async ({ page }) => {
    await page.goto('/no-such-page/');
    const form = page.getByRole('main').getByRole('search');
    await form.getByRole('searchbox', { name: '검색어' }).fill('전력망');
    await form.getByRole('button', { name: '검색' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=%EC%A0%84%EB%A0%A5%EB%A7%9D$/);
    await expect(page.getByRole('status')).toHaveText(/^‘전력망’ 검색 결과 1건$/);
  });

  test('an unknown Hangul post URL also answers 404', async ({ request }) => {
    const response = await request.get(encodeURI('/posts/없는-글/'));
    expect(response.status()).toBe(404);
    expect(await response.text()).toContain('페이지를 찾을 수 없습니다');
  });
});

test.describe('sections with nothing in them', () => {
  test('the footer offers no listing that would only say it is empty', async ({ page }) => {
    await page.goto('/');
    const explore = page.getByRole('contentinfo').getByRole('navigation', { name: '둘러보기' });
    const hrefs = await explore.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    // The first post names no creators, quotes nothing and is in no series.
    expect(hrefs).toEqual(['/shelf/', '/tags/', '/archive/']);
    for (const href of hrefs) {
      await page.goto(href ?? '/');
      await expect(page.getByRole('main')).not.toContainText(/아직 .*없습니다/);
    }
  });

  test('an empty listing reached by its address says what is missing, in readers’ words', async ({ page, request }) => {
    const sitemap = await (await request.get('/sitemap-0.xml')).text();
    expect(sitemap).toContain('/tags/</loc>');
    for (const [path, text] of [
      ['/creators/', '아직 만든 이를 적은 리뷰가 없습니다.'],
      ['/series/', '아직 시리즈로 묶은 글이 없습니다.'],
      ['/quotes/', '아직 모은 인용이 없습니다.'],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole('main')).toContainText(text);
      // Offered to no search engine either: noindex, and not in the sitemap.
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
      expect(sitemap).not.toContain(`${path}</loc>`);
      await expect(page.getByRole('main')).not.toContainText('발행한 글이 없습니다');
      await expect(page.getByRole('main')).not.toContainText('<Quote>');
    }
  });

  test('the search page is offered to no search engine: an empty form to a crawler', async ({ page, request }) => {
    const sitemap = await (await request.get('/sitemap-0.xml')).text();
    expect(sitemap).not.toContain('/search/</loc>');
    await page.goto('/search/');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  });

  test('the shelf shows no rating filters and no chart of zeros when no review gave a rating', async ({ page }) => {
    await page.goto('/shelf/');
    await expect(page.getByRole('main').getByText('별점별', { exact: true })).toHaveCount(0);
    await expect(page.getByRole('main').getByText('별점 분포', { exact: true })).toHaveCount(0);
    await expect(page.getByRole('main').getByRole('link', { name: /MIT Technology Review/ })).toHaveCount(1);
  });
});
