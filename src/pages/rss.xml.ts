import type { APIRoute } from 'astro';
import { getFeedPages, rssResponse } from '../data/feed';

/** RSS 2.0: the newest posts with their full text; older ones on /rss/2.xml and on (see data/feed.ts). */
export const GET: APIRoute = async ({ site }) => {
  const [first] = await getFeedPages();
  return rssResponse(first!, site ?? new URL('http://localhost:4321/'));
};
