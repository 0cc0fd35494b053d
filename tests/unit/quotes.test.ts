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

  it('finds nothing in a body without quotes', () => {
    expect(quotesInMdx('## 제목\n\n본문')).toEqual([]);
  });
});
