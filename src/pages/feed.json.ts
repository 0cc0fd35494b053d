import type { APIRoute } from 'astro';
import { getFeedEntries } from '../data/feed';
import { buildJsonFeed } from '../lib/json-feed';
import { site as config } from '../site.config';
import { ogImagePath } from '../data/og';

/** JSON Feed 1.1 with the same full content as the RSS feed. */
export const GET: APIRoute = async ({ site }) => {
  const siteUrl = site ?? new URL('http://localhost:4321/');
  const entries = await getFeedEntries(siteUrl);
  const feed = buildJsonFeed({
    title: config.title,
    description: config.description,
    language: config.lang,
    author: config.author.name,
    siteUrl,
    feedUrl: new URL('feed.json', siteUrl),
    items: entries.map(({ post, url, html }) => ({
      url,
      title: post.data.title,
      html,
      summary: post.data.description,
      published: post.data.pubDate,
      modified: post.data.updatedDate,
      tags: post.data.tags,
      // The social card: every post has one, showing its title and the reviewed work.
      image: new URL(ogImagePath(post.id), siteUrl),
      language: post.data.lang,
    })),
  });
  return new Response(JSON.stringify(feed), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
};
