import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getFeedEntries } from '../data/feed';
import { site as config } from '../site.config';
import { escapeXml } from '../lib/xml';

/** RSS 2.0 with the full rendered text of every published post, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const siteUrl = site ?? new URL('http://localhost:4321/');
  const entries = await getFeedEntries(siteUrl);
  return rss({
    title: config.title,
    description: config.description,
    site: siteUrl,
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/', atom: 'http://www.w3.org/2005/Atom' },
    customData:
      `<language>${escapeXml(config.lang)}</language>` +
      `<atom:link href="${escapeXml(new URL('rss.xml', siteUrl).href)}" rel="self" type="application/rss+xml"/>`,
    trailingSlash: true,
    items: entries.map(({ post, url, html }) => ({
      title: post.data.title,
      description: post.data.description,
      link: url.href,
      pubDate: post.data.pubDate,
      categories: post.data.tags,
      content: html,
      // RSS <author> must be an e-mail address; Dublin Core carries a plain name.
      customData: `<dc:creator>${escapeXml(config.author.name)}</dc:creator>`,
    })),
  });
};
