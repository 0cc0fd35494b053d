import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { headingAnchors } from '../../src/markdown/heading-anchors';
import { quoteAnchors } from '../../src/markdown/quote-anchors';

const compile = (source: string) =>
  mdxToJs(source, { hastPlugins: [quoteAnchors], fileURL: pathToFileURL('/blog/posts/review.mdx') });

describe('quote anchors', () => {
  it('number the quotes an author gave no id, and keep the ids an author gave', () => {
    const { code } = compile('<Quote>하나</Quote>\n\n<Quote id="first-line">둘</Quote>\n\n<Quote>셋</Quote>\n');
    expect(code).toContain('"quote-1"');
    expect(code).toContain('"first-line"');
    expect(code).toContain('"quote-3"');
  });

  it('refuse an id of the numbered form or one used twice, naming the post: two elements would share it', () => {
    expect(() => compile('<Quote id="quote-3">하나</Quote>\n\n<Quote>둘</Quote>\n\n<Quote>셋</Quote>\n')).toThrow(
      /"\/blog\/posts\/review\.mdx": <Quote id="quote-3">: quote-숫자 꼴의 id/,
    );
    expect(() => compile('<Quote id="a">하나</Quote>\n\n<Quote id="a">둘</Quote>\n')).toThrow(
      /id "a"를 쓴 <Quote>가 둘 이상/,
    );
    expect(() => compile('<Quote id="main">하나</Quote>\n')).toThrow(/id "main"는 페이지가 이미 쓰는 이름/);
  });

  it('are never taken by a heading: a heading named like a quote’s id takes the next form', () => {
    const { code } = mdxToJs('## 서론\n\n<Quote id="서론">하나</Quote>\n', {
      hastPlugins: [headingAnchors((h) => h), quoteAnchors],
    });
    expect(code).toContain('"서론-1"');
    expect(code).toContain('"서론"');
  });
});

describe('footnote ids', () => {
  it('are never taken by a heading, whatever the footnote label (hyphens too)', () => {
    const { html } = markdownToHtml('## user-content-fn-my-note\n\n본문[^my-note].\n\n[^my-note]: 각주.\n', {
      hastPlugins: [headingAnchors((h) => h)],
    });
    const ids = [...html.matchAll(/id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
