import { expect, test } from '@playwright/test';
import { REAL_POST } from '../../support/site.ts';

test.describe('360 px wide screen', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const path of [
    '/',
    REAL_POST.path,
    '/tags/',
    '/tags/전력/',
    '/archive/',
    '/posts/',
    '/about/',
    '/no-such-page/',
  ]) {
    test(`${path} has no horizontal scroll`, async ({ page }) => {
      await page.goto(path);
      await page.evaluate(() => document.fonts.ready);
      const widths = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
        widest: [...document.querySelectorAll('body *')]
          .map((el) => ({ el: `${el.tagName.toLowerCase()}.${el.className}`, right: el.getBoundingClientRect().right }))
          .sort((a, b) => b.right - a.right)[0],
      }));
      expect(widths.scroll, JSON.stringify(widths)).toBeLessThanOrEqual(360);
    });
  }
});

test.describe('320 px wide screen', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the menu keeps every label on one line, in one row', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => document.fonts.ready);
    const links = page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link');
    const boxes = await links.evaluateAll((els) =>
      els.map((el) => {
        const style = getComputedStyle(el);
        return {
          label: el.textContent?.trim(),
          top: el.getBoundingClientRect().top,
          text: el.getBoundingClientRect().height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom),
          line: parseFloat(style.lineHeight),
        };
      }),
    );
    expect(boxes.length).toBeGreaterThanOrEqual(5);
    for (const box of boxes) {
      // One line of text: the link is no taller than its padding and one line.
      expect(box.text, JSON.stringify(box)).toBeLessThan(box.line * 1.5);
    }
    expect(new Set(boxes.map((box) => Math.round(box.top))).size, JSON.stringify(boxes)).toBe(1);
  });
});

test.describe('1280 px wide screen', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('post body measure is about 35–40 Hangul characters per line', async ({ page }) => {
    await page.goto(REAL_POST.path);
    await page.evaluate(() => document.fonts.ready);
    const measure = await page.evaluate(() => {
      const p = document.querySelector<HTMLElement>('article .prose > p');
      if (!p) throw new Error('no prose paragraph');
      const style = getComputedStyle(p);
      const contentWidth = p.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const probe = document.createElement('span');
      probe.textContent = '가'.repeat(20);
      probe.style.whiteSpace = 'nowrap';
      p.append(probe);
      const advance = probe.getBoundingClientRect().width / 20;
      probe.remove();
      return {
        contentWidth,
        advance,
        fontSize: style.fontSize,
        fontFamily: style.fontFamily,
        perLine: contentWidth / advance,
      };
    });
    expect(measure.perLine, JSON.stringify(measure)).toBeGreaterThanOrEqual(34);
    expect(measure.perLine, JSON.stringify(measure)).toBeLessThanOrEqual(42);
  });
});
