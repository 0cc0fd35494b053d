/**
 * Pure rules over posts: what is published, in what order, grouped how. No Astro imports, so every rule
 * is unit-tested on plain fixtures; src/data/posts.ts applies them to the real collection.
 */
import { slugify } from './slug';
import { yearIn } from './dates';

export interface PostLike {
  id: string;
  data: {
    title: string;
    pubDate: Date;
    draft: boolean;
    tags: string[];
    subject: { kind: string };
  };
}

export type PostStatus = 'published' | 'draft' | 'scheduled';

/** A draft is never published; a post dated in the future is scheduled until its time comes. */
export function postStatus(post: PostLike, now: Date): PostStatus {
  if (post.data.draft) return 'draft';
  if (post.data.pubDate.getTime() > now.getTime()) return 'scheduled';
  return 'published';
}

/** Newest first; ties (same instant) by title, then id, so the order never depends on file order. */
export function compareNewestFirst(a: PostLike, b: PostLike): number {
  return (
    b.data.pubDate.getTime() - a.data.pubDate.getTime() ||
    a.data.title.localeCompare(b.data.title, 'ko') ||
    a.id.localeCompare(b.id)
  );
}

/**
 * The posts a build shows, newest first. Production shows only published posts; the dev server also
 * shows drafts and scheduled posts (pages mark them with a badge) so the author can preview them.
 */
export function selectVisible<T extends PostLike>(
  posts: readonly T[],
  { now, includeUnpublished }: { now: Date; includeUnpublished: boolean },
): T[] {
  return posts.filter((p) => includeUnpublished || postStatus(p, now) === 'published').sort(compareNewestFirst);
}

export interface TagSummary<T> {
  name: string;
  slug: string;
  posts: T[];
}

/**
 * Every tag with its posts (in the order given). Tags that differ only in case or punctuation share a
 * slug and so a page; the page shows the spelling of the newest post. Most used first, then by name.
 */
export function tagIndex<T extends PostLike>(posts: readonly T[]): TagSummary<T>[] {
  const bySlug = new Map<string, TagSummary<T>>();
  for (const post of posts) {
    for (const name of post.data.tags) {
      const slug = slugify(name);
      const entry = bySlug.get(slug) ?? { name, slug, posts: [] };
      entry.posts.push(post);
      bySlug.set(slug, entry);
    }
  }
  return [...bySlug.values()].sort((a, b) => b.posts.length - a.posts.length || a.name.localeCompare(b.name, 'ko'));
}

/** Posts grouped by the year they were published in `timeZone`, newest year first. */
export function groupByYear<T extends PostLike>(posts: readonly T[], timeZone: string): { year: number; posts: T[] }[] {
  const byYear = new Map<number, T[]>();
  for (const post of posts) {
    const year = yearIn(post.data.pubDate, timeZone);
    byYear.set(year, [...(byYear.get(year) ?? []), post]);
  }
  return [...byYear.entries()].sort(([a], [b]) => b - a).map(([year, list]) => ({ year, posts: list }));
}

/** Posts grouped by the kind of work reviewed, in the order of `kinds`; kinds without posts are left out. */
export function groupByKind<T extends PostLike, K extends string>(
  posts: readonly T[],
  kinds: readonly K[],
): { kind: K; posts: T[] }[] {
  return kinds
    .map((kind) => ({ kind, posts: posts.filter((p) => p.data.subject.kind === kind) }))
    .filter((g) => g.posts.length > 0);
}

/** The post before and after `id` in a newest-first list: `newer` is the next one to read forward in time. */
export function neighbours<T extends PostLike>(posts: readonly T[], id: string): { newer?: T | undefined; older?: T | undefined } {
  const i = posts.findIndex((p) => p.id === id);
  if (i === -1) return {};
  return { newer: posts[i - 1], older: posts[i + 1] };
}
