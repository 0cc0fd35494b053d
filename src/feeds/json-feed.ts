/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/): the document shape and its builder. */

export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  content_html: string;
  summary: string;
  date_published: string;
  date_modified?: string;
  tags?: string[];
  image?: string;
  language?: string;
}

export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url: string;
  /** The next (older) page of a paged feed. */
  next_url?: string;
  description: string;
  /** Large (512 px) and small (at least 64 px) square images of the feed, which readers show beside it. */
  icon?: string;
  favicon?: string;
  language: string;
  authors: { name: string }[];
  items: JsonFeedItem[];
}

export interface JsonFeedInput {
  title: string;
  description: string;
  language: string;
  author: string;
  siteUrl: URL;
  feedUrl: URL;
  nextUrl?: URL | undefined;
  icon?: URL | undefined;
  favicon?: URL | undefined;
  items: {
    url: URL;
    title: string;
    html: string;
    summary: string;
    published: Date;
    modified?: Date | undefined;
    tags: string[];
    image?: URL | undefined;
    language: string;
  }[];
}

export function buildJsonFeed(input: JsonFeedInput): JsonFeed {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: input.title,
    home_page_url: input.siteUrl.href,
    feed_url: input.feedUrl.href,
    ...(input.nextUrl ? { next_url: input.nextUrl.href } : {}),
    description: input.description,
    ...(input.icon ? { icon: input.icon.href } : {}),
    ...(input.favicon ? { favicon: input.favicon.href } : {}),
    language: input.language,
    authors: [{ name: input.author }],
    items: input.items.map((item) => ({
      // The permalink is the stable id: it never changes once published.
      id: item.url.href,
      url: item.url.href,
      title: item.title,
      content_html: item.html,
      summary: item.summary,
      date_published: item.published.toISOString(),
      ...(item.modified ? { date_modified: item.modified.toISOString() } : {}),
      ...(item.tags.length ? { tags: item.tags } : {}),
      ...(item.image ? { image: item.image.href } : {}),
      language: item.language,
    })),
  };
}
