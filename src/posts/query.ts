/**
 * The query layer: the only module that reads the posts collection. Every page, feed and the sitemap
 * (through the pages) gets posts from here, so "what is published" is decided once.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { SUBJECT_KINDS } from '../schemas/post';
import { nameSlug } from '../lib/slug';
import { numberRanges } from '../lib/number-ranges';
import { creatorSlug } from '../lib/creator-slug';
import { siteConfig } from '../site.config';
import { postUrl } from '../urls';
import { displayPath, entryFile } from '../loader/files';
import { readingStats } from './reading-time';
import { relatedPosts } from './related';
import { linkedPostIds } from './links';
import { quotesInMdx, type QuoteInPost } from './quotes';
import { creatorIndex, groupByRating, homePosts, ratingDistribution, workKey, yearSpan } from './works';
import {
  groupByKind,
  neighbours,
  postStatus,
  selectVisible,
  seriesGaps,
  seriesIndex,
  seriesOrderClashes,
  tagIndex,
  settledUpdate,
  type PostGroup,
  type PostStatus,
} from './rules';

export interface Post {
  id: string;
  /** Site-relative URL of the post page. */
  url: string;
  data: CollectionEntry<'posts'>['data'];
  /** The collection entry, for render(). */
  entry: CollectionEntry<'posts'>;
  status: PostStatus;
  readingMinutes: number;
  /** Tags with the slug of their page. */
  tags: { name: string; slug: string }[];
  /** The work's creators with the slug of their page (/creators/<slug>/). */
  creators: { name: string; slug: string }[];
  /**
   * The cover's shape, from the image's own width and height (known at build time): an upright cover
   * (a book's 2:3, a square album) is shown whole at a modest size; a wide one (a film still) as a hero.
   */
  coverShape?: 'upright' | 'wide' | undefined;
}

/** Wide from 6:5 on: anything squarer is a cover to show whole, never cropped. */
function coverShape(cover: CollectionEntry<'posts'>['data']['cover']): Post['coverShape'] {
  if (!cover) return undefined;
  return cover.src.width >= cover.src.height * 1.2 ? 'wide' : 'upright';
}

function toPost(entry: CollectionEntry<'posts'>, now: Date): Post {
  return {
    id: entry.id,
    url: postUrl(entry.id),
    data: settledUpdate(entry.data, now),
    entry,
    status: postStatus(entry, now),
    // NFC as the page shows it (src/markdown/post-checks.ts): a body saved as NFD counts the same.
    readingMinutes: readingStats((entry.body ?? '').normalize('NFC')).minutes,
    tags: entry.data.tags.map((name) => ({ name, slug: nameSlug(name) })),
    creators: (entry.data.subject.creators ?? []).map((name) => ({ name, slug: creatorSlug(name) })),
    coverShape: coverShape(entry.data.cover),
  };
}

/**
 * A value derived from the posts, computed once per production build (pages ask for the same indexes
 * thousands of times) and afresh on every call in `astro dev`, where the collection changes under us.
 */
function derived<T>(compute: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? compute() : (value ??= compute()));
}

/**
 * Posts this build shows, newest first: published ones in production; in `astro dev` also drafts and
 * scheduled posts, so the author can preview them (their status puts a badge on every listing).
 */
export const getPosts = derived(async (): Promise<Post[]> => {
  const now = new Date();
  const entries = await getCollection('posts');
  const visible = selectVisible(entries, { now, includeUnpublished: import.meta.env.DEV });
  return oneSpellingEach(visible.map((entry) => toPost(entry, now)));
});

/**
 * Tags and creators whose names share a slug (데이터 센터 / 데이터센터, 홍 길동 / 홍길동) share a page, named
 * as the newest post spells it (tagIndex, creatorIndex): every chip, card, feed item and JSON-LD says that
 * name too, or one page would link to itself under two spellings. `posts` is newest first.
 */
function oneSpellingEach(posts: Post[]): Post[] {
  const tags = new Map<string, string>();
  const creators = new Map<string, string>();
  for (const post of posts) {
    for (const { slug, name } of post.tags) if (!tags.has(slug)) tags.set(slug, name);
    for (const { slug, name } of post.creators) if (!creators.has(slug)) creators.set(slug, name);
  }
  for (const post of posts) {
    post.tags = post.tags.map((tag) => ({ ...tag, name: tags.get(tag.slug) ?? tag.name }));
    post.creators = post.creators.map((c) => ({ ...c, name: creators.get(c.slug) ?? c.name }));
    // The data too, which the feeds (categories, the work line) and the JSON-LD read: a copy, as the
    // entry's own data is the collection's.
    const { subject } = post.data;
    post.data = {
      ...post.data,
      tags: post.tags.map((tag) => tag.name),
      subject: { ...subject, ...(subject.creators ? { creators: post.creators.map((c) => c.name) } : {}) },
    };
  }
  return posts;
}

export const getTags = derived(async (): Promise<PostGroup<Post>[]> => tagIndex(await getPosts()));

export const getPostsByKind = derived(async () => groupByKind(await getPosts(), SUBJECT_KINDS));

export const getCreators = derived(async (): Promise<PostGroup<Post>[]> => creatorIndex(await getPosts()));

/** The bookshelf's groups: by rating (highest first), and the distribution drawn above the shelf. */
export const getPostsByRating = derived(async () => groupByRating(await getPosts()));
const getRatingDistribution = derived(async () => ratingDistribution(await getPosts()));

/** What every bookshelf page shows above its grid: the filters with their counts, and the distribution. */
export const getShelfFilters = derived(async () => {
  const posts = await getPosts();
  return {
    total: posts.length,
    kinds: (await getPostsByKind()).map(({ kind, posts: list }) => ({ kind, count: list.length })),
    ratings: (await getPostsByRating()).map(({ rating, posts: list }) => ({ rating, count: list.length })),
    distribution: await getRatingDistribution(),
  };
});

/** The home page's lists: the featured posts, and the latest others (see homePosts). */
export const getHomePosts = derived(async () => homePosts(await getPosts(), siteConfig.latestOnHome));

/**
 * What every page shows besides its own data (the footer's years, and which of its sections hold
 * anything), for the cache keys of routes that have one: publishing a post in a new year, or the first
 * post of a series, must render every page again.
 */
export const getSiteWide = derived(async () => {
  // One read of the posts: in `npm run dev` this runs for every page, and each query reads afresh.
  const posts = await getPosts();
  return {
    years: yearSpan(posts, siteConfig.timeZone),
    /** The footer links only these listings when they are not empty (a blog without series has no "시리즈"). */
    sections: {
      creators: posts.some((p) => p.creators.length > 0),
      quotes: posts.some((p) => quotesOf(p).length > 0),
      series: posts.some((p) => p.data.series !== undefined),
      tags: posts.some((p) => p.tags.length > 0),
    },
  };
});

/** The `<Quote>`s of a post's body, NFC as its page shows them. */
const quotesOf = (post: Post) => quotesInMdx((post.entry.body ?? '').normalize('NFC'));

/** A reviewed work with the quotations its reviews gathered, for the quotes page. */
export interface QuotedWork {
  subject: Post['data']['subject'];
  quotes: (QuoteInPost & { postUrl: string; postTitle: string })[];
}

/**
 * Every `<Quote>` of the published posts, grouped by the work reviewed (kind and title, as a slug), works
 * in the order of their newest review and quotes in the order of their posts (newest first), each in
 * document order. Only MDX posts can hold components; the rest are skipped without parsing.
 */
export const getQuotedWorks = derived(async (): Promise<QuotedWork[]> => {
  const byWork = new Map<string, QuotedWork>();
  for (const post of await getPosts()) {
    if (!post.entry.filePath?.endsWith('.mdx')) continue;
    const quotes = quotesOf(post);
    if (quotes.length === 0) continue;
    const key = workKey(post.data.subject);
    const work = byWork.get(key) ?? { subject: post.data.subject, quotes: [] };
    work.quotes.push(...quotes.map((q) => ({ ...q, postUrl: post.url, postTitle: post.data.title })));
    byWork.set(key, work);
  }
  return [...byWork.values()];
});

/**
 * Every series with its parts in order. Two parts claiming one place (series.order) fail the build,
 * naming both files: the page would otherwise number them 1 and 2 as if nothing were wrong. Scheduled
 * parts count too: a clash with one would otherwise fail only the build on its publication day, and
 * stop every other post due that day.
 */
export const getSeries = derived(async (): Promise<PostGroup<Post>[]> => {
  const series = seriesIndex(await getPosts());
  const entries = await getCollection('posts');
  const notDrafts = entries.filter((entry) => !entry.data.draft);
  const clashes = seriesIndex(notDrafts).flatMap((s) =>
    seriesOrderClashes(s).map((clash) => ({ name: s.name, ...clash })),
  );
  if (clashes.length > 0) {
    throw new Error(
      clashes
        .map(
          ({ name, order, posts }) =>
            `시리즈 "${name}"에서 ${posts.map((p) => `"${p.filePath ? displayPath(entryFile(p.filePath)) : p.id}"`).join(', ')}이(가) ` +
            `모두 series.order ${order}입니다. 편마다 다른 번호를 적어 주세요.`,
        )
        .join('\n'),
    );
  }
  // A warning, not an error: a place no file holds is most likely a typo, but the page can show it.
  // Drafts and scheduled parts hold their places: a part still to come is not missing.
  const published = new Set(series.map((s) => s.slug));
  for (const s of seriesIndex(entries)) {
    const gaps = published.has(s.slug) ? seriesGaps(s) : [];
    if (gaps.length === 0) continue;
    console.warn(
      `[blog] 시리즈 "${s.name}"에 ${numberRanges(gaps)}편이 없습니다 (series.order). ` +
        '페이지에는 적은 번호 그대로 나옵니다. 번호를 확인해 주세요.',
    );
  }
  return series;
});

/** A post with everything its page shows about other posts (a type, not an interface: page props). */
export type PostPage = {
  post: Post;
  /** The next newer and older post, for the links at the end of the post. */
  newer?: Post | undefined;
  older?: Post | undefined;
  /** The series the post belongs to, with its parts in order, if any. */
  series?: PostGroup<Post> | undefined;
  /** Up to three posts to read next (see relatedPosts). */
  related: Post[];
};

/**
 * Links in published posts to posts a reader cannot open (a draft, a post still scheduled, no post at
 * all), said once per build in the log, naming the post: for readers each is a 404 page. Not an error,
 * since the next part of a series is often linked before its day.
 */
async function warnAboutDeadPostLinks(posts: readonly Post[]): Promise<void> {
  const now = new Date();
  const status = new Map((await getCollection('posts')).map((entry) => [entry.id, postStatus(entry, now)]));
  const said = { draft: '초안', scheduled: '예약', published: '' } as const;
  for (const post of posts) {
    const dead = linkedPostIds(post.entry.body ?? '', post.url).filter((id) => status.get(id) !== 'published');
    if (dead.length === 0) continue;
    const file = post.entry.filePath ? displayPath(entryFile(post.entry.filePath)) : post.id;
    const list = dead.map((id) => {
      const of = status.get(id);
      return `${postUrl(id)} (${of ? `${said[of]} 글` : '없는 글'})`;
    });
    console.warn(
      `[blog] "${file}": 독자가 열 수 없는 글로 가는 링크가 있습니다: ${list.join(', ')}. ` +
        '발행되기 전까지 독자에게는 "페이지를 찾을 수 없습니다"가 열립니다. 주소를 확인하거나, 예약한 글이면 그날까지 두어도 됩니다.',
    );
  }
}

/**
 * Every post page's data, from one pass over the indexes (the post route hashes it for its cache key,
 * so none of it may be looked up while rendering). Related posts skip what the page already links to,
 * its series and the previous/next post, so the section adds choices rather than repeating them.
 */
export const getPostPages = derived(async (): Promise<PostPage[]> => {
  const posts = await getPosts();
  const seriesBySlug = new Map((await getSeries()).map((s) => [s.slug, s]));
  const pages = posts.map((post, i) => {
    const { newer, older } = neighbours(posts, post.id, i);
    const series = post.data.series ? seriesBySlug.get(nameSlug(post.data.series.name)) : undefined;
    // What the page links already: no related post repeats it.
    const linked = new Set([newer?.id, older?.id, ...(series?.posts ?? []).map((p) => p.id)]);
    return { post, newer, older, series, linked };
  });
  if (import.meta.env.PROD) await warnAboutDeadPostLinks(posts);
  const linkedOf = new Map(pages.map((page) => [page.post, page.linked]));
  const related = relatedPosts(posts, { limit: 3, exclude: (post) => linkedOf.get(post) ?? new Set() });
  return pages.map(({ post, newer, older, series }) => ({
    post,
    newer,
    older,
    series,
    related: related.get(post.id) ?? [],
  }));
});
