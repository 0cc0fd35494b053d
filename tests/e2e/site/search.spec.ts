import { expect, test } from '@playwright/test';
import { REAL_POST } from '../../support/site.ts';

/** Search on the real blog: its first post is the MIT Technology Review issue on AI and energy. */
test('전력 finds the newest post, with the match highlighted', async ({ page }) => {
  await page.goto('/');
  const firstCard = page.getByRole('main').getByRole('article').first();
  const href = await firstCard.getByRole('link').first().getAttribute('href');
  const title = (await firstCard.getByRole('heading').first().innerText()).trim();

  await page.getByRole('banner').getByRole('link', { name: '검색' }).click();
  const input = page.getByRole('searchbox', { name: '검색어' });
  await expect(input).toBeFocused();
  await input.fill('전력');
  await expect(page.getByRole('status')).toContainText('‘전력’ 검색 결과');
  const first = page.locator('#search-results > li').first();
  await expect(first.getByRole('heading').getByRole('link')).toHaveAttribute('href', href!);
  await expect(first.getByRole('heading')).toHaveText(title);
  await expect(first.locator('time')).toHaveText(/^\d{4}년 \d{1,2}월 \d{1,2}일$/);
  await expect(first.locator('mark').first()).toHaveText(/^전력/);
});

test('mixed and particle queries find the post', async ({ page }) => {
  await page.goto('/search/');
  const input = page.getByRole('searchbox', { name: '검색어' });
  for (const query of ['AI 전력', '양자컴퓨팅', '전력을']) {
    await input.fill(query);
    await expect(page.getByRole('status')).toContainText(`‘${query}’ 검색 결과`);
    await expect(page.locator('#search-results > li')).not.toHaveCount(0);
  }
});

test('words the post holds only inside compounds find it (the cases of issue 13)', async ({ page }) => {
  await page.goto('/search/');
  const input = page.getByRole('searchbox', { name: '검색어' });
  // The post writes 데이터센터의, 전원/수요반응의, 차이나쇼크 and 양자컴퓨터는; 데이터 센터 is typed spaced, and
  // its words are marked wherever they stand (양자 in 양자컴퓨팅 too).
  for (const [query, marked] of [
    ['센터', /^센터$/],
    ['반응', /^반응$/],
    ['쇼크', /^쇼크$/],
    ['데이터 센터', /^(데이터센터|데이터|센터)$/],
    ['양자 컴퓨터', /^(양자컴퓨터|양자|컴퓨터)$/],
  ] as const) {
    await input.fill(query);
    await expect(page.getByRole('status')).toContainText(`‘${query}’ 검색 결과`);
    const first = page.locator('#search-results > li').first();
    await expect(first.getByRole('heading').getByRole('link')).toHaveAttribute('href', REAL_POST.path);
    await expect(first.locator('.excerpt mark').first()).toHaveText(marked);
  }
});

test('a post page loads no search code; / opens search from it', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('/');
  const href = await page.getByRole('main').getByRole('article').first().getByRole('link').first().getAttribute('href');
  await page.goto(href!);
  await page.waitForLoadState('networkidle');
  expect(requests.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);

  await page.keyboard.press('/');
  await expect(page).toHaveURL('/search/');
  await expect(page.getByRole('searchbox', { name: '검색어' })).toBeFocused();
});

test('the search page sends only its own strings to the browser, not the whole string table', async ({ page }) => {
  const bodies: Promise<string>[] = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (response.request().resourceType() === 'script' && !url.pathname.startsWith('/pagefind/')) {
      bodies.push(response.text());
    }
  });
  await page.goto('/search/?q=전력');
  await expect(page.getByRole('status')).toContainText('‘전력’ 검색 결과');
  await page.waitForLoadState('networkidle');
  const scripts = await Promise.all(bodies);
  const shipped = [...scripts, ...(await page.locator('script:not([src])').allTextContents())].join('\n');
  expect(scripts.length).toBeGreaterThan(0);
  for (const other of [
    '페이지를 찾을 수 없습니다',
    '발행한 모든 글을 연도별로 모았습니다.',
    '함께 언급한 작품',
    '다크 모드 전환',
  ]) {
    expect(shipped).not.toContain(other);
  }
  // What the script does say comes from the page itself.
  const strings = JSON.parse((await page.locator('[data-search-form]').getAttribute('data-strings')) ?? '{}');
  expect(Object.keys(strings).sort()).toEqual(['devNoIndex', 'loading', 'noResults', 'results', 'unavailable']);
});
