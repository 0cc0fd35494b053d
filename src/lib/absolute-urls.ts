/**
 * Feed readers show a post away from the site, so every link and image in its HTML must be absolute.
 * Rewrites href/src/srcset values that are root-relative ("/_astro/x.webp"), page-relative ("./x") or
 * fragments ("#note"), resolved against the post's own URL. The HTML comes from Astro's renderer, which
 * always quotes attributes with double quotes, so a targeted rewrite is enough here; a full HTML parser
 * would cost a parse per post on every build.
 */
export function absolutizeUrls(html: string, pageUrl: string | URL): string {
  const resolve = (value: string) => {
    if (/^[a-z][a-z\d+.-]*:/i.test(value) || value.startsWith('//')) return value;
    return new URL(decodeEntities(value), pageUrl).href.replace(/&/g, '&amp;');
  };
  return html
    .replace(/\b(href|src|poster)="([^"]*)"/g, (_, attr: string, value: string) => `${attr}="${resolve(value)}"`)
    .replace(/\bsrcset="([^"]*)"/g, (_, value: string) => {
      const candidates = value.split(',').map((candidate) => {
        const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
        return [resolve(url), ...descriptor].join(' ');
      });
      return `srcset="${candidates.join(', ')}"`;
    });
}

function decodeEntities(value: string): string {
  return value.replace(/&amp;/g, '&');
}
