import { expect, test, type Page } from '@playwright/test';
import { REAL_POST } from '../../support/site.ts';

/** What the page looked like at its first paint, recorded by a script that runs before the page's own. */
interface FirstPaint {
  /** html[data-theme] when <body> first exists. */
  themeAtBody: string | null;
  /** html[data-theme] and the canvas colour in the first animation frame, i.e. just before first paint. */
  themeAtFrame: string | null;
  background: string | null;
}

declare global {
  interface Window {
    __firstPaint?: FirstPaint;
  }
}

async function recordFirstPaint(page: Page) {
  await page.addInitScript(() => {
    if (window.top !== window) return;
    const record: FirstPaint = { themeAtBody: null, themeAtFrame: null, background: null };
    window.__firstPaint = record;
    const onBody = () => {
      record.themeAtBody = document.documentElement.dataset['theme'] ?? '(none)';
      requestAnimationFrame(() => {
        record.themeAtFrame = document.documentElement.dataset['theme'] ?? '(none)';
        // The page background: body's if it has one, else the root's (which paints the canvas).
        const bodyBg = getComputedStyle(document.body).backgroundColor;
        record.background =
          bodyBg && bodyBg !== 'rgba(0, 0, 0, 0)' && bodyBg !== 'transparent'
            ? bodyBg
            : getComputedStyle(document.documentElement).backgroundColor;
      });
    };
    if (document.body) onBody();
    else {
      const observer = new MutationObserver(() => {
        if (document.body) {
          observer.disconnect();
          onBody();
        }
      });
      observer.observe(document, { childList: true, subtree: true });
    }
  });
}

async function firstPaint(page: Page): Promise<FirstPaint> {
  await expect.poll(() => page.evaluate(() => window.__firstPaint?.background ?? null)).not.toBeNull();
  return page.evaluate(() => window.__firstPaint as FirstPaint);
}

/** --bg of the two themes (src/styles/global.css). */
const BG = { light: 'rgb(251, 250, 247)', dark: 'rgb(21, 23, 26)' } as const;

const toggle = (page: Page) => page.getByRole('banner').getByRole('button', { name: '다크 모드 전환' });

test.describe('theme', () => {
  test('follows a dark OS preference from the first paint when nothing is stored', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await recordFirstPaint(page);
    await page.goto(REAL_POST.path);
    const paint = await firstPaint(page);
    expect(paint).toEqual({ themeAtBody: 'dark', themeAtFrame: 'dark', background: BG.dark });
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
  });

  test('follows a light OS preference from the first paint when nothing is stored', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await recordFirstPaint(page);
    await page.goto('/');
    expect(await firstPaint(page)).toEqual({ themeAtBody: 'light', themeAtFrame: 'light', background: BG.light });
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
  });

  test('the toggle switches, persists and is applied before first paint after reload', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await recordFirstPaint(page);
    await page.goto('/');
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-theme', 'light');
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');

    await toggle(page).click();
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('dark');
    await expect
      .poll(() => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor))
      .toBe(BG.dark);

    // The OS still says light: only the stored choice can make the reloaded page dark, and it must be so
    // before the first paint (no flash of the light theme).
    await page.reload();
    expect(await firstPaint(page)).toEqual({ themeAtBody: 'dark', themeAtFrame: 'dark', background: BG.dark });
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');

    // Another page of the site keeps the choice too.
    await page.goto(REAL_POST.path);
    expect((await firstPaint(page)).themeAtBody).toBe('dark');

    // And back to light.
    await toggle(page).click();
    await expect(html).toHaveAttribute('data-theme', 'light');
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    expect(await firstPaint(page)).toEqual({ themeAtBody: 'light', themeAtFrame: 'light', background: BG.light });
  });

  test('without a stored choice, follows the OS when it changes', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
  });
});

test.describe('keyboard', () => {
  test('Tab reaches the skip link first, then the header links and the toggle, all with a visible focus', async ({
    page,
  }) => {
    await page.goto('/');
    const stops: { text: string; tag: string; outline: string; inHeader: boolean; toggle: boolean }[] = [];
    for (let i = 0; i < 20 && !stops.at(-1)?.toggle; i++) {
      await page.keyboard.press('Tab');
      stops.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const style = getComputedStyle(el);
          return {
            text: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim(),
            tag: el.tagName.toLowerCase(),
            outline: `${style.outlineStyle} ${style.outlineWidth}`,
            inHeader: !!el.closest('body > header, header.site-header'),
            toggle: el.matches('button[data-theme-toggle]'),
          };
        }),
      );
    }
    const texts = stops.map((s) => s.text);
    expect(texts[0]).toBe('본문으로 건너뛰기');
    expect(texts[1]).toBe('김민제의 블로그');
    // The menu in order (other header controls, such as search, may sit between the menu and the toggle).
    const menu = ['모든 글', '서재', '태그', '아카이브', '소개'];
    expect(texts.slice(2, 2 + menu.length)).toEqual(menu);
    expect(stops.at(-1)?.toggle, `reached the theme toggle: ${texts.join(' → ')}`).toBe(true);
    expect(stops.at(-1)?.tag).toBe('button');
    expect(
      stops.slice(1).every((s) => s.inHeader),
      texts.join(' → '),
    ).toBe(true);
    for (const stop of stops) {
      expect(stop.outline, `focus outline on ${stop.text}`).not.toMatch(/^none\b/);
      expect(stop.outline, `focus outline on ${stop.text}`).not.toMatch(/ 0px$/);
    }
  });

  test('the skip link becomes visible when focused', async ({ page }) => {
    await page.goto('/');
    const skip = page.getByRole('link', { name: '본문으로 건너뛰기' });
    await expect(skip).not.toBeInViewport();
    await page.keyboard.press('Tab');
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
  });

  test('the theme toggle works from the keyboard', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    await toggle(page).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.keyboard.press('Space');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });
});
