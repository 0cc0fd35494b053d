import { describe, expect, it } from 'vitest';
import { pageParam, pageUrl, paginate } from '../../src/lib/pagination';

const items = Array.from({ length: 25 }, (_, i) => i + 1);

describe('paginate', () => {
  const pages = paginate(items, 10, '/tags/ai/');

  it('splits into as many pages as needed', () => {
    expect(pages.map((p) => p.items.length)).toEqual([10, 10, 5]);
    expect(pages.map((p) => p.current)).toEqual([1, 2, 3]);
    expect(pages.every((p) => p.total === 3)).toBe(true);
  });

  it('keeps the order and loses no item', () => {
    expect(pages.flatMap((p) => p.items)).toEqual(items);
    expect(pages[1]?.items[0]).toBe(11);
  });

  it('serves page 1 at the base URL and later pages at base/page/N/', () => {
    expect(pages[0]?.urls).toEqual(['/tags/ai/', '/tags/ai/page/2/', '/tags/ai/page/3/']);
  });

  it('links each page to its neighbours, with no link before the first or after the last', () => {
    expect(pages.map((p) => [p.prevUrl, p.nextUrl])).toEqual([
      [undefined, '/tags/ai/page/2/'],
      ['/tags/ai/', '/tags/ai/page/3/'],
      ['/tags/ai/page/2/', undefined],
    ]);
  });

  it('does not add an empty page when the items fill the last one exactly', () => {
    expect(paginate(items.slice(0, 20), 10, '/posts/')).toHaveLength(2);
  });

  it('gives an empty list one empty page, so the listing still exists', () => {
    expect(paginate([], 10, '/posts/')).toEqual([
      { items: [], current: 1, total: 1, prevUrl: undefined, nextUrl: undefined, urls: ['/posts/'] },
    ]);
  });

  it('refuses fewer than one item per page', () => {
    expect(() => paginate(items, 0, '/posts/')).toThrow(RangeError);
    expect(() => paginate(items, -1, '/posts/')).toThrow(/at least 1/);
  });
});

describe('pageUrl and pageParam', () => {
  it('agree with each other: no parameter for page 1, "page/N" after it', () => {
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(2)).toBe('page/2');
    expect(pageUrl('/posts/', 1)).toBe('/posts/');
    expect(`/posts/${pageParam(7)}/`).toBe(pageUrl('/posts/', 7));
  });
});
