import { describe, expect, it } from 'vitest';
import { creatorSlug } from '../../src/lib/creator-slug';
import { splitAtMiddleDots } from '../../src/lib/middle-dot';
import { icoFromPngs } from '../../src/lib/ico';
import {
  creatorIndex,
  groupByRating,
  homePosts,
  ratingDistribution,
  ratingSlug,
  yearSpan,
} from '../../src/posts/works';
import { numericColumns } from '../../src/markdown/tables';
import { subjectText } from '../../src/feeds/subject-text';
import { stringsFor } from '../../src/i18n/tables';

let n = 0;
const post = (data: {
  creators?: string[];
  rating?: number;
  featured?: boolean;
  pubDate?: string;
  title?: string;
}) => ({
  id: `p${++n}`,
  data: {
    title: data.title ?? `글 ${n}`,
    pubDate: new Date(data.pubDate ?? '2024-05-01T00:00:00Z'),
    draft: false,
    tags: [],
    subject: { kind: 'book', title: '작품', creators: data.creators },
    rating: data.rating,
    featured: data.featured,
  },
});

describe('creatorSlug: names that differ only in spacing or form share a page', () => {
  it.each([
    ['크리스토퍼 놀란', '크리스토퍼놀란'],
    ['크리스토퍼·놀란', '크리스토퍼놀란'],
    ['홍 길동', '홍길동'],
    ['Christopher Nolan', 'christopher-nolan'],
    ['christopher   nolan ', 'christopher-nolan'],
    ['Ｃｈｒｉｓｔｏｐｈｅｒ Ｎｏｌａｎ', 'christopher-nolan'],
    ['Ashish Vaswani', 'ashish-vaswani'],
    ['봉준호 Bong', '봉준호-bong'],
    // A pasted zero-width space or direction mark splits nothing.
    ['Chris\u200Btopher No\u200Elan', 'christopher-nolan'],
  ])('%s → %s', (name, slug) => expect(creatorSlug(name)).toBe(slug));

  it('folds NFD Hangul (as macOS writes it) to the same page', () => {
    expect(creatorSlug('한강'.normalize('NFD'))).toBe(creatorSlug('한강'));
  });
});

describe('creatorIndex', () => {
  it('groups spelling variants under the first spelling, most reviewed first', () => {
    const a = post({ creators: ['크리스토퍼 놀란'] });
    const b = post({ creators: ['크리스토퍼놀란', '조너선 놀란'] });
    const c = post({ creators: ['한강', '한 강'] });
    const index = creatorIndex([a, b, c]);
    expect(index.map((g) => [g.name, g.slug, g.posts.map((p) => p.id)])).toEqual([
      ['크리스토퍼 놀란', '크리스토퍼놀란', [a.id, b.id]],
      ['조너선 놀란', '조너선놀란', [b.id]],
      ['한강', '한강', [c.id]],
    ]);
  });

  it('leaves out posts without creators', () => {
    expect(creatorIndex([post({})])).toEqual([]);
  });
});

describe('ratings', () => {
  const posts = [post({ rating: 4.5 }), post({ rating: 4.5 }), post({ rating: 3 }), post({})];

  it('counts every half step from 5 down, and the unrated', () => {
    const { steps, unrated } = ratingDistribution(posts);
    expect(steps).toHaveLength(11);
    expect(steps[0]).toEqual({ rating: 5, count: 0 });
    expect(steps.find((s) => s.rating === 4.5)?.count).toBe(2);
    expect(steps.find((s) => s.rating === 3)?.count).toBe(1);
    expect(unrated).toBe(1);
  });

  it('groups by rating, highest first, only ratings given', () => {
    expect(groupByRating(posts).map((g) => [g.rating, g.posts.length])).toEqual([
      [4.5, 2],
      [3, 1],
    ]);
  });

  it('slugs a rating for its page', () => {
    expect(ratingSlug(4.5)).toBe('4-5');
    expect(ratingSlug(4)).toBe('4');
  });
});

describe('homePosts', () => {
  it('lists the featured posts apart, and `count` of the latest others, each post once', () => {
    const [a, b, c, d] = [post({}), post({}), post({ featured: true }), post({})];
    const { featured, latest } = homePosts([a, b, c, d], 2);
    expect(featured.map((p) => p.id)).toEqual([c.id]);
    expect(latest.map((p) => p.id)).toEqual([a.id, b.id]);
  });

  it('shows every featured post, however many, and the latest in full beside them', () => {
    const posts = [post({ featured: true }), post({ featured: true }), post({}), post({})];
    expect(homePosts(posts, 2).featured).toHaveLength(2);
    expect(homePosts(posts, 2).latest).toHaveLength(2);
  });
});

describe('yearSpan', () => {
  it('is one year, or the first to the last in the time zone', () => {
    expect(yearSpan([post({ pubDate: '2024-03-01T00:00:00Z' })], 'Asia/Seoul')).toBe('2024');
    // 2023-12-31 20:00 UTC is already 2024 in Seoul.
    const posts = [post({ pubDate: '2023-12-31T20:00:00Z' }), post({ pubDate: '2025-06-01T00:00:00Z' })];
    expect(yearSpan(posts, 'Asia/Seoul')).toBe('2024–2025');
    expect(yearSpan(posts, 'UTC')).toBe('2023–2025');
    expect(yearSpan([], 'UTC')).toBeUndefined();
  });
});

describe('splitAtMiddleDots', () => {
  it('keeps runs joined by middle dots together', () => {
    expect(splitAtMiddleDots('AI 전력 문제와 양자컴퓨팅·제약 분야의')).toEqual([
      { text: 'AI 전력 문제와 ', keep: false },
      { text: '양자컴퓨팅·제약', keep: true },
      { text: ' 분야의', keep: false },
    ]);
    expect(splitAtMiddleDots('AI·에너지·기후')).toEqual([{ text: 'AI·에너지·기후', keep: true }]);
    expect(splitAtMiddleDots('점 · 사이에 공백')).toEqual([{ text: '점 · 사이에 공백', keep: false }]);
  });
});

describe('numericColumns', () => {
  it('finds the columns whose cells are all numbers', () => {
    const rows = [
      ['첫 번째', '1,248', '80%', '10~15'],
      ['두 번째', '86', '12.5%', '3'],
    ];
    expect([...numericColumns(rows)].sort()).toEqual([1, 2, 3]);
    expect([...numericColumns([['2017', '기계 번역']])]).toEqual([0]);
  });
});

describe('icoFromPngs', () => {
  it('writes the ICO header and one entry per image, then the PNGs', () => {
    const png = (len: number, fill: number) => new Uint8Array(len).fill(fill);
    const ico = icoFromPngs([
      { size: 16, png: png(10, 1) },
      { size: 256, png: png(5, 2) },
    ]);
    const view = new DataView(ico.buffer);
    expect([view.getUint16(0, true), view.getUint16(2, true), view.getUint16(4, true)]).toEqual([0, 1, 2]);
    expect(ico[6]).toBe(16);
    expect(ico[6 + 16]).toBe(0); // 256 is written as 0
    expect(view.getUint32(6 + 8, true)).toBe(10);
    expect(view.getUint32(6 + 12, true)).toBe(38);
    expect(view.getUint32(22 + 12, true)).toBe(48);
    expect(ico.length).toBe(53);
    expect(ico[38]).toBe(1);
    expect(ico[48]).toBe(2);
  });
});

describe('subjectText: what a feed item says first', () => {
  const ko = stringsFor('ko');
  it('names the kind, the work with its issue, the creators in the kind’s words and the rating', () => {
    expect(subjectText({ kind: 'magazine', title: 'MIT Technology Review', issue: 'AI와 에너지' }, undefined, ko)).toBe(
      '리뷰한 작품: 매거진 · MIT Technology Review AI와 에너지 호',
    );
    expect(subjectText({ kind: 'film', title: '인터스텔라', creators: ['크리스토퍼 놀란'], year: 2014 }, 4.5, ko)).toBe(
      '리뷰한 작품: 영화 · 인터스텔라 · 감독 크리스토퍼 놀란 · 2014 · 평점 5점 만점에 4.5점',
    );
    expect(subjectText({ kind: 'magazine', title: '릿터', issue: '2024년 12월호' }, undefined, ko)).toBe(
      '리뷰한 작품: 매거진 · 릿터 2024년 12월호',
    );
  });
});

describe('creators where space is short', () => {
  const names = (n: number) => Array.from({ length: n }, (_, i) => `작가${i + 1}`);

  it('names up to four, then the first three and how many more', () => {
    const { ui } = stringsFor('ko');
    expect(ui.someCreators(names(1))).toBe('작가1');
    expect(ui.someCreators(names(4))).toBe('작가1, 작가2, 작가3, 작가4');
    expect(ui.someCreators(names(25))).toBe('작가1, 작가2, 작가3 외 22명');
    expect(stringsFor('en').ui.someCreators(['A', 'B', 'C', 'D', 'E'])).toBe('A, B, C and 2 others');
  });
});

describe('the page of a quotation', () => {
  it('gets its unit once, however it was written', () => {
    const { ui } = stringsFor('ko');
    expect([45, '201–203', '11쪽', '11 쪽'].map(ui.quotePage)).toEqual(['45쪽', '201–203쪽', '11쪽', '11 쪽']);
    expect([45, 'p. 45', 'pp. 3–4'].map(stringsFor('en').ui.quotePage)).toEqual(['p. 45', 'p. 45', 'pp. 3–4']);
  });
});
