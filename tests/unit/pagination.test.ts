import { describe, expect, it } from 'vitest';
import { pageWindow, paginate } from '../../src/lib/pagination';
import { pageParam, pageUrl } from '../../src/urls';

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
    expect(pages.map((p) => pageUrl(p.base, p.current))).toEqual(['/tags/ai/', '/tags/ai/page/2/', '/tags/ai/page/3/']);
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
      { items: [], current: 1, total: 1, prevUrl: undefined, nextUrl: undefined, base: '/posts/' },
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

describe('pageWindow', () => {
  it('shows every page when there are few', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(3, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageWindow(1, 7)).toEqual([1, 2, 3, null, 7]);
  });

  it('keeps the first, the last and two either side of the current page, with gaps between', () => {
    expect(pageWindow(250, 500)).toEqual([1, null, 248, 249, 250, 251, 252, null, 500]);
    expect(pageWindow(500, 500)).toEqual([1, null, 498, 499, 500]);
  });

  it('never hides a single page behind a gap', () => {
    expect(pageWindow(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(pageWindow(4, 9)).toEqual([1, 2, 3, 4, 5, 6, null, 9]);
  });

  it('stays the same size however many pages there are', () => {
    for (const total of [10, 100, 5000]) {
      for (const current of [1, 2, Math.ceil(total / 2), total - 1, total]) {
        expect(pageWindow(current, total).length).toBeLessThanOrEqual(9);
        expect(pageWindow(current, total)).toContain(current);
      }
    }
  });
});
