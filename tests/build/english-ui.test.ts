/**
 * The interface language comes from the site config alone: the blog built with an English config
 * (tests/fixtures/english/site.config.ts, English posts) has no Hangul anywhere a reader meets the
 * interface. The only Korean left is content: the about page's own text (src/content/pages/about.md).
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, removeContentCache, root, type BuildResult } from '../support/build-site';
import { splitFrontmatter } from '../support/first-post';
import { attr, htmlElements, listFiles, parseHtml, readDist, type HtmlElement } from '../support/site';

const fixture = path.join(root, 'tests/fixtures/english');
const contentDir = path.join(fixture, 'posts');
const env = { BLOG_SITE_CONFIG: path.join(fixture, 'site.config.ts') };
const HANGUL = /[\p{Script=Hangul}]/u;

let outDir: string;
let build: BuildResult;

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'english-ui-'));
  build = await buildSite(contentDir, outDir, env);
}, 300_000);

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
  await removeContentCache(contentDir, env);
});

/** The about page's title and description: content, allowed wherever the page names itself. */
function aboutPageStrings(): string[] {
  const { frontmatter } = splitFrontmatter(readFileSync(path.join(root, 'src/content/pages/about.md'), 'utf8'));
  // Longest first, so a title inside the description is not removed from it before the description is.
  return [String(frontmatter['title']), String(frontmatter['description'])].sort((a, b) => b.length - a.length);
}

/** Every text node and attribute value of a page outside its content body (the .prose element). */
function interfaceText(html: string): string[] {
  const out: string[] = [];
  const walk = (el: HtmlElement) => {
    if ((attr(el, 'class') ?? '').split(/\s+/).includes('prose')) return;
    for (const a of el.attrs) out.push(a.value);
    for (const child of el.childNodes) {
      if (child.nodeName === '#text' && 'value' in child) out.push(child.value);
      else if ('tagName' in child) walk(child);
    }
  };
  const [html_] = htmlElements(parseHtml(html));
  if (html_) walk(html_);
  return out;
}

describe('the blog with an English interface', () => {
  it('builds', () => {
    expect(build.output).not.toMatch(/\[ERROR\]/);
    expect(build.code).toBe(0);
  });

  it('has no Hangul in any page outside the content, nor in feeds, sitemap or other text files', () => {
    const files = listFiles(outDir).filter((f) => /\.(html|xml|json|txt|webmanifest)$/.test(f));
    expect(files.length).toBeGreaterThan(20);
    const content = aboutPageStrings();
    const offending: string[] = [];
    for (const file of files) {
      const text = readFileSync(path.join(outDir, file), 'utf8');
      const pieces = file.endsWith('.html') ? interfaceText(text) : [text];
      for (const piece of pieces) {
        const rest = content.reduce((s, c) => s.split(c).join(''), piece);
        if (HANGUL.test(rest)) offending.push(`${file}: ${rest.trim().slice(0, 80)}`);
      }
    }
    expect(offending).toEqual([]);
  });

  it('speaks English: lang, dates, reading time, labels of the review components and footnotes', () => {
    const post = readDist(outDir, '/posts/power-and-ai/');
    expect(post).toMatch(/<html lang="en"/);
    expect(post).toContain('November 3, 2024');
    expect(post).toMatch(/\d+ min read/);
    expect(post).toContain('Footnotes');
    expect(post).toMatch(/<cite[^>]*>MIT Technology Review<\/cite>, <span[^>]*>p\. 12<\/span>/);
    expect(post).toMatch(/aria-label="4 out of 5"/);
    expect(post).toContain('Also mentioned');
    expect(readDist(outDir, '/rss.xml')).toContain('<language>en</language>');
    expect(readDist(outDir, '/search/')).toContain('Nothing matches');
  });

  it('publishes no draft, whatever the language', () => {
    expect(listFiles(outDir).some((f) => f.startsWith('posts/a-draft/'))).toBe(false);
  });
});
