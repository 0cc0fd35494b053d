/**
 * Related posts: a pure rule over posts (no Astro imports), applied by query.ts to build each post page.
 */
import { nameSlug } from '../lib/slug';
import { compareNewestFirst, type PostLike } from './rules';

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
  for (const post of posts) {
    for (const tag of post.data.tags) add(`tag:${nameSlug(tag)}`, post);
    add(`work:${post.data.subject.kind}:${nameSlug(post.data.subject.title)}`, post);
  }
  const positions = new Map<string, Map<string, number>>();
  for (const [key, list] of groups) {
    list.sort(compareNewestFirst);
    positions.set(key, new Map(list.map((p, i) => [p.id, i])));
  }

  const result = new Map<string, T[]>();
  for (const post of posts) {
    const scores = new Map<T, number>();
    const keys = [
      ...post.data.tags.map((tag) => ({ key: `tag:${nameSlug(tag)}`, weight: 1 })),
      { key: `work:${post.data.subject.kind}:${nameSlug(post.data.subject.title)}`, weight: 3 },
    ];
    for (const { key, weight } of keys) {
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
