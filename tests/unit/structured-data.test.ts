import { describe, expect, it } from 'vitest';
import { breadcrumbGraph, itemReviewed, postGraph, serializeJsonLd, websiteGraph } from '../../src/seo/structured-data';

const post = {
  url: 'https://blog.example/posts/x/',
  title: 'MIT Technology Review 리뷰',
  description: '요약',
  published: new Date('2024-11-02T15:00:00Z'),
  modified: new Date('2024-11-05T15:00:00Z'),
  tags: ['AI', '전력'],
  lang: 'ko',
  author: '김민제',
  siteName: '김민제의 블로그',
  siteUrl: 'https://blog.example/',
  subject: { kind: 'magazine' as const, title: 'MIT Technology Review', issue: 'AI와 에너지' },
  issueName: (issue: string) => `${issue} 호`,
};

const same = (issue: string) => issue;

describe('itemReviewed', () => {
  it('types the reviewed work by kind', () => {
    expect(
      itemReviewed({ kind: 'book', title: '채식주의자', creators: ['한강'], isbn: '9788936433598' }, same),
    ).toMatchObject({
      '@type': 'Book',
      name: '채식주의자',
      author: [{ '@type': 'Person', name: '한강' }],
      isbn: '9788936433598',
    });
    const themed = itemReviewed(
      { kind: 'magazine', title: 'MIT Technology Review', issue: 'AI와 에너지' },
      (issue) => `${issue} 호`,
    );
    expect(themed).toMatchObject({
      '@type': 'PublicationIssue',
      name: 'MIT Technology Review AI와 에너지 호',
      isPartOf: { '@type': 'Periodical', name: 'MIT Technology Review' },
    });
    // A theme is no issue number; a month or a number is.
    expect(themed).not.toHaveProperty('issueNumber');
    expect(itemReviewed({ kind: 'magazine', title: '과학과 미래', issue: '2025년 2월호' }, same)).toMatchObject({
      name: '과학과 미래 2025년 2월호',
      issueNumber: '2025년 2월호',
    });
    // An issue's ISBN is the issue's own, as a book's is the book's.
    expect(
      itemReviewed({ kind: 'magazine', title: '릿터', issue: '제42호', isbn: '9788937418440' }, same),
    ).toMatchObject({
      '@type': 'PublicationIssue',
      identifier: { '@type': 'PropertyValue', propertyID: 'ISBN', value: '9788937418440' },
      isPartOf: { '@type': 'Periodical' },
    });
    // schema.org has isbn on Book only.
    expect(itemReviewed({ kind: 'magazine', title: '릿터', isbn: '9788937418440' }, same)).not.toHaveProperty('isbn');
    expect(itemReviewed({ kind: 'other', title: '도록', isbn: '9788937418440' }, same)).toMatchObject({
      identifier: { propertyID: 'ISBN', value: '9788937418440' },
    });
    const number = (issue: string) => itemReviewed({ kind: 'magazine', title: '잡지', issue }, same)['issueNumber'];
    for (const issue of ['42', '제42호', 'No. 42', 'Vol. 3 No. 2', '2025.02']) expect(number(issue), issue).toBe(issue);
    for (const issue of ['2025년 봄호', '2022년 가을호', 'AI와 에너지', '1월의 책', '3월의 신간 특집']) {
      expect(number(issue), issue).toBeUndefined();
    }
    // No backtracking blow-up on a long run of digits with a letter after it.
    const started = performance.now();
    expect(number(`${'1'.repeat(40)}x`)).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(50);
    expect(itemReviewed({ kind: 'paper', title: 'Attention' }, same)['@type']).toBe('ScholarlyArticle');
    expect(itemReviewed({ kind: 'film', title: '인터스텔라', creators: ['놀란'] }, same)).toMatchObject({
      '@type': 'Movie',
      director: [{ name: '놀란' }],
    });
    expect(itemReviewed({ kind: 'other', title: '팟캐스트' }, same)['@type']).toBe('CreativeWork');
  });
});

describe('postGraph', () => {
  it('links a BlogPosting and a Review of the subject, with the rating only when rated', () => {
    const graph = postGraph(post)['@graph'] as Record<string, unknown>[];
    expect(graph.map((n) => n['@type'])).toEqual(['BlogPosting', 'Review']);
    expect(graph[0]).toMatchObject({
      headline: post.title,
      datePublished: '2024-11-02T15:00:00.000Z',
      mainEntity: { '@id': `${post.url}#review` },
      about: { '@id': `${post.url}#work` },
    });
    expect(graph[1]?.['itemReviewed']).toMatchObject({ '@id': `${post.url}#work`, '@type': 'PublicationIssue' });
    expect(graph[1]).toMatchObject({ '@id': `${post.url}#review`, author: { '@type': 'Person', name: '김민제' } });
    expect(graph[1]).not.toHaveProperty('reviewRating');
    const rated = postGraph({ ...post, rating: 4.5 })['@graph'] as Record<string, unknown>[];
    expect(rated[1]?.['reviewRating']).toEqual({ '@type': 'Rating', ratingValue: 4.5, bestRating: 5, worstRating: 0 });
  });

  it('gives keywords only when the post has tags', () => {
    const untagged = postGraph({ ...post, tags: [] })['@graph'] as Record<string, unknown>[];
    expect(untagged[0]).not.toHaveProperty('keywords');
    const tagged = postGraph({ ...post, tags: ['AI', '전력'] })['@graph'] as Record<string, unknown>[];
    expect(tagged[0]?.['keywords']).toBe('AI, 전력');
  });
});

describe('serializeJsonLd', () => {
  it('cannot close the script element or open a comment, whatever the title says', () => {
    const hostile = { ...post, title: '</script><script>alert("x")</script> <!-- & \u2028' };
    const json = serializeJsonLd(postGraph(hostile));
    expect(json).not.toMatch(/<|>|&|\u2028/);
    // Still the same data once parsed.
    const parsed = JSON.parse(json) as { '@graph': { headline?: string }[] };
    expect(parsed['@graph'][0]?.headline).toBe(hostile.title);
  });
});

describe('breadcrumbs and website', () => {
  it('numbers the crumbs from 1 in order', () => {
    const list = breadcrumbGraph([
      { name: '홈', url: 'https://blog.example/' },
      { name: '태그', url: 'https://blog.example/tags/' },
    ]);
    expect(list['itemListElement']).toEqual([
      { '@type': 'ListItem', position: 1, name: '홈', item: 'https://blog.example/' },
      { '@type': 'ListItem', position: 2, name: '태그', item: 'https://blog.example/tags/' },
    ]);
  });

  it('describes the site as a WebSite in its language', () => {
    expect(
      websiteGraph({ name: 'n', url: 'https://blog.example/', description: 'd', lang: 'ko', author: 'a' }),
    ).toMatchObject({
      '@type': 'WebSite',
      inLanguage: 'ko',
    });
  });
});
