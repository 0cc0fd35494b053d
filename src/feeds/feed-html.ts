/**
 * A post's HTML as a feed reader gets it. Feed readers show a post away from the site, so every link and
 * image in its HTML must be absolute, and what only the site's stylesheet makes sense of is left out:
 * Astro's scope attributes (data-astro-cid-…), and decorative inline SVG, marked aria-hidden (a rating's
 * stars are two rows of five, the filled one cut to length by CSS: without it a reader drew ten full
 * stars; the text beside them stays). An SVG an author draws, not hidden, stays. So is a link within the
 * page with nothing inside once those are gone (a heading's "#" permalink, drawn by CSS: src/markdown/
 * heading-anchors.ts): a reader showed it as an empty, broken link; the heading's text stays.
 *
 * Rewrites href/src/poster/srcset values that are root-relative ("/_astro/x.webp"), page-relative ("./x")
 * or fragments ("#note"), resolved against the post's own URL.
 *
 * Only attributes of real tags are touched: text (a code sample showing `<a href="/x">`), comments and
 * the insides of <script> and <style> stay as written, and `data-src` is not `src`. The HTML comes from
 * Astro's renderer, which quotes every attribute with double quotes, so a scanner over tags is enough; a
 * full HTML parser would cost a parse and a re-serialisation per post on every build.
 */

/** A comment, or a start or end tag with its attributes (quoted values may hold ">"). */
const TAG =
  /<!--[\s\S]*?-->|<\/?[a-zA-Z][^\s/>]*(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/g;
const RAW_TEXT = /^<(script|style)\b/i;
/**
 * An href that leads off the page (not "#…"): an icon link an author drew, named by its aria-label,
 * is empty once its aria-hidden SVG is gone, and is kept.
 */
const ELSEWHERE = /\shref\s*=\s*(?:"(?!#)|'(?!#)|(?!["'#]))/i;

/**
 * Where the end tag `</name>` starts and ends in `html`, searching from `from`; undefined when there is none.
 * A case-insensitive search of `html` itself: offsets in a lower-cased copy can differ (İ lower-cases to two
 * characters).
 */
function endTag(html: string, name: string, from: number): { start: number; end: number } | undefined {
  const pattern = new RegExp(`</${name}\\s*>`, 'gi');
  pattern.lastIndex = from;
  const found = pattern.exec(html);
  return found ? { start: found.index, end: found.index + found[0].length } : undefined;
}

export function feedHtml(html: string, pageUrl: string | URL): string {
  const resolve = (value: string) => {
    if (/^[a-z][a-z\d+.-]*:/i.test(value) || value.startsWith('//')) return value;
    return new URL(decodeEntities(value), pageUrl).href.replace(/&/g, '&amp;');
  };
  const rewrite = (tag: string) =>
    tag
      .replace(/\s+data-astro-cid-[a-z0-9]+(?:="[^"]*")?(?=[\s/>])/g, '')
      .replace(/(\s)(href|src|poster)="([^"]*)"/g, (_, space: string, attr: string, value: string) => {
        return `${space}${attr}="${resolve(value)}"`;
      })
      .replace(/(\s)srcset="([^"]*)"/g, (_, space: string, value: string) => {
        const candidates = value.split(',').map((candidate) => {
          const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
          return [resolve(url), ...descriptor].join(' ');
        });
        return `${space}srcset="${candidates.join(', ')}"`;
      });

  let out = '';
  let at = 0;
  // Where the open <a> starts in `out`, where its content starts, and whether it leads only within the
  // page (a heading's permalink): an empty one of those is dropped. Links do not nest.
  let link: { start: number; content: number; inPage: boolean } | undefined;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    const tag = match[0];
    if (/^<svg\b[^>]*\saria-hidden="true"/i.test(tag)) {
      out += html.slice(at, match.index);
      // Up to its end tag (the decorations hold no other <svg>); all of it if there is none.
      if (!tag.endsWith('/>')) TAG.lastIndex = endTag(html, 'svg', TAG.lastIndex)?.end ?? html.length;
      at = TAG.lastIndex;
      continue;
    }
    out += html.slice(at, match.index);
    const start = out.length;
    out += tag.startsWith('<!--') || tag.startsWith('</') ? tag : rewrite(tag);
    if (/^<a\b/i.test(tag)) link = { start, content: out.length, inPage: !ELSEWHERE.test(tag) };
    else if (/^<\/a\b/i.test(tag) && link) {
      if (link.inPage && out.slice(link.content, start).trim() === '') out = out.slice(0, link.start);
      link = undefined;
    }
    at = TAG.lastIndex;
    const raw = RAW_TEXT.exec(tag)?.[1];
    if (raw) {
      // The body of a script or style element is not HTML: copy it up to its end tag.
      const stop = endTag(html, raw, at)?.start ?? html.length;
      out += html.slice(at, stop);
      at = TAG.lastIndex = stop;
    }
  }
  return out + html.slice(at);
}

function decodeEntities(value: string): string {
  return value.replace(/&amp;/g, '&');
}
