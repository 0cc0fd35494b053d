/**
 * Related posts: a pure rule over posts (no Astro imports), applied by query.ts to build each post page.
 */
import { nameSlug } from '../lib/slug';
import { compareNewestFirst, type PostLike } from './rules';
import { workKey } from './works';

const NONE: ReadonlySet<string> = new Set();

export interface RelatedLike extends PostLike {
  data: PostLike['data'] & { subject: { kind: string; title: string; issue?: string | undefined } };
}

/** The same work: 3 points; for a magazine issue, 2 for the magazine and 1 more for the same issue. */
const workKeys = (subject: RelatedLike['data']['subject']) =>
  subject.issue
    ? [
        { key: `title:${workKey({ kind: subject.kind, title: subject.title })}`, points: 2 },
        { key: `work:${workKey(subject)}`, points: 1 },
      ]
    : [{ key: `title:${workKey(subject)}`, points: 3 }];

/**
 * Up to `limit` related posts for every post, by shared tags (1 point each) and the same reviewed work
 * (3 points; 2 for another issue of the same magazine), each point weighed by how rare the key is
 * (log(1 + posts / posts with the key)): a tag on every other post says less about two posts than one
 * on four, so "에너지" shared outranks "AI" shared. Ties go to the post closest in time. Built from inverted indexes (tag → posts, work →
 * posts) and, for each tag, only the `window` posts nearest in time on each side are candidates, so a
 * tag shared by thousands of posts costs O(window) per post rather than O(n): the whole pass is linear
 * in the number of posts, never quadratic.
 *
 * `exclude` names, for a post, the ids its page already links (its series, the newer and older post):
 * they are no candidates at all and take no place in a window, so a long series about one work still
 * leaves room for the posts that share its tags. Walking past them costs what the page costs anyway:
 * each part's page lists its whole series.
 */
export function relatedPosts<T extends RelatedLike>(
  posts: readonly T[],
  {
    limit = 3,
    window = 12,
    exclude = () => NONE,
  }: { limit?: number; window?: number; exclude?: (post: T) => ReadonlySet<string | undefined> } = {},
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
      [...post.data.tags.map((tag) => ({ key: `tag:${nameSlug(tag)}`, points: 1 })), ...workKeys(post.data.subject)],
    ]),
  );
  for (const [post, keys] of keysOf) for (const { key } of keys) add(key, post);
  const weightOf = (key: string, points: number) =>
    points * Math.log(1 + posts.length / (groups.get(key)?.length ?? 1));
  const positions = new Map<string, Map<string, number>>();
  for (const [key, list] of groups) {
    list.sort(compareNewestFirst);
    positions.set(key, new Map(list.map((p, i) => [p.id, i])));
  }

  const result = new Map<string, T[]>();
  for (const post of posts) {
    const scores = new Map<T, number>();
    const excluded = exclude(post);
    for (const { key, points } of keysOf.get(post) ?? []) {
      const weight = weightOf(key, points);
      const list = groups.get(key) ?? [];
      const at = positions.get(key)?.get(post.id) ?? 0;
      for (const step of [-1, 1]) {
        for (let i = at + step, taken = 0; i >= 0 && i < list.length && taken < window; i += step) {
          const other = list[i];
          if (!other || other === post || excluded.has(other.id)) continue;
          scores.set(other, (scores.get(other) ?? 0) + weight);
          taken++;
        }
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
