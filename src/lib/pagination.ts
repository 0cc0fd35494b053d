import { pageParam, pageUrl } from '../urls.ts';
import { cacheKey } from './cache-key.ts';

export interface Page<T> {
  items: T[];
  /** 1-based. */
  current: number;
  total: number;
  /** URL of the previous/next page, if any. */
  prevUrl?: string | undefined;
  nextUrl?: string | undefined;
  /**
   * Where page 1 lives; page N is at pageUrl(base, N). Not a list of every page's URL: that list would
   * be repeated on every page, so listings would grow with the square of the archive.
   */
  base: string;
}

/** Splits `items` into pages. Page 1 lives at `base` (e.g. /tags/ai/), later pages at pageUrl(base, N). */
export function paginate<T>(items: readonly T[], perPage: number, base: string): Page<T>[] {
  if (perPage < 1) throw new RangeError('perPage must be at least 1');
  const total = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: total }, (_, i) => ({
    items: items.slice(i * perPage, (i + 1) * perPage),
    current: i + 1,
    total,
    prevUrl: i > 0 ? pageUrl(base, i) : undefined,
    nextUrl: i < total - 1 ? pageUrl(base, i + 2) : undefined,
    base,
  }));
}

/**
 * The routes of a paged listing, for getStaticPaths: each page's `[...page]` parameter, its props (the
 * page and whatever `entry` adds) and a cacheKey of those props, so an unchanged page is not rendered
 * again (see cache-key.ts). `shared` is what every page shows besides its props (the footer's years):
 * it goes into the key, not the props.
 */
export function pagedRoutes<
  T,
  Props extends { page: Page<T> },
  Params extends Record<string, string> = Record<never, never>,
>(
  items: readonly T[],
  perPage: number,
  base: string,
  entry: (page: Page<T>) => { params?: Params; props: Props },
  shared?: unknown,
) {
  return paginate(items, perPage, base).map((page) => {
    const { params, props } = entry(page);
    const key = cacheKey(shared === undefined ? props : { props, shared });
    return { params: { ...params, page: pageParam(page.current) }, props, cacheKey: key };
  });
}

/**
 * The routes of a listing per group (a tag, a creator): each group's pages at `urlOf(slug)`, with the
 * group's slug as the route parameter `param`, and its name and post count in the props.
 */
export function pagedGroupRoutes<T, K extends string>(
  groups: readonly { name: string; slug: string; posts: T[] }[],
  perPage: number,
  param: K,
  urlOf: (slug: string) => string,
  shared?: unknown,
) {
  return groups.flatMap((group) =>
    pagedRoutes(
      group.posts,
      perPage,
      urlOf(group.slug),
      (page) => ({
        params: { [param]: group.slug } as Record<K, string>,
        props: { page, name: group.name, count: group.posts.length },
      }),
      shared,
    ),
  );
}

/**
 * The page numbers a pagination bar links to: the first, the last, and `radius` pages either side of
 * the current one, with `null` for each gap. A gap would hide a single page, so that page is shown
 * instead. At most 2 × radius + 5 entries whatever the number of pages.
 */
export function pageWindow(current: number, total: number, radius = 2): (number | null)[] {
  const shown = new Set([1, total]);
  for (let n = current - radius; n <= current + radius; n++) if (n >= 1 && n <= total) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const n of sorted) {
    const previous = out.at(-1);
    if (typeof previous === 'number' && n - previous === 2) out.push(n - 1);
    else if (typeof previous === 'number' && n - previous > 2) out.push(null);
    out.push(n);
  }
  return out;
}
