import { describe, expect, it } from 'vitest';
import { lastModified, seriesGaps, seriesIndex, seriesOrderClashes, seriesPlace } from '../../src/posts/rules';
import { relatedPosts } from '../../src/posts/related';
import { numberRanges } from '../../src/lib/number-ranges';

function post(
  id: string,
  day: string,
  tags: string[],
  subject = { kind: 'book', title: id },
  series?: { name: string; order: number },
) {
  return { id, data: { title: id, pubDate: new Date(`${day}T00:00:00Z`), draft: false, tags, subject, series } };
}

describe('relatedPosts', () => {
  const a = post('a', '2024-01-10', ['AI', '전력']);
  const b = post('b', '2024-01-09', ['AI', '전력']);
  const c = post('c', '2024-01-08', ['AI']);
  const d = post('d', '2023-01-01', ['소설'], { kind: 'book', title: 'a' });
  const e = post('e', '2024-01-07', ['요리']);
  const all = [a, b, c, d, e];

  it('ranks by shared tags, then the same reviewed work, and never lists the post itself', () => {
    const related = relatedPosts(all, { limit: 3 });
    expect(related.get('a')?.map((p) => p.id)).toEqual(['d', 'b', 'c']); // same work (3) > two tags (2) > one tag (1)
    expect(related.get('e')).toEqual([]);
    for (const [id, list] of related) expect(list.map((p) => p.id)).not.toContain(id);
  });

  it('still finds posts by tag for a part of a long series, whose other parts its page already links', () => {
    // Twenty parts about one work, a day apart, and three other posts on the same topic, older than all of them.
    const work = { kind: 'book', title: '토지' };
    const parts = Array.from({ length: 20 }, (_, i) =>
      post(`part-${i + 1}`, `2024-02-${String(i + 1).padStart(2, '0')}`, ['소설', '대하소설'], work, {
        name: '토지 읽기',
        order: i + 1,
      }),
    );
    const others = ['x', 'y', 'z'].map((id, i) => post(id, `2023-0${i + 1}-01`, ['소설', '대하소설']));
    const everyPart = new Set(parts.map((p) => p.id));
    const related = relatedPosts([...parts, ...others], {
      limit: 3,
      exclude: (p) => (p.data.series ? everyPart : new Set()),
    });
    for (const part of parts)
      expect(
        related
          .get(part.id)
          ?.map((p) => p.id)
          .sort(),
        part.id,
      ).toEqual(['x', 'y', 'z']);
    // Without the exclusion the series fills every place (what the page then filtered away to nothing).
    expect(
      relatedPosts([...parts, ...others], { limit: 8 })
        .get('part-20')
        ?.map((p) => p.id),
    ).not.toContain('x');
  });

  it('weighs a rare shared tag above a common one, and two issues of a magazine below one issue', () => {
    // "AI" is on six posts, "에너지" on two: sharing 에너지 says more, though the AI post is closer in time.
    const grid = post('grid', '2024-05-01', ['AI', '에너지']);
    const common = [1, 2, 3, 4].map((i) => post(`ai-${i}`, `2024-04-2${i}`, ['AI']));
    const energy = post('energy', '2022-01-01', ['에너지']);
    expect(
      relatedPosts([grid, ...common, energy], { limit: 1 })
        .get('grid')
        ?.map((p) => p.id),
    ).toEqual(['energy']);

    const magazine = (id: string, day: string, issue: string) =>
      post(id, day, [], { kind: 'magazine', title: 'MIT Technology Review', issue } as never);
    const march = magazine('march', '2024-03-01', '3월호');
    const marchAgain = magazine('march-again', '2023-01-01', '3월호');
    const april = magazine('april', '2024-03-02', '4월호');
    expect(
      relatedPosts([march, marchAgain, april], { limit: 2 })
        .get('march')
        ?.map((p) => p.id),
    ).toEqual(['march-again', 'april']);
  });

  it('respects the limit', () => {
    expect(relatedPosts(all, { limit: 1 }).get('a')).toHaveLength(1);
  });

  it('stays linear with a tag shared by thousands of posts (candidates are a window, not the tag)', () => {
    const many = Array.from({ length: 5000 }, (_, i) =>
      post(`p${i}`, new Date(Date.UTC(2020, 0, 1) + i * 3_600_000).toISOString().slice(0, 10), ['AI']),
    );
    const started = performance.now();
    const related = relatedPosts(many, { limit: 3, window: 12 });
    // A quadratic pass (25 million pairs) takes seconds; the windowed one a fraction of that. Generous
    // bound, so a slow machine does not fail it, while O(n²) still would.
    expect(performance.now() - started).toBeLessThan(3000);
    expect(related.get('p2500')).toHaveLength(3);
  });
});

describe('seriesIndex', () => {
  it('orders parts by series.order, groups names by slug', () => {
    const parts = [
      post('s2', '2024-01-01', [], undefined, { name: '에너지 전환', order: 2 }),
      post('s1', '2024-02-01', [], undefined, { name: '에너지 전환', order: 1 }),
      post('s3', '2024-03-01', [], undefined, { name: '에너지  전환', order: 3 }),
      post('x', '2024-03-01', []),
    ];
    const index = seriesIndex(parts);
    expect(index).toHaveLength(1);
    expect(index[0]?.slug).toBe('에너지전환');
    expect(index[0]?.posts.map((p) => p.id)).toEqual(['s1', 's2', 's3']);
  });
});

describe('lastModified', () => {
  it('takes the newest updatedDate or pubDate, and is undefined for no posts', () => {
    const p = post('a', '2024-01-01', []);
    const q = {
      ...post('b', '2023-01-01', []),
      data: { ...post('b', '2023-01-01', []).data, updatedDate: new Date('2024-06-01T00:00:00Z') },
    };
    expect(lastModified([p, q])?.toISOString()).toBe('2024-06-01T00:00:00.000Z');
    expect(lastModified([])).toBeUndefined();
  });
});

describe('seriesOrderClashes', () => {
  it('finds the parts of a series that claim the same place, and nothing in a well-numbered one', () => {
    const parts = [
      post('p1', '2024-01-01', [], undefined, { name: 'S', order: 1 }),
      post('p2', '2024-01-02', [], undefined, { name: 'S', order: 2 }),
      post('p2b', '2024-01-03', [], undefined, { name: 's', order: 2 }),
    ];
    const [series] = seriesIndex(parts);
    expect(seriesOrderClashes(series!).map(({ order, posts }) => [order, posts.map((p) => p.id)])).toEqual([
      [2, ['p2', 'p2b']],
    ]);
    const [fine] = seriesIndex(parts.slice(0, 2));
    expect(seriesOrderClashes(fine!)).toEqual([]);
  });
});

describe('series with a gap (parts 1, 2, 4: the third a draft or a typo)', () => {
  const parts = [
    post('p1', '2024-01-01', [], undefined, { name: 'S', order: 1 }),
    post('p2', '2024-01-02', [], undefined, { name: 'S', order: 2 }),
    post('p4', '2024-01-04', [], undefined, { name: 'S', order: 4 }),
  ];

  it('keeps the numbers the author wrote: part 4 is "4 of 4", not renumbered to 3', () => {
    const [series] = seriesIndex(parts);
    expect(seriesPlace(series!, 'p4')).toEqual({ order: 4, total: 4 });
    expect(seriesPlace(series!, 'p2')).toEqual({ order: 2, total: 4 });
  });

  it('names the missing numbers, and none for a series without a gap', () => {
    const [series] = seriesIndex(parts);
    expect(seriesGaps(series!)).toEqual([3]);
    const [fine] = seriesIndex(parts.slice(0, 2));
    expect(seriesGaps(fine!)).toEqual([]);
    const [late] = seriesIndex([post('p3', '2024-01-03', [], undefined, { name: 'S', order: 3 })]);
    expect(seriesGaps(late!)).toEqual([1, 2]);
  });
});

describe('numberRanges (the missing places a series warning names)', () => {
  it('joins runs of numbers, in order, once each', () => {
    expect(numberRanges([7, 2, 3, 4, 4])).toBe('2–4, 7');
    expect(numberRanges([3])).toBe('3');
    expect(numberRanges([])).toBe('');
    // A place typed as a date once listed two million numbers and took the build's memory.
    expect(numberRanges(Array.from({ length: 9997 }, (_, i) => i + 2))).toBe('2–9998');
  });
});
