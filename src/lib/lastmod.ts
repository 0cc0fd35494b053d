/** The `article:modified_time` a post page declares in its head, if any (used for sitemap lastmod). */
export function modifiedTimeFromHtml(html: string): string | undefined {
  const match = /<meta\s+property="article:modified_time"\s+content="([^"]+)"/.exec(html);
  return match?.[1];
}
