import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getPosts } from '../data/posts';
import { renderPostHtml } from '../lib/render-post';
import { site as config } from '../site.config';
import { escapeXml } from '../lib/xml';

/** RSS 2.0 with the full rendered text of every published post, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const siteUrl = site ?? new URL('http://localhost:4321/');
  const posts = await getPosts();
  const items = await Promise.all(
    posts.map(async (post) => {
      const link = new URL(post.url, siteUrl);
      return {
        title: post.data.title,
        description: post.data.description,
        link: link.href,
        pubDate: post.data.pubDate,
        categories: post.data.tags,
        // RSS <author> must be an e-mail address; Dublin Core carries a plain name.
        customData: `<dc:creator>${escapeXml(config.author.name)}</dc:creator>`,
        content: await renderPostHtml(post.entry, link),
      };
    }),
  );
  return rss({
    title: config.title,
    description: config.description,
    site: siteUrl,
    items,
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
    customData: `<language>${escapeXml(config.lang)}</language>`,
    trailingSlash: true,
  });
};
