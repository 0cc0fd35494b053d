import { expect, test } from '@playwright/test';
import { REAL_POST, SITE_INTRO, SITE_TITLE, escapeRegExp } from '../../support/site.ts';

test.describe('home page', () => {
  test.beforeEach(async ({ page }) => {
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
  });

  test('is Korean, with one h1 naming the blog and the intro line', async ({ page }) => {
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    const h1 = page.locator('h1');
    await expect(h1).toHaveCount(1);
    await expect(h1).toHaveText(SITE_TITLE);
    await expect(page.getByRole('main').getByText(SITE_INTRO, { exact: true })).toBeVisible();
    await expect(page).toHaveTitle(new RegExp(SITE_TITLE));
  });

  test('shows the newest post as a card: title, Korean date, description, subject, tags', async ({ page }) => {
    const latest = page.getByRole('region', { name: '최근 리뷰' });
    const card = latest.getByRole('article').first();
    await expect(card).toBeVisible();
    await expect(card.getByRole('heading', { name: REAL_POST.title })).toBeVisible();
    await expect(card.locator('time')).toHaveText(REAL_POST.date);
    await expect(card.locator('time')).toHaveAttribute('datetime', REAL_POST.isoDate);
    await expect(card.getByText(REAL_POST.description, { exact: true })).toBeVisible();

    // "매거진 · MIT Technology Review": both parts shown, visibly apart, with the separator between.
    const kind = card.getByText(REAL_POST.kind, { exact: true });
    const subject = card.getByText(REAL_POST.subjectTitle, { exact: true });
    await expect(kind).toBeVisible();
    await expect(subject).toBeVisible();
    const subjectLine = card
      .locator('p')
      .filter({ hasText: REAL_POST.kind })
      .filter({ hasText: REAL_POST.subjectTitle });
    await expect(subjectLine).toHaveText(
      // The issue reads as a reader says it: "AI와 에너지" → "AI와 에너지 호".
      new RegExp(
        `^${escapeRegExp(REAL_POST.kind)}\\s*·\\s*${escapeRegExp(REAL_POST.subjectTitle)}\\s*${escapeRegExp(REAL_POST.issue)} 호$`,
      ),
    );
    const kindBox = await kind.boundingBox();
    const subjectBox = await subject.boundingBox();
    expect(kindBox && subjectBox && subjectBox.x - (kindBox.x + kindBox.width)).toBeGreaterThan(8);

    await expect(card.getByText(/^\d+분 분량$/)).toBeVisible();
    const tags = card.getByRole('list', { name: '이 글의 태그' }).getByRole('link');
    await expect(tags).toHaveText(REAL_POST.tags.map((t) => `#${t}`));
  });

  test('the card title leads to the post', async ({ page }) => {
    await page.getByRole('region', { name: '최근 리뷰' }).getByRole('link', { name: REAL_POST.title }).click();
    await expect(page).toHaveURL(REAL_POST.path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(REAL_POST.title);
  });

  test('links to all posts and to the magazine listing', async ({ page }) => {
    await expect(page.getByRole('main').getByRole('link', { name: /^모든 글/ })).toHaveAttribute('href', '/posts/');
    const kinds = page.getByRole('navigation', { name: '리뷰 대상별' });
    await expect(kinds.getByRole('link', { name: /매거진\s*1/ })).toHaveAttribute('href', '/kinds/magazine/');
  });
});
