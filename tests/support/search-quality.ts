/**
 * Scores the labelled query set (search-queries.ts) from the first five results of each query.
 *
 * recall@5: of all the posts that must be in a query's first five, the share that were.
 * precision@5: of all the first-five results that the set judges (posts of KNOWN_POSTS), the share that
 * were right (in `top` or `also`). A nonsense query that lists anything counts every result as wrong;
 * one that lists nothing adds nothing. Both are summed over the whole set (micro-averaged), so a query
 * with five wanted posts weighs five times one with a single post.
 */
import { KNOWN_POSTS, type LabelledQuery } from './search-queries.ts';

export interface QueryOutcome {
  query: LabelledQuery;
  /** Slugs of the first five results, in order. */
  firstFive: readonly string[];
}

export interface QueryScore {
  query: string;
  kind: LabelledQuery['kind'];
  firstFive: readonly string[];
  /** Wanted posts that were not in the first five. */
  missing: string[];
  /** Judged posts in the first five that should not be there. */
  wrong: string[];
}

export interface SetScore {
  recall: number;
  precision: number;
  found: number;
  wanted: number;
  right: number;
  judged: number;
  queries: QueryScore[];
}

const known = new Set<string>(KNOWN_POSTS);

export function scoreQuerySet(outcomes: readonly QueryOutcome[]): SetScore {
  let found = 0;
  let wanted = 0;
  let right = 0;
  let judged = 0;
  const queries = outcomes.map(({ query, firstFive }): QueryScore => {
    const top = new Set(query.top);
    const good = new Set([...query.top, ...(query.also ?? [])]);
    const shown = firstFive.slice(0, 5);
    const missing = query.top.filter((slug) => !shown.includes(slug));
    const judgedHere = shown.filter((slug) => known.has(slug));
    const wrong = judgedHere.filter((slug) => !good.has(slug));
    found += shown.filter((slug) => top.has(slug)).length;
    wanted += top.size;
    right += judgedHere.length - wrong.length;
    judged += judgedHere.length;
    return { query: query.query, kind: query.kind, firstFive: shown, missing, wrong };
  });
  return {
    recall: wanted ? found / wanted : 1,
    precision: judged ? right / judged : 1,
    found,
    wanted,
    right,
    judged,
    queries,
  };
}

/** Per kind of query: recall and precision, for the report. */
export function scoreByKind(outcomes: readonly QueryOutcome[]): Map<string, SetScore> {
  const kinds = new Map<string, QueryOutcome[]>();
  for (const outcome of outcomes) kinds.set(outcome.query.kind, [...(kinds.get(outcome.query.kind) ?? []), outcome]);
  return new Map([...kinds].map(([kind, list]) => [kind, scoreQuerySet(list)]));
}
