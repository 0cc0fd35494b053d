/**
 * The last-modified time a built page declares in its head (article:modified_time on posts,
 * og:updated_time on listings), used for the sitemap's lastmod so the two can never disagree.
 */
export function modifiedTimeFromHtml(html: string): string | undefined {
  const match = /<meta\s+property="(?:article:modified_time|og:updated_time)"\s+content="([^"]+)"/.exec(html);
  return match?.[1];
}
