/**
 * The query layer: the only module that reads the posts collection. Every page, feed and the sitemap
 * (through the pages) gets posts from here, so "what is published" is decided once.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { SUBJECT_KINDS } from '../schemas/post';
import { nameSlug } from '../lib/slug';
import { postUrl } from '../urls';
import { displayPath, entryFile } from '../loader/files';
import { readingStats } from './reading-time';
import { relatedPosts } from './related';
import {
  groupByKind,
  neighbours,
  postStatus,
  selectVisible,
  seriesIndex,
  seriesOrderClashes,
  tagIndex,
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
}

function toPost(entry: CollectionEntry<'posts'>, now: Date): Post {
  return {
    id: entry.id,
    url: postUrl(entry.id),
    data: entry.data,
    entry,
    status: postStatus(entry, now),
    readingMinutes: readingStats(entry.body ?? '').minutes,
    tags: entry.data.tags.map((name) => ({ name, slug: nameSlug(name) })),
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
  return visible.map((entry) => toPost(entry, now));
});

export const getTags = derived(async (): Promise<PostGroup<Post>[]> => tagIndex(await getPosts()));

export const getPostsByKind = derived(async () => groupByKind(await getPosts(), SUBJECT_KINDS));

/**
 * Every series with its parts in order. Two parts claiming one place (series.order) fail the build,
 * naming both files: the page would otherwise number them 1 and 2 as if nothing were wrong.
 */
export const getSeries = derived(async (): Promise<PostGroup<Post>[]> => {
  const series = seriesIndex(await getPosts());
  const clashes = series.flatMap((s) => seriesOrderClashes(s).map((clash) => ({ name: s.name, ...clash })));
  if (clashes.length > 0) {
    throw new Error(
      clashes
        .map(
          ({ name, order, posts }) =>
            `시리즈 "${name}"에서 ${posts.map((p) => `"${p.entry.filePath ? displayPath(entryFile(p.entry.filePath)) : p.id}"`).join(', ')}이(가) ` +
            `모두 series.order ${order}입니다. 편마다 다른 번호를 적어 주세요.`,
        )
        .join('\n'),
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
 * Every post page's data, from one pass over the indexes (the post route hashes it for its cache key,
 * so none of it may be looked up while rendering). Related posts skip what the page already links to,
 * its series and the previous/next post, so the section adds choices rather than repeating them.
 */
export const getPostPages = derived(async (): Promise<PostPage[]> => {
  const posts = await getPosts();
  const seriesBySlug = new Map((await getSeries()).map((s) => [s.slug, s]));
  const related = relatedPosts(posts, { limit: 8 });
  return posts.map((post, i) => {
    const { newer, older } = neighbours(posts, post.id, i);
    const series = post.data.series ? seriesBySlug.get(nameSlug(post.data.series.name)) : undefined;
    const linked = new Set([newer?.id, older?.id, ...(series?.posts ?? []).map((p) => p.id)]);
    const more = (related.get(post.id) ?? []).filter((p) => !linked.has(p.id)).slice(0, 3);
    return { post, newer, older, series, related: more };
  });
});
