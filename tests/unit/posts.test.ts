import { describe, expect, it } from 'vitest';
import {
  compareNewestFirst,
  groupByKind,
  groupByYear,
  neighbours,
  postStatus,
  selectVisible,
  tagIndex,
  updatedOnLaterDay,
  settledUpdate,
  withheldFromBuild,
  yearStarts,
  type PostLike,
} from '../../src/posts/rules';
import { SUBJECT_KINDS } from '../../src/schemas/post';

const NOW = new Date('2025-06-01T03:00:00Z');
const SEOUL = 'Asia/Seoul';

function post(
  id: string,
  pubDate: string,
  {
    title = id,
    draft = false,
    tags = [],
    kind = 'book',
  }: { title?: string; draft?: boolean; tags?: string[]; kind?: string } = {},
): PostLike {
  return { id, data: { title, pubDate: new Date(pubDate), draft, tags, subject: { kind } } };
}

const ids = (posts: readonly PostLike[]) => posts.map((p) => p.id);

describe('postStatus', () => {
  it('calls a post dated now or earlier published', () => {
    expect(postStatus(post('a', '2025-05-01T00:00:00Z'), NOW)).toBe('published');
    expect(postStatus(post('a', NOW.toISOString()), NOW)).toBe('published');
  });

  it('calls a post dated even a second later scheduled', () => {
    expect(postStatus(post('a', '2025-06-01T03:00:01Z'), NOW)).toBe('scheduled');
  });

  it('calls a draft a draft, whatever its date', () => {
    expect(postStatus(post('a', '2025-05-01T00:00:00Z', { draft: true }), NOW)).toBe('draft');
    expect(postStatus(post('a', '2030-01-01T00:00:00Z', { draft: true }), NOW)).toBe('draft');
  });
});

describe('withheldFromBuild (a build stores only the record of a post it must not publish)', () => {
  it('withholds drafts and posts due more than an hour ahead (the next day’s post at a daily build)', () => {
    expect(withheldFromBuild(post('a', '2020-01-01T00:00:00Z', { draft: true }).data, NOW)).toBe(true);
    expect(withheldFromBuild(post('a', '2025-06-01T04:00:01Z').data, NOW)).toBe(true);
    expect(withheldFromBuild(post('a', '2025-06-02T02:55:00Z').data, NOW)).toBe(true);
  });

  it('keeps whole a published post, and one due within the hour, so a build across its time never lacks its body', () => {
    expect(withheldFromBuild(post('a', '2025-05-01T00:00:00Z').data, NOW)).toBe(false);
    expect(withheldFromBuild(post('a', '2025-06-01T03:00:01Z').data, NOW)).toBe(false);
    expect(withheldFromBuild(post('a', '2025-06-01T04:00:00Z').data, NOW)).toBe(false);
  });
});

describe('the update date', () => {
  const published = new Date('2024-11-03T12:30:00Z'); // 21:30 in Seoul
  const sameDay = new Date('2024-11-02T15:00:00Z'); // 2024-11-03, 00:00 in Seoul

  it('is never before the publication, nor after the build: a day-only update on that day is the publication time', () => {
    const data = post('a', published.toISOString()).data;
    const now = new Date('2024-11-05T00:00:00Z');
    expect(settledUpdate({ ...data, updatedDate: sameDay }, now).updatedDate).toEqual(published);
    const later = new Date('2024-11-04T01:00:00Z');
    expect(settledUpdate({ ...data, updatedDate: later }, now).updatedDate).toEqual(later);
    // Written as 23:00 today and built this morning: the build's time.
    expect(settledUpdate({ ...data, updatedDate: new Date('2024-11-05T14:00:00Z') }, now).updatedDate).toEqual(now);
    expect(settledUpdate(data, now).updatedDate).toBeUndefined();
  });

  it('is shown only when it falls on a later calendar day in Seoul', () => {
    expect(updatedOnLaterDay({ pubDate: published, updatedDate: published })).toBe(false);
    expect(updatedOnLaterDay({ pubDate: published, updatedDate: new Date('2024-11-03T14:59:00Z') })).toBe(false);
    expect(updatedOnLaterDay({ pubDate: published, updatedDate: new Date('2024-11-03T15:00:00Z') })).toBe(true);
    expect(updatedOnLaterDay({ pubDate: published })).toBe(false);
  });
});

describe('selectVisible', () => {
  const posts = [
    post('old', '2024-01-10T00:00:00Z'),
    post('draft', '2025-03-01T00:00:00Z', { draft: true }),
    post('new', '2025-05-20T00:00:00Z'),
    post('scheduled', '2025-07-01T00:00:00Z'),
    post('mid', '2024-11-02T15:00:00Z'),
  ];

  it('shows only published posts in production, newest first', () => {
    expect(ids(selectVisible(posts, { now: NOW, includeUnpublished: false }))).toEqual(['new', 'mid', 'old']);
  });

  it('shows drafts and scheduled posts in dev, in date order with the rest', () => {
    expect(ids(selectVisible(posts, { now: NOW, includeUnpublished: true }))).toEqual([
      'scheduled',
      'new',
      'draft',
      'mid',
      'old',
    ]);
  });

  it('publishes a scheduled post once its time has come', () => {
    const later = new Date('2025-07-01T00:00:00Z');
    expect(ids(selectVisible(posts, { now: later, includeUnpublished: false }))).toEqual([
      'scheduled',
      'new',
      'mid',
      'old',
    ]);
  });

  it('orders posts of the same instant by title, then id, whatever the file order', () => {
    const day = '2025-01-01T00:00:00Z';
    const same = [post('z', day, { title: '나' }), post('b', day, { title: '가' }), post('a', day, { title: '가' })];
    const expected = ['a', 'b', 'z'];
    expect(ids(selectVisible(same, { now: NOW, includeUnpublished: false }))).toEqual(expected);
    expect(ids(selectVisible([...same].reverse(), { now: NOW, includeUnpublished: false }))).toEqual(expected);
  });

  it('does not reorder the array it was given', () => {
    const copy = [...posts];
    selectVisible(posts, { now: NOW, includeUnpublished: true });
    expect(posts).toEqual(copy);
  });

  it('is consistent with compareNewestFirst', () => {
    expect(compareNewestFirst(post('a', '2025-01-02T00:00:00Z'), post('b', '2025-01-01T00:00:00Z'))).toBeLessThan(0);
  });
});

describe('tagIndex', () => {
  // Newest first, as the query layer passes them.
  const posts = [
    post('p3', '2025-03-01T00:00:00Z', { tags: ['ai', '에너지'] }),
    post('p2', '2025-02-01T00:00:00Z', { tags: ['AI', '책'] }),
    post('p1', '2025-01-01T00:00:00Z', { tags: ['A.I.', '에너지', '전력'] }),
  ];
  const index = tagIndex(posts);

  it('merges tags that differ only in case onto one page, spelt as in the newest post', () => {
    const ai = index.find((t) => t.slug === 'ai');
    expect(ai?.name).toBe('ai');
    expect(ids(ai?.posts ?? [])).toEqual(['p3', 'p2']);
  });

  it('keeps tags apart whose letters differ ("A.I." is not "AI")', () => {
    expect(index.find((t) => t.slug === 'a-i')?.posts.map((p) => p.id)).toEqual(['p1']);
  });

  it('lists the most used tags first, then by Korean collation', () => {
    expect(index.map((t) => [t.name, t.posts.length])).toEqual([
      ['에너지', 2],
      ['ai', 2],
      ['전력', 1],
      ['책', 1],
      ['A.I.', 1],
    ]);
  });

  it('gives each tag the slug its page lives at', () => {
    expect(index.map((t) => t.slug)).toEqual(['에너지', 'ai', '전력', '책', 'a-i']);
  });

  it('is empty without posts', () => {
    expect(tagIndex([])).toEqual([]);
  });
});

describe('yearStarts', () => {
  // Newest first, as the archive lists them: 2025 ×3, 2024 ×4 (from Seoul's New Year), 2022 ×1.
  const posts = [
    post('a', '2025-05-01T00:00:00Z'),
    post('b', '2025-03-01T00:00:00Z'),
    post('c', '2024-12-31T15:30:00Z'),
    post('d', '2024-12-31T14:30:00Z'),
    post('e', '2024-06-01T00:00:00Z'),
    post('f', '2024-03-01T00:00:00Z'),
    post('g', '2024-01-01T00:00:00Z'),
    post('h', '2022-01-01T00:00:00Z'),
  ];

  it('counts each year and names the page its newest post is on', () => {
    expect(yearStarts(posts, 3, SEOUL)).toEqual([
      { year: 2025, count: 3, page: 1 },
      { year: 2024, count: 4, page: 2 },
      { year: 2022, count: 1, page: 3 },
    ]);
    expect(yearStarts(posts, 2, SEOUL).map((y) => y.page)).toEqual([1, 2, 4]);
  });

  it('agrees with groupByYear on the counts', () => {
    const counts = groupByYear(posts, SEOUL).map((g) => [g.year, g.posts.length]);
    expect(yearStarts(posts, 100, SEOUL).map((y) => [y.year, y.count])).toEqual(counts);
    expect(yearStarts([], 10, SEOUL)).toEqual([]);
  });
});

describe('groupByYear', () => {
  it('files a post from the first minutes of January in Seoul under the new year', () => {
    const posts = [
      post('new-year-seoul', '2024-12-31T15:30:00Z'),
      post('last-evening', '2024-12-31T14:30:00Z'),
      post('older', '2023-05-05T00:00:00Z'),
    ];
    expect(groupByYear(posts, SEOUL).map((g) => [g.year, ids(g.posts)])).toEqual([
      [2025, ['new-year-seoul']],
      [2024, ['last-evening']],
      [2023, ['older']],
    ]);
  });

  it('keeps the order of posts within a year and puts the newest year first', () => {
    const posts = [
      post('b', '2024-02-01T00:00:00Z'),
      post('old', '2022-01-01T00:00:00Z'),
      post('a', '2024-01-01T00:00:00Z'),
    ];
    expect(groupByYear(posts, SEOUL).map((g) => [g.year, ids(g.posts)])).toEqual([
      [2024, ['b', 'a']],
      [2022, ['old']],
    ]);
  });
});

describe('groupByKind', () => {
  const posts = [
    post('film', '2025-01-03T00:00:00Z', { kind: 'film' }),
    post('book-2', '2025-01-02T00:00:00Z', { kind: 'book' }),
    post('mag', '2025-01-01T00:00:00Z', { kind: 'magazine' }),
    post('book-1', '2024-12-01T00:00:00Z', { kind: 'book' }),
  ];

  it('follows the order of the kinds given and leaves out kinds without posts', () => {
    expect(groupByKind(posts, SUBJECT_KINDS).map((g) => [g.kind, ids(g.posts)])).toEqual([
      ['book', ['book-2', 'book-1']],
      ['magazine', ['mag']],
      ['film', ['film']],
    ]);
  });

  it('ignores posts of a kind not asked for', () => {
    expect(groupByKind(posts, ['paper', 'book'] as const).map((g) => g.kind)).toEqual(['book']);
  });
});

describe('neighbours', () => {
  const posts = [
    post('c', '2025-03-01T00:00:00Z'),
    post('b', '2025-02-01T00:00:00Z'),
    post('a', '2025-01-01T00:00:00Z'),
  ];

  it('gives the newer and the older post around one in the middle', () => {
    const { newer, older } = neighbours(posts, 'b');
    expect([newer?.id, older?.id]).toEqual(['c', 'a']);
  });

  it('has no newer post for the newest and no older one for the oldest', () => {
    expect(neighbours(posts, 'c').newer).toBeUndefined();
    expect(neighbours(posts, 'c').older?.id).toBe('b');
    expect(neighbours(posts, 'a').older).toBeUndefined();
    expect(neighbours(posts, 'a').newer?.id).toBe('b');
  });

  it('has neither for an id that is not in the list', () => {
    expect(neighbours(posts, 'missing')).toEqual({});
  });
});
