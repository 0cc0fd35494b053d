/**
 * Page-weight budgets, measured the way a reader pays for them: everything Chromium fetches to show a
 * page (plus inline <script>/<style> in the HTML), gzip-compressed as a host would serve it.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

export interface Weight {
  html: number;
  css: number;
  js: number;
  fonts: number;
  fontFiles: { url: string; bytes: number }[];
}

export const BUDGET = {
  /** Gzip bytes of the HTML document. */
  html: 40_000,
  /** All CSS a page loads, gzip. */
  css: 15_000,
  /** All JavaScript a reading page runs, gzip: only progressive enhancements (theme, search key). */
  js: 2_048,
  /**
   * The search page's own JavaScript, gzip (Korean query rules, excerpts, the page wiring; no framework).
   * Pagefind's own JS and wasm come on top, loaded only by that page.
   */
  searchJs: 6_144,
  /** Largest single font file: a subset, never a whole CJK font (those are megabytes). */
  fontFile: 150_000,
};

const gz = (body: Buffer | string) => gzipSync(body).length;

export async function measure(page: Page, path: string): Promise<Weight> {
  const weight: Weight = { html: 0, css: 0, js: 0, fonts: 0, fontFiles: [] };
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    pending.push(
      response
        .body()
        .then((body) => {
          if (type === 'stylesheet') weight.css += gz(body);
          else if (type === 'script') weight.js += gz(body);
          else if (type === 'font') {
            weight.fonts += body.length;
            weight.fontFiles.push({ url: response.url(), bytes: body.length });
          }
        })
        .catch(() => undefined),
    );
  });
  const response = await page.goto(path, { waitUntil: 'networkidle' });
  const html = (await response?.text()) ?? '';
  await Promise.all(pending);
  weight.html = gz(html);
  // Inline code counts too: it travels inside the HTML but is what the page runs or styles with.
  for (const [, attrs = '', body = ''] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (!attrs.includes('application/ld+json')) weight.js += gz(body);
  }
  for (const [, body = ''] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) weight.css += gz(body);
  return weight;
}

/** A readable failure message: every figure against its budget. */
export function describeWeight(path: string, w: Weight): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  return (
    `${path}: HTML ${kb(w.html)} (budget ${kb(BUDGET.html)}), CSS ${kb(w.css)} (budget ${kb(BUDGET.css)}), ` +
    `JS ${kb(w.js)} (budget ${kb(BUDGET.js)}), fonts ${kb(w.fonts)} in ${w.fontFiles.length} files ` +
    `(largest ${kb(Math.max(0, ...w.fontFiles.map((f) => f.bytes)))}, budget ${kb(BUDGET.fontFile)} each)`
  );
}
