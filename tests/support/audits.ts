/**
 * Audits run on both built sites (site/audits.spec.ts on dist/, fixtures/audits.spec.ts on
 * dist-fixtures/): the Nu Html Checker on every page, every XML file through a strict XML parser (saxes:
 * well-formedness and XML 1.0's characters), every internal link, the CSP of every page, and in
 * Chromium axe-core (WCAG 2.2 AA) and CSP violation reports on every page type, in both themes.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { SaxesParser } from 'saxes';
import { codePointName, xmlInvalidCharacters } from '../../src/lib/xml.ts';
import { ROOT, attr, findElements, htmlFiles, listFiles, pagePath, parseHtml, textContent } from './site.ts';
import { checkLinks } from './links.ts';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** vnu.jar of the `vnu-jar` package (it exports the path). */
export const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

export interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

/** Runs the Nu Html Checker once over all `files` (one JVM: it takes seconds to start); errors only. */
export function runVnu(files: string[]): Promise<VnuMessage[]> {
  return new Promise((resolve, reject) => {
    execFile(
      'java',
      ['-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        // vnu writes its report to stderr and exits 1 when it found errors.
        const report = [stdout, stderr].find((s) => s.trim().startsWith('{'));
        if (!report) {
          reject(new Error(`the Nu Html Checker did not run (is Java installed?): ${error?.message ?? ''}\n${stderr}`));
          return;
        }
        resolve((JSON.parse(report) as { messages: VnuMessage[] }).messages);
      },
    );
  });
}

const formatVnu = (m: VnuMessage, dist: string) =>
  `${(m.url ?? '').replace(`file:${dist}/`, '')}:${m.lastLine ?? '?'}:${m.firstColumn ?? '?'} ${m.message}\n    ${m.extract ?? ''}`;

/** sha256 of the theme script inlined in every page's <head>, as CSP writes it. */
export const THEME_INIT_HASH = `'sha256-${createHash('sha256')
  .update(readFileSync(join(ROOT, 'src/client/theme-init.js')))
  .digest('base64')}'`;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The directives of a CSP, by name: "script-src 'self' 'sha256-…'" → { 'script-src': ["'self'", …] }. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), values);
  }
  return directives;
}

/** Problems with the CSP <meta> of one built page (none: []). */
export function cspProblems(html: string): string[] {
  const doc = parseHtml(html);
  const metas = findElements(
    doc,
    (el) => el.tagName === 'meta' && attr(el, 'http-equiv')?.toLowerCase() === 'content-security-policy',
  );
  if (metas.length !== 1) return [`${metas.length} CSP <meta> elements`];
  const csp = parseCsp(attr(metas[0]!, 'content') ?? '');
  const scriptSrc = csp.get('script-src');
  if (!scriptSrc) return ['no script-src directive'];
  const problems: string[] = [];
  if (scriptSrc.includes("'unsafe-inline'")) problems.push("script-src allows 'unsafe-inline'");
  if (scriptSrc.includes("'unsafe-eval'")) problems.push("script-src allows 'unsafe-eval'");
  if (!scriptSrc.includes(THEME_INIT_HASH))
    problems.push(`script-src lacks the theme script's hash ${THEME_INIT_HASH}`);
  // Every inline script the browser would run is allowed by its hash (JSON-LD is data, never run).
  for (const script of findElements(doc, (el) => el.tagName === 'script' && attr(el, 'src') === undefined)) {
    if (attr(script, 'type') === 'application/ld+json') continue;
    const hash = sha256(textContent(script));
    if (!scriptSrc.includes(hash))
      problems.push(`inline script ${hash} is not in script-src: ${textContent(script).slice(0, 80)}`);
  }
  return problems;
}

/**
 * Records CSP violations of the page from now on: Chromium's console errors and the documents'
 * `securitypolicyviolation` events. Read them before navigating away (each document keeps its own).
 */
export async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = [];
  page.on('console', (msg) => {
    if (/content security policy/i.test(msg.text())) fromConsole.push(`console ${msg.type()}: ${msg.text()}`);
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    window.__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(
        `${e.effectiveDirective}: ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`,
      );
    });
  });
  return async () => [...fromConsole, ...(await page.evaluate(() => window.__cspViolations ?? []))];
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core's WCAG 2.2 AA violations on the page as it is now, one readable entry per rule. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Legacy mode runs axe in the page itself: the pages have no iframes, and the default mode opens an extra
  // blank page for every run, which doubles the time.
  const { violations } = await new AxeBuilder({ page })
    .withTags(AXE_TAGS)
    .setLegacyMode(true)
    // Only violations are read: axe then skips building the (long) lists of passing nodes. WCAG 2.5.3
    // (label in name) is an experimental rule in axe 4.x, off unless asked for.
    .options({ resultTypes: ['violations'], rules: { 'label-content-name-mismatch': { enabled: true } } })
    .analyze();
  return violations.map(
    (v) =>
      `${v.id} (${v.impact ?? '?'}): ${v.help}\n` +
      v.nodes
        .map((n) => `      ${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s*\n\s*/g, ' ')}`)
        .join('\n'),
  );
}

export type Theme = 'light' | 'dark';

/** Follows the OS colour scheme (nothing stored) and waits until the page has applied it. */
export async function useOsTheme(page: Page, theme: Theme) {
  await page.emulateMedia({ colorScheme: theme });
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

export const themeToggle = (page: Page) => page.getByRole('banner').getByRole('button', { name: '다크 모드 전환' });

export interface AuditPage {
  /** A name for the test title. */
  name: string;
  /** Site path, Hangul as is. */
  path: string;
  /** Expected HTTP status (404 for the not-found page). */
  status?: number;
  /** Waits until the page is ready to audit (e.g. search results shown). */
  ready?: (page: Page) => Promise<void>;
}

/** Search results for a query shown on /search/?q=… (Pagefind has loaded and run its WebAssembly). */
export const searchResultsShown = async (page: Page) => {
  await expect(page.getByRole('status')).toContainText('검색 결과');
  await expect(page.locator('#search-results > li').first()).toBeVisible();
};

export interface AuditOptions {
  /** The built site's folder. */
  dist: string;
  /** Page types to check in the browser. */
  pages: AuditPage[];
  /** Pages on which the theme is also chosen with the header toggle (stored choice). */
  togglePages: string[];
}

/** Defines the audit tests for one built site (call from a spec file of that site's project). */
export function defineAudits({ dist, pages, togglePages }: AuditOptions) {
  test.describe('audits', () => {
    test('every HTML page passes the Nu Html Checker without errors', async () => {
      test.setTimeout(120_000);
      const files = htmlFiles(dist).map((f) => join(dist, f));
      expect(files.length).toBeGreaterThan(5);
      const errors = (await runVnu(files)).filter((m) => m.type !== 'info');
      console.log(`vnu: ${files.length} pages of ${dist} checked, ${errors.length} errors`);
      expect(errors.map((m) => formatVnu(m, dist)).join('\n'), `${errors.length} HTML errors`).toBe('');
    });

    test('every XML file parses with a strict XML 1.0 parser, and no text file carries a forbidden character', () => {
      const files = listFiles(dist);
      const xml = files.filter((f) => f.endsWith('.xml'));
      expect(xml.length).toBeGreaterThanOrEqual(3); // the feed, the sitemap index and a sitemap
      const broken: string[] = [];
      for (const file of xml) {
        const parser = new SaxesParser({ xmlns: true });
        try {
          parser.write(readFileSync(join(dist, file), 'utf8')).close();
        } catch (error) {
          broken.push(`${file}: ${(error as Error).message}`);
        }
      }
      expect(broken.join('\n')).toBe('');
      // What the build writes as text (Pagefind's files are compressed binary, checked through search).
      const carrying = files
        .filter((f) => /\.(html|xml|json|txt|js|css|svg|webmanifest)$/.test(f) && !f.startsWith('pagefind/'))
        .flatMap((f) =>
          xmlInvalidCharacters(readFileSync(join(dist, f), 'utf8')).map(
            ({ char, index }) => `${f} at ${index}: ${codePointName(char)}`,
          ),
        );
      expect(carrying.join('\n')).toBe('');
    });

    test('no broken internal links, fragments or asset references', () => {
      const { checked, broken } = checkLinks(dist);
      console.log(`links: ${checked} internal references in ${dist} checked, ${broken.length} broken`);
      expect(checked).toBeGreaterThan(50);
      expect(broken.join('\n'), `${broken.length} broken references`).toBe('');
    });

    test("every page has a CSP <meta> without 'unsafe-inline' that allows its inline scripts by hash", () => {
      const files = htmlFiles(dist);
      const problems = files.flatMap((f) =>
        cspProblems(readFileSync(join(dist, f), 'utf8')).map((p) => `${pagePath(f)}: ${p}`),
      );
      expect(problems.join('\n')).toBe('');
    });

    for (const target of pages) {
      test(`${target.name} (${target.path}): no axe violations in light and dark, no CSP violations`, async ({
        page,
      }) => {
        const csp = await watchCsp(page);
        await page.emulateMedia({ colorScheme: 'light' });
        const response = await page.goto(encodeURI(target.path));
        expect(response?.status()).toBe(target.status ?? 200);
        await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
        await target.ready?.(page);
        const found: string[] = [];
        for (const theme of ['light', 'dark'] as const) {
          await useOsTheme(page, theme);
          found.push(...(await axeViolations(page)).map((v) => `[${theme}] ${v}`));
        }
        expect(found.join('\n'), `axe violations on ${target.path}`).toBe('');
        expect(await csp(), `CSP violations on ${target.path}`).toEqual([]);
      });
    }

    test('pages whose theme was chosen with the toggle (and stored) have no axe violations', async ({ page }) => {
      const csp = await watchCsp(page);
      const found: string[] = [];
      for (const path of togglePages) {
        // The OS says light; the reader picks dark, and the choice is kept across a reload.
        await page.emulateMedia({ colorScheme: 'light' });
        await page.goto(encodeURI(path));
        await themeToggle(page).click();
        await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
        await page.reload();
        await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
        found.push(...(await axeViolations(page)).map((v) => `[${path}, dark stored] ${v}`));
        // The OS says dark; the reader picks light.
        await page.emulateMedia({ colorScheme: 'dark' });
        await themeToggle(page).click();
        await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
        await page.reload();
        await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
        found.push(...(await axeViolations(page)).map((v) => `[${path}, light stored, OS dark] ${v}`));
        expect(await csp(), `CSP violations on ${path}`).toEqual([]);
        await page.evaluate(() => localStorage.removeItem('theme'));
      }
      expect(found.join('\n')).toBe('');
    });

    test('searching runs Pagefind (WebAssembly) without CSP violations', async ({ page }) => {
      const csp = await watchCsp(page);
      await page.goto('/search/');
      await page.getByRole('searchbox', { name: '검색어' }).fill('전력');
      await searchResultsShown(page);
      // More queries: each loads more of the index.
      await page.getByRole('searchbox', { name: '검색어' }).fill('AI');
      await searchResultsShown(page);
      expect(await page.evaluate(() => typeof WebAssembly === 'object')).toBe(true);
      expect(await csp()).toEqual([]);
    });
  });
}
