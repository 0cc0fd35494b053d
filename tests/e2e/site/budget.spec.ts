import { expect, test } from '@playwright/test';
import { BUDGET, describeWeight, measure } from '../../support/budget.ts';
import { REAL_POST } from '../../support/site.ts';

// Reading pages: no framework JavaScript, small CSS, and no whole CJK font (the site uses system Hangul).
const pages = ['/', REAL_POST.path, encodeURI('/tags/전력/'), '/archive/', '/shelf/'];

for (const path of pages) {
  test(`page weight within budget: ${decodeURI(path)}`, async ({ page }) => {
    const weight = await measure(page, path);
    const message = describeWeight(decodeURI(path), weight);
    console.log(message);
    expect(weight.html, message).toBeLessThanOrEqual(BUDGET.html);
    expect(weight.css, message).toBeLessThanOrEqual(BUDGET.css);
    expect(weight.js, message).toBeLessThanOrEqual(BUDGET.js);
    for (const font of weight.fontFiles)
      expect(font.bytes, `${message}\n${font.url}`).toBeLessThanOrEqual(BUDGET.fontFile);
  });
}

test('the search page: its own script within budget, Pagefind on top', async ({ page }) => {
  // Pagefind's files are left out (the page then says the index is unavailable): what is left is ours.
  await page.route('**/pagefind/**', (route) => route.abort());
  const weight = await measure(page, '/search/');
  const message = describeWeight('/search/', weight);
  console.log(message);
  expect(weight.js, message).toBeLessThanOrEqual(BUDGET.searchJs);
  expect(weight.css, message).toBeLessThanOrEqual(BUDGET.css);
});
