import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownToHtml, mdxToJs } from 'satteri';
import { remoteImageProblem, remoteOrigin } from '../../src/images/remote';
import { blockedElementProblem, blockedHtml, componentsInMarkdown, imageSources } from '../../src/markdown/post-checks';

/** A public/ folder holding images/a.png. */
const PUBLIC = mkdtempSync(path.join(tmpdir(), 'public-'));
mkdirSync(path.join(PUBLIC, 'images'));
writeFileSync(path.join(PUBLIC, 'images', 'a.png'), '');
writeFileSync(path.join(PUBLIC, 'images', '지도 1.png'), '');

describe('images from other sites', () => {
  it('tells this site’s images from other sites’', () => {
    expect(remoteOrigin('./cover.jpg')).toBeUndefined();
    expect(remoteOrigin('/images/map.png')).toBeUndefined();
    expect(remoteOrigin('data:image/png;base64,AAAA')).toBeUndefined();
    expect(remoteOrigin('https://images.example.com/a/b.png?x=1')).toBe('https://images.example.com');
    expect(remoteOrigin('//cdn.example.com/x.png')).toBe('https://cdn.example.com');
    expect(remoteOrigin('HTTP://Example.com/x.png')).toBe('http://example.com');
  });

  it('refuses another site’s image unless its origin is listed, and says how to list it', () => {
    const problem = remoteImageProblem('https://images.example.com/x.png', []);
    expect(problem).toContain('다른 사이트의 이미지');
    expect(problem).toContain("remoteImages에 'https://images.example.com'");
    expect(remoteImageProblem('https://images.example.com/x.png', ['https://images.example.com'])).toBeUndefined();
    expect(remoteImageProblem('https://other.example.com/x.png', ['https://images.example.com'])).toBeDefined();
    expect(remoteImageProblem('./local.png', [])).toBeUndefined();
  });

  it('refuses a plain-http image even from a listed site: an https page blocks it', () => {
    expect(remoteImageProblem('http://images.example.com/x.png', ['https://images.example.com'])).toContain(
      'https가 아닌',
    );
  });
});

describe('the remote-image check over a post body', () => {
  const render = (source: string, allowed: string[] = []) =>
    markdownToHtml(source, { hastPlugins: [imageSources(allowed, PUBLIC)] });

  it('refuses another site’s image however the body writes it', () => {
    for (const body of [
      '![그림](https://example.com/a.png)',
      '<img src="https://tracker.example.com/pixel.gif" alt="추적">',
      '문단 안의 <img src="//cdn.example.com/x.png" alt="x"> 그림',
      '<picture><source srcset="./a.webp 1x, https://example.com/b.webp 2x"><img src="./a.png" alt="a"></picture>',
      '<img src="./a.png" srcset="https://example.com/a@2x.png 2x" alt="a">',
      // A browser decodes entities in an attribute: so does the check.
      '<img src="https&#58;&#47;&#47;example.com/x.png" alt="x">',
    ]) {
      expect(() => render(body), body).toThrow(/다른 사이트의 이미지/);
    }
  });

  it('lets this site’s images and the listed origins through', () => {
    for (const body of [
      '![그림](./a.png)',
      '<img src="/images/a.png" alt="a">',
      '<img src="data:image/png;base64,AAAA" alt="a">',
      '[링크](https://example.com/page) 와 <a href="https://example.com/">링크</a>',
    ]) {
      expect(() => render(body), body).not.toThrow();
    }
    expect(() =>
      render('<img src="https://images.example.com/a.png" alt="a">', ['https://images.example.com']),
    ).not.toThrow();
  });
});

describe('a review component in a .md post', () => {
  const render = (source: string, file: string) =>
    markdownToHtml(source, { hastPlugins: [componentsInMarkdown()], fileURL: new URL(`file:///posts/${file}`) });

  it('fails naming the post and saying to make it .mdx (the page would show nothing)', () => {
    expect(() => render('별점: <Rating value={4} />', 'review.md')).toThrow(/<Rating>는 \.mdx 글에서만.*\.mdx로 바꿔/);
    expect(() => render('<Quote source="한강">\n  꿈을 꾸었어.\n</Quote>', 'review.md')).toThrow(/"[^"]*review\.md"/);
  });

  it('lets a tag in code, a lower-case HTML tag and an .mdx post through', () => {
    expect(() =>
      render('`<Rating value={4} />`처럼 씁니다.\n\n```mdx\n<Quote>x</Quote>\n```', 'review.md'),
    ).not.toThrow();
    expect(() => render('<figure><img src="./a.png" alt="a"></figure>', 'review.md')).not.toThrow();
    expect(() => render('<Rating value={4} />', 'review.mdx')).not.toThrow();
  });
});

describe('images from the public folder', () => {
  it('pass when the file is there, fail naming the path when it is not, in Markdown, HTML and MDX', () => {
    const md = (source: string) => markdownToHtml(source, { hastPlugins: [imageSources([], PUBLIC)] });
    const mdx = (source: string) => mdxToJs(source, { hastPlugins: [imageSources([], PUBLIC)] });
    expect(() => md('![지도](/images/a.png) ![지도](/images/%EC%A7%80%EB%8F%84%201.png)')).not.toThrow();
    expect(() => md('![없음](/images/none.png)')).toThrow(/이미지 "\/images\/none.png".*public 폴더에 없습니다/);
    expect(() => md('<img src="/images/none3.png" alt="없음">')).toThrow(/public 폴더에 없습니다/);
    expect(() => md('![밖](/../../etc/passwd)')).toThrow(/public 폴더에 없습니다/);
    // A reference definition, a folder, a srcset written without spaces, and what the build itself writes.
    expect(() => md('![지도][m]\n\n[m]: /images/none-ref.png\n')).toThrow(/none-ref\.png.*public 폴더에 없습니다/);
    expect(() => md('![폴더](/images/)')).toThrow(/public 폴더에 없습니다/);
    expect(() => md('<img src="/images/a.png" srcset="/images/a.png 1x,/images/none2x.png 2x" alt="a">')).toThrow(
      /none2x\.png/,
    );
    expect(() => md('![아이콘](/apple-touch-icon.png) ![카드](/og/default.png) ![](/icon-192.png)')).not.toThrow();
    expect(() => mdx('<Figure src="/images/none.png" alt="없음" />')).toThrow(/public 폴더에 없습니다/);
    expect(() => mdx('<img src="/images/a.png" alt="있음" />')).not.toThrow();
  });
});

describe('HTML the CSP would block', () => {
  const check = (source: string, mdx = false) => {
    const warnings: string[] = [];
    const options = {
      hastPlugins: [blockedHtml((m) => warnings.push(m))],
      fileURL: new URL('file:///blog/posts/영화.md'),
    };
    if (mdx) mdxToJs(source, options);
    else markdownToHtml(source, options);
    return warnings;
  };

  it('fails on an iframe, object, embed or script, in raw HTML and in MDX, naming the post', () => {
    for (const [source, mdx] of [
      ['예고편: <iframe src="https://www.youtube.com/embed/xyz"></iframe>', false],
      ['<div>\n<IFRAME src="https://example.com"></IFRAME>\n</div>', false],
      ['<object data="a.swf"></object>', false],
      ['<embed src="a.swf">', false],
      ['<script>alert(1)</script>', false],
      ['<iframe src="https://www.youtube.com/embed/xyz" />', true],
      ['<div><script>{`alert(1)`}</script></div>', true],
      ['<meta http-equiv="refresh" content="5; url=https://evil.example/">', false],
      ['<base href="https://evil.example/">', false],
    ] as const) {
      expect(() => check(source, mdx), source).toThrow(
        /"\/blog\/posts\/영화\.md": <(iframe|object|embed|script|meta|base)>은\(는\) (사이트의 보안 정책|글 본문에 쓸 수 없습니다)/,
      );
    }
  });

  it('leaves the author’s own components alone (<Embed>, <Script>) and tables with aligned columns', () => {
    expect(() => check('<Embed title="예고편">링크</Embed>\n\n<Script />', true)).not.toThrow();
    expect(check('| 왼쪽 | 오른쪽 |\n| :-- | --: |\n| 가 | 1 |\n\n글 속의 `<style>`')).toEqual([]);
  });

  it('finds them in a rendered body too, however MDX wrote them, but not in a code block', () => {
    expect(blockedElementProblem('<p>예고편</p><iframe src="https://www.youtube.com/embed/x"></iframe>')).toContain(
      '<iframe>',
    );
    expect(blockedElementProblem('<pre><code>&lt;iframe src="x"&gt;&lt;/iframe&gt;</code></pre>')).toBeUndefined();
  });

  it('warns once about styles, which would be ignored, and leaves code that shows such HTML alone', () => {
    expect(check('<span style="color:red">빨강</span> <b style="x">굵게</b>\n\n<style>p{}</style>')).toHaveLength(1);
    expect(check('<span style={{ color: "red" }}>빨강</span>', true)[0]).toContain('style="…"은');
    expect(check('```html\n<iframe src="x"></iframe>\n<span style="a">b</span>\n```\n\n`<script>` 태그')).toEqual([]);
  });
});
