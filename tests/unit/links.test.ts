import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cssRefs, distFileFor, htmlRefs, resolveRef, srcsetUrls } from '../support/links.ts';

const SITE = 'http://localhost:4321/';

describe('resolveRef', () => {
  it('resolves relative, root-relative and absolute URLs on the site, decoding Hangul', () => {
    const base = 'http://localhost:4321/posts/a/';
    expect(resolveRef('../b/', base, SITE)).toEqual({ path: '/posts/b/', fragment: '' });
    expect(resolveRef('cover.webp', base, SITE)).toEqual({ path: '/posts/a/cover.webp', fragment: '' });
    expect(resolveRef('/tags/%EC%A0%84%EB%A0%A5/', base, SITE)).toEqual({ path: '/tags/전력/', fragment: '' });
    expect(resolveRef('/tags/전력/', base, SITE)).toEqual({ path: '/tags/전력/', fragment: '' });
    expect(resolveRef('http://localhost:4321/rss.xml', base, SITE)).toEqual({ path: '/rss.xml', fragment: '' });
  });

  it('keeps the fragment, decoded, and resolves a bare fragment to the page itself', () => {
    expect(resolveRef('#%EC%84%9C%EB%A1%A0', 'http://localhost:4321/posts/a/', SITE)).toEqual({
      path: '/posts/a/',
      fragment: '서론',
    });
    expect(resolveRef('/posts/a/#main', SITE, SITE)?.fragment).toBe('main');
  });

  it('returns null for links that leave the site', () => {
    for (const url of [
      'https://example.com/',
      'http://localhost:4322/',
      'https://localhost:4321/',
      'mailto:a@b.c',
      'data:image/png;base64,AA',
      'javascript:void(0)',
    ]) {
      expect(resolveRef(url, SITE, SITE), url).toBeNull();
    }
  });

  it('throws on a URL that cannot be decoded', () => {
    expect(() => resolveRef('/tags/%E0%A4%A/', SITE, SITE)).toThrow();
  });
});

describe('distFileFor', () => {
  const dist = mkdtempSync(join(tmpdir(), 'links-'));
  mkdirSync(join(dist, 'tags/전력'), { recursive: true });
  mkdirSync(join(dist, 'empty'), { recursive: true });
  writeFileSync(join(dist, 'tags/전력/index.html'), '');
  writeFileSync(join(dist, 'rss.xml'), '');
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('maps a directory URL to its index.html and a file URL to the file', () => {
    expect(distFileFor(dist, '/tags/전력/')).toBe('tags/전력/index.html');
    expect(distFileFor(dist, '/rss.xml')).toBe('rss.xml');
  });

  it('finds nothing for a missing file, a folder without index.html or a folder without the trailing slash', () => {
    expect(distFileFor(dist, '/nope/')).toBeNull();
    expect(distFileFor(dist, '/empty/')).toBeNull();
    expect(distFileFor(dist, '/tags/전력')).toBeNull();
    expect(distFileFor(dist, '/../etc/passwd')).toBeNull();
  });
});

describe('collecting references', () => {
  it('reads srcset candidates', () => {
    expect(srcsetUrls('/a.webp 400w, /b.webp 800w')).toEqual(['/a.webp', '/b.webp']);
    expect(srcsetUrls('/a.webp')).toEqual(['/a.webp']);
  });

  it('finds links, assets, srcsets, link rels, social images and form actions in HTML', () => {
    const html = `<!doctype html><html><head>
      <link rel="canonical" href="http://localhost:4321/x/"><link rel="stylesheet" href="/_astro/a.css">
      <meta property="og:image" content="http://localhost:4321/og/x.png"><meta name="description" content="/not-a-url">
      <script type="module" src="/_astro/b.js"></script></head><body>
      <a href="#main">skip</a><img src="c.webp" srcset="/c1.webp 1x, /c2.webp 2x" alt="">
      <form action="/search/"></form><a href="">empty</a>
      <svg><use xlink:href="#icon"></use></svg></body></html>`;
    const urls = htmlRefs(html, 'http://localhost:4321/x/', '/x/').map((r) => r.url);
    expect(urls.sort()).toEqual(
      [
        'http://localhost:4321/x/',
        '/_astro/a.css',
        'http://localhost:4321/og/x.png',
        '/_astro/b.js',
        '#main',
        'c.webp',
        '/c1.webp',
        '/c2.webp',
        '/search/',
        '#icon',
      ].sort(),
    );
  });

  it('finds url() references in CSS', () => {
    const css = `@font-face{src:url(/_astro/f.woff2) format("woff2"),url('./g.woff')}a{background:url("data:image/svg+xml,x")}`;
    expect(cssRefs(css, 'http://localhost:4321/_astro/a.css', '/_astro/a.css').map((r) => r.url)).toEqual([
      '/_astro/f.woff2',
      './g.woff',
      'data:image/svg+xml,x',
    ]);
  });
});
