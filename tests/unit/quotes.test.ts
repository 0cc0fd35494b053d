import { describe, expect, it } from 'vitest';
import { quotesInMdx } from '../../src/posts/quotes';

describe('quotesInMdx', () => {
  it('finds every <Quote> in document order, with its source, page and anchor', () => {
    const body = [
      "import still from './still.jpg';",
      '',
      '## 제목',
      '',
      '<Quote source="한강, 『채식주의자』" page={45}>',
      '  꿈을 **꾸었어**.',
      '',
      '  둘째 문단 & 끝',
      '</Quote>',
      '',
      '> 마크다운 인용은 모으지 않습니다.',
      '',
      '<Callout><Quote page="3–4">안쪽 인용</Quote></Callout>',
      '',
      '<Quote id="mine">이름 붙인 인용</Quote>',
    ].join('\n');
    const quotes = quotesInMdx(body);
    expect(quotes.map((q) => [q.id, q.source, q.page])).toEqual([
      ['quote-1', '한강, 『채식주의자』', '45'],
      ['quote-2', undefined, '3–4'],
      ['mine', undefined, undefined],
    ]);
    expect(quotes[0]?.html).toBe('<p>꿈을 <strong>꾸었어</strong>.</p>\n<p>둘째 문단 &amp; 끝</p>');
    expect(quotes[1]?.html).toContain('안쪽 인용');
  });

  it('reads a quote indented by four spaces or a tab as paragraphs, as the post page does, not as code', () => {
    for (const indent of ['    ', '\t', '      ']) {
      const body = [
        '<Quote source="한강">',
        `${indent}첫 문단입니다.`,
        '',
        `${indent}둘째 문단입니다.`,
        '</Quote>',
      ].join('\n');
      expect(quotesInMdx(body)[0]?.html, JSON.stringify(indent)).toBe('<p>첫 문단입니다.</p>\n<p>둘째 문단입니다.</p>');
    }
    // Deeper lines inside stay deeper: a nested list keeps its shape.
    const nested = ['<Quote>', '    - 하나', '        - 둘', '</Quote>'].join('\n');
    expect(quotesInMdx(nested)[0]?.html).toMatch(/<li>하나\s*<ul>\s*<li>둘<\/li>/);
  });

  it('leaves out the characters no page may carry, as the post page does', () => {
    const body = '<Quote source="한\u000B강">\n  꿈을\u0008 꾸었어.\n</Quote>';
    const [quote] = quotesInMdx(body);
    expect(quote?.html).toBe('<p>꿈을 꾸었어.</p>');
    expect(quote?.source).toBe('한강');
  });

  it('finds nothing in a body without quotes', () => {
    expect(quotesInMdx('## 제목\n\n본문')).toEqual([]);
  });
});
