import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { indexRecord } from '../../src/search/page-record';

/** What Pagefind keeps of `article`: its fragment's `content` (which excerpts are cut from) and `meta`. */
async function indexedFragment(article: string): Promise<{ content: string; meta: Record<string, string> }> {
  const page = `<!doctype html><html lang="ko"><body>${article}<footer>© 2024</footer></body></html>`;
  const record = indexRecord(page, 'ko');
  if (!record) throw new Error('no record');
  const { index } = await pagefind.createIndex({ forceLanguage: 'ko' });
  if (!index) throw new Error('no index');
  await index.addHTMLFile({ url: '/posts/x/', content: record.html });
  const { files } = await index.getFiles();
  const fragment = files.find((file) => file.path.startsWith('fragment/'));
  if (!fragment) throw new Error('no fragment');
  const raw = gunzipSync(Buffer.from(fragment.content));
  return JSON.parse(raw.subarray(raw.indexOf('{')).toString()) as { content: string; meta: Record<string, string> };
}

const indexedText = async (article: string) => (await indexedFragment(article)).content;

afterAll(() => pagefind.close());

describe('the text Pagefind indexes of a post page', () => {
  it('ends a quote’s citation and a figure’s caption as sentences, not as the start of the next paragraph', async () => {
    const text = await indexedText(
      '<article data-pagefind-body><h1 data-pagefind-meta="title">제목</h1>' +
        '<figure class="quote" id="quote-1"><blockquote><p>파도는 돌아오지만, 같은 파도는 없다.</p></blockquote>' +
        '<figcaption><cite>홍길동, 『바다의 문장』</cite>, <span>12쪽</span></figcaption></figure>' +
        '<p>주인공은 해마다 같은 배를 기다립니다.</p>' +
        '<figure><img src="/a.png" alt=""><figcaption>책 속 삽화를 닮은 풍경</figcaption></figure><p>다음 문단입니다.</p>' +
        '<figure class="quote"><blockquote><p>우리는 답을 찾을 것이다.</p></blockquote>' +
        '<figcaption><cite>영화 「인터스텔라」</cite></figcaption></figure><p>다시 봐도 좋은 영화입니다.</p>' +
        '</article>',
    );
    expect(text).toContain('홍길동, 『바다의 문장』, 12쪽. 주인공은');
    expect(text).toContain('풍경. 다음 문단입니다.');
    // Pagefind itself adds no period after a closing sign.
    expect(text).toContain('영화 「인터스텔라」. 다시 봐도');
  });

  it('ends a footnote as its text does, without a second period for the hidden ↩, and cites with —', async () => {
    const text = await indexedText(
      '<article data-pagefind-body><h1 data-pagefind-meta="title">제목</h1>' +
        '<figure class="quote"><blockquote><p>인용문입니다.</p></blockquote><figcaption class="quote-source"><cite>홍길동, 『책』</cite></figcaption></figure>' +
        '<p>본문.</p><section data-footnotes><ol><li id="fn-1"><p>설비 전체를 말합니다. ' +
        '<a href="#fnref-1" data-footnote-backref aria-label="돌아가기">↩\uFE0E</a></p></li></ol></section></article>',
    );
    expect(text).toContain('인용문입니다. — 홍길동, 『책』. 본문.');
    expect(text).toContain('설비 전체를 말합니다.');
    expect(text).not.toMatch(/\. \./);
  });

  it('adds no period to a metadata field the search page shows, even one that ends in a sign', async () => {
    const { meta } = await indexedFragment(
      '<article data-pagefind-body><h1 data-pagefind-meta="title">제목</h1>' +
        '<dl><dt>작품</dt><dd data-pagefind-meta="work">『바다』</dd></dl>' +
        '<div data-pagefind-meta="creators"><figure><figcaption>홍길동 「인터뷰」</figcaption></figure></div><p>본문.</p></article>',
    );
    expect(meta['work']).toBe('『바다』');
    expect(meta['creators']).toBe('홍길동 「인터뷰」');
  });

  it('keeps the words of adjacent blocks apart where the HTML has no space between them', async () => {
    const text = await indexedText(
      '<article data-pagefind-body><h1 data-pagefind-meta="title">제목</h1>' +
        '<dl><dt>용어</dt><dd>뜻풀이</dd></dl><table><tr><th>연도</th><th>전력</th></tr></table>' +
        '<pre><code>npm run dev</code></pre>끝맺음<p>마지막 문단.</p></article>',
    );
    expect(text).not.toMatch(/용어뜻풀이|연도전력|dev끝맺음/);
    expect(text).toContain('용어. 뜻풀이. 연도. 전력. npm run dev. 끝맺음');
    // A text that ends a sentence already gets no second period.
    expect(text).not.toContain('..');
  });
});
