/**
 * A link checker for a built site, working on its files: every URL a page, stylesheet, feed, sitemap or
 * robots.txt points at on the site's own origin must be a file of the build, and every `#fragment` must
 * name an element of the target page.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import {
  attr,
  builtSiteUrl,
  findElements,
  htmlElements,
  htmlFiles,
  listFiles,
  pagePath,
  parseHtml,
  jsonFeedPagesFromDist,
  rssPagesFromDist,
  parseSitemapIndex,
  parseUrlset,
  readDist,
  type HtmlElement,
} from './site.ts';

/** A URL as written somewhere, with the URL it is resolved against. */
export interface LinkRef {
  /** Where it was found: "/posts/x/ <a href>", "/rss.xml <link>". */
  from: string;
  url: string;
  base: string;
}

export interface ResolvedRef {
  /** The decoded site path, "/tags/전력/". */
  path: string;
  /** The decoded fragment without "#", or "" when there is none. */
  fragment: string;
}

/**
 * Where a URL points on the site: its decoded path and fragment, or null when it leaves the site (another
 * origin, mailto:, data:, ...). Throws on a URL that cannot be parsed or decoded.
 */
export function resolveRef(url: string, base: string, siteOrigin: string): ResolvedRef | null {
  const u = new URL(url, base);
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  if (u.origin !== new URL(siteOrigin).origin) return null;
  return {
    path: decodeURIComponent(u.pathname),
    fragment: u.hash ? decodeURIComponent(u.hash.slice(1)) : '',
  };
}

/**
 * The file a site path is served from ("/x/" → "x/index.html"), relative to `dist` with forward slashes,
 * or null when there is none. A folder without the trailing slash is not accepted: the site is built with
 * `trailingSlash: 'always'`, and hosts answer such a URL with a redirect at best.
 */
export function distFileFor(dist: string, path: string): string | null {
  const rel = path.endsWith('/') ? `${path}index.html` : path;
  const file = join(dist, rel);
  const inside = relative(dist, file);
  if (inside.startsWith('..') || inside === '') return null;
  if (!existsSync(file) || !statSync(file).isFile()) return null;
  return inside.split(sep).join('/');
}

/** The URLs of a `srcset` attribute ("a.webp 400w, b.webp 800w" → ["a.webp", "b.webp"]). */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(/,\s+/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url.length > 0);
}

const SRC_TAGS = new Set(['img', 'source', 'script', 'iframe', 'audio', 'video', 'track', 'embed', 'input']);
/** <meta> whose content is a URL of the page or its image. */
const URL_META = new Set(['og:image', 'og:image:url', 'og:image:secure_url', 'og:url', 'twitter:image']);

/** Every URL an HTML document refers to (links, assets, srcsets, link rels, social meta, form actions). */
export function htmlRefs(html: string, base: string, from: string): LinkRef[] {
  const refs: LinkRef[] = [];
  const add = (el: HtmlElement, what: string, url: string | undefined) => {
    if (url !== undefined && url.trim() !== '')
      refs.push({ from: `${from} <${el.tagName} ${what}>`, url: url.trim(), base });
  };
  for (const el of htmlElements(parseHtml(html))) {
    // href on <a>, <area>, <link>, <base>, SVG <use>/<image> (plain or xlink:href).
    for (const a of el.attrs) if (a.name === 'href') add(el, a.prefix ? `${a.prefix}:href` : 'href', a.value);
    if (SRC_TAGS.has(el.tagName)) add(el, 'src', attr(el, 'src'));
    const srcset = attr(el, 'srcset');
    if (srcset) for (const url of srcsetUrls(srcset)) add(el, 'srcset', url);
    if (el.tagName === 'video') add(el, 'poster', attr(el, 'poster'));
    if (el.tagName === 'object') add(el, 'data', attr(el, 'data'));
    if (el.tagName === 'form') add(el, 'action', attr(el, 'action'));
    if (el.tagName === 'meta') {
      const key = attr(el, 'property') ?? attr(el, 'name') ?? '';
      if (URL_META.has(key)) add(el, key, attr(el, 'content'));
    }
  }
  return refs;
}

/** `url(...)` references of a stylesheet. */
export function cssRefs(css: string, base: string, from: string): LinkRef[] {
  return [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)]
    .map((m) => (m[2] ?? '').trim())
    .filter((url) => url !== '' && !url.startsWith('#'))
    .map((url) => ({ from: `${from} url()`, url, base }));
}

/** The URLs of the site's feeds, sitemaps and robots.txt, with the HTML inside feed items. */
export function feedRefs(dist: string, siteUrl: string): LinkRef[] {
  const refs: LinkRef[] = [];
  const add = (from: string, url: string | undefined, base = siteUrl) => {
    if (url) refs.push({ from, url, base });
  };

  if (existsSync(join(dist, 'rss.xml'))) {
    for (const rss of rssPagesFromDist(dist)) {
      add('/rss.xml <channel><link>', rss.link);
      add('/rss.xml <atom:link rel="next">', rss.next);
      for (const item of rss.items) {
        add('/rss.xml <item><link>', item.link);
        if (/^https?:/.test(item.guid)) add('/rss.xml <item><guid>', item.guid);
        for (const html of [item.description, item.content])
          refs.push(...htmlRefs(html, item.link, `/rss.xml item ${item.link}`));
      }
    }
  }

  if (existsSync(join(dist, 'feed.json'))) {
    const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
    for (const feed of jsonFeedPagesFromDist(dist)) {
      for (const key of ['home_page_url', 'feed_url', 'next_url', 'icon', 'favicon'])
        add(`/feed.json ${key}`, str(feed[key]));
      for (const item of feed.items) {
        const url = str(item['url']);
        for (const key of ['url', 'external_url', 'image', 'banner_image'])
          add(`/feed.json item ${key}`, str(item[key]));
        if (/^https?:/.test(str(item['id']) ?? '')) add('/feed.json item id', str(item['id']));
        const html = str(item['content_html']);
        if (html) refs.push(...htmlRefs(html, url ?? siteUrl, `/feed.json item ${url}`));
      }
    }
  }

  if (existsSync(join(dist, 'sitemap-index.xml'))) {
    for (const loc of parseSitemapIndex(readDist(dist, '/sitemap-index.xml'))) {
      add('/sitemap-index.xml <loc>', loc);
      const path = new URL(loc).pathname;
      if (new URL(loc).origin === new URL(siteUrl).origin && existsSync(join(dist, decodeURIComponent(path)))) {
        for (const u of parseUrlset(readDist(dist, path))) add(`${path} <loc>`, u.loc);
      }
    }
  }

  if (existsSync(join(dist, 'robots.txt'))) {
    for (const m of readDist(dist, '/robots.txt').matchAll(/^sitemap:\s*(\S+)/gim)) add('/robots.txt Sitemap', m[1]);
  }
  return refs;
}

export interface LinkReport {
  /** How many references on the site's origin were checked. */
  checked: number;
  /** One line per broken reference: where it is, what it says, what is wrong. */
  broken: string[];
}

/** Checks every internal reference of a built site: pages, stylesheets, feeds, sitemaps, robots.txt. */
export function checkLinks(dist: string): LinkReport {
  const siteUrl = builtSiteUrl(dist);
  const refs: LinkRef[] = [];
  for (const file of htmlFiles(dist)) {
    const path = pagePath(file);
    refs.push(...htmlRefs(readFileSync(join(dist, file), 'utf8'), new URL(encodeURI(path), siteUrl).href, path));
  }
  for (const file of listFiles(dist).filter((f) => f.endsWith('.css'))) {
    refs.push(
      ...cssRefs(readFileSync(join(dist, file), 'utf8'), new URL(encodeURI(`/${file}`), siteUrl).href, `/${file}`),
    );
  }
  refs.push(...feedRefs(dist, siteUrl));

  const idsByFile = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idsByFile.get(file);
    if (!ids) {
      const doc = parseHtml(readFileSync(join(dist, file), 'utf8'));
      ids = new Set(
        findElements(doc, () => true).flatMap((el) =>
          [attr(el, 'id'), el.tagName === 'a' ? attr(el, 'name') : undefined].filter((v): v is string => !!v),
        ),
      );
      idsByFile.set(file, ids);
    }
    return ids;
  };

  let checked = 0;
  const broken: string[] = [];
  for (const ref of refs) {
    let target: ResolvedRef | null;
    try {
      target = resolveRef(ref.url, ref.base, siteUrl);
    } catch (error) {
      broken.push(`${ref.from}: ${ref.url} (cannot be parsed: ${(error as Error).message})`);
      continue;
    }
    if (!target) continue;
    checked++;
    const file = distFileFor(dist, target.path);
    if (!file) {
      broken.push(`${ref.from}: ${ref.url} (no file for ${target.path})`);
      continue;
    }
    // "#top" and "#" scroll to the top of any page (HTML spec); text fragments are not ids.
    if (!target.fragment || target.fragment === 'top' || target.fragment.startsWith(':~:')) continue;
    if (!file.endsWith('.html')) {
      broken.push(`${ref.from}: ${ref.url} (a #fragment on a file that is not a page)`);
    } else if (!idsOf(file).has(target.fragment)) {
      broken.push(`${ref.from}: ${ref.url} (no element with id "${target.fragment}" in ${target.path})`);
    }
  }
  return { checked, broken };
}
