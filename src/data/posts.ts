/**
 * The query layer: the only module that reads the posts collection. Every page, feed and the sitemap
 * (through the pages) gets posts from here, so "what is published" is decided once.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { site } from '../site.config';
import { SUBJECT_KINDS } from '../schemas/post';
import { readingStats } from '../lib/reading-time';
import { slugify } from '../lib/slug';
import {
  groupByKind,
  groupByYear,
  neighbours,
  postStatus,
  selectVisible,
  tagIndex,
  type PostStatus,
  type TagSummary,
} from '../lib/posts';

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

export const postUrl = (id: string) => `/posts/${id}/`;
export const tagUrl = (slug: string) => `/tags/${slug}/`;
export const kindUrl = (kind: string) => `/kinds/${kind}/`;

function toPost(entry: CollectionEntry<'posts'>, now: Date): Post {
  return {
    id: entry.id,
    url: postUrl(entry.id),
    data: entry.data,
    entry,
    status: postStatus(entry, now),
    readingMinutes: readingStats(entry.body ?? '').minutes,
    tags: entry.data.tags.map((name) => ({ name, slug: slugify(name) })),
  };
}

let cached: Promise<Post[]> | undefined;

/**
 * Posts this build shows, newest first: published ones in production; in `astro dev` also drafts and
 * scheduled posts, so the author can preview them (their status puts a badge on every listing).
 * Memoised for a production build only: in dev the collection changes under us.
 */
export function getPosts(): Promise<Post[]> {
  if (import.meta.env.DEV) return loadPosts();
  cached ??= loadPosts();
  return cached;
}

async function loadPosts(): Promise<Post[]> {
  const now = new Date();
  const entries = await getCollection('posts');
  const visible = selectVisible(entries, { now, includeUnpublished: import.meta.env.DEV });
  return visible.map((entry) => toPost(entry, now));
}

export async function getTags(): Promise<TagSummary<Post>[]> {
  return tagIndex(await getPosts());
}

export async function getPostsByYear() {
  return groupByYear(await getPosts(), site.timeZone);
}

export async function getPostsByKind() {
  return groupByKind(await getPosts(), SUBJECT_KINDS);
}

/** The next newer and older post around `id`, for the links at the end of a post. */
export async function getNeighbours(id: string) {
  return neighbours(await getPosts(), id);
}
