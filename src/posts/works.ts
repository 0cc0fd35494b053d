/**
 * Pure rules over the reviewed works: creators and their pages, the bookshelf's ratings, the home
 * page's pinned posts and the years the blog spans. No Astro imports (unit-tested on plain fixtures);
 * query.ts applies them to the real collection.
 */
import { creatorSlug } from '../lib/creator-slug';
import { yearIn } from '../lib/dates';
import { nameSlug } from '../lib/slug';
import { siteConfig } from '../site.config';
import type { PostGroup, PostLike } from './rules';

const collator = new Intl.Collator(siteConfig.locale);

/**
 * Which work a review is of: its kind, its title and (a magazine's) issue as slugs, so reviews of one
 * work written with other spacing or width ("소년이 온다" / "소년이  온다", "ＡＩ") are of the same work
 * (related posts, quotes), and two issues of one magazine are two works.
 */
export const workKey = (subject: { kind: string; title: string; issue?: string | undefined }) =>
  `${subject.kind}/${nameSlug(subject.title)}${subject.issue ? `/${nameSlug(subject.issue)}` : ''}`;

export interface WorkLike extends PostLike {
  data: PostLike['data'] & {
    subject: { kind: string; title: string; creators?: string[] | undefined };
    rating?: number | undefined;
    featured?: boolean | undefined;
  };
}

/**
 * Every creator with the posts reviewing their works (in the order given), keyed by creatorSlug: names
 * that differ only in spacing or form share a page, which keeps the spelling of the first post seen
 * (the newest, for a newest-first list). Most reviewed first, then by name.
 */
export function creatorIndex<T extends WorkLike>(posts: readonly T[]): PostGroup<T>[] {
  const bySlug = new Map<string, PostGroup<T>>();
  for (const post of posts) {
    const seen = new Set<string>();
    for (const name of post.data.subject.creators ?? []) {
      const slug = creatorSlug(name);
      // One post lists a person once, even if the frontmatter spells them twice.
      if (!slug || seen.has(slug)) continue;
      seen.add(slug);
      const group = bySlug.get(slug);
      if (group) group.posts.push(post);
      else bySlug.set(slug, { name: name.normalize('NFC').trim(), slug, posts: [post] });
    }
  }
  return [...bySlug.values()].sort((a, b) => b.posts.length - a.posts.length || collator.compare(a.name, b.name));
}

/** Ratings from 5 down to 0 in steps of 0.5: the rows of the rating distribution. */
export const RATING_STEPS: readonly number[] = Array.from({ length: 11 }, (_, i) => 5 - i * 0.5);

/** The slug of a rating's shelf page: 4.5 → "4-5", 4 → "4". */
export const ratingSlug = (rating: number) => String(rating).replace('.', '-');

/** How many posts gave each rating (every step, zeros included) and how many gave none. */
export function ratingDistribution(posts: readonly WorkLike[]): {
  steps: { rating: number; count: number }[];
  unrated: number;
} {
  const counts = new Map<number, number>(RATING_STEPS.map((r) => [r, 0]));
  let unrated = 0;
  for (const { data } of posts) {
    if (data.rating === undefined) unrated++;
    else counts.set(data.rating, (counts.get(data.rating) ?? 0) + 1);
  }
  return { steps: RATING_STEPS.map((rating) => ({ rating, count: counts.get(rating) ?? 0 })), unrated };
}

/** Posts by the rating they gave, highest first; ratings no post gave are left out. */
export function groupByRating<T extends WorkLike>(posts: readonly T[]): { rating: number; posts: T[] }[] {
  return RATING_STEPS.map((rating) => ({ rating, posts: posts.filter((p) => p.data.rating === rating) })).filter(
    (g) => g.posts.length > 0,
  );
}

/**
 * The home page's two lists (newest first): every featured post, under a heading of its own, and the
 * latest `count` of the others. Pinned into "latest", a featured post from 2023 stood above the 2025
 * posts; in both lists it would be shown twice.
 */
export function homePosts<T extends WorkLike>(posts: readonly T[], count: number): { featured: T[]; latest: T[] } {
  return {
    featured: posts.filter((p) => p.data.featured),
    latest: posts.filter((p) => !p.data.featured).slice(0, count),
  };
}

/** The first and last year of the posts in `timeZone` ("2024", "2024–2025"); undefined for none. */
export function yearSpan(posts: readonly PostLike[], timeZone: string): string | undefined {
  if (posts.length === 0) return undefined;
  const years = posts.map((p) => yearIn(p.data.pubDate, timeZone));
  const first = Math.min(...years);
  const last = Math.max(...years);
  return first === last ? String(first) : `${first}–${last}`;
}
