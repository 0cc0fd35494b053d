/**
 * Shared helpers for the end-to-end suites: where the built sites live, reading their files, parsing
 * feeds and sitemaps, and the list of fixture posts that must be published.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { XMLParser } from 'fast-xml-parser';
import { SaxesParser } from 'saxes';
import { parse as parseHtmlDocument, type DefaultTreeAdapterMap } from 'parse5';
import { parse as parseYaml } from 'yaml';
import { nameSlug, slugify } from '../../src/lib/slug.ts';
import { stripXmlInvalid } from '../../src/lib/xml.ts';
import { parseDateText } from '../../src/lib/dates.ts';
import { siteConfig } from '../../src/site.config.ts';
import { creatorSlug } from '../../src/lib/creator-slug.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SITE_DIST = join(ROOT, 'dist');
export const FIXTURE_DIST = join(ROOT, 'dist-fixtures');
export const FIXTURE_CONTENT = join(ROOT, 'tests/fixtures/blog');

/** Frontmatter of a Markdown/MDX file, parsed as YAML. */
export function readFrontmatter(file: string): Record<string, unknown> {
  const source = readFileSync(file, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  if (!match?.[1]) throw new Error(`${file}: no frontmatter`);
  return parseYaml(match[1]) as Record<string, unknown>;
}

const REAL_POST_FILE = join(ROOT, 'src/content/posts/review-mit-technology-review-ai-energy.mdx');
const realFront = readFrontmatter(REAL_POST_FILE);
const realSubject = (realFront['subject'] ?? {}) as Record<string, unknown>;

/**
 * The real blog's one post, as a reader should see it. Title, description, tags and subject come from
 * the post's frontmatter (the author may still polish them); the rest is what the brief requires.
 */
export const REAL_POST = {
  path: '/posts/review-mit-technology-review-ai-energy/',
  title: String(realFront['title']),
  description: String(realFront['description']),
  date: '2024년 11월 3일',
  isoDate: '2024-11-03',
  /** article:published_time: 2024-11-03 00:00 in Asia/Seoul. */
  publishedIso: '2024-11-02T15:00:00.000Z',
  kind: '매거진',
  subjectTitle: String(realSubject['title']),
  issue: String(realSubject['issue']),
  tags: (realFront['tags'] as unknown[]).map(String),
  headings: ['서론', '리뷰', '정리'],
  quote: '“AI는 전력이고, 전력이 곧 AI다.”',
  /** Sentences from the beginning, middle and end of the post. */
  sentences: [
    '이번에는 책이 아닌 매거진을 읽게 되었습니다.',
    '관건은 시간입니다. 기업의 전력 수요는 3~5년 안에 폭발하는데, 대형 원전은 구축에 10년 정도가 걸릴 것으로 추정됩니다.',
    '신약 하나를 개발하는 데 평균 10~15년의 시간과 수조 원의 비용이 들고',
    '이번 호가 준 가장 큰 깨달음은, AI의 한계는 알고리즘이 아니라 전력·열·망이라는 물리 세계에서 올 수도 있다는 사실입니다.',
    '재미있는 매거진이었습니다!',
  ],
} as const;

export const SITE_TITLE = '김민제의 블로그';
export const SITE_INTRO = '읽은 책과 매거진을 천천히 다시 읽으며 남기는 리뷰';

/** A site path with Hangul percent-encoded, as it travels over HTTP. */
export const encodePath = (path: string): string => encodeURI(path);

/** Reads a built file as text; `path` is a site path ("/rss.xml", "/tags/ai/") or a file path. */
export function readDist(dist: string, path: string): string {
  const file = path.endsWith('/') ? `${path}index.html` : path;
  return readFileSync(join(dist, decodeURI(file)), 'utf8');
}

export function distHas(dist: string, path: string): boolean {
  const file = path.endsWith('/') ? `${path}index.html` : path;
  return existsSync(join(dist, decodeURI(file)));
}

/** Every file under `dir`, as paths relative to it with forward slashes. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** Extensions of files that cannot hold text worth searching. */
export const BINARY_EXTENSIONS = new Set([
  'png',
  'jpg',
  'jpeg',
  'gif',
  'webp',
  'avif',
  'ico',
  'woff',
  'woff2',
  'ttf',
  'otf',
  'eot',
  'pdf',
  'zip',
  'gz',
  'br',
  'mp3',
  'mp4',
  'webm',
]);

export const isBinaryFile = (file: string): boolean =>
  BINARY_EXTENSIONS.has(file.slice(file.lastIndexOf('.') + 1).toLowerCase());

/**
 * A built file's text, for searching: gzip-compressed files (Pagefind's index and fragments) are
 * decompressed first, so what they contain can be searched too.
 */
export function readSearchableText(dist: string, file: string): string {
  const bytes = readFileSync(join(dist, file));
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  return (gzipped ? gunzipSync(bytes) : bytes).toString('utf8');
}

/** A parsed XML node: fast-xml-parser gives objects, arrays, strings; attributes are prefixed "@_". */
export type XmlNode = { [key: string]: XmlValue };
export type XmlValue = string | XmlNode | XmlValue[];

const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
});

/**
 * Validates (throwing with the line on error: saxes checks well-formedness, which fast-xml-parser's own
 * validator, now deprecated, did) and parses an XML document.
 */
export function parseXml(text: string): XmlNode {
  new SaxesParser({ xmlns: true }).write(text).close();
  return xmlParser.parse(text) as XmlNode;
}

/** Zero, one or many children as an array. */
export function many(value: XmlValue | undefined): XmlValue[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

export function node(value: XmlValue | undefined, what: string): XmlNode {
  if (value === undefined || typeof value === 'string' || Array.isArray(value)) {
    throw new Error(`expected one XML element for ${what}, got ${JSON.stringify(value)?.slice(0, 200)}`);
  }
  return value;
}

/** Text of an element (a plain string, or "#text" when it has attributes). */
export function text(value: XmlValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(text).join('');
  const inner = value['#text'];
  return inner === undefined ? '' : text(inner);
}

export interface RssItem {
  title: string;
  link: string;
  guid: string;
  pubDate: string;
  description: string;
  content: string;
  categories: string[];
}

export interface RssFeed {
  version: string;
  title: string;
  link: string;
  language: string;
  /** The next (older) page of the feed (RFC 5005 `<atom:link rel="next">`), if any. */
  next?: string;
  /** The channel's `<image>`, which readers show beside the feed's name. */
  image?: { url: string; title: string; link: string; width: string };
  items: RssItem[];
}

const imageOf = (image: XmlNode) => ({
  url: text(image['url']),
  title: text(image['title']),
  link: text(image['link']),
  width: text(image['width']),
});

export function parseRss(xml: string): RssFeed {
  const rss = node(parseXml(xml)['rss'], 'rss');
  const channel = node(rss['channel'], 'channel');
  const next = many(channel['atom:link'])
    .map((l) => node(l, 'atom:link'))
    .find((l) => text(l['@_rel']) === 'next');
  return {
    ...(next ? { next: text(next['@_href']) } : {}),
    version: text(rss['@_version']),
    title: text(channel['title']),
    link: text(channel['link']),
    language: text(channel['language']),
    ...(channel['image'] ? { image: imageOf(node(channel['image'], 'image')) } : {}),
    items: many(channel['item']).map((raw) => {
      const item = node(raw, 'item');
      return {
        title: text(item['title']),
        link: text(item['link']),
        guid: text(item['guid']),
        pubDate: text(item['pubDate']),
        description: text(item['description']),
        content: text(item['content:encoded']),
        categories: many(item['category']).map(text),
      };
    }),
  };
}

/**
 * Every page of a built feed, first to last, following each page's "next" link to a file in `dist`, as a
 * feed reader catching up on the archive would. `parse` reads one page and returns its next URL.
 */
function feedPages<T>(dist: string, first: string, parse: (text: string) => T & { next?: string }): T[] {
  const pages: T[] = [];
  const seen = new Set<string>();
  for (let path: string | undefined = first; path;) {
    if (seen.has(path)) throw new Error(`the feed's "next" links loop back to ${path}`);
    seen.add(path);
    const page = parse(readDist(dist, path));
    pages.push(page);
    path = page.next === undefined ? undefined : new URL(page.next).pathname;
  }
  return pages;
}

/** Every page of the RSS feed from /rss.xml on. */
export const rssPagesFromDist = (dist: string): RssFeed[] => feedPages(dist, '/rss.xml', parseRss);

export type JsonFeedPage = Record<string, unknown> & { items: Record<string, unknown>[] };

/** Every page of the JSON Feed from /feed.json on (`next_url`). */
export const jsonFeedPagesFromDist = (dist: string): JsonFeedPage[] =>
  feedPages(dist, '/feed.json', (text) => {
    const page = JSON.parse(text) as JsonFeedPage;
    const next = page['next_url'];
    return typeof next === 'string' ? { ...page, next } : page;
  });

/** Sitemap index: the child sitemaps' URLs. */
export function parseSitemapIndex(xml: string): string[] {
  const index = node(parseXml(xml)['sitemapindex'], 'sitemapindex');
  return many(index['sitemap']).map((s) => text(node(s, 'sitemap')['loc']));
}

export interface SitemapUrl {
  loc: string;
  lastmod?: string;
}

export function parseUrlset(xml: string): SitemapUrl[] {
  const urlset = node(parseXml(xml)['urlset'], 'urlset');
  return many(urlset['url']).map((u) => {
    const url = node(u, 'url');
    const lastmod = text(url['lastmod']);
    return lastmod ? { loc: text(url['loc']), lastmod } : { loc: text(url['loc']) };
  });
}

/** All URLs of a built site's sitemap, read from its files (sitemap-index.xml and the sitemaps it names). */
export function sitemapUrlsFromDist(dist: string): SitemapUrl[] {
  return parseSitemapIndex(readDist(dist, '/sitemap-index.xml')).flatMap((loc) =>
    parseUrlset(readDist(dist, new URL(loc).pathname)),
  );
}

/** Path of an absolute URL, decoded, so it compares with site paths written in Hangul. */
export const decodedPath = (url: string): string => decodeURI(new URL(url).pathname);

/** `href="/..."` or `src="/..."`: root-relative URLs that a feed reader cannot resolve. */
export const ROOT_RELATIVE_URL = /\b(?:src|href|srcset|poster)\s*=\s*["']\/(?!\/)/i;

/** All the `href`s of a built HTML page (attribute values, entity `&amp;` decoded). */
export function hrefs(html: string): string[] {
  return [...html.matchAll(/\shref="([^"]*)"/g)].map((m) => (m[1] ?? '').replaceAll('&amp;', '&'));
}

/** Follows "/base/", "/base/page/2/", ... in a built site while the pages exist. */
export function paginatedPaths(dist: string, base: string): string[] {
  const paths: string[] = [];
  for (let n = 1; ; n++) {
    const path = n === 1 ? base : `${base}page/${n}/`;
    if (!distHas(dist, path)) break;
    paths.push(path);
  }
  return paths;
}

export interface FixturePost {
  file: string;
  id: string;
  url: string;
  title: string;
  pubDate: Date;
  draft: boolean;
  tags: string[];
  tagSlugs: string[];
  kind: string;
  rating?: number | undefined;
  /** Slugs of the creators' pages (src/lib/creator-slug.ts). */
  creatorSlugs: string[];
  /** The cover's alt text, for a post with a cover. */
  coverAlt?: string | undefined;
}

/** Every post file in tests/fixtures/blog (files starting with "_" are not posts), frontmatter parsed. */
export function fixturePosts(): FixturePost[] {
  const files = listFiles(FIXTURE_CONTENT).filter(
    (f) => /\.(md|mdx)$/.test(f) && !f.split('/').some((part) => part.startsWith('_')),
  );
  return files.map((file) => {
    const data = readFrontmatter(join(FIXTURE_CONTENT, file));
    const id = slugify(file.replace(/(\/index)?\.(md|mdx)$/, ''));
    const tags = Array.isArray(data['tags']) ? data['tags'].map(String) : [];
    const subject = (data['subject'] ?? {}) as Record<string, unknown>;
    // Read as the site reads it: in its time zone, whatever the machine's (src/lib/dates.ts).
    const rawDate = data['pubDate'];
    const parsed = parseDateText(
      rawDate instanceof Date ? rawDate.toISOString() : String(rawDate),
      siteConfig.timeZone,
    );
    if (!('date' in parsed)) throw new Error(`${file}: pubDate ${String(rawDate)} is not a date the site reads`);
    const pubDate = parsed.date;
    return {
      file,
      id,
      url: `/posts/${id}/`,
      // As the site shows it: characters no page may carry are dropped (src/lib/xml.ts).
      title: stripXmlInvalid(String(data['title'])),
      pubDate,
      draft: data['draft'] === true,
      tags,
      tagSlugs: tags.map(nameSlug),
      kind: String(subject['kind']),
      rating: typeof data['rating'] === 'number' ? data['rating'] : undefined,
      coverAlt: (data['cover'] as { alt?: string } | undefined)?.alt,
      creatorSlugs: Array.isArray(subject['creators'])
        ? [...new Set(subject['creators'].map((c) => creatorSlug(String(c))))]
        : [],
    };
  });
}

/** Fixture posts a production build must publish: not drafts, not dated in the future. */
export function publishedFixturePosts(posts = fixturePosts(), now = new Date()): FixturePost[] {
  return posts.filter((p) => !p.draft && p.pubDate.getTime() <= now.getTime());
}

/** A string matched literally inside a RegExp. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A parsed HTML element (parse5: the HTML spec's own parsing algorithm, as a browser parses the page). */
export type HtmlElement = DefaultTreeAdapterMap['element'];
type HtmlParent = DefaultTreeAdapterMap['parentNode'];

/** Parses a whole HTML document as a browser would. */
export const parseHtml = (html: string): DefaultTreeAdapterMap['document'] => parseHtmlDocument(html);

/** Every element under `root`, in document order (the contents of <template> included). */
export function htmlElements(root: HtmlParent): HtmlElement[] {
  const out: HtmlElement[] = [];
  const walk = (parent: HtmlParent) => {
    for (const child of parent.childNodes) {
      if (!('tagName' in child)) continue;
      out.push(child);
      walk(child.tagName === 'template' ? (child as DefaultTreeAdapterMap['template']).content : child);
    }
  };
  walk(root);
  return out;
}

/** An attribute's value (entities decoded by the parser), or undefined. */
export const attr = (el: HtmlElement, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;

/** The text content of an element, entities decoded. */
export function textContent(el: HtmlParent): string {
  return el.childNodes
    .map((child) =>
      'value' in child && child.nodeName === '#text' ? child.value : 'childNodes' in child ? textContent(child) : '',
    )
    .join('');
}

/** The elements of a parsed document that match `test`. */
export const findElements = (root: HtmlParent, test: (el: HtmlElement) => boolean): HtmlElement[] =>
  htmlElements(root).filter(test);

/** Every built HTML page of a site, as paths relative to its folder ("index.html", "posts/x/index.html"). */
export const htmlFiles = (dist: string): string[] => listFiles(dist).filter((f) => f.endsWith('.html'));

/** The site path a built HTML file is served at: "posts/x/index.html" → "/posts/x/", "404.html" → "/404.html". */
export const pagePath = (file: string): string => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

/** The site's own URL as it was built (the home page's canonical link), e.g. "http://localhost:4321/". */
export function builtSiteUrl(dist: string): string {
  const canonical = findElements(
    parseHtml(readDist(dist, '/')),
    (el) => el.tagName === 'link' && attr(el, 'rel') === 'canonical',
  )[0];
  const href = canonical && attr(canonical, 'href');
  if (!href) throw new Error(`${dist}/index.html has no canonical link`);
  return new URL('/', href).href;
}
