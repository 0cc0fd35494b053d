/** JSON Feed 1.1: the required fields and their types (https://www.jsonfeed.org/version/1.1/). */
import { describe, expect, it } from 'vitest';
import { buildJsonFeed } from '../../src/feeds/json-feed';

const feed = buildJsonFeed({
  title: '김민제의 블로그',
  description: '리뷰',
  language: 'ko',
  author: '김민제',
  siteUrl: new URL('https://blog.example/'),
  feedUrl: new URL('https://blog.example/feed.json'),
  items: [
    {
      url: new URL('https://blog.example/posts/a/'),
      title: '글 A',
      html: '<p>본문</p>',
      summary: '요약',
      published: new Date('2024-11-02T15:00:00Z'),
      modified: new Date('2024-11-03T15:00:00Z'),
      tags: ['AI'],
      image: new URL('https://blog.example/og/posts/a.png'),
      language: 'ko',
    },
    {
      url: new URL('https://blog.example/posts/b/'),
      title: '글 B',
      html: '<p>둘</p>',
      summary: '요약 B',
      published: new Date('2024-10-01T15:00:00Z'),
      tags: [],
      language: 'en',
    },
  ],
});

describe('JSON Feed 1.1', () => {
  it('has the required top-level fields with the right types', () => {
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(typeof feed.title).toBe('string');
    expect(feed.home_page_url).toBe('https://blog.example/');
    expect(feed.feed_url).toBe('https://blog.example/feed.json');
    expect(feed.authors).toEqual([{ name: '김민제' }]);
    expect(Array.isArray(feed.items)).toBe(true);
  });

  it('gives every item a string id, a URL, content_html and RFC 3339 dates', () => {
    for (const item of feed.items) {
      expect(typeof item.id).toBe('string');
      expect(item.id).toBe(item.url);
      expect(typeof item.content_html).toBe('string');
      expect(item.date_published).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    }
    expect(feed.items[0]?.date_modified).toBe('2024-11-03T15:00:00.000Z');
  });

  it('omits optional fields that have no value instead of writing null', () => {
    const b = feed.items[1] as unknown as Record<string, unknown>;
    expect(b).not.toHaveProperty('date_modified');
    expect(b).not.toHaveProperty('tags');
    expect(b).not.toHaveProperty('image');
    expect(JSON.stringify(feed)).not.toContain('null');
  });
});

describe('paged JSON Feed', () => {
  it('links the next (older) page with next_url, and the last page has none', () => {
    const base = {
      title: 't',
      description: 'd',
      language: 'ko',
      author: 'a',
      siteUrl: new URL('https://b.example/'),
      feedUrl: new URL('https://b.example/feed.json'),
      items: [],
    };
    expect(buildJsonFeed({ ...base, nextUrl: new URL('https://b.example/feed/2.json') }).next_url).toBe(
      'https://b.example/feed/2.json',
    );
    expect(buildJsonFeed(base)).not.toHaveProperty('next_url');
  });
});
