import { describe, expect, it } from 'vitest';
import { linkedPostIds } from '../../src/posts/links';

describe('linkedPostIds', () => {
  it('finds the posts a body links to, however the address is written', () => {
    const body = [
      '[다음 편](/posts/part-2/)과 [앞 편](../part-0/), [초안](<../초안-글/>)',
      '<a href="/posts/%EC%98%88%EC%95%BD/">예약</a> [절대](https://blog.invalid/posts/abs/#top)',
      '[같은 글 안](#section) [목록](/posts/page/2/) [태그](/tags/ai/) [밖](https://example.com/posts/x/)',
      '[자기 자신](/posts/part-1/)',
    ].join('\n');
    expect(linkedPostIds(body, '/posts/part-1/').sort()).toEqual(['abs', 'part-0', 'part-2', '예약', '초안-글'].sort());
  });

  it('reads reference definitions and NFD text, and skips links written as code', () => {
    const body = [
      '[참조 링크][draft]',
      '',
      '[draft]: /posts/draft-post/',
      '',
      '`[예시](/posts/in-code-span/)` 처럼 씁니다.',
      '',
      '```md',
      '[다음 편](/posts/in-code-block/)',
      '```',
      '',
      '[짧은 글](/posts/짧은-글/)'.normalize('NFD'),
    ].join('\n');
    expect(linkedPostIds(body, '/posts/a/').sort()).toEqual(['draft-post', '짧은-글'].sort());
  });

  it('finds nothing in a body without post links', () => {
    expect(linkedPostIds('본문입니다. [RSS](/rss.xml)', '/posts/a/')).toEqual([]);
  });
});
