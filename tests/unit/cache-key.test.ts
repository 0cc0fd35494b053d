import { describe, expect, it } from 'vitest';
import { cacheKey } from '../../src/lib/cache-key';

const entry = (digest: string, title = '전력의 시대') => ({
  id: 'power',
  collection: 'posts',
  digest,
  body: '본문',
  data: { title, pubDate: new Date('2024-11-03T00:00:00Z') },
});
const post = (digest: string, title?: string) => {
  const e = entry(digest, title);
  return { id: e.id, url: '/posts/power/', data: e.data, entry: e, status: 'published' };
};

describe('cacheKey', () => {
  it('is stable for the same props', () => {
    expect(cacheKey({ post: post('a') })).toBe(cacheKey({ post: post('a') }));
    expect(cacheKey({ post: post('a') })).toMatch(/^[\w-]{22}$/);
  });

  it('changes when the text of a post changes (its digest), though the body is not hashed itself', () => {
    expect(cacheKey({ post: post('a') })).not.toBe(cacheKey({ post: post('b') }));
    const same = post('a');
    same.entry.body = '다른 본문';
    expect(cacheKey({ post: same })).toBe(cacheKey({ post: post('a') }));
  });

  it('changes when anything the page shows from its props changes', () => {
    const base = { post: post('a'), newer: post('n', '다음 글') };
    expect(cacheKey(base)).not.toBe(cacheKey({ ...base, newer: post('n', '다음 글 (고침)') }));
    expect(cacheKey(base)).not.toBe(cacheKey({ ...base, newer: undefined }));
    expect(cacheKey({ page: { current: 1, items: [] } })).not.toBe(cacheKey({ page: { current: 2, items: [] } }));
    const later = post('a');
    later.data = { ...later.data, pubDate: new Date('2024-11-04T00:00:00Z') };
    expect(cacheKey({ post: later })).not.toBe(cacheKey({ post: post('a') }));
  });

  it('refuses data it could not tell apart (Map, Set, functions)', () => {
    expect(() => cacheKey({ index: new Map([['a', 1]]) })).toThrow(/"index" is not plain data/);
    expect(() => cacheKey({ tags: new Set(['AI']) })).toThrow(/not plain data/);
    expect(() => cacheKey({ render: () => '' })).toThrow(/not plain data/);
  });
});
