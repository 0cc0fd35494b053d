/**
 * Related posts: a pure rule over posts (no Astro imports), applied by query.ts to build each post page.
 */
import { nameSlug } from '../lib/slug';
import { compareNewestFirst, type PostLike } from './rules';
import { workKey } from './works';

export interface RelatedLike extends PostLike {
  data: PostLike['data'] & { subject: { kind: string; title: string } };
}

/**
 * Up to `limit` related posts for every post, by shared tags (1 point each) and the same reviewed work
 * (3 points); ties go to the post closest in time. Built from inverted indexes (tag → posts, work →
 * posts) and, for each tag, only the `window` posts nearest in time are candidates, so a tag shared by
 * thousands of posts costs O(window) per post rather than O(n): the whole pass is linear in the number
 * of posts, never quadratic.
 */
export function relatedPosts<T extends RelatedLike>(
  posts: readonly T[],
  { limit = 3, window = 12 }: { limit?: number; window?: number } = {},
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  const add = (key: string, post: T) => {
    const list = groups.get(key);
    if (list) list.push(post);
    else groups.set(key, [post]);
  };
  // Each post's keys, made once: the indexes and the scoring both read them.
  const keysOf = new Map(
    posts.map((post) => [
      post,
      [
        ...post.data.tags.map((tag) => ({ key: `tag:${nameSlug(tag)}`, weight: 1 })),
        { key: `work:${workKey(post.data.subject)}`, weight: 3 },
      ],
    ]),
  );
  for (const [post, keys] of keysOf) for (const { key } of keys) add(key, post);
  const positions = new Map<string, Map<string, number>>();
  for (const [key, list] of groups) {
    list.sort(compareNewestFirst);
    positions.set(key, new Map(list.map((p, i) => [p.id, i])));
  }

  const result = new Map<string, T[]>();
  for (const post of posts) {
    const scores = new Map<T, number>();
    for (const { key, weight } of keysOf.get(post) ?? []) {
      const list = groups.get(key) ?? [];
      const at = positions.get(key)?.get(post.id) ?? 0;
      for (let i = Math.max(0, at - window); i < Math.min(list.length, at + window + 1); i++) {
        const other = list[i];
        if (other && other !== post) scores.set(other, (scores.get(other) ?? 0) + weight);
      }
    }
    const time = post.data.pubDate.getTime();
    const ranked = [...scores.entries()].sort(
      ([a, sa], [b, sb]) =>
        sb - sa ||
        Math.abs(a.data.pubDate.getTime() - time) - Math.abs(b.data.pubDate.getTime() - time) ||
        compareNewestFirst(a, b),
    );
    result.set(
      post.id,
      ranked.slice(0, limit).map(([p]) => p),
    );
  }
  return result;
}
