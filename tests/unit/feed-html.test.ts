import { describe, expect, it } from 'vitest';
import { feedHtml } from '../../src/feeds/feed-html';

const POST = 'https://blog.example/posts/review-mit/';

describe('feedHtml (a post as a feed reader gets it)', () => {
  it('makes root-relative image and link URLs absolute on the site', () => {
    expect(feedHtml('<img src="/_astro/cover.hash.webp" alt="">', POST)).toBe(
      '<img src="https://blog.example/_astro/cover.hash.webp" alt="">',
    );
    expect(feedHtml('<a href="/tags/ai/">AI</a>', POST)).toBe('<a href="https://blog.example/tags/ai/">AI</a>');
  });

  it('resolves page-relative URLs against the post URL', () => {
    expect(feedHtml('<a href="./notes.pdf">메모</a>', POST)).toBe(
      '<a href="https://blog.example/posts/review-mit/notes.pdf">메모</a>',
    );
    expect(feedHtml('<a href="../other/">다른 글</a>', POST)).toBe(
      '<a href="https://blog.example/posts/other/">다른 글</a>',
    );
  });

  it("drops a heading's empty permalink and keeps its text and an author's link", () => {
    expect(
      feedHtml('<h2 id="서론">서론<a class="heading-anchor" href="#서론" aria-label="서론 섹션 링크"></a></h2>', POST),
    ).toBe('<h2 id="서론">서론</h2>');
    // Empty once its aria-hidden icon is gone, it is dropped too; a link with text or an image is not.
    expect(feedHtml('<h3>끝<a href="#끝"> <svg aria-hidden="true"><path d="M1"></path></svg></a></h3>', POST)).toBe(
      '<h3>끝</h3>',
    );
    expect(feedHtml('<h2><a href="/tags/ai/">AI</a>와 전력<a href="#x"></a></h2>', POST)).toBe(
      '<h2><a href="https://blog.example/tags/ai/">AI</a>와 전력</h2>',
    );
    expect(feedHtml('<a href="/x/"><img src="/a.png" alt="표지"></a>', POST)).toBe(
      '<a href="https://blog.example/x/"><img src="https://blog.example/a.png" alt="표지"></a>',
    );
    // An icon link an author drew leads elsewhere: named by its label, it stays, empty or not.
    expect(
      feedHtml('<p><a href="https://example.com/" aria-label="홈"><svg aria-hidden="true"></svg></a></p>', POST),
    ).toBe('<p><a href="https://example.com/" aria-label="홈"></a></p>');
    expect(feedHtml('<p><a href="/about/" aria-label="소개"></a></p>', POST)).toBe(
      '<p><a href="https://blog.example/about/" aria-label="소개"></a></p>',
    );
  });

  it('points a #fragment at the post page, so footnotes work in a feed reader', () => {
    expect(feedHtml('<a href="#fn-1">1</a>', POST)).toBe('<a href="https://blog.example/posts/review-mit/#fn-1">1</a>');
  });

  it('rewrites every candidate of a srcset and keeps the descriptors', () => {
    expect(feedHtml('<img srcset="/_astro/a.webp 400w, /_astro/b.webp 800w">', POST)).toBe(
      '<img srcset="https://blog.example/_astro/a.webp 400w, https://blog.example/_astro/b.webp 800w">',
    );
  });

  it('leaves absolute, mailto and protocol-relative URLs untouched', () => {
    const html =
      '<a href="https://www.technologyreview.com/">MIT</a><a href="mailto:me@blog.example">메일</a><img src="//cdn.example/x.png">';
    expect(feedHtml(html, POST)).toBe(html);
  });

  it('keeps &amp; in query strings escaped', () => {
    expect(feedHtml('<a href="/search?q=ai&amp;page=2">검색</a>', POST)).toBe(
      '<a href="https://blog.example/search?q=ai&amp;page=2">검색</a>',
    );
  });

  it('does not touch URL-like text outside attributes', () => {
    const html = '<p>주소는 /posts/ 아래에 있습니다.</p><pre><code>href=&quot;/x&quot;</code></pre>';
    expect(feedHtml(html, POST)).toBe(html);
  });

  // [what the renderer wrote, what the feed gets]: only the attributes of real tags move.
  const rewrites: [string, string][] = [
    ['<img data-src="/lazy.png" src="/a.png">', '<img data-src="/lazy.png" src="https://blog.example/a.png">'],
    ['<a data-href="/x/" href="/y/">y</a>', '<a data-href="/x/" href="https://blog.example/y/">y</a>'],
    [
      '<a href="/x/"><code>href="/y/"</code></a><img alt="a > b" src="/c.png">',
      '<a href="https://blog.example/x/"><code>href="/y/"</code></a><img alt="a > b" src="https://blog.example/c.png">',
    ],
    [
      '<script src="/_astro/a.js"></script><a href="/b/">b</a>',
      '<script src="https://blog.example/_astro/a.js"></script><a href="https://blog.example/b/">b</a>',
    ],
  ];
  it.each(rewrites)('rewrites real attributes only: %s', (html, expected) => {
    expect(feedHtml(html, POST)).toBe(expected);
  });

  it('leaves attribute-like text in code, comments, scripts and styles as written', () => {
    const samples = [
      '<p><code>&lt;a href="/x/"&gt;</code>와 <code>src="/y.png"</code>처럼 씁니다.</p>',
      '<pre><code class="language-html">&lt;img src="/cover.jpg" srcset="/a.jpg 1x"&gt;</code></pre>',
      '<!-- <a href="/draft/">초안</a> -->',
      '<script type="application/ld+json">{"url":"<a href=\\"/x\\">"}</script>',
      '<style>a[href="/x"] { color: red }</style>',
    ];
    for (const html of samples) expect(feedHtml(html, POST)).toBe(html);
  });

  it('accepts a URL object', () => {
    expect(feedHtml('<img src="/a.png">', new URL(POST))).toBe('<img src="https://blog.example/a.png">');
  });

  it('leaves out Astro’s scope attributes, which only the site’s stylesheet reads, in tags only', () => {
    expect(
      feedHtml(
        '<figure class="quote" data-astro-cid-maseazeh><cite data-astro-cid-maseazeh="">책</cite></figure>',
        POST,
      ),
    ).toBe('<figure class="quote"><cite>책</cite></figure>');
    expect(feedHtml('<img data-astro-cid-kmdltao3="true" alt="" src="/a.png">', POST)).toBe(
      '<img alt="" src="https://blog.example/a.png">',
    );
    const code = '<pre><code>&lt;p data-astro-cid-x&gt;</code></pre>';
    expect(feedHtml(code, POST)).toBe(code);
  });

  it('leaves out inline SVG, which only the site’s stylesheet draws right (a rating’s stars), and keeps the text', () => {
    const rating =
      '<span class="rating" role="img" aria-label="5점 만점에 4.5점"><span class="stars"><svg class="empty" viewBox="0 0 100 20" aria-hidden="true"><path d="M1"></path></svg>' +
      '<span class="fill"><svg viewBox="0 0 100 20" aria-hidden="true"><path d="M1"></path></svg></span></span><span class="value">4.5</span></span>';
    expect(feedHtml(rating, POST)).toBe(
      '<span class="rating" role="img" aria-label="5점 만점에 4.5점"><span class="stars"><span class="fill"></span></span><span class="value">4.5</span></span>',
    );
  });

  it('keeps an SVG an author draws, the text around a self-closing one, and text with letters that lower-case longer', () => {
    const drawn = '<p>그림:</p><svg viewBox="0 0 10 10"><circle r="4"></circle></svg><p>뒤</p>';
    expect(feedHtml(drawn, POST)).toBe(drawn);
    expect(feedHtml('<p>앞</p><svg aria-hidden="true"/><p>남음</p><svg aria-hidden="true"></svg>', POST)).toBe(
      '<p>앞</p><p>남음</p>',
    );
    expect(feedHtml('<p>İİİİ</p><svg aria-hidden="true"><path d="M1"></path></svg><p>뒤</p>', POST)).toBe(
      '<p>İİİİ</p><p>뒤</p>',
    );
  });
});
