export interface Page<T> {
  items: T[];
  /** 1-based. */
  current: number;
  total: number;
  /** URL of the previous/next page, if any. */
  prevUrl?: string | undefined;
  nextUrl?: string | undefined;
  /** URL of every page, for numbered links. */
  urls: string[];
}

/**
 * Splits `items` into pages. Page 1 lives at `base` (e.g. /tags/ai/), later pages at `base + "page/N/"`,
 * so the first page of every listing has the short URL readers share.
 */
export function paginate<T>(items: readonly T[], perPage: number, base: string): Page<T>[] {
  if (perPage < 1) throw new RangeError('perPage must be at least 1');
  const total = Math.max(1, Math.ceil(items.length / perPage));
  const urls = Array.from({ length: total }, (_, i) => pageUrl(base, i + 1));
  return urls.map((_, i) => ({
    items: items.slice(i * perPage, (i + 1) * perPage),
    current: i + 1,
    total,
    prevUrl: i > 0 ? urls[i - 1] : undefined,
    nextUrl: i < total - 1 ? urls[i + 1] : undefined,
    urls,
  }));
}

export function pageUrl(base: string, n: number): string {
  return n === 1 ? base : `${base}page/${n}/`;
}

/** The `[...page]` route parameter for page `n`: none for the first page, "page/N" after it. */
export function pageParam(n: number): string | undefined {
  return n === 1 ? undefined : `page/${n}`;
}
