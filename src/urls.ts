/**
 * Every address the site has, in one place: pages, feeds, cards, the search index and the public origin.
 * Paths are site-relative and end in a slash for pages (the site is built with `trailingSlash:
 * 'always'` and the directory format), so a link written here is the link the page is served at.
 * Imports nothing: the config, the content loader, pages and Node scripts all read it.
 */

/** The address of `npm run dev` and `npm run preview`, and of local builds without SITE_URL. */
export const LOCAL_ORIGIN = 'http://localhost:4321/';

export const HOME_PATH = '/';
export const POSTS_PATH = '/posts/';
export const TAGS_PATH = '/tags/';
export const SERIES_INDEX_PATH = '/series/';
export const ARCHIVE_PATH = '/archive/';
export const SEARCH_PATH = '/search/';
export const SITEMAP_PATH = '/sitemap-index.xml';
export const SHELF_PATH = '/shelf/';
export const CREATORS_PATH = '/creators/';
export const QUOTES_PATH = '/quotes/';
export const ABOUT_PATH = '/about/';
export const FAVICON_PATH = '/favicon.svg';
export const FAVICON_ICO_PATH = '/favicon.ico';
export const APPLE_TOUCH_ICON_PATH = '/apple-touch-icon.png';
/** The icons drawn from the favicon at build time (src/pages/icon-[size].png.ts): the web manifest's and the feeds'. */
export const iconPath = (size: number) => `/icon-${size}.png`;
export const MANIFEST_PATH = '/manifest.webmanifest';

/** The folder under the site root that holds the search index; the search page loads `pagefind.js` from it. */
export const SEARCH_INDEX_DIR = 'pagefind';
export const searchScriptPath = () => `/${SEARCH_INDEX_DIR}/pagefind.js`;
/** Written by the search integration beside Pagefind's files: the word range of each index chunk. */
export const SEARCH_CHUNKS_FILE = 'chunk-ranges.json';
export const searchChunksPath = () => `/${SEARCH_INDEX_DIR}/${SEARCH_CHUNKS_FILE}`;

export const postUrl = (id: string) => `${POSTS_PATH}${id}/`;
export const tagUrl = (slug: string) => `${TAGS_PATH}${slug}/`;
export const kindUrl = (kind: string) => `/kinds/${kind}/`;
export const seriesUrl = (slug: string) => `${SERIES_INDEX_PATH}${slug}/`;
export const creatorUrl = (slug: string) => `${CREATORS_PATH}${slug}/`;
/** The bookshelf of one kind of work, and of one rating ("4-5" for 4.5). */
export const shelfKindUrl = (kind: string) => `${SHELF_PATH}kind/${kind}/`;
export const shelfRatingUrl = (ratingSlug: string) => `${SHELF_PATH}rating/${ratingSlug}/`;
/** A standalone page of the `pages` collection (src/content/pages/about.md → /about/). */
export const standalonePageUrl = (id: string) => `/${id}/`;

/** The built file of every post page, relative to the output folder (what the search index reads). */
export const postPagesGlob = () => `${postUrl('*').slice(1)}index.html`;

/** Feeds are paged: page 1 is the address readers subscribe to, older posts follow on /rss/2.xml, … */
export const rssPagePath = (n: number) => (n === 1 ? '/rss.xml' : `/rss/${n}.xml`);
export const jsonFeedPagePath = (n: number) => (n === 1 ? '/feed.json' : `/feed/${n}.json`);

// Post cards live one level down, so no post id (not even "default") can collide with the site card.
export const ogImagePath = (id: string) => `/og/posts/${id}.png`;
export const DEFAULT_OG_PATH = '/og/default.png';

/**
 * Page `n` of a paged listing whose first page is `base` (/tags/ai/ → /tags/ai/page/2/), so the first
 * page of every listing has the short URL readers share.
 */
export function pageUrl(base: string, n: number): string {
  return n === 1 ? base : `${base}page/${n}/`;
}

/** The `[...page]` route parameter for page `n`: none for the first page, "page/N" after it. */
export function pageParam(n: number): string | undefined {
  return n === 1 ? undefined : `page/${n}`;
}

/** Where the public address came from: it is named in messages, and a build on the fallback is warned. */
export type SiteUrlSource = 'SITE_URL' | 'config' | 'Netlify' | 'Vercel' | 'local';

const SOURCE_NAMES: Record<SiteUrlSource, string> = {
  SITE_URL: '환경 변수 SITE_URL',
  config: 'src/site.config.ts의 url',
  Netlify: 'Netlify의 URL',
  Vercel: 'Vercel의 VERCEL_PROJECT_PRODUCTION_URL',
  local: '미리 보기 주소',
};

/**
 * The public address of the site, for canonical URLs, feeds and the sitemap: SITE_URL (for a one-off
 * build), else `url` in the site config, else the address the host announces during its build (Netlify:
 * URL; Vercel: VERCEL_PROJECT_PRODUCTION_URL), so a deploy gets correct absolute links without editing
 * code; else the preview server's address (`source: 'local'`, which a build warns about).
 *
 * Only an origin: every link the site writes starts at "/" (the paths above), so a site under a sub-path
 * (https://example.github.io/blog/) would link past itself. That fails here, naming the source.
 */
export function siteAddress(
  env: Record<string, string | undefined>,
  configured?: string,
): { url: string; source: SiteUrlSource } {
  const [raw, source]: [string, SiteUrlSource] = env.SITE_URL
    ? [env.SITE_URL, 'SITE_URL']
    : configured
      ? [configured, 'config']
      : env.URL
        ? [env.URL, 'Netlify']
        : env.VERCEL_PROJECT_PRODUCTION_URL
          ? [`https://${env.VERCEL_PROJECT_PRODUCTION_URL}`, 'Vercel']
          : [LOCAL_ORIGIN, 'local'];
  const given = `${SOURCE_NAMES[source]}에 적힌 공개 주소 "${raw}"`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `${given}을(를) 읽을 수 없습니다. https://blog.example.com 처럼 https://로 시작하는 주소를 적어 주세요.`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`${given}은(는) https:// (또는 http://) 주소여야 합니다.`);
  }
  if (url.username || url.password) {
    throw new Error(`${given}에 사용자 이름이나 비밀번호가 있습니다. 독자가 여는 주소만 적어 주세요.`);
  }
  if (url.search || url.hash) {
    throw new Error(
      `${given}에 ?나 # 뒤의 부분이 있습니다. 도메인의 맨 위 주소(https://blog.example.com)만 적어 주세요.`,
    );
  }
  if (url.pathname.replace(/\/+$/, '') !== '') {
    throw new Error(
      `${given}에 경로가 있습니다. 이 블로그의 링크는 모두 도메인의 맨 위(/)에서 시작하므로, 하위 경로에 올리면 ` +
        '링크가 깨집니다. 도메인이나 하위 도메인의 맨 위 주소(https://blog.example.com)를 적어 주세요.',
    );
  }
  // "example.com." names the same host, but links would carry the dot.
  url.hostname = url.hostname.replace(/\.$/, '');
  return { url: url.origin + '/', source };
}

/** Whether `url` is this machine (localhost, 127.x, ::1): fine for a preview, never for a published site. */
export const isLocalAddress = (url: string): boolean =>
  /^(localhost|127(\.\d+){3}|\[::1\])$/i.test(new URL(url).hostname);

/**
 * The site's root URL as endpoints get it. Astro's `site` is always set (astro.config.mjs resolves it),
 * but its type allows undefined: endpoints pass it here rather than each repeating a fallback.
 */
export function siteRoot(site: URL | undefined): URL {
  return site ?? new URL(LOCAL_ORIGIN);
}
