/**
 * Pure rules over posts: what is published, in what order, grouped how. No astro:content, so every rule
 * is unit-tested on plain fixtures; query.ts applies them to the real collection (and the loader one of
 * them: withheldFromBuild).
 */
import { nameSlug } from '../lib/slug';
import { isoDay, yearIn } from '../lib/dates';
import { siteConfig } from '../site.config';

/** Names (titles, tags, series) sort in the site's locale. */
const collator = new Intl.Collator(siteConfig.locale);

export interface PostLike {
  id: string;
  data: {
    title: string;
    pubDate: Date;
    updatedDate?: Date | undefined;
    draft: boolean;
    tags: string[];
    subject: { kind: string };
  };
}

export type PostStatus = 'published' | 'draft' | 'scheduled';

/**
 * `data` with an updatedDate between its pubDate and `now` (for a published post). The schema compares
 * days: `updatedDate: 2024-11-03` (00:00) on a post published 2024-11-03 21:30, or an edit at 23:00
 * today built at 05:00, are allowed; feeds, JSON-LD and the sitemap must still not say a post was
 * modified before it appeared, or at a time still to come.
 */
export function settledUpdate<D extends PostLike['data']>(data: D, now: Date): D {
  const { updatedDate, pubDate } = data;
  if (!updatedDate) return data;
  if (updatedDate < pubDate) return { ...data, updatedDate: pubDate };
  if (updatedDate > now && pubDate <= now) return { ...data, updatedDate: now };
  return data;
}

/** Whether `data`'s update falls on a later calendar day than its publication (worth showing). */
export function updatedOnLaterDay(data: Pick<PostLike['data'], 'pubDate' | 'updatedDate'>): boolean {
  const { timeZone } = siteConfig;
  return !!data.updatedDate && isoDay(data.updatedDate, timeZone) > isoDay(data.pubDate, timeZone);
}

/** A draft is never published; a post dated in the future is scheduled until its time comes. */
export function postStatus(post: PostLike, now: Date): PostStatus {
  if (post.data.draft) return 'draft';
  if (post.data.pubDate.getTime() > now.getTime()) return 'scheduled';
  return 'published';
}

/**
 * How long before its time a scheduled post is built whole. Otherwise a build keeps only the record of a
 * draft or of a post still to come (its fields, for the checks of query.ts: series places, links to it),
 * not its body or images, which Astro would publish as files under /_astro/ though no page links them
 * (src/loader/checked-glob.ts). A post due within the hour is kept whole, so a build that runs across
 * its publication time (minutes, even at thousands of posts) never renders it from a record; a day was
 * too long: the daily build the guide sets up published the next day's images a day early.
 */
const WHOLE_BEFORE_MS = 60 * 60 * 1000;

export function withheldFromBuild(data: Pick<PostLike['data'], 'draft' | 'pubDate'>, now: Date): boolean {
  return data.draft || data.pubDate.getTime() > now.getTime() + WHOLE_BEFORE_MS;
}

/** Newest first; ties (same instant) by title, then id, so the order never depends on file order. */
export function compareNewestFirst(a: PostLike, b: PostLike): number {
  return (
    b.data.pubDate.getTime() - a.data.pubDate.getTime() ||
    collator.compare(a.data.title, b.data.title) ||
    collator.compare(a.id, b.id)
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

/** Posts under one name: a tag, or a series. */
export interface PostGroup<T> {
  name: string;
  slug: string;
  posts: T[];
}

/**
 * Posts grouped under the names `namesOf` gives each (its tags, its series), keyed by slug: names that
 * differ only in case or punctuation share a group, which keeps the first spelling seen. Posts keep the
 * order given.
 */
function groupBySlug<T>(posts: readonly T[], namesOf: (post: T) => readonly string[]): PostGroup<T>[] {
  const bySlug = new Map<string, PostGroup<T>>();
  for (const post of posts) {
    for (const name of namesOf(post)) {
      const slug = nameSlug(name);
      const group = bySlug.get(slug);
      if (group) group.posts.push(post);
      else bySlug.set(slug, { name, slug, posts: [post] });
    }
  }
  return [...bySlug.values()];
}

/**
 * Every tag with its posts (in the order given). Tags that differ only in case or punctuation share a
 * slug and so a page; the page shows the spelling of the newest post. Most used first, then by name.
 */
export function tagIndex<T extends PostLike>(posts: readonly T[]): PostGroup<T>[] {
  return groupBySlug(posts, (post) => post.data.tags).sort(
    (a, b) => b.posts.length - a.posts.length || collator.compare(a.name, b.name),
  );
}

/** Posts grouped by the year they were published in `timeZone`, newest year first. */
export function groupByYear<T extends PostLike>(posts: readonly T[], timeZone: string): { year: number; posts: T[] }[] {
  const byYear = new Map<number, T[]>();
  for (const post of posts) {
    const year = yearIn(post.data.pubDate, timeZone);
    const list = byYear.get(year);
    if (list) list.push(post);
    else byYear.set(year, [post]);
  }
  return [...byYear.entries()].sort(([a], [b]) => b - a).map(([year, list]) => ({ year, posts: list }));
}

/**
 * For a newest-first list split into pages of `perPage`: every year, how many posts it has and the
 * page its first (newest) post is on, so a year index can link straight to it.
 */
export function yearStarts<T extends PostLike>(
  posts: readonly T[],
  perPage: number,
  timeZone: string,
): { year: number; count: number; page: number }[] {
  const years = new Map<number, { year: number; count: number; page: number }>();
  posts.forEach((post, i) => {
    const year = yearIn(post.data.pubDate, timeZone);
    const seen = years.get(year);
    if (seen) seen.count++;
    else years.set(year, { year, count: 1, page: Math.floor(i / perPage) + 1 });
  });
  return [...years.values()].sort((a, b) => b.year - a.year);
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

/**
 * The post before and after `id` in a newest-first list: `newer` is the next one to read forward in
 * time. Pass `at` (its index) when known, to skip the search.
 */
export function neighbours<T extends PostLike>(
  posts: readonly T[],
  id: string,
  at?: number,
): { newer?: T | undefined; older?: T | undefined } {
  const i = at ?? posts.findIndex((p) => p.id === id);
  if (i === -1) return {};
  return { newer: posts[i - 1], older: posts[i + 1] };
}

/** When the newest change among `posts` happened (updatedDate, else pubDate); undefined for none. */
export function lastModified(posts: readonly PostLike[]): Date | undefined {
  let latest: Date | undefined;
  for (const { data } of posts) {
    const date = data.updatedDate ?? data.pubDate;
    if (!latest || date > latest) latest = date;
  }
  return latest;
}

export interface SeriesLike extends PostLike {
  data: PostLike['data'] & { series?: { name: string; order: number } | undefined };
}

/** Posts of one series that claim the same place in it (series.order), one group per place. */
export function seriesOrderClashes<T extends SeriesLike>(series: PostGroup<T>): { order: number; posts: T[] }[] {
  const byOrder = new Map<number, T[]>();
  for (const post of series.posts) {
    const order = post.data.series?.order ?? 0;
    byOrder.set(order, [...(byOrder.get(order) ?? []), post]);
  }
  return [...byOrder.entries()].filter(([, posts]) => posts.length > 1).map(([order, posts]) => ({ order, posts }));
}

/** Every series with its parts in reading order (series.order, then date). Names match by slug, like tags. */
export function seriesIndex<T extends SeriesLike>(posts: readonly T[]): PostGroup<T>[] {
  const order = (p: T) => p.data.series?.order ?? 0;
  const series = groupBySlug(posts, (post) => (post.data.series ? [post.data.series.name] : []));
  for (const { posts: parts } of series) {
    parts.sort((a, b) => order(a) - order(b) || a.data.pubDate.getTime() - b.data.pubDate.getTime());
  }
  return series.sort((a, b) => collator.compare(a.name, b.name));
}

/**
 * Where `id` sits in its series, by the number its author wrote (series.order), out of the highest
 * number written. Parts 1, 2 and 4 make part 4 "4편 중 4편", not "3편 중 3편": the missing part is
 * most often a draft or a post still to come, and the page should say what the author wrote.
 */
export function seriesPlace<T extends SeriesLike>(series: PostGroup<T>, id: string): { order: number; total: number } {
  const order = (p: T | undefined) => p?.data.series?.order ?? 0;
  return { order: order(series.posts.find((p) => p.id === id)), total: order(series.posts.at(-1)) };
}

/**
 * The numbers below a series' highest series.order that no part holds (1, 2, 4 is missing 3). Given
 * every file of the series, drafts and scheduled parts included, it names only the places no file
 * holds: a part still to come is not missing.
 */
export function seriesGaps<T extends SeriesLike>(series: PostGroup<T>): number[] {
  const held = new Set(series.posts.map((p) => p.data.series?.order ?? 0));
  const highest = Math.max(0, ...held);
  return Array.from({ length: highest }, (_, i) => i + 1).filter((n) => !held.has(n));
}
