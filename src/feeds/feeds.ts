/**
 * RSS and JSON Feed, paged: the first page (/rss.xml, /feed.json) holds the newest `feedPageSize`
 * posts with their full rendered HTML and links to the next page (RFC 5005 "next" in RSS, `next_url`
 * in JSON Feed). So every published post is in a feed, while no feed file grows with the archive: at
 * thousands of posts a single full-content feed would be tens of megabytes.
 */
import rss from '@astrojs/rss';
import { getPosts, type Post } from '../posts/query';
import { paginate, type Page } from '../lib/pagination';
import { cacheKey } from '../lib/cache-key';
import { escapeHtmlText, escapeXml, stripXmlInvalid } from '../lib/xml';
import { siteConfig as config } from '../site.config';
import { siteRoot, jsonFeedPagePath, iconPath, ogImagePath, rssPagePath } from '../urls';
import { MANIFEST_ICON_SIZES, RSS_ICON_SIZE } from '../brand/icons';
import { buildJsonFeed } from './json-feed';
import { bodyHtml } from './body-html';
import { feedHtml } from './feed-html';
import { subjectText } from './subject-text';
import * as strings from '../i18n';
import { largeCover } from '../images/large-cover';

/** Feed pages, newest posts first. Page URLs are filled in by the route (RSS and JSON differ). */
export async function getFeedPages(): Promise<Page<Post>[]> {
  return paginate(await getPosts(), config.feedPageSize, '');
}

/** Route entries for the older feed pages (2, 3, …); page 1 is /rss.xml and /feed.json. */
export async function olderFeedPagePaths() {
  return (await getFeedPages())
    .slice(1)
    .map((page) => ({ params: { page: String(page.current) }, props: { page }, cacheKey: cacheKey({ page }) }));
}

/** A post's full HTML with absolute URLs (the body is rendered once per build: body-html.ts). */
async function postHtml(post: Post, url: URL): Promise<string> {
  return feedHtml(await bodyHtml(post.entry), url);
}

/** The cover as a feed shows it: the page's large rendition (made once for both), at an absolute URL. */
async function feedCover(post: Post, site: URL) {
  const cover = post.data.cover;
  if (!cover) return undefined;
  const image = await largeCover(cover);
  const { width, height } = image.attributes as { width?: number; height?: number };
  return { url: new URL(image.src, site), alt: cover.alt, width, height };
}

async function entries(page: Page<Post>, site: URL) {
  return Promise.all(
    page.items.map(async (post) => {
      const url = new URL(post.url, site);
      const cover = await feedCover(post, site);
      // The item begins with its cover and the reviewed work as text: a feed reader shows them before the review.
      const subject = subjectText(post.data.subject, post.data.rating, strings);
      const coverHtml = cover
        ? `<p class="cover"><img src="${escapeXml(cover.url.href)}" alt="${escapeXml(cover.alt)}"${
            cover.width && cover.height ? ` width="${cover.width}" height="${cover.height}"` : ''
          }></p>\n`
        : '';
      const body = `<p class="reviewed">${escapeHtmlText(subject)}</p>\n${await postHtml(post, url)}`;
      // RSS has no place for an item's image but its HTML; JSON Feed has `image`, which readers show
      // above the item, so there the HTML does not repeat it.
      return { post, url, html: `${coverHtml}${body}`, body, cover };
    }),
  );
}

/** The blog's icons (src/pages/icon-[size].png.ts) for feed readers' lists: JSON Feed's, and RSS's at 144 px. */
const feedIcons = (site: URL) => ({
  large: new URL(iconPath(Math.max(...MANIFEST_ICON_SIZES)), site),
  small: new URL(iconPath(Math.min(...MANIFEST_ICON_SIZES)), site),
  rss: new URL(iconPath(RSS_ICON_SIZE), site),
});

/** RSS page `page`; `siteUrl` is the endpoint's `site` (Astro types it as possibly undefined). */
export async function rssResponse(page: Page<Post>, siteUrl: URL | undefined): Promise<Response> {
  const site = siteRoot(siteUrl);
  const self = new URL(rssPagePath(page.current), site);
  const links = [
    `<atom:link href="${escapeXml(self.href)}" rel="self" type="application/rss+xml"/>`,
    page.current < page.total
      ? `<atom:link href="${escapeXml(new URL(rssPagePath(page.current + 1), site).href)}" rel="next" type="application/rss+xml"/>`
      : '',
    page.current > 1
      ? `<atom:link href="${escapeXml(new URL(rssPagePath(page.current - 1), site).href)}" rel="previous" type="application/rss+xml"/>`
      : '',
  ];
  const response = await rss({
    title: config.title,
    description: config.description,
    site,
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/', atom: 'http://www.w3.org/2005/Atom' },
    // The channel's image, which readers show beside the feed's name (RSS 2.0: url, title and link).
    customData:
      `<language>${escapeXml(config.lang)}</language>` +
      `<image><url>${escapeXml(feedIcons(site).rss.href)}</url><title>${escapeXml(config.title)}</title>` +
      `<link>${escapeXml(site.href)}</link><width>${RSS_ICON_SIZE}</width><height>${RSS_ICON_SIZE}</height></image>` +
      links.join(''),
    trailingSlash: true,
    items: (await entries(page, site)).map(({ post, url, html }) => ({
      title: post.data.title,
      // Readers render <description> as HTML; the summary is plain text, so its markup characters are escaped.
      description: escapeHtmlText(post.data.description),
      link: url.href,
      pubDate: post.data.pubDate,
      categories: post.data.tags,
      content: html,
      // RSS <author> must be an e-mail address; Dublin Core carries a plain name.
      customData: `<dc:creator>${escapeXml(config.author.name)}</dc:creator>`,
    })),
  });
  // The last guard for the feed being XML at all: the loader and the Markdown pipeline already drop
  // these characters from posts (src/lib/xml.ts), but one that slipped through would make readers
  // drop the whole feed.
  return new Response(stripXmlInvalid(await response.text()), { headers: response.headers });
}

/** JSON Feed page `page`, with the same items as the RSS page of that number. */
export async function jsonFeedResponse(page: Page<Post>, siteUrl: URL | undefined): Promise<Response> {
  const site = siteRoot(siteUrl);
  const feed = buildJsonFeed({
    title: config.title,
    description: config.description,
    language: config.lang,
    author: config.author.name,
    siteUrl: site,
    feedUrl: new URL(jsonFeedPagePath(1), site),
    nextUrl: page.current < page.total ? new URL(jsonFeedPagePath(page.current + 1), site) : undefined,
    icon: feedIcons(site).large,
    favicon: feedIcons(site).small,
    items: (await entries(page, site)).map(({ post, url, body, cover }) => ({
      url,
      title: post.data.title,
      html: body,
      summary: post.data.description,
      published: post.data.pubDate,
      modified: post.data.updatedDate,
      tags: post.data.tags,
      // The cover, else the social card: every post has one, showing its title and the reviewed work.
      image: cover?.url ?? new URL(ogImagePath(post.id), site),
      language: post.data.lang,
    })),
  });
  return new Response(JSON.stringify(feed), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
}
